"""Checks on the committed map geometry in data/geo and on the build that produces it.

The committed files are what the app draws, so most tests read only data/geo. The build tests
need the CBS source files in ../shared/geo and skip when that folder is absent.
"""

import json

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from dashboard.config import GEO_DIR, SHARED_GEO_DIR
from dashboard.data.geo import (
    MUNICIPALITIES_FILE,
    POINTS_FILE,
    PROVINCES_FILE,
    geojson_features,
    load_municipalities,
    load_municipality_points,
    load_provinces,
)
from dashboard.tools.geodata import MUNICIPALITIES_SRC, PROVINCES_SRC, build_geodata

GEO_FILES = (MUNICIPALITIES_FILE, PROVINCES_FILE, POINTS_FILE)
SAMPLES = {
    "GM0106": ("Assen", "Drenthe"),
    "GM0014": ("Groningen", "Groningen"),
    "GM0599": ("Rotterdam", "Zuid-Holland"),
    "GM0268": ("Nijmegen", "Gelderland"),
    "GM0479": ("Zaanstad", "Noord-Holland"),
    "GM0344": ("Utrecht", "Utrecht"),
    "GM0153": ("Enschede", "Overijssel"),
    "GM0034": ("Almere", "Flevoland"),
}
# Points come from the unsimplified borders; simplification may move a border by up to this.
POINT_SLACK_M = 200.0

needs_shared = pytest.mark.skipif(
    not (
        (SHARED_GEO_DIR / MUNICIPALITIES_SRC).is_file()
        and (SHARED_GEO_DIR / PROVINCES_SRC).is_file()
    ),
    reason=f"CBS source files not found in {SHARED_GEO_DIR} (only needed to rebuild data/geo)",
)


@pytest.fixture(scope="module")
def municipalities() -> gpd.GeoDataFrame:
    return load_municipalities()


@pytest.fixture(scope="module")
def provinces() -> gpd.GeoDataFrame:
    return load_provinces()


@pytest.fixture(scope="module")
def points() -> pd.DataFrame:
    return load_municipality_points()


def test_municipalities_complete_and_unique(municipalities: gpd.GeoDataFrame) -> None:
    assert len(municipalities) == 408
    assert municipalities["gm_code"].is_unique
    assert municipalities["name"].is_unique
    assert municipalities["gm_code"].str.fullmatch(r"GM\d{4}").all()
    assert list(municipalities.columns) == ["gm_code", "name", "prov_code", "province", "geometry"]
    assert municipalities.crs.to_epsg() == 4326


def test_provinces_are_pv20_to_pv31(provinces: gpd.GeoDataFrame) -> None:
    assert list(provinces["prov_code"]) == [f"PV{n}" for n in range(20, 32)]
    assert provinces["name"].is_unique
    assert list(provinces.columns) == ["prov_code", "name", "geometry"]
    assert provinces.crs.to_epsg() == 4326


@pytest.mark.parametrize("layer", ["municipalities", "provinces"])
def test_geometries_valid_and_non_empty(layer: str, request: pytest.FixtureRequest) -> None:
    gdf = request.getfixturevalue(layer)
    geoms = gdf.geometry.values
    assert not shapely.is_missing(geoms).any()
    assert not shapely.is_empty(geoms).any()
    assert shapely.is_valid(geoms).all()
    assert set(gdf.geom_type) <= {"Polygon", "MultiPolygon"}


def test_municipal_borders_still_fit_together(municipalities: gpd.GeoDataFrame) -> None:
    """Simplification must not open gaps or overlaps between neighbours."""
    assert shapely.coverage_is_valid(municipalities.geometry.values)


def test_every_municipality_has_a_known_province(
    municipalities: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame
) -> None:
    assert municipalities["prov_code"].notna().all()
    assert municipalities["province"].notna().all()
    names = dict(zip(provinces["prov_code"], provinces["name"], strict=True))
    pairs = municipalities[["prov_code", "province"]].drop_duplicates()
    assert len(pairs) == 12
    for code, name in pairs.itertuples(index=False):
        assert names[code] == name
    counts = municipalities.groupby("province").size()
    assert counts.sum() == 408
    assert (counts["Drenthe"], counts["Flevoland"], counts["Zeeland"]) == (12, 6, 13)


@pytest.mark.parametrize(("code", "expected"), SAMPLES.items())
def test_known_municipalities(
    code: str, expected: tuple[str, str], municipalities: gpd.GeoDataFrame, points: pd.DataFrame
) -> None:
    row = municipalities.set_index("gm_code").loc[code]
    assert (row["name"], row["province"]) == expected
    point = points.set_index("gm_code").loc[code]
    assert (point["name"], point["province"]) == expected


def test_non_ascii_names_survive(municipalities: gpd.GeoDataFrame, points: pd.DataFrame) -> None:
    for frame in (municipalities, points):
        names = set(frame["name"])
        assert {"Súdwest-Fryslân", "Skarsterlân", "Gaasterlân-Sleat"} <= names
    raw = (GEO_DIR / MUNICIPALITIES_FILE).read_bytes()
    assert "Súdwest-Fryslân".encode() in raw


def test_points_match_municipalities(
    municipalities: gpd.GeoDataFrame, points: pd.DataFrame
) -> None:
    assert list(points.columns) == ["gm_code", "name", "prov_code", "province", "lat", "lon"]
    cols = ["gm_code", "name", "prov_code", "province"]
    pd.testing.assert_frame_equal(
        points[cols].reset_index(drop=True),
        pd.DataFrame(municipalities[cols]).reset_index(drop=True),
    )
    assert points["lat"].between(50.7, 53.6).all()
    assert points["lon"].between(3.3, 7.3).all()
    assert (points[["lat", "lon"]].round(5) == points[["lat", "lon"]]).all().all()


def test_points_lie_inside_their_municipality(
    municipalities: gpd.GeoDataFrame, points: pd.DataFrame
) -> None:
    pts = gpd.GeoSeries(gpd.points_from_xy(points["lon"], points["lat"]), crs=4326)
    polys = municipalities.geometry.reset_index(drop=True)
    inside = pts.within(polys)
    distance = pts.to_crs(28992).distance(polys.to_crs(28992))
    far = points.loc[~inside & (distance > POINT_SLACK_M), "gm_code"].tolist()
    assert far == []
    # Simplification is mild, so nearly every point is strictly inside the committed polygon.
    assert inside.mean() > 0.95


def test_committed_files_are_compact() -> None:
    """The national map's whole deck JSON must stay within 300 KB."""
    assert (GEO_DIR / MUNICIPALITIES_FILE).stat().st_size < 300_000
    assert (GEO_DIR / PROVINCES_FILE).stat().st_size < 60_000
    text = (GEO_DIR / MUNICIPALITIES_FILE).read_text(encoding="utf-8")
    assert ", " not in text and ": " not in text  # compact separators


def test_geojson_features_round_trips(municipalities: gpd.GeoDataFrame) -> None:
    fc = geojson_features(municipalities.head(3))
    assert fc["type"] == "FeatureCollection"
    assert [f["properties"]["gm_code"] for f in fc["features"]] == list(
        municipalities["gm_code"].head(3)
    )
    json.dumps(fc, allow_nan=False)  # plain JSON types only
    back = gpd.GeoDataFrame.from_features(fc["features"], crs=4326)
    assert back.geometry.is_valid.all()


@needs_shared
def test_build_is_deterministic_and_matches_committed(tmp_path) -> None:
    first = build_geodata(out_dir=tmp_path / "a")
    second = build_geodata(out_dir=tmp_path / "b")
    assert set(first) == {"municipalities", "provinces", "points"}
    for kind, path in first.items():
        assert path.read_bytes() == second[kind].read_bytes(), kind
        committed = GEO_DIR / path.name
        assert path.read_bytes() == committed.read_bytes(), (
            f"{committed} is out of date; run `make geodata`"
        )


def test_build_fails_clearly_without_sources(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        build_geodata(src_dir=tmp_path / "missing", out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_invalid_geometry_is_repaired_to_polygons() -> None:
    from dashboard.tools.geodata import _valid_polygonal

    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    repaired = _valid_polygonal(bowtie)
    assert repaired.is_valid
    assert repaired.geom_type in ("Polygon", "MultiPolygon")
    assert repaired.area == pytest.approx(0.5)
