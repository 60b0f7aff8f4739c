"""Every chart of the app, and the tables beside some, in the reader's language: the codes of
the tables `dashboard.topics` derives become labels here, the drawing is the builders'.

Nothing here is cached: a page's model (ui.models) makes its figures once per data version,
language and selection (ui.cache).
"""

from collections.abc import Mapping
from datetime import date

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n import label, t
from dashboard.i18n.formatting import period_text, when
from dashboard.topics.network import bridging_organisations, degrees, drawing_selection
from dashboard.topics.timeline import (
    CONTEXT_LANE,
    MONITOR_LANE,
    initiative_period,
    lane_of,
    timeline_lanes,
)
from dashboard.viz.charts import sector_bar
from dashboard.viz.compare import approach_grid, coverage_grid
from dashboard.viz.monitor import ratings_figure
from dashboard.viz.network import network_figure
from dashboard.viz.network_layout import layout
from dashboard.viz.tables import UNKNOWN_MARK
from dashboard.viz.timeline import timeline_figure

# In the programme network, organisations with at least this many partners are named.
NAMED_FROM_PARTNERS = 3
# The timeline draws at most this many lanes (the earliest first).
TIMELINE_LANES = 25
# A programme network larger than this is drawn with its best connected organisations only.
PROGRAMME_DRAWN = 150


def sector_chart(sectors: pd.DataFrame, lang: str) -> go.Figure:
    """Organisations per sector (core.overview.organisations_by_sector; home page and first
    slide)."""
    return sector_bar(sectors, {s: label("sector", s, lang) for s in sectors["sector"]})


def sector_table(sectors: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The sector chart's numbers, its table alternative."""
    return pd.DataFrame({
        t("col_sector", lang): [label("sector", s, lang) for s in sectors["sector"]],
        t("col_count", lang): sectors["count"],
        FACTS: sectors[FACTS],
    })


def municipalities_table(places: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The municipalities involved (core.overview.municipalities_involved), as read on the
    home page."""
    return pd.DataFrame({
        t("col_municipality", lang): places["municipality"],
        t("col_province", lang): places["province"],
        t("col_kind", lang): [", ".join(label("initiative_kind", k, lang) for k in kinds)
                              for kinds in places["kinds"]],
        t("col_initiatives", lang): [", ".join(names)
                                     for names in own_words(places, "initiatives", lang)],
        FACTS: places[FACTS],
    })


def initiative_network_chart(graph: nx.MultiDiGraph, lang: str, height: int) -> go.Figure:
    """The partner network of one initiative (core.network.initiative_network)."""
    return network_figure(graph, layout(graph), lang, height=height)


def programme_network_chart(graph: nx.MultiDiGraph, lang: str) -> go.Figure:
    """All initiatives as one network: organisations in more than one initiative are outlined,
    and only they and the well-connected ones are named, so the names stay readable.

    A network of more than PROGRAMME_DRAWN organisations is drawn with the best connected
    ones only (core.network.drawing_selection); the page says so and its table lists every tie.
    """
    positions = layout(graph)
    if graph.number_of_nodes() > PROGRAMME_DRAWN:
        graph = graph.subgraph(drawing_selection(graph, PROGRAMME_DRAWN))
    bridges = set(bridging_organisations(graph)["org_id"])
    named = bridges | {o for o, d in degrees(graph).items() if d >= NAMED_FROM_PARTNERS}
    return network_figure(graph, positions, lang, highlight=bridges, label_nodes=named,
                          height=680)


def approach_chart(matrix: pd.DataFrame, names: Mapping[str, str], lang: str) -> go.Figure:
    """Which approach elements the chosen initiatives name, and how far each is
    (core.compare.approach_matrix)."""
    return approach_grid(matrix, names, lang)


def coverage_chart(coverage: pd.DataFrame, names: Mapping[str, str], lang: str) -> go.Figure:
    """Which sectors the chosen initiatives bring together (core.compare.sector_coverage)."""
    return coverage_grid(coverage, names, lang)


def _on_lanes(frame: pd.DataFrame, lanes: list[str], grouping: str) -> pd.DataFrame:
    kept = set(lanes)
    return frame[pd.Series([lane_of(i, g, grouping) in kept for i, g in zip(
        frame["initiative_id"], frame["gm_code"], strict=True)], index=frame.index, dtype=bool)]


def timeline_lane_count(spans: pd.DataFrame, events: pd.DataFrame, waves: pd.DataFrame,
                        grouping: str) -> int:
    """How many lanes the choice has; more than TIMELINE_LANES are not all drawn."""
    return len(timeline_lanes(spans, events, waves, grouping))


def timeline_chart(spans: pd.DataFrame, events: pd.DataFrame, waves: pd.DataFrame,
                   grouping: str, names: Mapping[str, str], as_of: tuple[date, str, str],
                   lang: str, height: int | None = None, whole: bool = False) -> go.Figure | None:
    """Spans, events and waves (core.timeline) on lanes; None when nothing can be drawn.

    `names` are the lanes' names (core.timeline.lane_names), `as_of` the data date
    (core.timeline.data_date). Only the first TIMELINE_LANES lanes (the earliest) are drawn,
    with what lies on them: a taller chart cannot be read on a screen, and the filter narrows
    it to any other lanes. The axis opens on the years the initiatives run
    (core.timeline.initiative_period), earlier context marked at its edge; `whole` draws the
    whole range instead.
    """
    lanes = timeline_lanes(spans, events, waves, grouping)[:TIMELINE_LANES]
    if not lanes:
        return None
    spans, events = _on_lanes(spans, lanes, grouping), _on_lanes(events, lanes, grouping)
    if MONITOR_LANE not in lanes:
        waves = waves.iloc[0:0]
    lane_labels = {CONTEXT_LANE: t("timeline_lane_context", lang),
                   MONITOR_LANE: t("timeline_lane_monitor", lang), **names}
    period = None if whole else initiative_period(spans, events, waves, as_of[0])
    figure = timeline_figure(spans, events, waves, grouping, lanes, lane_labels, lang, as_of,
                             period)
    if height is not None:
        figure.update_layout(height=height)
    return figure


def timeline_table(spans: pd.DataFrame, events: pd.DataFrame, waves: pd.DataFrame,
                   lang: str) -> pd.DataFrame:
    """The timeline's accessible alternative: every dated span, event and wave of the choice."""
    drawn = spans[spans["dated"]]
    return pd.DataFrame({
        t("col_name", lang): [*own_words(drawn, "name", lang), *own_words(events, "title", lang),
                              *own_words(waves, "name", lang)],
        t("col_kind", lang): [*[t("timeline_kind_span", lang)] * len(drawn),
                              *[label("event_kind", k, lang) for k in events["kind"]],
                              *[t("timeline_lane_monitor", lang)] * len(waves)],
        t("col_date", lang): [
            *[period_text(*r, lang) for r in zip(drawn["start"], drawn["start_precision"],
                                                  drawn["end"], drawn["end_precision"],
                                                  strict=True)],
            *[when(v, p, lang) for v, p in zip(events["date"], events["date_precision"],
                                                strict=True)],
            *[when(v, p, lang) for v, p in zip(waves["date"], waves["date_precision"],
                                                strict=True)]],
        FACTS: [*drawn[FACTS], *events[FACTS], *waves[FACTS]],
    })


def events_table(events: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The events of the choice (core.timeline.timeline_events) with their dates as known,
    modality and evidence; an unknown municipality is UNKNOWN_MARK, which the card explains."""
    return pd.DataFrame({
        t("col_date", lang): [when(v, p, lang) for v, p in zip(events["date"],
                                                                events["date_precision"],
                                                                strict=True)],
        t("timeline_col_title", lang): own_words(events, "title", lang),
        t("col_kind", lang): [label("event_kind", k, lang) for k in events["kind"]],
        t("col_modality", lang): [label("modality", s, lang) for s in events["modality"]],
        t("timeline_col_initiative", lang): own_words(events, "initiative", lang).fillna(
            t("timeline_lane_context", lang)),
        t("col_municipality", lang): events["municipality"].fillna(UNKNOWN_MARK),
        t("timeline_col_note", lang): own_words(events, "date_note", lang).fillna(""),
        t("col_evidence", lang): events["evidence"],
        FACTS: events[FACTS],
    })


def waves_table(waves: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The monitor's waves (core.monitor.waves) as a status table: which, when, done or
    planned. A handful of waves reads faster as rows than as stars on a time axis."""
    return pd.DataFrame({
        t("monitor_col_wave", lang): own_words(waves, "name", lang),
        t("col_date", lang): [when(v, p, lang) for v, p in
                              zip(waves["date"], waves["date_precision"], strict=True)],
        t("col_status", lang): [label("wave_status", s, lang) for s in waves["status"]],
        FACTS: waves[FACTS],
    })


def ratings_chart(ratings: pd.DataFrame, lang: str) -> go.Figure:
    """The ratings the sources give, per location and subject (core.monitor.ratings)."""
    return ratings_figure(ratings, lang)
