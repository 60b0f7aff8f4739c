"""Distances between an initiative's places and its partners, no more precise than the data.

Most points are only known to their municipality. A distance between two such points is the
distance between municipalities, so it is rounded to whole kilometres and marked approximate;
two points in the same municipality have no meaningful distance at all.
"""

import geopandas as gpd
import pandas as pd

from dashboard.data.dataset import Dataset
from dashboard.topics.places import located_partners

PRECISIONS = ("exact", "neighbourhood", "municipality")  # finest first
ROUNDING_KM = {"exact": 1, "neighbourhood": 0, "municipality": 0}  # decimals kept
DUTCH_GRID = 28992  # RD New: metres, right for distances within the Netherlands


def coarser(a: str, b: str) -> str:
    """The less precise of two coordinate precisions."""
    return max(a, b, key=PRECISIONS.index)


def initiative_places(ds: Dataset, initiative_id: str, points: pd.DataFrame) -> pd.DataFrame:
    """The initiative's located places: its locations and its partners with a known municipality.

    Columns: kind (location | organisation), id, name, gm_code, lat, lon, coord_precision.
    """
    locations = ds.locations[ds.locations["initiative_id"] == initiative_id]
    located, _ = located_partners(ds, initiative_id, points)
    frames = [
        pd.DataFrame({"kind": "location", "id": locations["location_id"],
                      "name": locations["name"], "gm_code": locations["gm_code"],
                      "lat": locations["lat"].astype(float), "lon": locations["lon"].astype(float),
                      "coord_precision": locations["coord_precision"]}),
        pd.DataFrame({"kind": "organisation", "id": located["org_id"], "name": located["name"],
                      "gm_code": located["gm_code"], "lat": located["lat"],
                      "lon": located["lon"], "coord_precision": located["coord_precision"]}),
    ]
    return pd.concat([f for f in frames if not f.empty], ignore_index=True)


def place_distances(places: pd.DataFrame) -> pd.DataFrame:
    """Distance for every pair of places, rounded to what their precision allows.

    Columns: from_name, to_name, precision (the coarser of the two), km (None when both lie in
    the same municipality and either is known only to the municipality), approximate.
    """
    columns = ["from_name", "to_name", "precision", "km", "approximate"]
    if len(places) < 2:
        return pd.DataFrame(columns=columns)
    geo = gpd.GeoSeries(gpd.points_from_xy(places["lon"], places["lat"]), crs=4326)
    metric = geo.to_crs(DUTCH_GRID).reset_index(drop=True)
    rows = []
    for i in range(len(places)):
        for j in range(i + 1, len(places)):
            a, b = places.iloc[i], places.iloc[j]
            precision = coarser(a["coord_precision"], b["coord_precision"])
            same_area = precision == "municipality" and a["gm_code"] == b["gm_code"]
            km = None if same_area else round(metric[i].distance(metric[j]) / 1000,
                                              ROUNDING_KM[precision])
            rows.append((a["name"], b["name"], precision, km, precision != "exact"))
    return pd.DataFrame(rows, columns=columns)
