"""Distances respect the precision of the coordinates they come from."""

import pandas as pd

from dashboard.data.geo import load_municipality_points
from dashboard.topics.distances import coarser, initiative_places, place_distances


def places(*rows):
    return pd.DataFrame(rows, columns=["kind", "id", "name", "gm_code", "lat", "lon",
                                       "coord_precision"])


def test_coarser():
    assert coarser("exact", "municipality") == "municipality"
    assert coarser("exact", "exact") == "exact"


def test_exact_points_get_a_distance_to_a_tenth_of_a_km():
    # Two points on the same meridian, 0.1 degree of latitude apart: about 11.1 km.
    [row] = place_distances(places(
        ("location", "a", "A", "GM0014", 53.0, 6.5, "exact"),
        ("location", "b", "B", "GM0014", 53.1, 6.5, "exact"),
    )).itertuples()
    assert 11.0 <= row.km <= 11.2
    assert not row.approximate


def test_same_municipality_at_municipality_precision_has_no_distance():
    [row] = place_distances(places(
        ("location", "a", "A", "GM0014", 53.2215, 6.56155, "municipality"),
        ("organisation", "b", "B", "GM0014", 53.2215, 6.56155, "municipality"),
    )).itertuples()
    assert row.km is None or pd.isna(row.km)
    assert row.approximate


def test_lent_places_are_located_only_to_the_municipality(ds):
    found = initiative_places(ds, "lent", load_municipality_points())
    assert set(found["coord_precision"]) == {"municipality"}
    assert "Basisschool Het Talent" in set(found["name"])
    distances = place_distances(found)
    assert distances["km"].isna().all()  # everything known is in Nijmegen
