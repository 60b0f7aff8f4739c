"""Tijdlijn: how far each initiative is, and what happened or was planned when."""

from dataclasses import dataclass

import pandas as pd

from dashboard.content import takeaways
from dashboard.content.leads import page_lead
from dashboard.data import Dataset, initiative_names, vocab
from dashboard.data.characters import isolate
from dashboard.data.schemas import own_words
from dashboard.i18n import t
from dashboard.topics.timeline import (
    TimelineFilter,
    data_date,
    initiative_period,
    initiative_spans,
    lane_names,
    outside_period,
    shown_waves,
    timeline_events,
)
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.viz.timeline import (
    TIMELINE_LANES,
    events_table,
    timeline_chart,
    timeline_lane_count,
    timeline_table,
)


@dataclass(frozen=True)
class Choices:
    """What the page shows whatever is chosen: its lead and what its pickers offer."""

    lead: str
    initiatives: dict[str, str]  # name in the reader's language by id, in file order
    places: dict[str, str]  # municipality name by code, of initiatives and events, by name
    kinds: tuple[str, ...]  # the event kinds that occur, in vocabulary order


@dataclass(frozen=True)
class Timeline:
    chart: Card | None  # None when the choice has nothing to draw
    undated: str | None  # the initiatives of the choice whose period is not known
    events: Card | None  # None when the choice has no events


@entry
def choices(ds: Dataset, lang: str) -> Choices:
    names = dict(zip(ds.municipalities["gm_code"], ds.municipalities["name"], strict=True))
    codes = set(ds.initiatives["gm_code"].dropna()) | set(ds.events["gm_code"].dropna())
    return Choices(
        lead=page_lead(ds, "timeline", lang),
        initiatives=initiative_names(ds, lang),
        places={code: names.get(code, code)
                for code in sorted(codes, key=lambda code: names.get(code, code))},
        kinds=tuple(k for k in vocab.EVENT_KINDS if k in set(ds.events["kind"])),
    )


@entry
def timeline(ds: Dataset, lang: str, initiatives: tuple[str, ...], places: tuple[str, ...],
             kinds: tuple[str, ...], grouping: str, waves: bool, whole: bool) -> Timeline:
    """The chosen initiatives, municipalities and event kinds (empty: all) on lanes per
    `grouping`, the monitor's waves when `waves`, on the initiatives' years unless `whole`."""
    chosen = TimelineFilter(initiatives, places, kinds)
    spans = initiative_spans(ds, chosen)
    events = timeline_events(ds, chosen)
    shown = shown_waves(ds, chosen, waves)
    undated = spans[~spans["dated"]]
    return Timeline(
        chart=_chart(ds, lang, spans, events, shown, grouping, whole),
        undated=None if undated.empty else t(
            "timeline_undated", lang,
            names="; ".join(map(isolate, own_words(undated, "name", lang)))),
        events=None if events.empty else make_card(
            ds, lang, t("timeline_events", lang, count=len(events)), events_table(events, lang)),
    )


def _chart(ds: Dataset, lang: str, spans: pd.DataFrame, events: pd.DataFrame,
           waves: pd.DataFrame, grouping: str, whole: bool) -> Card | None:
    """The timeline's card; its caption says how to read it, which lanes are left out and how
    many events are marked at the axis's edge instead of stretching it."""
    as_of = data_date(ds)
    figure = timeline_chart(spans, events, waves, grouping, lane_names(ds, lang), as_of, lang,
                            whole=whole)
    if figure is None:
        return None
    lane_count = timeline_lane_count(spans, events, waves, grouping)
    caption = t("timeline_chart_caption", lang)
    if lane_count > TIMELINE_LANES:
        caption += " " + t("timeline_lanes_drawn", lang, shown=TIMELINE_LANES, count=lane_count)
    beyond = 0 if whole else outside_period(events, waves,
                                            initiative_period(spans, events, waves, as_of[0]))
    if beyond:
        caption += " " + t("timeline_at_edge", lang, count=beyond)
    return make_card(ds, lang, takeaways.timeline_title(spans, events, lang), figure,
                     caption=caption, data=timeline_table(spans, events, waves, lang))
