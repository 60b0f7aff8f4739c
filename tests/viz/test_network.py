"""Network drawings: nodes per sector in their colours, relation kinds in the legend, hovers."""

import pandas as pd

from dashboard.data.refs import FACTS
from dashboard.i18n import label
from dashboard.topics.network import degrees, graph_from_tables, initiative_network
from dashboard.viz.network import (
    bridges_table,
    network_figure,
    network_table,
    node_size,
    short_name,
)
from dashboard.viz.network_layout import layout
from dashboard.viz.palette import BRIDGE_OUTLINE, NEUTRAL, SECTOR_COLOURS, TIE_COLOURS


def role(fig, name):
    return [trace for trace in fig.data if trace.meta and trace.meta["role"] == name]


def small_graph():
    organisations = pd.DataFrame(
        [("a", "Alfa <b>", "Alfa <b>", "gemeente"), ("b", "Beta", "Beta", "kinderopvang"),
         ("c", "Gamma", "Gamma", "kinderopvang"),
         ("d", "Delta (lange toelichting)", "Delta (long note)", "cjg")],
        columns=["org_id", "name", "name_en", "sector"])
    relations = pd.DataFrame(
        [("a", "b", "samenwerking", "in_practice"), ("a", "b", "coaching", "in_practice"),
         ("a", "c", "verkenning", "under_way")],
        columns=["from_org_id", "to_org_id", "kind", "modality"])
    return graph_from_tables(organisations, relations)


def test_one_node_trace_per_sector_in_its_colour_with_every_node():
    graph = small_graph()
    fig = network_figure(graph, layout(graph), "nl")
    nodes = role(fig, "nodes")
    assert [t.meta["sector"] for t in nodes] == ["kinderopvang", "cjg", "gemeente"]
    assert sum(len(t.x) for t in nodes) == graph.number_of_nodes()
    for trace in nodes:
        assert trace.marker.color == SECTOR_COLOURS[trace.meta["sector"]]
    assert [t.name for t in nodes] == ["Kinderopvang", "CJG", "Gemeente"]


def test_nodes_are_sized_by_partners_and_isolated_ones_say_so():
    graph = small_graph()
    fig = network_figure(graph, layout(graph), "nl")
    partners = degrees(graph)
    for trace in role(fig, "nodes"):
        assert list(trace.marker.size) == [node_size(partners[o]) for o in trace.customdata]
    [cjg] = [t for t in role(fig, "nodes") if t.meta["sector"] == "cjg"]
    assert "Relatie niet beschreven" in cjg.hovertext[0]
    assert cjg.text[0] == "Delta"


def test_ties_in_practice_are_dark_and_solid_the_others_light_and_dotted():
    graph = small_graph()
    fig = network_figure(graph, layout(graph), "en")
    edges = {t.meta["in_practice"]: t for t in role(fig, "edges")}
    assert (edges[True].line.color, edges[True].line.dash) == (TIE_COLOURS["in_practice"],
                                                                "solid")
    assert (edges[False].line.color, edges[False].line.dash) == (
        TIE_COLOURS["not_in_practice"], "dot")
    assert [edges[True].name, edges[False].name] == ["In practice", "Not in practice, or inferred"]
    # Hues are left to the sectors: a tie is grey, as an unknown sector is.
    assert not {e.line.color for e in edges.values()} & set(SECTOR_COLOURS.values()) - {NEUTRAL}
    [hover] = role(fig, "edge-hover")
    assert any("Exploration" in text and "Under way" in text for text in hover.hovertext)
    [hover] = role(fig, "edge-hover")
    assert len(hover.x) == graph.number_of_edges()


def test_parallel_relations_are_bent_apart():
    graph = small_graph()
    fig = network_figure(graph, layout(graph), "nl")
    [hover] = role(fig, "edge-hover")
    middles = {text.split(":")[0]: (x, y) for text, x, y in zip(hover.hovertext, hover.x,
                                                                  hover.y, strict=True)}
    coaching = next(xy for text, xy in middles.items() if "Coaching" in text)
    together = next(xy for text, xy in middles.items() if "Samenwerking" in text)
    assert coaching != together


def test_data_text_is_escaped_in_hovers():
    graph = small_graph()
    fig = network_figure(graph, layout(graph), "nl")
    [municipality] = [t for t in role(fig, "nodes") if t.meta["sector"] == "gemeente"]
    assert "Alfa &lt;b&gt;" in municipality.hovertext[0]


def test_names_are_in_the_readers_language():
    """A name that is partly our own words ("Delta (lange toelichting)") is shown in
    English in English mode: label, hover and the table beside the drawing."""
    graph = small_graph()
    alone = graph_from_tables(pd.DataFrame([("d", "Delta (lange toelichting)",
                                             "Delta (long note)", "cjg")],
                                           columns=["org_id", "name", "name_en", "sector"]),
                              pd.DataFrame(columns=["from_org_id", "to_org_id", "kind",
                                                    "modality"]))
    for lang, name in (("nl", "Delta (lange toelichting)"), ("en", "Delta (long note)")):
        fig = network_figure(graph, layout(graph), lang)
        [cjg] = [t for t in role(fig, "nodes") if t.meta["sector"] == "cjg"]
        assert name in cjg.hovertext[0]
        assert name in set(network_table(alone, lang).iloc[:, 0])


def test_highlighted_nodes_get_an_outline_and_a_legend_entry():
    graph = small_graph()
    fig = network_figure(graph, layout(graph), "nl", highlight=["b"], label_nodes=["b"])
    [childcare] = [t for t in role(fig, "nodes") if t.meta["sector"] == "kinderopvang"]
    outline = dict(zip(childcare.customdata, childcare.marker.line.color, strict=True))
    assert outline["b"] == BRIDGE_OUTLINE and outline["c"] != BRIDGE_OUTLINE
    assert dict(zip(childcare.customdata, childcare.text, strict=True)) == {"b": "Beta", "c": ""}
    assert len(role(fig, "bridge-legend")) == 1
    assert not role(network_figure(graph, layout(graph), "nl"), "bridge-legend")


def test_real_network_figure_has_every_participant(ds):
    network = initiative_network(ds, "lent")
    fig = network_figure(network.graph, layout(network.graph), "nl")
    assert sum(len(t.x) for t in role(fig, "nodes")) == network.metrics.organisations
    assert fig.to_dict() == network_figure(network.graph, layout(network.graph), "nl").to_dict()


def test_an_inferred_tie_says_so_in_its_hover_and_table(ds):
    from dashboard.viz.network import relations_table

    graph = initiative_network(ds, "lent").graph
    table = relations_table(graph, "nl")
    goudwinde = table[table["Naar"] == "Goudwinde"]
    assert goudwinde["Hoe zeker"].tolist() == ["Gaande; afgeleid"]
    assert (table["Hoe zeker"] == "Gaande").sum() == 2  # the stated talks
    hovers = [h for trace in network_figure(graph, layout(graph), "nl").data
              if trace.meta and trace.meta.get("role") == "edge-hover" for h in trace.hovertext]
    assert sum("Gaande; afgeleid" in h for h in hovers) == 1


def test_short_name():
    assert short_name("Twaalf basisscholen in Assen (niet bij naam genoemd)") == \
        "Twaalf basisscholen in Assen"
    assert len(short_name("x" * 80)) == 30


def test_bridges_table_names_the_initiatives_each_organisation_connects():
    bridges = pd.DataFrame({"org_id": ["a"], "name": ["Alfa"], "name_en": ["Alpha"],
                            "sector": ["gemeente"], "initiatives": [("x", "y")], "count": [2],
                            FACTS: [("organisations:2",)]})
    table = bridges_table(bridges, {"x": "Pilot X", "y": "Pilot Y"}, "en")
    assert table.drop(columns=FACTS).to_dict("records") == [
        {"Name": "Alpha", "Sector": label("sector", "gemeente", "en"),
         "Initiatives": "Pilot X; Pilot Y", "Count": 2}]
    assert table[FACTS].tolist() == [("organisations:2",)]


LAYOUT_IN_A_NEW_PROCESS = """
import sys
from dashboard.data import load_dataset
from dashboard.topics.network import programme_network
from dashboard.viz.network_layout import layout
print(sorted(layout(programme_network(load_dataset(sys.argv[1])).graph).items()))
"""


def test_the_layout_is_the_same_in_every_server_process():
    import os
    import subprocess
    import sys

    from dashboard import config
    from tests.fixture_data import FIXTURE_DATA_DIR

    def laid_out(hash_seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(config.ROOT)}
        return subprocess.run([sys.executable, "-c", LAYOUT_IN_A_NEW_PROCESS,
                               str(FIXTURE_DATA_DIR)], env=env, capture_output=True,
                              text=True, check=True).stdout

    assert laid_out("1") == laid_out("2")


def test_a_node_says_how_sure_each_of_its_roles_and_ties_is():
    organisations = pd.DataFrame(
        [("a", "Alfa", "Alfa", "fonds"), ("c", "Gamma", "Gamma", "onderwijs")],
        columns=["org_id", "name", "name_en", "sector"])
    relations = pd.DataFrame([("a", "c", "verkenning", "under_way", "stated"),
                              ("a", "c", "steun", "in_practice", "inferred")],
                             columns=["from_org_id", "to_org_id", "kind", "modality", "basis"])
    members = pd.DataFrame([("x", "a", "verkenning", "under_way"), ("y", "a", "partner",
                                                                   "in_practice")],
                           columns=["initiative_id", "org_id", "role", "modality"])
    graph = graph_from_tables(organisations, relations, members)
    fig = network_figure(graph, layout(graph), "nl")
    [alfa] = [t for t in role(fig, "nodes") if t.meta["sector"] == "fonds"]
    assert alfa.hovertext[0].split("<br>")[2:] == [
        "Rol: Partner, Verkent deelname (gaande)",
        "Steun (ondersteund door) (afgeleid): Gamma",
        "Verkenning (gaande): Gamma",
    ]
