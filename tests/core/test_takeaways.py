"""The findings behind chart titles: hand-made tables with known answers (ties, empty and
one-item cases), then the facts of the fixture data (tests/fixtures) they must find."""

import pandas as pd

from dashboard.content.findings import (
    Bridges,
    Coverage,
    Dating,
    Leaders,
    RatingSpread,
    SectorTies,
    WaveProgress,
    coverage,
    dating,
    leaders,
    rating_spread,
    sector_ties,
    shared_approaches,
    top_bridges,
    wave_progress,
)
from dashboard.topics import compare, monitor
from dashboard.topics.network import graph_from_tables, initiative_graph, programme_graph
from dashboard.topics.overview import PartialDate
from dashboard.topics.timeline import TimelineFilter, initiative_spans


def orgs(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """Organisations with proper names: the same in both languages."""
    return pd.DataFrame([(o, n, n, s) for o, n, s in rows],
                        columns=["org_id", "name", "name_en", "sector"])


def rels(*pairs: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([(a, b, "samenwerking", "in_practice") for a, b in pairs],
                        columns=["from_org_id", "to_org_id", "kind", "modality"])


def members(*rows: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([(i, o, "partner") for i, o in rows],
                        columns=["initiative_id", "org_id", "role"])


# --- leaders -----------------------------------------------------------------------------------


def test_leaders_keep_every_tie_in_the_given_order():
    assert leaders({"b": 2, "a": 3, "c": 3}) == Leaders(("a", "c"), 3)
    assert leaders({"a": 1}) == Leaders(("a",), 1)


def test_no_leaders_without_anything_counted():
    assert leaders({}) is None
    assert leaders({"a": 0, "b": 0}) is None


# --- networks ----------------------------------------------------------------------------------


def test_sector_ties_count_pairs_not_relations_and_never_guess_unknown_sectors():
    graph = graph_from_tables(
        orgs(("a", "A", "gemeente"), ("b", "B", "onderwijs"), ("c", "C", "onderwijs"),
             ("d", "D", "onbekend")),
        rels(("a", "b"), ("b", "a"), ("b", "c"), ("c", "d")))
    assert sector_ties(graph) == SectorTies(ties=3, cross=1)


def test_sector_ties_of_a_network_without_ties():
    graph = graph_from_tables(orgs(("a", "A", "gemeente")), rels())
    assert sector_ties(graph) == SectorTies(0, 0)


def test_top_bridges_name_every_tied_organisation():
    graph = graph_from_tables(
        orgs(("z", "Zeta", "fonds"), ("y", "Ypsilon", "fonds"), ("x", "Xi", "gemeente")),
        rels(), members(("p", "z"), ("q", "z"), ("p", "y"), ("q", "y"), ("r", "x")))
    found = top_bridges(graph)
    assert (found.org_ids, found.count, found.initiatives) == (("y", "z"), 2, 3)


def test_no_bridges_when_nobody_takes_part_twice():
    graph = graph_from_tables(orgs(("a", "A", "fonds"), ("b", "B", "fonds")), rels(),
                              members(("p", "a"), ("q", "b")))
    found = top_bridges(graph)
    assert (found.org_ids, found.count, found.initiatives) == ((), 0, 2)


def test_fixture_networks_every_described_tie_crosses_sectors(ds):
    for initiative_id in ds.initiatives["initiative_id"]:
        found = sector_ties(initiative_graph(ds, initiative_id))
        assert found.cross == found.ties
    found = top_bridges(programme_graph(ds))
    # Alert4you takes part in practice in Assen and Almere, and explores Lent (under way).
    assert found == Bridges(("alert4you",), count=2, initiatives=4, not_yet=1)


# --- monitor -----------------------------------------------------------------------------------


def waves(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([(d, "month", s) for d, s, _ in rows],
                        columns=["date", "date_precision", "status"])


def test_wave_progress_takes_the_latest_done_and_the_first_planned():
    found = wave_progress(waves(("2012-01", "completed", ""), ("2012-06", "completed", ""),
                                ("2013-01", "planned", ""), ("2013-06", "planned", "")))
    assert (found.completed, found.planned) == (2, 2)
    assert found.last_completed == PartialDate("2012-06", "month")
    assert found.next_planned == PartialDate("2013-01", "month")


def test_wave_progress_without_waves_or_without_planned_ones():
    assert wave_progress(waves()) == WaveProgress(0, 0, None, None)
    found = wave_progress(waves(("2012-01", "completed", "")))
    assert (found.completed, found.planned, found.next_planned) == (1, 0, None)


def test_fixture_monitor_one_wave_done_one_planned(ds):
    found = wave_progress(monitor.waves(ds))
    assert (found.completed, found.planned) == (1, 1)
    assert found.last_completed == PartialDate("2013-02", "month")
    assert found.next_planned == PartialDate("2013-06", "month")


def ratings(*rows: tuple[str, str]) -> pd.DataFrame:
    scale = ["onvoldoende", "voldoende", "goed"]
    return pd.DataFrame({"subject": [s for s, _ in rows],
                         "rating": pd.Categorical([r for _, r in rows], scale, ordered=True)})


def test_rating_spread_follows_the_scale_not_the_alphabet():
    found = rating_spread(ratings(("T", "goed"), ("T", "voldoende"), ("U", "onvoldoende")))
    assert found == RatingSpread(("T", "U"), 3, "onvoldoende", "goed")


def test_rating_spread_of_one_or_no_rating():
    assert rating_spread(ratings(("T", "voldoende"))) == RatingSpread(("T",), 1, "voldoende",
                                                                  "voldoende")
    assert rating_spread(ratings()) == RatingSpread((), 0, None, None)


def test_fixture_ratings_range_from_voldoende_to_goed(ds):
    found = rating_spread(monitor.ratings(ds))
    assert (found.count, found.lowest, found.highest) == (2, "voldoende", "goed")


# --- timeline ----------------------------------------------------------------------------------


def test_dating_separates_dated_and_undated_initiatives():
    spans = pd.DataFrame({"initiative_id": ["a", "b", "c"], "dated": [False, True, False]})
    assert dating(spans) == Dating(("b",), ("a", "c"))
    assert dating(spans.iloc[0:0]) == Dating((), ())


def test_fixture_timeline_only_groningen_is_dated(ds):
    found = dating(initiative_spans(ds, TimelineFilter()))
    assert found.dated == ("groningen",)
    assert len(found.undated) == len(ds.initiatives) - 1
    assert dating(initiative_spans(ds, TimelineFilter(("assen",)))) == Dating((), ("assen",))


# --- compare -----------------------------------------------------------------------------------


def matrix(rows: dict[str, dict[str, str | None]]) -> pd.DataFrame:
    """{approach: {initiative: modality or None}} in long form, like compare.approach_matrix."""
    return pd.DataFrame([(a, i, s) for a, per in rows.items() for i, s in per.items()],
                        columns=["approach", "initiative_id", "modality"])


def test_shared_approaches_count_initiatives_per_element_with_ties():
    found = shared_approaches(matrix({
        "x": {"p": "in_practice", "q": "planned", "r": None},
        "y": {"p": None, "q": "in_practice", "r": "considered"},
        "z": {"p": "in_practice", "q": None, "r": None}}))
    assert found.top == Leaders(("x", "y"), 2) and found.initiatives == 3


def test_shared_approaches_when_the_sources_name_none():
    found = shared_approaches(matrix({"x": {"p": None, "q": None}}))
    assert found.top is None and found.initiatives == 2


def test_fixture_cases_share_no_element_by_more_than_two(ds):
    found = shared_approaches(compare.approach_matrix(ds, compare.default_selection(ds)))
    assert found.top.count == 2 and len(found.top.names) > 1
    pair = shared_approaches(compare.approach_matrix(ds, ("assen", "groningen")))
    assert pair.top == Leaders(("positive_parenting",), 2)


def sectors(rows: dict[str, dict[str, bool]]) -> pd.DataFrame:
    """{sector: {initiative: covered}} in long form, like compare.sector_coverage."""
    return pd.DataFrame([(s, i, c) for s, per in rows.items() for i, c in per.items()],
                        columns=["sector", "initiative_id", "covered"])


def test_coverage_names_the_complete_initiatives_in_the_order_chosen():
    found = coverage(sectors({"a": {"q": True, "p": True, "r": True},
                              "b": {"q": True, "p": True, "r": False}}))
    assert found == Coverage(sectors=2, complete=("q", "p"), most=2)


def test_coverage_when_nobody_is_complete_or_nobody_takes_part():
    some = sectors({"a": {"p": True, "q": False}, "b": {"p": False, "q": False}})
    assert coverage(some) == Coverage(2, (), 1)
    assert coverage(sectors({"a": {"p": False, "q": False}})) == Coverage(1, (), 0)


def test_fixture_cases_none_brings_all_core_sectors_together(ds):
    found = coverage(compare.sector_coverage(ds, compare.default_selection(ds)))
    assert found.complete == () and found.most == 5 and found.sectors == 6


def test_links_not_in_practice_or_inferred_are_counted_apart(ds):
    # Lent: Goudwinde and the CJG work with Het Talent; Alert4you's three talks are under way.
    assert sector_ties(initiative_graph(ds, "lent")) == SectorTies(ties=2, cross=2, unsure=3)
