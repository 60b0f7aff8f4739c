"""Drawing a partner network (from dashboard.topics.network) as a plotly figure.

Nodes are coloured by sector and sized by their number of partners; relations are lines
styled by kind (colour and dash, planned ones fainter) and bent apart when one pair has
several. Every trace has a legend entry or is a hover helper, so the picture reads without
colour alone. Labels come from the pure i18n package, so this module has no Streamlit.
"""

from collections.abc import Iterable

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from dashboard.content import fact_words
from dashboard.data import vocab
from dashboard.data.characters import isolate
from dashboard.data.refs import FACTS, pooled
from dashboard.data.schemas import own_words
from dashboard.i18n import label, t
from dashboard.topics.network import (
    bridging_organisations,
    degrees,
    drawing_selection,
    relation_rows,
)
from dashboard.viz.charts import base_layout
from dashboard.viz.network_layout import layout
from dashboard.viz.palette import (
    BRIDGE_OUTLINE,
    FONT,
    SECTOR_COLOURS,
    TIE_COLOURS,
    TIE_DASHES,
)
from dashboard.viz.text import plot_text

Point = tuple[float, float]
BEND = 0.12  # sideways offset between parallel relations, as a share of their length
CURVE_STEPS = 12
SHORT_NAME = 30
PADDING = 0.35  # room around the nodes for their names


def short_name(name: str) -> str:
    """A node label: the name up to its first bracket, cut at SHORT_NAME characters."""
    core = name.split(" (")[0].strip() or name
    short = core if len(core) <= SHORT_NAME else core[:SHORT_NAME - 1].rstrip() + "…"
    return plot_text(short)  # plotly reads tags like <a> and <b> in text labels


def node_size(partners: int) -> float:
    """Marker diameter grows with the number of partners, within readable bounds."""
    return min(14 + 5 * partners, 44)


def _curve(start: Point, end: Point, offset: float) -> tuple[list[float], list[float]]:
    """Points of a quadratic curve from start to end, bent sideways by `offset`."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 - dy * offset, (y0 + y1) / 2 + dx * offset
    xs, ys = [], []
    for i in range(CURVE_STEPS + 1):
        s = i / CURVE_STEPS
        xs.append(round((1 - s) ** 2 * x0 + 2 * (1 - s) * s * cx + s ** 2 * x1, 4))
        ys.append(round((1 - s) ** 2 * y0 + 2 * (1 - s) * s * cy + s ** 2 * y1, 4))
    return xs, ys


def _edge_offsets(graph: nx.MultiDiGraph) -> dict[tuple, float]:
    """Sideways bend of every edge: 0 for a lone relation, spread out for parallel ones."""
    pairs: dict[frozenset, list[tuple]] = {}
    for a, b, key in graph.edges(keys=True):
        pairs.setdefault(frozenset((a, b)), []).append((a, b, key))
    offsets = {}
    for edges in pairs.values():
        for i, edge in enumerate(sorted(edges, key=lambda e: (e[0], e[1], str(e[2])))):
            offsets[edge] = (i - (len(edges) - 1) / 2) * BEND
    return offsets




def _text_position(positions: dict[str, Point], partners: dict[str, int], org_id: str) -> str:
    """Names above nodes; in the row of unconnected ones, alternately above and below."""
    if partners[org_id]:
        return "top center"
    row = sorted(o for o, d in partners.items() if d == 0)
    row.sort(key=lambda o: positions[o][0])
    return "top center" if row.index(org_id) % 2 == 0 else "bottom center"


def network_figure(graph: nx.MultiDiGraph, positions: dict[str, Point], lang: str,
                   highlight: Iterable[str] = (), label_nodes: Iterable[str] | None = None,
                   height: int = 520) -> go.Figure:
    """The network with legends for sectors, relation kinds and (if any) highlighted nodes.

    `highlight` gets a thick outline (e.g. organisations in more than one initiative);
    `label_nodes` limits the names written next to nodes (all when None; hover always works).
    """
    highlight = set(highlight)
    labelled = set(graph.nodes) if label_nodes is None else set(label_nodes)
    partners = degrees(graph)
    fig = go.Figure()
    _add_edges(fig, graph, positions, lang)
    for sector in vocab.SECTORS:
        nodes = [o for o, s in graph.nodes(data="sector") if s == sector]
        if not nodes:
            continue
        fig.add_trace(go.Scatter(
            x=[positions[o][0] for o in nodes], y=[positions[o][1] for o in nodes],
            mode="markers+text", name=plot_text(label("sector", sector, lang)),
            legendgroup="sectors", legendgrouptitle_text=t("networks_legend_sectors", lang),
            marker={"color": SECTOR_COLOURS[sector], "size": [node_size(partners[o])
                                                             for o in nodes],
                    "line": {"color": [BRIDGE_OUTLINE if o in highlight else "#FFFFFF"
                                       for o in nodes],
                             "width": [3 if o in highlight else 1 for o in nodes]}},
            text=[short_name(own_words(graph.nodes[o], "name", lang)) if o in labelled else ""
                  for o in nodes],
            textposition=[_text_position(positions, partners, o) for o in nodes],
            textfont={"size": 11}, cliponaxis=False,
            hovertext=[_node_hover(graph, o, lang) for o in nodes], hoverinfo="text",
            customdata=nodes, meta={"role": "nodes", "sector": sector},
        ))
    if highlight & set(graph.nodes):
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=t("networks_legend_bridge", lang),
            legendgroup="bridges", meta={"role": "bridge-legend"},
            marker={"color": "#FFFFFF", "size": 14,
                    "line": {"color": BRIDGE_OUTLINE, "width": 3}},
        ))
    base_layout(fig, height=height)
    fig.update_layout(showlegend=True, hovermode="closest", font={"family": FONT},
                      legend={"groupclick": "toggleitem", "itemsizing": "constant",
                              "orientation": "h", "yanchor": "top", "y": -0.02,
                              "xanchor": "left", "x": 0})
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    fig.update_xaxes(visible=False, range=[min(xs) - PADDING, max(xs) + PADDING])
    fig.update_yaxes(visible=False, range=[min(ys) - PADDING / 2, max(ys) + PADDING / 2])
    return fig


def _add_edges(fig: go.Figure, graph: nx.MultiDiGraph, positions: dict[str, Point],
               lang: str) -> None:
    """One line trace for the relations in practice and one for those not (yet), plus
    invisible midpoints whose hover names each relation."""
    offsets = _edge_offsets(graph)
    names = {o: own_words(d, "name", lang) for o, d in graph.nodes(data=True)}
    mid_x, mid_y, mid_text = [], [], []
    for status in TIE_DASHES:
        edges = [(a, b, k, d) for a, b, k, d in graph.edges(keys=True, data=True)
                 if (d["modality"] == "in_practice" and not d["inferred"])
                 == (status == "in_practice")]
        if not edges:
            continue
        xs: list[float | None] = []
        ys: list[float | None] = []
        for a, b, key, data in edges:
            cx, cy = _curve(positions[a], positions[b], offsets[(a, b, key)])
            xs += [*cx, None]
            ys += [*cy, None]
            middle = CURVE_STEPS // 2
            mid_x.append(cx[middle])
            mid_y.append(cy[middle])
            mid_text.append(t("networks_hover_relation", lang, source=plot_text(names[a]),
                              target=plot_text(names[b]),
                              kind=plot_text(label("relation_kind", data["kind"], lang)),
                              status=plot_text(fact_words.how_sure(
                                  data["modality"], data["inferred"], lang))))
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="lines", name=t(f"networks_legend_{status}", lang),
            hoverinfo="skip", line={"color": TIE_COLOURS[status], "dash": TIE_DASHES[status],
                                    "width": 2},
            legendgroup="relations", legendgrouptitle_text=t("networks_legend_relations", lang),
            meta={"role": "edges", "in_practice": status == "in_practice"},
        ))
    if mid_x:
        fig.add_trace(go.Scatter(
            x=mid_x, y=mid_y, mode="markers", hovertext=mid_text, hoverinfo="text",
            marker={"size": 10, "opacity": 0}, showlegend=False, meta={"role": "edge-hover"},
        ))


def _node_hover(graph: nx.MultiDiGraph, org_id: str, lang: str) -> str:
    """Organisation, sector, roles and every relation; honest when none is described."""
    node = graph.nodes[org_id]
    lines = [f"<b>{plot_text(own_words(node, 'name', lang))}</b>",
             plot_text(label("sector", node["sector"], lang))]
    if node["roles"]:
        lines.append(t("networks_hover_roles", lang,
                       roles=plot_text(fact_words.roles(node["roles"], lang))))
    ties = [(d, b) for _, b, d in graph.out_edges(org_id, data=True)]
    ties += [(d, a) for a, _, d in graph.in_edges(org_id, data=True)]
    if not ties:
        lines.append(t("networks_no_relation", lang))
    for tie, other in sorted(ties, key=lambda x: (own_words(graph.nodes[x[1]], "name", lang),
                                                  x[0]["kind"])):
        name = plot_text(own_words(graph.nodes[other], "name", lang))
        kind = plot_text(fact_words.relation(tie["kind"], tie["modality"], tie["inferred"], lang))
        lines.append(f"{kind}: {name}")
    return "<br>".join(lines)


# --- the tables beside the drawings ------------------------------------------------------------


def relations_table(graph: nx.MultiDiGraph, lang: str) -> pd.DataFrame:
    """The drawing's accessible alternative: every relation with the source's words."""
    rows = relation_rows(graph)
    return pd.DataFrame({
        t("networks_col_from", lang): own_words(rows, "from_name", lang),
        t("networks_col_to", lang): own_words(rows, "to_name", lang),
        t("networks_col_kind", lang): [label("relation_kind", k, lang) for k in rows["kind"]],
        t("col_modality", lang): [fact_words.how_sure(s, i, lang)
                                  for s, i in zip(rows["modality"], rows["inferred"],
                                                  strict=True)],
        t("col_evidence", lang): rows["evidence"],
        FACTS: [pooled([f, graph.nodes[a]["facts"], graph.nodes[b]["facts"]]) for f, a, b in
                zip(rows[FACTS], rows["from_org_id"], rows["to_org_id"], strict=True)],
    })


def network_table(graph: nx.MultiDiGraph, lang: str) -> pd.DataFrame:
    """The drawing's accessible alternative: its relations, or, when the sources describe no
    tie, the organisations taking part (a network is never shown without what it rests on)."""
    if graph.number_of_edges():
        return relations_table(graph, lang)
    return pd.DataFrame({
        t("col_name", lang): [own_words(d, "name", lang) for _, d in graph.nodes(data=True)],
        t("col_sector", lang): [label("sector", d["sector"], lang)
                                for _, d in graph.nodes(data=True)],
        FACTS: [d["facts"] for _, d in graph.nodes(data=True)],
    })


def bridges_table(bridges: pd.DataFrame, initiative_names: dict[str, str],
                  lang: str) -> pd.DataFrame:
    """The organisations that connect initiatives (topics.network.bridging_organisations): name,
    sector, the initiatives they take part in and how many."""
    return pd.DataFrame({
        t("col_name", lang): own_words(bridges, "name", lang),
        t("col_sector", lang): [label("sector", s, lang) for s in bridges["sector"]],
        t("col_initiatives", lang): ["; ".join(isolate(initiative_names[i]) for i in v)
                                     for v in bridges["initiatives"]],
        t("col_count", lang): bridges["count"],
        FACTS: bridges[FACTS],
    })


def _share(value: float | None, lang: str) -> str:
    return t("unknown", lang) if value is None or pd.isna(value) else f"{value:.0%}"


def metrics_display(metrics: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The networks compared (topics.network.metrics_table), a row per network."""
    unknown = t("unknown", lang)
    return pd.DataFrame({
        t("networks_col_network", lang): [
            t("networks_programme_row", lang) if s == "programme" else n
            for s, n in zip(metrics["scope_id"], own_words(metrics, "name", lang), strict=True)],
        t("networks_col_organisations", lang): [
            fact_words.count_of(n, unsure, lang)
            for n, unsure in zip(metrics["organisations"], metrics["unsure_members"],
                                 strict=True)],
        t("networks_col_relations", lang): [
            fact_words.count_of(n, unsure, lang)
            for n, unsure in zip(metrics["relations"], metrics["unsure_ties"], strict=True)],
        t("networks_col_ties", lang): metrics["ties"],
        t("networks_col_density", lang): [_share(v, lang) for v in metrics["density"]],
        t("networks_col_cross_sector", lang): [_share(v, lang)
                                               for v in metrics["cross_sector_share"]],
        t("networks_col_sectors", lang): [", ".join(label("sector", s, lang) for s in v)
                                          or unknown for v in metrics["sectors"]],
        t("networks_col_most_connected", lang): [
            unknown if pd.isna(n) else t("networks_partners", lang, name=n, count=c)
            for n, c in zip(own_words(metrics, "most_connected_name", lang),
                            metrics["most_connected_partners"], strict=True)],
        t("networks_col_isolated", lang): metrics["isolated"],
        FACTS: metrics[FACTS],
    })


# In the programme network, organisations with at least this many partners are named.
NAMED_FROM_PARTNERS = 3


# A programme network larger than this is drawn with its best connected organisations only.
PROGRAMME_DRAWN = 150


def initiative_network_chart(graph: nx.MultiDiGraph, lang: str, height: int) -> go.Figure:
    """The partner network of one initiative (topics.network.initiative_network)."""
    return network_figure(graph, layout(graph), lang, height=height)


def programme_network_chart(graph: nx.MultiDiGraph, lang: str) -> go.Figure:
    """All initiatives as one network: organisations in more than one initiative are outlined,
    and only they and the well-connected ones are named, so the names stay readable.

    A network of more than PROGRAMME_DRAWN organisations is drawn with the best connected
    ones only (topics.network.drawing_selection); the page says so and its table lists every tie.
    """
    positions = layout(graph)
    if graph.number_of_nodes() > PROGRAMME_DRAWN:
        graph = graph.subgraph(drawing_selection(graph, PROGRAMME_DRAWN))
    bridges = set(bridging_organisations(graph)["org_id"])
    named = bridges | {o for o, d in degrees(graph).items() if d >= NAMED_FROM_PARTNERS}
    return network_figure(graph, positions, lang, highlight=bridges, label_nodes=named,
                          height=680)
