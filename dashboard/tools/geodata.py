"""Build data/geo from the CBS / Kadaster 2013 TopoJSON copies in ../shared/geo (`make geodata`).

The app must draw maps offline and quickly, so the boundaries are simplified and written once
as small GeoJSON/CSV files, committed under data/geo, that `dashboard.data.geo` reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from dashboard.config import GEO_DIR, ROOT, SHARED_GEO_DIR
from dashboard.data.geo import (
    DECIMALS,
    MUNICIPALITIES_FILE,
    MUNICIPALITY_COLUMNS,
    POINT_COLUMNS,
    POINTS_FILE,
    PROVINCE_COLUMNS,
    PROVINCES_FILE,
    WGS84,
    geojson_features,
)

MUNICIPALITIES_SRC = "gemeente_2013.topojson"
PROVINCES_SRC = "provincie_2013.topojson"
RD_NEW = 28992  # Dutch national grid in metres, so the tolerance is a distance on the ground
# Metres. The source is already generalised (mapshaper, coordinates quantised to ~0.001°,
# i.e. 70-110 m), so this only drops vertices that carry less detail than that quantisation.
SIMPLIFY_TOLERANCE_M = 100.0


# --- build -------------------------------------------------------------------------------------


def build_geodata(src_dir: Path = SHARED_GEO_DIR, out_dir: Path = GEO_DIR) -> dict[str, Path]:
    """Turn the CBS TopoJSON files into the compact, deterministic files the app reads.

    Returns the written paths keyed by "municipalities", "provinces" and "points".
    """
    src_dir, out_dir = Path(src_dir), Path(out_dir)
    municipalities = _read_topojson(src_dir / MUNICIPALITIES_SRC)
    provinces = _read_topojson(src_dir / PROVINCES_SRC)

    provinces = (
        provinces.rename(columns={"statcode": "prov_code", "statnaam": "name"})[
            [*PROVINCE_COLUMNS, "geometry"]
        ]
        .sort_values("prov_code")
        .reset_index(drop=True)
    )
    municipalities = municipalities.rename(columns={"statcode": "gm_code", "statnaam": "name"})
    municipalities = municipalities[["gm_code", "name", "geometry"]]
    municipalities = municipalities.sort_values("gm_code").reset_index(drop=True)

    # One point per municipality, taken from the original (unsimplified) CBS geometry, so it is
    # guaranteed to lie inside the municipality; it also decides the province.
    points = municipalities.copy()
    points["geometry"] = municipalities.geometry.representative_point()
    points = _assign_province(points, provinces)
    municipalities = municipalities.merge(
        points[["gm_code", "prov_code", "province"]], on="gm_code", how="left", validate="1:1"
    )[[*MUNICIPALITY_COLUMNS, "geometry"]]

    municipalities["geometry"] = _simplify(municipalities.geometry)
    provinces["geometry"] = _simplify(provinces.geometry)

    out_dir.mkdir(parents=True, exist_ok=True)
    written = {
        "municipalities": out_dir / MUNICIPALITIES_FILE,
        "provinces": out_dir / PROVINCES_FILE,
        "points": out_dir / POINTS_FILE,
    }
    _write_geojson(municipalities, written["municipalities"])
    _write_geojson(provinces, written["provinces"])
    _write_points(points, written["points"])
    return written


def _read_topojson(path: Path) -> gpd.GeoDataFrame:
    """Read one CBS TopoJSON layer; the files carry no CRS, but they are WGS84 lon/lat."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found (see ../shared/geo/SOURCE.md)")
    gdf = gpd.read_file(path, engine="pyogrio")
    return gdf.set_crs(WGS84, allow_override=True)


def _assign_province(points: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add prov_code/province by the province that contains each municipality's point.

    Fails loudly instead of guessing if a point falls in no province or in several: the two
    source files are generalised separately, and a wrong province would silently skew maps.
    """
    joined = gpd.sjoin(
        points,
        provinces.rename(columns={"name": "province"}),
        how="left",
        predicate="within",
    )
    counts = joined.groupby("gm_code")["prov_code"].count()
    bad = counts[counts != 1]
    if not bad.empty:
        raise ValueError(f"municipalities not in exactly one province: {sorted(bad.index)}")
    joined = joined.drop(columns="index_right").sort_values("gm_code").reset_index(drop=True)
    return joined[[*POINT_COLUMNS[:4], "geometry"]]


def _simplify(geoms: gpd.GeoSeries) -> gpd.GeoSeries:
    """Simplify in metres, round to DECIMALS and guarantee valid, non-empty polygons.

    Neighbouring municipalities share their borders in the source. Simplifying each polygon
    on its own (shapely `simplify`) moves a shared border differently on each side and opens
    slivers and overlaps, so the whole layer is simplified as one coverage when possible.
    """
    metric = geoms.to_crs(RD_NEW).values
    if hasattr(shapely, "coverage_simplify") and shapely.coverage_is_valid(metric):
        simplified = shapely.coverage_simplify(metric, SIMPLIFY_TOLERANCE_M)
    else:  # shapely < 2.1 or a source that is not a clean coverage
        simplified = shapely.simplify(metric, SIMPLIFY_TOLERANCE_M, preserve_topology=True)
    back = gpd.GeoSeries(simplified, crs=RD_NEW, index=geoms.index).to_crs(WGS84).values
    rounded = shapely.set_precision(back, 10.0**-DECIMALS)
    fixed = [_valid_polygonal(g) for g in rounded]
    empty = [i for i, g in zip(geoms.index, fixed, strict=True) if g.is_empty]
    if empty:
        raise ValueError(f"simplification emptied geometries at rows {empty}")
    return gpd.GeoSeries(fixed, crs=WGS84, index=geoms.index)


def _valid_polygonal(geom: BaseGeometry) -> BaseGeometry:
    """make_valid when needed, keeping only the polygon parts (a map fill has no lines)."""
    if geom.is_valid and geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    repaired = shapely.make_valid(geom)
    parts = [p for p in shapely.get_parts(repaired) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def _write_geojson(gdf: gpd.GeoDataFrame, path: Path) -> None:
    """Compact UTF-8 GeoJSON with a fixed key and row order, so rebuilds are byte-identical."""
    text = json.dumps(
        geojson_features(gdf), ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    path.write_text(text + "\n", encoding="utf-8", newline="\n")


def _write_points(points: gpd.GeoDataFrame, path: Path) -> None:
    """The representative points as a plain CSV table (lat/lon with DECIMALS digits)."""
    frame = pd.DataFrame(points[POINT_COLUMNS[:4]])
    frame["lat"] = points.geometry.y.round(DECIMALS)
    frame["lon"] = points.geometry.x.round(DECIMALS)
    frame.to_csv(
        path, index=False, encoding="utf-8", lineterminator="\n", float_format=f"%.{DECIMALS}f"
    )


# --- command line ------------------------------------------------------------------------------


def main() -> None:
    """Build data/geo from ../shared/geo and report each file's size."""
    written = build_geodata()
    for kind, path in written.items():
        size = path.stat().st_size
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{kind:15} {shown}  {size:,} bytes ({size / 1024:.1f} KB)")


if __name__ == "__main__":
    main()
