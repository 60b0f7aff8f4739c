"""The timeline figure: initiative spans as bars, events and monitor waves as points.

Drawing rules that keep the chart honest:
- a date known to the month or year is a light band over that month or year, its marker sits
  in the middle as a diamond, and the hover says how precisely it is known;
- an open end fades out up to the data date and ends in an arrow labelled 'open';
- what the sources announce for after the data date is hatched; planned events are hollow.
Events are one dark mark, filled when they took place and open when planned: what each one
is, its hover and the dated list under the chart say (a colour and symbol per kind made a
legend longer than the events it explained).
"""

from collections.abc import Mapping
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go

from dashboard import i18n
from dashboard.content import fact_words
from dashboard.content.takeaways import joined
from dashboard.data import vocab
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n import label, t
from dashboard.i18n.formatting import (
    according_to,
    earlier_states,
    format_partial,
    period_text,
    stated_by,
    when,
)
from dashboard.topics.timeline import (
    CONTEXT_LANE,
    MONITOR_LANE,
    initiative_period,
    lane_of,
    timeline_lanes,
)
from dashboard.viz.charts import base_layout, legend_at_bottom
from dashboard.viz.palette import BAND_COLOUR, MARK, MARKER_OUTLINE, SPAN_COLOUR
from dashboard.viz.tables import UNKNOWN_MARK
from dashboard.viz.text import plot_text

MS_PER_DAY = 86_400_000
FADE_STEPS = (0.75, 0.55, 0.35, 0.18)
BAND_OPACITY = 0.3
STACK_NAMED = 5  # a marker standing for several points names this many in its hover
LEGEND_HEIGHT = 110  # room under the axis for the legend's five entries
EDGE = timedelta(days=20)  # room between the opening period and the axis ends


MONTH_STEPS = (1, 2, 3, 6)  # months between ticks; the first that keeps MAX_TICKS
MAX_TICKS = 9


def date_ticks(first: date, last: date, lang: str) -> dict:
    """Ticks for a date axis in the chart's language (plotly writes English month names):
    months, every one to six, over up to a few years; whole years over a longer stretch."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in MONTH_STEPS if -(-months // s) <= MAX_TICKS), None)
    if step is not None:
        ticks = [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
                 for i in range(0, months, step)]
        text = [format_partial(d.isoformat()[:7], "month", lang) for d in ticks]
    else:
        years = last.year - first.year + 1
        step = max(1, -(-years // 8))
        ticks = [date(year, 1, 1) for year in range(first.year, last.year + 2, step)]
        text = [str(d.year) for d in ticks]
    return {"tickvals": [d.isoformat() for d in ticks], "ticktext": text}


def bar_length(first: date, last: date) -> float:
    """Length of a bar covering `first` through `last` inclusive, in milliseconds."""
    return ((last - first).days + 1) * MS_PER_DAY


def middle(first: date, last: date) -> str:
    return (pd.Timestamp(first) + (pd.Timestamp(last) + pd.Timedelta(days=1)
                                   - pd.Timestamp(first)) / 2).isoformat()


class _Bars:
    """Collects bar segments so that all of one style become a single trace."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, lane: str, first: date, last: date, hover: str, opacity: float,
            pattern: str = "", colour: str = SPAN_COLOUR) -> None:
        self.rows.append({"y": lane, "base": first.isoformat(), "x": bar_length(first, last),
                          "hover": hover, "opacity": opacity, "pattern": pattern,
                          "colour": colour})

    def trace(self, name: str, width: float, legend: bool) -> go.Bar:
        rows = self.rows
        return go.Bar(
            y=[r["y"] for r in rows], base=[r["base"] for r in rows], x=[r["x"] for r in rows],
            orientation="h", width=width, name=name, showlegend=legend and bool(rows),
            marker={"color": [r["colour"] for r in rows],
                    "opacity": [r["opacity"] for r in rows],
                    "pattern": {"shape": [r["pattern"] for r in rows], "solidity": 0.35},
                    "line": {"width": 0}},
            hovertext=[r["hover"] for r in rows], hovertemplate="%{hovertext}<extra></extra>",
        )


def _span_hover(row, lang: str, data_text: str) -> str:
    unknown = i18n.t("unknown", lang)
    start = when(row["start"], row["start_precision"], lang) if pd.notna(row["start"]) \
        else unknown
    if pd.notna(row["end"]):
        end = when(row["end"], row["end_precision"], lang)
    elif row["open_end"]:
        end = i18n.t("timeline_open_end", lang, date=data_text)
    else:
        end = unknown
    return "<br>".join([
        f"<b>{plot_text(own_words(row, 'name', lang))}</b>",
        plot_text(i18n.t("timeline_hover_start", lang, date=start)),
        plot_text(i18n.t("timeline_hover_end", lang, date=end)),
        plot_text(i18n.label("initiative_status", row["status"], lang)),
    ])


def _add_span(bars: _Bars, markers: list[dict], row, lane: str, lang: str,
              data_day: date, data_text: str) -> None:
    hover = _span_hover(row, lang, data_text)
    if pd.isna(row["start"]):  # only the end is known: draw that month or year, nothing before
        bars.add(lane, row["end_first"], row["end_last"], hover, BAND_OPACITY)
        markers.append({"y": lane, "x": row["end_first"].isoformat(), "symbol": "triangle-left",
                        "text": i18n.t("timeline_no_start", lang), "hover": hover})
        return
    first, known = row["start_first"], row["start_last"]
    if row["start_precision"] != "day":
        bars.add(lane, first, known, hover, BAND_OPACITY)
        first = known + timedelta(days=1)
    if row["open_end"]:
        _add_fade(bars, lane, first, data_day, hover)
        markers.append({"y": lane, "x": data_day.isoformat(), "symbol": "triangle-right",
                        "text": i18n.t("timeline_open", lang), "hover": hover})
        return
    end_first, end_last = row["end_first"], row["end_last"]
    solid_last = min(end_first - timedelta(days=1), data_day)
    if solid_last >= first:
        bars.add(lane, first, solid_last, hover, 0.85)
    planned_first = max(first, data_day + timedelta(days=1))
    if planned_first <= end_first - timedelta(days=1):
        bars.add(lane, planned_first, end_first - timedelta(days=1), hover, 0.6, "/")
    end_pattern = "/" if end_first > data_day else ""
    if end_first >= first:
        bars.add(lane, end_first, end_last, hover,
                 BAND_OPACITY if row["end_precision"] != "day" else 0.85, end_pattern)


def _add_fade(bars: _Bars, lane: str, first: date, last: date, hover: str) -> None:
    """An open end: equal segments up to the data date, each lighter than the one before."""
    if last < first:
        return
    days = (last - first).days + 1
    step = max(days // len(FADE_STEPS), 1)
    for i, opacity in enumerate(FADE_STEPS):
        seg_first = first + timedelta(days=i * step)
        seg_last = last if i == len(FADE_STEPS) - 1 else seg_first + timedelta(days=step - 1)
        if seg_first <= last:
            bars.add(lane, seg_first, min(seg_last, last), hover, opacity)


def _event_hover(row, lang: str) -> str:
    lines = [f"<b>{plot_text(own_words(row, 'title', lang))}</b>",
             plot_text(when(row["date"], row["date_precision"], lang,
                            own_words(row, "date_note", lang))),
             plot_text(i18n.label("event_kind", row["kind"], lang) + " · "
                  + i18n.label("modality", row["modality"], lang)),
             *_history_lines(row, "modality", lang)]
    if pd.notna(row.get("initiative")):
        lines.append(plot_text(own_words(row, "initiative", lang)))
    return "<br>".join(lines)


def _history_lines(row, vocabulary: str, lang: str) -> list[str]:
    """For a state a later source updated: which source it follows, then the states before
    it, each with its source (what was planned, and what happened)."""
    shown = according_to(row.get("state_source"), row.get("state_published"),
                         row.get("state_precision"), lang)
    if not shown:
        return []
    return [plot_text(shown), *(plot_text(line) for line in
                                earlier_states(row.get("earlier_states", ()), vocabulary, lang))]


def _wave_hover(row, lang: str) -> str:
    return "<br>".join([
        f"<b>{plot_text(own_words(row, 'name', lang))}</b>",
        plot_text(when(row["date"], row["date_precision"], lang,
                       own_words(row, "date_note", lang))),
        plot_text(i18n.label("wave_status", row["status"], lang)),
        *_history_lines(row, "wave_status", lang),
    ])


def _not_yet(modalities: pd.Series, lang: str) -> str:
    """'gepland of gaande': how sure the open marks are, naming only those drawn."""
    drawn = set(modalities)
    return joined([i18n.t(f"timeline_not_yet_{m}", lang) for m in vocab.MODALITIES
                   if m in drawn], lang, conjunction="list_or")


def _point_trace(points: pd.DataFrame, name: str, symbol: str, planned: bool) -> go.Scatter:
    symbols = [symbol.replace("circle", "diamond") if a else symbol
               for a in points["approximate"]]
    if planned:
        symbols = [f"{s}-open" for s in symbols]
    return go.Scatter(
        x=list(points["x"]), y=list(points["lane"]), mode="markers", name=name,
        marker={"color": MARK, "size": 13, "symbol": symbols,
                "line": {"color": MARK if planned else "#FFFFFF",
                         "width": 2.5 if planned else 1}},
        hovertext=points["hover"], hovertemplate="%{hovertext}<extra></extra>",
    )


def timeline_figure(spans: pd.DataFrame, events: pd.DataFrame, waves: pd.DataFrame,
                    grouping: str, lanes: list[str], lane_labels: dict[str, str], lang: str,
                    data: tuple[date, str, str],
                    period: tuple[date, date] | None = None) -> go.Figure:
    """The whole timeline. `lanes` is the top-to-bottom order, `lane_labels` their names, and
    `data` the data date as returned by `topics.timeline.data_date`.

    With a `period` (topics.timeline.initiative_period) the axis opens on it, and what lies
    outside is marked at the edge of its lane with its years; the whole range stays drawn, one
    zoom-out away."""
    data_day, data_value, data_precision = data
    data_text = format_partial(data_value, data_precision, lang) or i18n.t("unknown", lang)
    fig = go.Figure()

    bars, arrows = _Bars(), list[dict]()
    for _, row in spans[spans["dated"]].iterrows():
        lane = lane_of(row["initiative_id"], row["gm_code"], grouping)
        _add_span(bars, arrows, row, lane, lang, data_day, data_text)
    fig.add_trace(bars.trace(i18n.t("timeline_legend_span", lang), 0.55, legend=True))
    if arrows:
        fig.add_trace(go.Scatter(
            x=[a["x"] for a in arrows], y=[a["y"] for a in arrows], mode="markers+text",
            marker={"symbol": [a["symbol"] for a in arrows], "size": 14, "color": SPAN_COLOUR},
            text=[a["text"] for a in arrows], textposition="middle right",
            hovertext=[a["hover"] for a in arrows], hovertemplate="%{hovertext}<extra></extra>",
            name=i18n.t("timeline_legend_open", lang), showlegend=False,
        ))

    points = _points(events, waves, grouping, lang)
    bands = _Bars()
    for _, p in points[points["approximate"]].iterrows():
        bands.add(p["lane"], p["first"], p["last"], p["hover"], BAND_OPACITY,
                  colour=BAND_COLOUR)
    fig.add_trace(bands.trace(i18n.t("timeline_legend_band", lang), 0.3, legend=False))
    for (wave, planned), group in points.sort_values(["wave", "planned"]).groupby(
            ["wave", "planned"], sort=False):
        name = i18n.t("timeline_legend_wave" if wave else "timeline_legend_event", lang)
        if planned:
            name += f" ({_not_yet(group['modality'], lang)})"
        fig.add_trace(_point_trace(group, name, "star" if wave else "circle", bool(planned)))

    fig.add_shape(type="line", x0=data_day.isoformat(), x1=data_day.isoformat(), y0=0, y1=1,
                  yref="paper", line={"color": MARKER_OUTLINE, "dash": "dot", "width": 1})
    fig.add_annotation(x=data_day.isoformat(), y=1, yref="paper", yanchor="bottom",
                       xanchor="right", showarrow=False,
                       text=plot_text(i18n.t("data_version", lang, date=data_text)))
    plot_height = 80 + 46 * max(len(lanes), 1)
    base_layout(fig, height=plot_height + LEGEND_HEIGHT)
    fig.update_layout(barmode="overlay", showlegend=True, hovermode="closest",
                      margin={"l": 10, "r": 10, "t": 30, "b": LEGEND_HEIGHT},
                      legend=legend_at_bottom())
    first, last = _extent(spans, events, waves, data_day)
    if period is not None and (period[0] > first or period[1] < last):
        first, last = period
        _mark_outside(fig, points, period)
        fig.update_xaxes(range=[(first - EDGE).isoformat(), (last + EDGE).isoformat()])
    fig.update_xaxes(type="date", showgrid=True, gridcolor="#EEEEEE",
                     **date_ticks(first, last, lang))
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=lanes,
                     tickvals=lanes, ticktext=[plot_text(lane_labels[lane]) for lane in lanes],
                     autorange="reversed")
    return fig


def _mark_outside(fig: go.Figure, points: pd.DataFrame, period: tuple[date, date]) -> None:
    """'◀ 2005' at the left edge of a lane (and '2015 ▶' at the right) for the points beyond
    the period: the context stays in view without stretching the axis; its hover names them."""
    for side, beyond in (("left", points["last"] < period[0]),
                         ("right", points["first"] > period[1])):
        for lane, group in points[beyond].groupby("lane", sort=False):
            years = "–".join(dict.fromkeys(str(y) for y in (min(group["first"]).year,
                                                            max(group["last"]).year)))
            fig.add_annotation(
                x=(period[0] - EDGE if side == "left" else period[1] + EDGE).isoformat(),
                y=lane, xanchor=side, showarrow=False, text=f"◀ {years}" if side == "left"
                else f"{years} ▶", hovertext="<br>―<br>".join(group["hover"]),
                bgcolor="white", bordercolor=MARKER_OUTLINE, borderwidth=1, borderpad=3)


def _extent(spans: pd.DataFrame, events: pd.DataFrame, waves: pd.DataFrame,
            data_day: date) -> tuple[date, date]:
    """First and last day anything drawn covers (the data date included)."""
    drawn = spans[spans["dated"]]
    days = [data_day, *events["first"], *events["last"], *waves["first"], *waves["last"],
            *(d for column in ("start_first", "end_first", "end_last")
              for d in drawn[column] if pd.notna(d))]
    return min(days), max(days)


def _points(events: pd.DataFrame, waves: pd.DataFrame, grouping: str, lang: str) -> pd.DataFrame:
    rows = []
    for _, e in events.iterrows():
        rows.append({"lane": lane_of(e["initiative_id"], e["gm_code"], grouping),
                     "planned": e["modality"] != "in_practice", "modality": e["modality"],
                     "wave": False,
                     "first": e["first"], "last": e["last"], "approximate": e["approximate"],
                     "hover": _event_hover(e, lang)})
    for _, w in waves.iterrows():
        planned = w["status"] == "planned"
        rows.append({"lane": MONITOR_LANE, "planned": planned,
                     "modality": "planned" if planned else "in_practice",
                     "wave": True, "first": w["first"], "last": w["last"],
                     "approximate": w["approximate"], "hover": _wave_hover(w, lang)})
    frame = pd.DataFrame(rows, columns=["lane", "planned", "modality", "wave", "first", "last",
                                        "approximate", "hover"])
    frame = _stacked(frame, lang)
    frame["x"] = [middle(f, la) if a else f.isoformat() for f, la, a in
                  zip(frame["first"], frame["last"], frame["approximate"], strict=True)]
    return frame


def _stacked(points: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Points that would be drawn on top of each other (same lane, status and dates)
    become one marker whose hover names them all, the first STACK_NAMED in full."""
    keys = ["lane", "planned", "modality", "wave", "first", "last", "approximate"]
    if points.empty or not points.duplicated(keys).any():
        return points

    def hover(texts: pd.Series) -> str:
        shown = "<br>―<br>".join(texts.head(STACK_NAMED))
        rest = len(texts) - STACK_NAMED
        return shown + (f"<br>―<br>{i18n.t('timeline_more_here', lang, count=rest)}"
                        if rest > 0 else "")

    return points.groupby(keys, sort=False, dropna=False)["hover"].agg(hover).reset_index()


# The timeline draws at most this many lanes (the earliest first).
TIMELINE_LANES = 25


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
    """Spans, events and waves (topics.timeline) on lanes; None when nothing can be drawn.

    `names` are the lanes' names (topics.timeline.lane_names), `as_of` the data date
    (topics.timeline.data_date). Only the first TIMELINE_LANES lanes (the earliest) are drawn,
    with what lies on them: a taller chart cannot be read on a screen, and the filter narrows
    it to any other lanes. The axis opens on the years the initiatives run
    (topics.timeline.initiative_period), earlier context marked at its edge; `whole` draws the
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
        t("col_name", lang): [
            *own_words(drawn, "name", lang),
            *[fact_words.event(n, m, lang) for n, m in zip(own_words(events, "title", lang),
                                                            events["modality"], strict=True)],
            *[fact_words.wave(n, s, lang) for n, s in zip(own_words(waves, "name", lang),
                                                           waves["status"], strict=True)]],
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
    """The events of the choice (topics.timeline.timeline_events) with their dates as known,
    modality and evidence; an unknown municipality is UNKNOWN_MARK, which the card explains."""
    return pd.DataFrame({
        t("col_date", lang): [when(v, p, lang) for v, p in zip(events["date"],
                                                                events["date_precision"],
                                                                strict=True)],
        t("timeline_col_title", lang): own_words(events, "title", lang),
        t("col_kind", lang): [label("event_kind", k, lang) for k in events["kind"]],
        t("col_modality", lang): [stated_by(label("modality", s, lang), row, lang)
                                  for s, (_, row) in zip(events["modality"], events.iterrows(),
                                                         strict=True)],
        t("timeline_col_initiative", lang): own_words(events, "initiative", lang).fillna(
            t("timeline_lane_context", lang)),
        t("col_municipality", lang): events["municipality"].fillna(UNKNOWN_MARK),
        t("timeline_col_note", lang): own_words(events, "date_note", lang).fillna(""),
        t("col_evidence", lang): events["evidence"],
        FACTS: events[FACTS],
    })
