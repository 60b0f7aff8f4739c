"""What the timeline draws: initiative spans, events and monitor waves, each at its own precision.

A date the sources give only to the month or year is kept as the span it covers (first and last
day), so the chart can draw "april 2012" as April and never as an invented day. An initiative
whose end is not known stays open up to the data date; one without any known date is not drawn.
"""

from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboard.data.dataset import Dataset, initiative_names
from dashboard.data.dates import precision_of, span
from dashboard.data.refs import FACTS, with_facts, with_states
from dashboard.data.schemas import OWN_WORDS_LANGUAGE
from dashboard.topics.overview import newest_source, with_places

CONTEXT_LANE = "__context__"  # events tied to no initiative: the wider policy context
MONITOR_LANE = "__monitor__"  # waves of the NJI monitor
GROUPINGS = ("initiative", "municipality")


@dataclass(frozen=True)
class TimelineFilter:
    """The user's choice; an empty tuple means 'all'."""

    initiatives: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @property
    def narrows_place(self) -> bool:
        return bool(self.initiatives or self.municipalities)


def data_date(ds: Dataset) -> tuple[date, str, str]:
    """Last day the data can speak for (end of the newest source's date), its value and precision.

    An open end is drawn up to this day and no further: beyond it the sources say nothing.
    """
    newest = newest_source(ds)
    return span(newest.value, newest.precision)[1], newest.value, newest.precision


def _span_or_none(value, precision) -> tuple[date, date] | tuple[None, None]:
    if pd.isna(value):
        return None, None
    return span(value, precision)


def initiative_spans(ds: Dataset, chosen: TimelineFilter = TimelineFilter()) -> pd.DataFrame:
    """One row per initiative: the spans of its start and end, whether the end is open, and
    whether anything is known at all (`dated`). Undated initiatives are kept so they can be
    listed as unknown; they are never drawn."""
    frame = with_places(ds, with_facts(ds.initiatives, "initiatives"))
    if chosen.initiatives:
        frame = frame[frame["initiative_id"].isin(chosen.initiatives)]
    if chosen.municipalities:
        frame = frame[frame["gm_code"].isin(chosen.municipalities)]
    starts = [_span_or_none(v, p) for v, p in zip(frame["start"], frame["start_precision"],
                                                   strict=True)]
    ends = [_span_or_none(v, p) for v, p in zip(frame["end"], frame["end_precision"],
                                                 strict=True)]
    out = frame[["initiative_id", "name", "name_en", "kind", "status", "gm_code",
                 "municipality", "start", "start_precision", "end", "end_precision",
                 "source_id", "evidence", FACTS]].copy()
    out["start_first"] = [s[0] for s in starts]
    out["start_last"] = [s[1] for s in starts]
    out["end_first"] = [e[0] for e in ends]
    out["end_last"] = [e[1] for e in ends]
    out["dated"] = out["start"].notna() | out["end"].notna()
    out["open_end"] = out["start"].notna() & out["end"].isna()
    return out.reset_index(drop=True)


def event_span(value: str, precision: str, end_date=None) -> tuple[date, date]:
    """First and last day an event may have taken place, given its precision and end date."""
    first, last = span(value, precision)
    if end_date is not None and not pd.isna(end_date):
        last = span(end_date, precision_of(end_date))[1]
    return first, last


def timeline_events(ds: Dataset, chosen: TimelineFilter = TimelineFilter()) -> pd.DataFrame:
    """The events the filter lets through, with their span, initiative name and municipality.

    An event of an initiative takes the initiative's municipality when it names none itself.
    Context events (no initiative) are shown unless the filter narrows to initiatives, or to
    municipalities they do not take place in.
    """
    events = with_states(ds, with_facts(ds.events, "events", ds), "events")
    names = ds.initiatives.set_index("initiative_id")
    events["initiative"] = events["initiative_id"].map(names["name"]).astype("string")
    events["initiative_en"] = events["initiative_id"].map(names["name_en"]).astype("string")
    home = events["initiative_id"].map(names["gm_code"]).astype("string")
    events["gm_code"] = events["gm_code"].fillna(home)
    events = with_places(ds, events)
    context = events["initiative_id"].isna()
    keep = pd.Series(True, index=events.index)
    if chosen.initiatives:
        keep &= events["initiative_id"].isin(chosen.initiatives).fillna(False).astype(bool)
    if chosen.municipalities:
        keep &= events["gm_code"].isin(chosen.municipalities).fillna(False).astype(bool)
    if chosen.kinds:
        keep &= events["kind"].isin(chosen.kinds)
    events = events[keep]
    spans = [event_span(v, p, e) for v, p, e in zip(events["date"], events["date_precision"],
                                                    events["end_date"], strict=True)]
    events = events.assign(first=[s[0] for s in spans], last=[s[1] for s in spans],
                           context=context[keep].to_numpy())
    events["approximate"] = events["first"] != events["last"]
    order = events.sort_values(["first", "last", "event_id"])
    return order.reset_index(drop=True)


def timeline_waves(ds: Dataset, chosen: TimelineFilter = TimelineFilter()) -> pd.DataFrame:
    """Monitor waves with their span; like context events, hidden when the filter narrows to
    places, and hidden when a kind filter leaves out 'monitor'."""
    waves = with_states(ds, with_facts(ds.monitor_waves, "monitor_waves", ds), "monitor_waves")
    if chosen.narrows_place or (chosen.kinds and "monitor" not in chosen.kinds):
        waves = waves.iloc[0:0]
    spans = [span(v, p) for v, p in zip(waves["date"], waves["date_precision"], strict=True)]
    waves = waves.assign(first=[s[0] for s in spans], last=[s[1] for s in spans])
    waves["approximate"] = waves["first"] != waves["last"]
    return waves.sort_values("first").reset_index(drop=True)


def lane_of(initiative_id, gm_code, grouping: str) -> str:
    """The lane a row belongs to: its initiative or municipality, else the context lane."""
    if grouping not in GROUPINGS:
        raise ValueError(f"unknown grouping {grouping!r}")
    if pd.isna(initiative_id):
        return CONTEXT_LANE
    key = initiative_id if grouping == "initiative" else gm_code
    return CONTEXT_LANE if pd.isna(key) else str(key)


def timeline_lanes(spans: pd.DataFrame, events: pd.DataFrame, waves: pd.DataFrame,
                   grouping: str) -> list[str]:
    """Lanes top to bottom: policy context, monitor, then initiatives or municipalities in the
    order of their earliest known date (drawn spans before undated ones). Lanes with nothing
    to draw are left out."""
    earliest: dict[str, date] = {}

    def note(lane: str, day: date | None) -> None:
        if day is not None and (lane not in earliest or day < earliest[lane]):
            earliest[lane] = day

    for _, row in spans[spans["dated"]].iterrows():
        first = row["start_first"] if pd.notna(row["start"]) else row["end_first"]
        note(lane_of(row["initiative_id"], row["gm_code"], grouping), first)
    for _, row in events.iterrows():
        note(lane_of(row["initiative_id"], row["gm_code"], grouping), row["first"])
    lanes = [CONTEXT_LANE] if CONTEXT_LANE in earliest else []
    if not waves.empty:
        lanes.append(MONITOR_LANE)
    rest = sorted((lane for lane in earliest if lane != CONTEXT_LANE),
                  key=lambda lane: (earliest[lane], lane))
    return lanes + rest


def shown_waves(ds: Dataset, chosen: TimelineFilter, show: bool) -> pd.DataFrame:
    """The waves of the choice, or none when the viewer hides them (same columns either way),
    so a chart or table of the timeline gets the one table whatever the toggle says."""
    waves = timeline_waves(ds, chosen)
    return waves if show else waves.iloc[0:0]


def lane_names(ds: Dataset, lang: str = OWN_WORDS_LANGUAGE) -> dict[str, str]:
    """The name of every initiative (in `lang`) and municipality by id: what a lane of either
    grouping is called."""
    return {**initiative_names(ds, lang), **dict(zip(ds.municipalities["gm_code"],
                                               ds.municipalities["name"], strict=True))}


def initiative_period(spans: pd.DataFrame, events: pd.DataFrame, waves: pd.DataFrame,
                      as_of: date) -> tuple[date, date] | None:
    """The stretch in which the initiatives themselves run, from the first of January of the
    year they begin: their dated spans, the events tied to an initiative, the monitor's waves
    and the data date (an open end runs up to it).

    Policy context (events tied to no initiative) can lie years earlier; drawn on the same axis
    it would squeeze the initiatives into a sliver, so the timeline opens on this stretch and
    shows earlier context at its edge. None when no initiative has a dated row.
    """
    drawn = spans[spans["dated"]]
    tied = events[events["initiative_id"].notna()]
    days = [*(d for column in ("start_first", "end_first", "end_last")
              for d in drawn[column] if pd.notna(d)),
            *tied["first"], *tied["last"], *waves["first"], *waves["last"]]
    if not days:
        return None
    return date(min(days).year, 1, 1), max([*days, as_of])


def outside_period(events: pd.DataFrame, waves: pd.DataFrame,
                   period: tuple[date, date] | None) -> int:
    """How many events and waves lie wholly outside `period`: the timeline marks them at the
    edge of the axis instead of stretching it, and says so."""
    if period is None:
        return 0
    return sum(int(((frame["last"] < period[0]) | (frame["first"] > period[1])).sum())
               for frame in (events, waves))
