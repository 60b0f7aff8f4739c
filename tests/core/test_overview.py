"""The programme-at-a-glance numbers, checked against the curated facts."""

import pandas as pd

from dashboard.content.slides import unknown_line
from dashboard.topics.membership import inferred_kinds
from dashboard.topics.overview import (
    case_studies,
    leading_sectors,
    municipalities_involved,
    newest_source,
    organisations_by_sector,
    period_covered,
    pilot_count,
    unknowns,
)


def test_pilot_count_separates_stated_inferred_and_unidentified(ds):
    pilots = pilot_count(ds)
    assert (pilots.declared, pilots.stated, pilots.inferred) == (8, 1, 1)
    assert pilots.unidentified == 6


def test_the_cases(ds):
    cases = case_studies(ds)
    assert set(cases["initiative_id"]) == {"assen", "groningen", "lent"}
    assert cases.set_index("initiative_id").at["lent", "municipality"] == "Nijmegen"
    assert cases.set_index("initiative_id").at["assen", "province"] == "Drenthe"


def test_organisations_by_sector_add_up(ds):
    sectors = organisations_by_sector(ds)
    assert sectors["count"].sum() == len(ds.organisations)
    assert (sectors["count"] > 0).all()


def test_municipalities_involved(ds):
    places = municipalities_involved(ds).set_index("gm_code")
    assert len(places) == ds.initiatives["gm_code"].nunique()
    assert places.at["GM0268", "kinds"] == ["dagarrangement"]


def test_period_and_data_version(ds):
    first, last = period_covered(ds)
    assert (first.value, first.precision) == ("2005", "year")
    assert (last.value, last.precision) == ("2014-01", "month")
    assert newest_source(ds).value == "2013"


def test_unknowns_are_counted_from_the_data(ds):
    found = {u.key: u.count for u in unknowns(ds)}
    assert found["unknown_pilots"] == 6
    assert found["unknown_monitor_numbers"] == 1
    assert found["unknown_unnamed_orgs"] == int(ds.organisations["is_generic"].sum())
    assert all(count > 0 for count in found.values())


def test_every_inference_is_counted_among_the_unknowns(ds):
    found = {u.key: u.count for u in unknowns(ds)}
    # Groningen's pilot membership; Lent's membership of the day-programme experiments.
    assert (found["unknown_inferred_membership"],
            found["unknown_inferred_other_membership"]) == (1, 1)
    # Two participations, two ties, two approaches and two ratings rest on an inference.
    assert found["unknown_inferred_rows"] == 8


def test_leading_sectors_follow_the_counts(ds):
    counts = organisations_by_sector(ds)
    first, second = leading_sectors(counts)
    by_sector = counts.set_index("sector")["count"]
    assert by_sector[first] == by_sector.max()
    assert by_sector[second] == by_sector.drop(first).max()
    assert (by_sector.drop([first, second]) < by_sector[second]).all()


def sector_counts(**counts: int) -> pd.DataFrame:
    return pd.DataFrame({"sector": list(counts), "count": list(counts.values())})


def test_leading_sectors_never_leave_out_an_equal():
    assert leading_sectors(sector_counts(a=5, b=3, c=3, d=1)) == ["a", "b", "c"]
    assert leading_sectors(sector_counts(a=3, b=5, c=3)) == ["b", "a", "c"]


def test_leading_sectors_fall_back_to_the_top_when_too_many_tie():
    assert leading_sectors(sector_counts(a=5, b=2, c=2, d=2)) == ["a"]
    assert leading_sectors(sector_counts(a=2, b=2, c=2, d=2)) == ["a", "b", "c", "d"]


def test_leading_sectors_of_one_or_no_sector():
    assert leading_sectors(sector_counts(a=4)) == ["a"]
    assert leading_sectors(sector_counts()) == []


def test_locations_at_the_municipality_point_say_what_is_known_of_each(ds):
    """Three of the four locations drawn at their municipality's point have a known
    neighbourhood or place; only the meeting in Utrecht has just its municipality."""
    [place] = [u for u in unknowns(ds) if u.key == "unknown_exact_location"]
    assert place.count == 4
    assert place.parts == (("unknown_location_area", 3), ("unknown_location_municipality", 1))
    assert unknown_line(place, "nl") == (
        "De precieze plek van 4 locaties: van 3 is de wijk of plaats bekend, van 1 alleen de "
        "gemeente.")
    assert unknown_line(place, "en") == (
        "The exact spot of 4 locations: for 3 the neighbourhood or place is known, for 1 only "
        "the municipality.")


def test_an_unknown_of_one_is_worded_in_the_singular(ds):
    lines = [unknown_line(u, "nl") for u in unknowns(ds)]
    assert ("Of 1 project formeel een Alert4you BSO-pilot is: dat is afgeleid, niet letterlijk "
            "gezegd.") in lines
    assert "Cijfermatige resultaten van de monitor: de bronnen publiceren er nog geen." in lines


def test_a_kind_without_a_programme_is_not_inferred():
    """An initiative in no programme (an empty programme_basis) has its kind as stated."""
    frame = pd.DataFrame({"kind": ["case", "bso_pilot", "bso_pilot", "dagarrangement"],
                          "programme_basis": pd.array([None, "inferred", "stated", "inferred"],
                                                      dtype="string")})
    assert inferred_kinds(frame) == ["dagarrangement"]
    assert inferred_kinds(frame.iloc[:1]) == []
