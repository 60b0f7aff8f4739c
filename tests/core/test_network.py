"""Network building and measures: hand-built graphs with known answers, then the fixture data."""

import networkx as nx
import pandas as pd
import pytest

from dashboard.topics.network import (
    bridging_organisations,
    cross_sector_share,
    degrees,
    density,
    graph_from_tables,
    initiative_graph,
    initiative_network,
    isolated,
    metrics_table,
    most_connected,
    network_metrics,
    programme_graph,
    relation_rows,
    sectors_covered,
    ties,
)
from dashboard.viz.network_layout import ISOLATED_GAP, layout


def orgs(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """Organisations with proper names: the same in both languages."""
    return pd.DataFrame([(o, n, n, s) for o, n, s in rows],
                        columns=["org_id", "name", "name_en", "sector"])


def rels(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([(a, b, k, "in_practice") for a, b, k in rows],
                        columns=["from_org_id", "to_org_id", "kind", "modality"])


@pytest.fixture
def star() -> nx.MultiDiGraph:
    """Hub 'a' (gemeente) tied to b, c (kinderopvang) and d (onderwijs); e stands alone;
    a and b are linked twice (two kinds), which is one tie."""
    return graph_from_tables(
        orgs(("a", "Alfa", "gemeente"), ("b", "Beta", "kinderopvang"),
             ("c", "Gamma", "kinderopvang"), ("d", "Delta", "onderwijs"),
             ("e", "Epsilon", "onbekend")),
        rels(("a", "b", "samenwerking"), ("b", "a", "coaching"), ("a", "c", "samenwerking"),
             ("a", "d", "samenwerking"), ("b", "c", "ontmoeting")))


def test_parallel_relations_make_one_tie(star):
    assert star.number_of_edges() == 5
    assert ties(star).number_of_edges() == 4
    assert ties(star)["a"]["b"]["kinds"] == ("coaching", "samenwerking")


def test_density_counts_tied_pairs_out_of_possible_pairs(star):
    assert density(star) == pytest.approx(4 / 10)


def test_density_is_unknown_below_two_organisations():
    assert density(graph_from_tables(orgs(("a", "A", "cjg")), rels())) is None
    assert density(graph_from_tables(orgs(("a", "A", "cjg"), ("b", "B", "cjg")),
                                     rels())) == 0


def test_cross_sector_share(star):
    # a–b, a–c, a–d cross sectors; b–c stays within kinderopvang.
    assert cross_sector_share(star) == pytest.approx(3 / 4)


def test_cross_sector_share_leaves_out_unknown_sectors():
    graph = graph_from_tables(orgs(("a", "A", "onbekend"), ("b", "B", "cjg"),
                                   ("c", "C", "cjg")),
                              rels(("a", "b", "samenwerking"), ("b", "c", "samenwerking")))
    assert cross_sector_share(graph) == 0
    only_unknown = graph_from_tables(orgs(("a", "A", "onbekend"), ("b", "B", "cjg")),
                                     rels(("a", "b", "samenwerking")))
    assert cross_sector_share(only_unknown) is None


def test_degree_is_distinct_partners_and_isolated_organisations_are_kept(star):
    assert degrees(star) == {"a": 3, "b": 2, "c": 2, "d": 1, "e": 0}
    assert isolated(star) == ["e"]
    assert most_connected(star) == "a"
    assert sectors_covered(star) == ("kinderopvang", "onderwijs", "gemeente")


def test_most_connected_breaks_ties_by_name_not_row_order():
    people = orgs(("z", "Aap", "cjg"), ("y", "Noot", "cjg"), ("x", "Mies", "cjg"))
    one = graph_from_tables(people, rels(("z", "y", "samenwerking"), ("x", "y", "training"),
                                         ("z", "x", "ontmoeting")))
    other = graph_from_tables(people.iloc[::-1], rels(("x", "y", "training"),
                                                      ("z", "x", "ontmoeting"),
                                                      ("z", "y", "samenwerking")))
    assert most_connected(one) == most_connected(other) == "z"


def test_no_ties_means_no_most_connected():
    graph = graph_from_tables(orgs(("a", "A", "cjg"), ("b", "B", "gemeente")), rels())
    m = network_metrics(graph)
    assert (m.most_connected, m.most_connected_partners, m.ties, m.isolated) == (None, 0, 0, 2)
    assert m.cross_sector_share is None


def test_metrics_bundle(star):
    m = network_metrics(star)
    assert (m.organisations, m.relations, m.ties) == (5, 5, 4)
    assert (m.most_connected, m.most_connected_partners, m.isolated) == ("a", 3, 1)


def test_a_relation_to_an_unknown_organisation_is_refused():
    with pytest.raises(KeyError):
        graph_from_tables(orgs(("a", "A", "cjg")), rels(("a", "b", "samenwerking")))


def test_layout_is_reproducible_rounded_and_independent_of_row_order(star):
    first = layout(star)
    again = graph_from_tables(
        orgs(("e", "Epsilon", "onbekend"), ("d", "Delta", "onderwijs"),
             ("c", "Gamma", "kinderopvang"), ("b", "Beta", "kinderopvang"),
             ("a", "Alfa", "gemeente")),
        rels(("b", "c", "ontmoeting"), ("a", "d", "samenwerking"), ("a", "c", "samenwerking"),
             ("b", "a", "coaching"), ("a", "b", "samenwerking")))
    assert layout(again) == first == layout(star)
    assert set(first) == set(star.nodes)
    assert all(round(v, 3) == v for xy in first.values() for v in xy)
    assert layout(graph_from_tables(orgs(("a", "A", "cjg")), rels())) == {"a": (0.0, 0.0)}


def test_layout_puts_organisations_without_ties_in_a_row_below(star):
    positions = layout(star)
    lowest = min(y for o, (_, y) in positions.items() if o != "e")
    assert positions["e"] == (0.0, round(lowest - ISOLATED_GAP, 3))
    assert all(-1.001 <= v <= 1.001 for o, xy in positions.items() if o != "e" for v in xy)


def test_layout_sets_separate_groups_side_by_side():
    graph = graph_from_tables(
        orgs(("a", "A", "cjg"), ("b", "B", "cjg"), ("c", "C", "cjg"), ("x", "X", "cjg"),
             ("y", "Y", "cjg")),
        rels(("a", "b", "samenwerking"), ("b", "c", "samenwerking"), ("x", "y", "training")))
    positions = layout(graph)
    assert max(positions[o][0] for o in "abc") < min(positions[o][0] for o in "xy")


def test_initiative_graph_holds_its_participants_and_relations(ds):
    for initiative_id in ds.initiatives["initiative_id"]:
        graph = initiative_graph(ds, initiative_id)
        members = ds.participants[ds.participants["initiative_id"] == initiative_id]
        relations = ds.relations[ds.relations["initiative_id"] == initiative_id]
        assert set(graph.nodes) == set(members["org_id"])
        assert graph.number_of_edges() == len(relations)


def test_initiative_graph_keeps_direction_kind_and_evidence(ds):
    graph = initiative_graph(ds, "groningen")
    kinds = {d["kind"] for _, _, d in graph.edges("elker", data=True)}
    assert {"coaching", "training"} <= kinds
    assert all(d["evidence"] for _, _, d in graph.edges(data=True))
    rows = relation_rows(graph)
    assert len(rows) == graph.number_of_edges() and rows["evidence"].notna().all()


def test_programme_graph_reaches_every_participant_relation_and_owner(ds):
    graph = programme_graph(ds)
    owners = set(ds.programmes["owner_org_id"].dropna())
    ends = set(ds.relations["from_org_id"]) | set(ds.relations["to_org_id"])
    assert set(graph.nodes) == set(ds.participants["org_id"]) | ends | owners
    assert graph.number_of_edges() == len(ds.relations)


def test_bridging_organisations_take_part_in_more_than_one_initiative(ds):
    bridges = bridging_organisations(programme_graph(ds))
    counts = ds.participants.groupby("org_id")["initiative_id"].nunique()
    assert set(bridges["org_id"]) == set(counts[counts > 1].index)
    assert "alert4you" in set(bridges["org_id"])  # in Assen, Lent and Almere
    assert list(bridges["count"]) == sorted(bridges["count"], reverse=True)


def test_metrics_table_matches_the_graphs(ds):
    ids = list(ds.initiatives["initiative_id"])
    table = metrics_table(ds, ids, include_programme=True)
    assert list(table["scope_id"]) == [*ids, "programme"]
    for row in table.itertuples():
        if row.scope_id == "programme":
            continue
        m = initiative_network(ds, row.scope_id).metrics
        assert (row.organisations, row.relations, row.ties) == (m.organisations, m.relations,
                                                                m.ties)
        assert row.most_connected == m.most_connected


def test_drawing_selection_keeps_organisations_in_most_initiatives_then_most_partners(ds):
    from dashboard.topics.network import degrees, drawing_selection, programme_network

    graph = programme_network(ds).graph
    kept = drawing_selection(graph, 8)
    assert len(kept) == 8 and len(drawing_selection(graph, 10_000)) == graph.number_of_nodes()
    rank = {o: (len(graph.nodes[o]["initiatives"]), degrees(graph)[o]) for o in graph}
    assert min(rank[o] for o in kept) >= max(rank[o] for o in graph if o not in kept)
