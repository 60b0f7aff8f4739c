"""Where things happen: roles per municipality, filters, located partners and ties."""

import pandas as pd
import pytest

from dashboard.data.geo import load_municipality_points
from dashboard.topics.places import (
    Amount,
    InitiativeFilter,
    amounts,
    case_legend,
    filter_initiatives,
    filter_years,
    key_figures,
    located_partners,
    located_relations,
    location_places,
    municipality_roles,
    national_labels,
    national_legend,
    partners_by_sector,
    period_overlap,
    programme_family,
)
from dashboard.topics.roles import Role
from tests.conftest import read_rows, set_cell


@pytest.fixture(scope="module")
def points() -> pd.DataFrame:
    return load_municipality_points()


def test_roles_cover_every_municipality_with_an_initiative(ds):
    roles = municipality_roles(ds)
    assert set(roles["gm_code"]) == set(ds.initiatives["gm_code"])
    assert sum(len(ids) for ids in roles["initiative_ids"]) == len(ds.initiatives)
    assen = roles.set_index("gm_code").loc["GM0106"]
    assert (assen["municipality"], assen["province"]) == ("Assen", "Drenthe")
    assert assen["kinds"] == ["bso_pilot"] and assen["main_kind"] == "bso_pilot"
    assert assen["programme_ids"] == ["alert4you-bso"]


def test_main_kind_is_the_first_in_vocabulary_order(ds):
    both = ds.initiatives.copy()
    both.loc[both["initiative_id"] == "lent", "gm_code"] = "GM0106"
    assen = municipality_roles(ds, both).set_index("gm_code").loc["GM0106"]
    assert assen["kinds"] == ["bso_pilot", "dagarrangement"]
    assert assen["main_kind"] == "bso_pilot"


def test_roles_of_nothing_is_an_empty_table(ds):
    assert municipality_roles(ds, ds.initiatives.iloc[0:0]).empty


def test_filter_by_kind_and_programme(ds):
    pilots = filter_initiatives(ds, InitiativeFilter(kinds=("bso_pilot",)))
    assert set(pilots.ids) == set(ds.initiatives.loc[ds.initiatives["kind"] == "bso_pilot",
                                                     "initiative_id"])
    family = filter_initiatives(ds, InitiativeFilter(programmes=("alert4you",)))
    expected = ds.initiatives["programme_id"].isin(programme_family(ds, ["alert4you"]))
    assert set(family.ids) == set(ds.initiatives.loc[expected.fillna(False), "initiative_id"])
    assert "lent" not in family.ids  # another programme
    assert {"alert4you", "alert4you-bso", "alert4you-vroegstimulering"} <= \
        programme_family(ds, ["alert4you"])


def test_no_filter_keeps_everything(ds):
    everything = filter_initiatives(ds, InitiativeFilter())
    assert len(everything.initiatives) == len(ds.initiatives)
    assert everything.undated == ()
    assert not InitiativeFilter().active


@pytest.mark.parametrize(("period", "year", "expected"), [
    (("2012-04", "month", "2014-01", "month"), 2013, True),
    (("2012-04", "month", "2014-01", "month"), 2011, False),
    (("2012-04", "month", "2014-01", "month"), 2015, False),
    (("2012-04", "month", None, None), 2011, False),
    (("2012-04", "month", None, None), 2013, None),
    ((None, None, "2014", "year"), 2015, False),
    ((None, None, None, None), 2013, None),
])
def test_period_overlap(period, year, expected):
    assert period_overlap(*period, year) is expected


def test_year_filter_keeps_undated_initiatives_and_says_which(ds):
    years = filter_years(ds)
    assert years == list(range(years[0], years[-1] + 1))
    assert {2012, 2013, 2014} <= set(years)  # Groningen runs April 2012 – January 2014
    result = filter_initiatives(ds, InitiativeFilter(year=2013))
    dated = ds.initiatives["start"].notna() & ds.initiatives["end"].notna()
    assert set(result.undated) == set(ds.initiatives.loc[~dated, "initiative_id"])
    assert "groningen" in result.ids and "groningen" not in result.undated
    assert set(result.undated) <= set(result.ids)
    before = filter_initiatives(ds, InitiativeFilter(year=min(years) - 1))
    assert "groningen" not in before.ids
    assert set(before.undated) == set(result.undated)


def test_places_grouped_by_spot(ds):
    groningen = location_places(ds, ["groningen"], include_unlinked=False)
    expected = ds.locations[ds.locations["initiative_id"] == "groningen"]
    assert sum(len(n) for n in groningen["names"]) == len(expected)
    assert len(groningen) == len(expected[["lat", "lon"]].drop_duplicates())
    unlinked = ds.locations["initiative_id"].isna().sum()
    assert len(location_places(ds, [], include_unlinked=True)) >= min(unlinked, 1)
    assert location_places(ds, [], include_unlinked=False).empty


def test_partners_are_placed_only_at_their_known_municipality(ds, points):
    located, unlocated = located_partners(ds, "lent", points)
    members = set(ds.participants.loc[ds.participants["initiative_id"] == "lent", "org_id"])
    assert set(located["org_id"]) | set(unlocated["org_id"]) == members
    homes = ds.organisations.set_index("org_id")["gm_code"]
    assert all(pd.isna(homes[o]) for o in unlocated["org_id"])
    spot = points.set_index("gm_code")
    for row in located.itertuples():
        assert row.gm_code == homes[row.org_id]
        assert (row.lat, row.lon) == (spot.at[row.gm_code, "lat"], spot.at[row.gm_code, "lon"])
        assert row.coord_precision == "municipality"
    het_talent = located.set_index("org_id").loc["het-talent"]
    assert het_talent["roles"] == (Role("trekker", "in_practice", False),)
    everyone = pd.concat([located, unlocated]).set_index("org_id")
    assert everyone.loc["alert4you", "roles"] == (Role("verkenning", "under_way", False),)


def test_relations_need_two_located_ends(ds, points):
    located, _ = located_partners(ds, "lent", points)
    ties = located_relations(ds, "lent", located)
    placed = set(located["org_id"])
    all_ties = ds.relations[ds.relations["initiative_id"] == "lent"]
    both = all_ties["from_org_id"].isin(placed) & all_ties["to_org_id"].isin(placed)
    assert len(ties) == both.sum()
    assert ties["from_org_id"].isin(placed).all() and ties["to_org_id"].isin(placed).all()
    # Every located Lent partner sits in Nijmegen, so no tie has length.
    assert ties["same_place"].all()


def test_relations_between_two_municipalities_have_length(data_copy, points):
    from dashboard.data import load_dataset

    rows = read_rows(data_copy / "organisations.csv")
    line = next(i for i, r in enumerate(rows) if r["org_id"] == "goudwinde")
    set_cell(data_copy, "organisations", line, "gm_code", "GM0344")
    ds = load_dataset(data_copy)
    located, _ = located_partners(ds, "lent", points)
    ties = located_relations(ds, "lent", located)
    moved = ties[(ties["from_org_id"] == "goudwinde") | (ties["to_org_id"] == "goudwinde")]
    assert not moved.empty and not moved["same_place"].any()


def test_partners_by_sector_keep_each_role_and_how_sure_it_is(ds):
    lent = partners_by_sector(ds, ["lent"])
    assert list(zip(lent["sector"], lent["name"], lent["role"], lent["modality"],
                    strict=True)) == [
        ("kinderopvang", "Goudwinde", "partner", "in_practice"),
        ("onderwijs", "Basisschool Het Talent", "trekker", "in_practice"),
        ("cjg", "Centrum voor Jeugd en Gezin Nijmegen", "betrokken", "in_practice"),
        ("rijksoverheid", "Ministerie van Onderwijs", "ondersteuner", "in_practice"),
        ("fonds", "Alert4you", "verkenning", "under_way"),
    ]
    assert len(partners_by_sector(ds, ["assen"])) == 7


def test_key_figures_of_an_initiative(ds):
    figures = key_figures(ds, ["assen"])
    expected = ds.figures[ds.figures["initiative_id"] == "assen"]
    assert list(figures["metric"]) == list(expected["metric"])
    assert dict(zip(figures["metric"], figures["value"], strict=True))["schools"] == 12
    assert key_figures(ds, ["koploper-almere"]).empty


def test_amounts_keep_the_figure_as_the_source_gives_it(ds):
    groningen = ds.figures[ds.figures["initiative_id"] == "groningen"]
    assert Amount(2.0, 3.0, "count", False) in amounts(groningen)
    assert Amount(2.0, None, "count", False) in amounts(groningen)



def test_venues_get_markers_of_their_own(ds):
    places = location_places(ds, ds.initiatives["initiative_id"])
    assert [(names, venue, codes) for names, venue, codes in
            zip(places["names"].map(list), places["venue"], places["gm_codes"], strict=True)] == [
        (["Basisschool Het Talent (Lent)"], False, ["GM0268"]),
        (["Landelijke werkplaats Alert4you"], True, ["GM0344"]),
        (["De Rode Pimpernel (Beijum)", "Merdeka (Korrewegwijk/Indische Buurt)"], False,
         ["GM0014"]),
    ]


def test_the_national_map_names_initiatives_then_venues(ds, points):
    roles = municipality_roles(ds)
    labels = national_labels(roles, location_places(ds, ds.initiatives["initiative_id"]), points)
    assert list(zip(labels["gm_code"], labels["name"], labels["kind"], strict=True)) == [
        ("GM0034", "Almere", "initiative"),
        ("GM0106", "Assen", "initiative"),
        ("GM0014", "Groningen", "initiative"),
        ("GM0268", "Nijmegen", "initiative"),
        ("GM0344", "Utrecht", "venue"),
    ]
    # Filtered to the front-runners, without the meeting tied to no initiative: Almere alone.
    chosen = filter_initiatives(ds, InitiativeFilter(kinds=("koploper",)))
    only = national_labels(municipality_roles(ds, chosen.initiatives),
                           location_places(ds, chosen.ids, include_unlinked=False), points)
    assert list(only["name"]) == ["Almere"]


def test_the_national_legend_lists_only_what_is_drawn(ds):
    places = location_places(ds, ds.initiatives["initiative_id"])
    legend = national_legend(municipality_roles(ds), places)
    assert list(zip(legend["section"], legend["key"], strict=True)) == [
        ("role", "bso_pilot"), ("role", "dagarrangement"), ("role", "koploper"),
        ("role", "none"), ("place", "municipality"), ("venue", "municipality"),
    ]
    chosen = filter_initiatives(ds, InitiativeFilter(kinds=("koploper",)))
    koplopers = national_legend(municipality_roles(ds, chosen.initiatives),
                                location_places(ds, chosen.ids, include_unlinked=False))
    assert list(zip(koplopers["section"], koplopers["key"], strict=True)) == [
        ("role", "koploper"), ("role", "none")]


def test_the_legend_notes_a_second_role_only_when_there_is_one(ds):
    roles = municipality_roles(ds)
    roles.at[0, "kinds"] = ["bso_pilot", "case"]
    legend = national_legend(roles, location_places(ds, [], include_unlinked=False))
    assert ("note", "several_roles") in set(zip(legend["section"], legend["key"], strict=True))


def test_the_case_legend_lists_only_what_is_drawn(ds, points):
    def entries(initiative_id: str) -> list[tuple[str, str]]:
        located, _ = located_partners(ds, initiative_id, points)
        legend = case_legend(ds.initiatives.set_index("initiative_id").at[initiative_id, "kind"],
                             location_places(ds, [initiative_id], include_unlinked=False),
                             located, located_relations(ds, initiative_id, located))
        return list(zip(legend["section"], legend["key"], strict=True))

    # Assen: no locations, partners all at Assen's point, so no tie is drawn as a line.
    assert entries("assen") == [("role", "bso_pilot"), ("role", "other"),
                                ("partner", "municipality")]
    assert entries("groningen") == [("role", "bso_pilot"), ("role", "other"),
                                    ("place", "municipality"), ("partner", "municipality")]


def test_the_case_legend_lists_ties_drawn_as_lines(ds, points):
    located, _ = located_partners(ds, "lent", points)
    located.loc[located["org_id"] == "cjg-nijmegen", ["lat", "lon"]] = [51.84, 5.72]
    legend = case_legend("dagarrangement", location_places(ds, ["lent"], include_unlinked=False),
                         located, located_relations(ds, "lent", located))
    assert list(zip(legend["section"], legend["key"], strict=True))[-1] == ("tie", "in_practice")


def test_a_location_at_the_municipality_point_keeps_its_neighbourhood(ds):
    places = location_places(ds, ("groningen",), include_unlinked=False)
    [names] = places["names"]
    assert sorted(names) == ["De Rode Pimpernel (Beijum)", "Merdeka (Korrewegwijk/Indische Buurt)"]
