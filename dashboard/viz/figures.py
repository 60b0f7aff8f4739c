"""Every chart of the app, and the tables beside some, as functions of the dataset and the
view's choices.

Pages call these through `ui.data.derived`, which builds each figure once per data version
and choice and hands the same figure to every later rerun: building a plotly figure was most
of a chart page's time. So the arguments after `ds` must be everything a chart depends on,
and must be hashable (strings, numbers, tuples, frozen dataclasses). Figures come back
finished (viz.charts.FinishedFigure): read-only, their dict made once.
"""

import pandas as pd
import plotly.graph_objects as go

from dashboard.core import Dataset, initiative_names, monitor
from dashboard.core.compare import approach_matrix, sector_coverage
from dashboard.core.network import (
    bridging_organisations,
    degrees,
    drawing_selection,
    initiative_network,
    programme_network,
)
from dashboard.core.overview import organisations_by_sector
from dashboard.core.timeline import (
    CONTEXT_LANE,
    MONITOR_LANE,
    TimelineFilter,
    data_date,
    initiative_spans,
    lane_of,
    timeline_events,
    timeline_lanes,
    timeline_waves,
)
from dashboard.i18n import label, t
from dashboard.i18n.formatting import period_text, when
from dashboard.viz.charts import finished, sector_bar
from dashboard.viz.compare import approach_grid, coverage_grid
from dashboard.viz.monitor import ratings_figure, waves_figure
from dashboard.viz.network import network_figure
from dashboard.viz.timeline import timeline_figure

# In the programme network, organisations with at least this many partners are named.
NAMED_FROM_PARTNERS = 3
# The timeline draws at most this many lanes (the earliest first).
TIMELINE_LANES = 25
# A programme network larger than this is drawn with its best connected organisations only.
PROGRAMME_DRAWN = 150


def sector_chart(ds: Dataset, lang: str) -> go.Figure:
    """Organisations per sector (home page and first slide)."""
    sectors = organisations_by_sector(ds)
    return finished(sector_bar(sectors, {s: label("sector", s, lang) for s in sectors["sector"]}))


def initiative_network_chart(ds: Dataset, initiative_id: str, lang: str,
                             height: int) -> go.Figure:
    """The partner network of one initiative."""
    network = initiative_network(ds, initiative_id)
    return finished(network_figure(network.graph, network.positions, lang, height=height))


def programme_network_chart(ds: Dataset, lang: str) -> go.Figure:
    """All initiatives as one network: organisations in more than one initiative are outlined,
    and only they and the well-connected ones are named, so the names stay readable.

    A network of more than PROGRAMME_DRAWN organisations is drawn with the best connected
    ones only (core.network.drawing_selection); the page says so and its table lists every tie.
    """
    programme = programme_network(ds)
    graph = programme.graph
    if graph.number_of_nodes() > PROGRAMME_DRAWN:
        graph = graph.subgraph(drawing_selection(graph, PROGRAMME_DRAWN))
    bridges = set(bridging_organisations(graph)["org_id"])
    named = bridges | {o for o, d in degrees(graph).items() if d >= NAMED_FROM_PARTNERS}
    return finished(network_figure(graph, programme.positions, lang, highlight=bridges,
                                   label_nodes=named, height=680))


def approach_chart(ds: Dataset, chosen: tuple[str, ...], lang: str) -> go.Figure:
    """Which approach elements the chosen initiatives name, and how far each is."""
    return finished(approach_grid(approach_matrix(ds, chosen), initiative_names(ds), lang))


def coverage_chart(ds: Dataset, chosen: tuple[str, ...], lang: str) -> go.Figure:
    """Which sectors the chosen initiatives bring together."""
    return finished(coverage_grid(sector_coverage(ds, chosen), initiative_names(ds), lang))


def _timeline_rows(ds: Dataset, chosen: TimelineFilter,
                   show_waves: bool) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    waves = timeline_waves(ds, chosen)
    return (initiative_spans(ds, chosen), timeline_events(ds, chosen),
            waves if show_waves else waves.iloc[0:0])


def _on_lanes(frame: pd.DataFrame, lanes: list[str], grouping: str) -> pd.DataFrame:
    kept = set(lanes)
    return frame[pd.Series([lane_of(i, g, grouping) in kept for i, g in zip(
        frame["initiative_id"], frame["gm_code"], strict=True)], index=frame.index, dtype=bool)]


def timeline_lane_count(ds: Dataset, chosen: TimelineFilter, grouping: str,
                        show_waves: bool) -> int:
    """How many lanes the choice has; more than TIMELINE_LANES are not all drawn."""
    return len(timeline_lanes(*_timeline_rows(ds, chosen, show_waves), grouping))


def timeline_chart(ds: Dataset, chosen: TimelineFilter, grouping: str, show_waves: bool,
                   lang: str, height: int | None = None) -> go.Figure | None:
    """Spans, events and (if asked) monitor waves on lanes; None when nothing can be drawn.

    Only the first TIMELINE_LANES lanes (the earliest) are drawn, with what lies on them: a
    taller chart cannot be read on a screen, and the filter narrows it to any other lanes.
    """
    spans, events, waves = _timeline_rows(ds, chosen, show_waves)
    lanes = timeline_lanes(spans, events, waves, grouping)[:TIMELINE_LANES]
    if not lanes:
        return None
    spans, events = _on_lanes(spans, lanes, grouping), _on_lanes(events, lanes, grouping)
    if MONITOR_LANE not in lanes:
        waves = waves.iloc[0:0]
    lane_labels = {CONTEXT_LANE: t("timeline_lane_context", lang),
                   MONITOR_LANE: t("timeline_lane_monitor", lang), **initiative_names(ds),
                   **dict(zip(ds.municipalities["gm_code"], ds.municipalities["name"],
                              strict=True))}
    figure = timeline_figure(spans, events, waves, grouping, lanes, lane_labels, lang,
                             data_date(ds))
    if height is not None:
        figure.update_layout(height=height)
    return finished(figure)


def timeline_table(ds: Dataset, chosen: TimelineFilter, show_waves: bool,
                   lang: str) -> pd.DataFrame:
    """The timeline's accessible alternative: every dated span, event and wave of the choice."""
    spans, events, waves = _timeline_rows(ds, chosen, show_waves)
    drawn = spans[spans["dated"]]
    return pd.DataFrame({
        t("col_name", lang): [*drawn["name"], *events["title"], *waves["name"]],
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
    })


def events_table(ds: Dataset, chosen: TimelineFilter, lang: str) -> pd.DataFrame:
    """The events of the choice with their dates as known, modality and evidence."""
    events = timeline_events(ds, chosen)
    unknown = t("unknown", lang)
    return pd.DataFrame({
        t("col_date", lang): [when(v, p, lang) for v, p in zip(events["date"],
                                                                events["date_precision"],
                                                                strict=True)],
        t("timeline_col_title", lang): events["title"],
        t("col_kind", lang): [label("event_kind", k, lang) for k in events["kind"]],
        t("col_modality", lang): [label("modality", s, lang) for s in events["modality"]],
        t("timeline_col_initiative", lang): events["initiative"].fillna(
            t("timeline_lane_context", lang)),
        t("col_municipality", lang): events["municipality"].fillna(unknown),
        t("timeline_col_note", lang): events["date_note"].fillna(""),
        t("col_evidence", lang): events["evidence"],
    })


def waves_chart(ds: Dataset, lang: str) -> go.Figure:
    """The monitor's waves in time."""
    return finished(waves_figure(monitor.waves(ds), lang))


def ratings_chart(ds: Dataset, lang: str, initiative_ids: tuple[str, ...] | None = None
                  ) -> go.Figure:
    """The ratings the sources give (of the chosen initiatives), per location and subject."""
    return finished(ratings_figure(monitor.ratings(ds, initiative_ids), lang))
