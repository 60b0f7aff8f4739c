"""Load the map geometry: CBS / Kadaster 2013 municipalities and provinces.

The boundaries are prepared once by `dashboard.tools.geodata` (run `make geodata`) and
committed as small GeoJSON/CSV files under data/geo. At run time the `load_*` functions read
them and the borders the maps draw are derived from them; nothing touches ../shared or the
network.

Attribution for any map drawn from these files: "Bron: CBS / Kadaster".
"""

from __future__ import annotations

import io
import itertools
from pathlib import Path
from typing import Any, NamedTuple

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from dashboard.config import GEO_DIR
from dashboard.data.cbs import POINTS_FILE
from dashboard.data.files import Refused, read_capped

MUNICIPALITIES_FILE = "gemeenten_2013.geojson"
PROVINCES_FILE = "provincies_2013.geojson"

WGS84 = 4326
LABEL_TOLERANCE = 0.001  # degrees: how closely a name's point is sought, finer than a letter

MUNICIPALITY_COLUMNS = ["gm_code", "name", "prov_code", "province"]
PROVINCE_COLUMNS = ["prov_code", "name"]
POINT_COLUMNS = [*MUNICIPALITY_COLUMNS, "lat", "lon"]
DECIMALS = 5  # ~1 m; finer digits only add bytes to the page


# --- load (used by the app) --------------------------------------------------------------------


def load_municipalities(geo_dir: Path = GEO_DIR) -> gpd.GeoDataFrame:
    """The 408 municipalities of 2013 (gm_code, name, prov_code, province, geometry), EPSG:4326."""
    return _read_layer(Path(geo_dir), MUNICIPALITIES_FILE, MUNICIPALITY_COLUMNS)


def load_provinces(geo_dir: Path = GEO_DIR) -> gpd.GeoDataFrame:
    """The 12 provinces of 2013 (prov_code, name, geometry), EPSG:4326."""
    return _read_layer(Path(geo_dir), PROVINCES_FILE, PROVINCE_COLUMNS)


def load_municipality_points(geo_dir: Path = GEO_DIR) -> pd.DataFrame:
    """One CBS-derived point inside each municipality: gm_code, name, prov_code, province, lat, lon.

    Use it to place a location whose sources only name its municipality, instead of a guess.
    """
    frame = pd.read_csv(
        io.BytesIO(_geo_bytes(Path(geo_dir), POINTS_FILE)),
        dtype={c: "string" for c in MUNICIPALITY_COLUMNS} | {"lat": float, "lon": float},
        keep_default_na=False,
        encoding="utf-8",
    )
    return frame[POINT_COLUMNS]


def _geo_bytes(geo_dir: Path, name: str) -> bytes:
    """A committed geo file, read as the data tables are (dashboard.data.files): a pipe, a
    device or a link out of the folder in its place is refused instead of hanging the map."""
    try:
        return read_capped(geo_dir / name, geo_dir)
    except Refused as refused:
        raise FileNotFoundError(f"geo/{name}: {refused}; rebuild it with `make geodata`") from None


def _read_layer(geo_dir: Path, name: str, columns: list[str]) -> gpd.GeoDataFrame:
    """Read a committed GeoJSON layer with a fixed column order and WGS84 CRS."""
    gdf = gpd.read_file(io.BytesIO(_geo_bytes(geo_dir, name)), engine="pyogrio")
    if gdf.crs is None:
        gdf = gdf.set_crs(WGS84)
    for col in columns:
        gdf[col] = gdf[col].astype("string")
    return gdf[[*columns, "geometry"]]


def _round_coords(coords: Any) -> Any:
    """Round nested coordinate lists so the text never shows float noise like 52.07400000001."""
    if isinstance(coords, (int, float)):
        return round(float(coords), DECIMALS)
    return [_round_coords(c) for c in coords]


def geojson_features(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    """A GeoJSON FeatureCollection dict (e.g. for pydeck's GeoJsonLayer), rows in frame order.

    Non-geometry columns become feature properties; pandas NA becomes null. Coordinates are
    rounded to DECIMALS so the payload stays small.
    """
    prop_cols = [c for c in gdf.columns if c != gdf.geometry.name]
    features = []
    for row, geom in zip(
        gdf[prop_cols].itertuples(index=False, name=None), gdf.geometry, strict=True
    ):
        props = {c: _plain(v) for c, v in zip(prop_cols, row, strict=True)}
        geometry = None
        if geom is not None and not geom.is_empty:
            shape = geom.__geo_interface__
            geometry = {"type": shape["type"], "coordinates": _round_coords(shape["coordinates"])}
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


class Borders(NamedTuple):
    """The municipalities' borders, each once, as segments [lon, lat, lon, lat]."""

    within: list[list[float]]  # between two municipalities of one province
    between: list[list[float]]  # between provinces, and the country's outline


def municipality_borders(municipalities: gpd.GeoDataFrame) -> Borders:
    """Every border of the municipalities once, split by whether it is a province border.

    The maps draw borders with deck.gl's LineLayer instead of as polygon outlines: without a
    graphics card (software WebGL, as on some venue PCs) the outlines' PathLayer was slow to
    draw, a LineLayer several times faster (benchmarks/results/design.md). Province borders are
    taken from the municipalities (a border between municipalities of two provinces), so they
    lie exactly on the municipal borders and no border is sent twice. The municipalities are
    one coverage: a segment two of them share is the same segment in both.
    """
    owners: dict[tuple, list[str]] = {}
    for province, shape in zip(municipalities["prov_code"], municipalities.geometry,
                               strict=True):
        for segment in _segments(shape):
            owners.setdefault(segment, []).append(province)
    within: list[list[float]] = []
    between: list[list[float]] = []
    for (a, b), provinces in owners.items():
        inside = len(provinces) == 2 and provinces[0] == provinces[1]
        (within if inside else between).append([*a, *b])
    return Borders(within, between)


def outline_segments(shapes: gpd.GeoDataFrame) -> list[list[float]]:
    """The borders of `shapes` (e.g. one municipality) as segments [lon, lat, lon, lat]."""
    return [[*a, *b] for a, b in dict.fromkeys(
        segment for shape in shapes.geometry for segment in _segments(shape))]


def neighbours(municipalities: gpd.GeoDataFrame, gm_code: str,
               bounds: tuple[float, float, float, float]) -> pd.DataFrame:
    """The municipalities that share a border with `gm_code` and lie partly inside `bounds`
    (minx, miny, maxx, maxy), each with a point on its part inside them: where a zoomed-in map
    can name it. The point is the one farthest from that part's edges (its pole of
    inaccessibility), so a name drawn there stays on its municipality. Columns: gm_code, name,
    lat, lon; by name."""
    own = municipalities.loc[municipalities["gm_code"] == gm_code, "geometry"]
    if own.empty:
        return pd.DataFrame(columns=["gm_code", "name", "lat", "lon"])
    box = shapely.box(*bounds)
    near = municipalities[municipalities.intersects(own.iloc[0].buffer(10.0**-DECIMALS))
                          & (municipalities["gm_code"] != gm_code)]
    rows = []
    for code, name, shape in zip(near["gm_code"], near["name"], near.geometry, strict=True):
        seen = [p for p in shapely.get_parts(shape.intersection(box))
                if p.geom_type == "Polygon" and not p.is_empty]
        if seen:
            point = polylabel(max(seen, key=lambda p: p.area), tolerance=LABEL_TOLERANCE)
            rows.append((code, name, round(point.y, DECIMALS), round(point.x, DECIMALS)))
    return pd.DataFrame(sorted(rows, key=lambda r: r[1]), columns=["gm_code", "name", "lat", "lon"])


def in_box(segments: list[list[float]],
           bounds: tuple[float, float, float, float]) -> list[list[float]]:
    """The segments with an end inside `bounds` (minx, miny, maxx, maxy)."""
    minx, miny, maxx, maxy = bounds
    return [s for s in segments if any(minx <= x <= maxx and miny <= y <= maxy
                                       for x, y in ((s[0], s[1]), (s[2], s[3])))]


def _segments(shape: BaseGeometry) -> list[tuple]:
    """The straight pieces of a polygon's rings, each with its ends in a fixed order."""
    pieces = []
    for ring in shapely.get_parts(shape.boundary):
        points = [tuple(p) for p in shapely.get_coordinates(ring).round(DECIMALS).tolist()]
        pieces += [tuple(sorted(pair)) for pair in itertools.pairwise(points)
                   if pair[0] != pair[1]]
    return pieces


def _plain(value: Any) -> Any:
    """A JSON-safe Python value: NA to None, numpy scalars to Python scalars."""
    if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value
