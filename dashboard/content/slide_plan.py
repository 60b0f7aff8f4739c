"""The order of a workshop presentation and what each slide shows, derived from the data.

One slide per featured case, so adding a case to the data adds a slide; the rest frame the
story: the programme first, then the cases, what the monitor found, the timeline, and last
what is still unknown. What a slide shows is gathered here once, as data, for both the
Presentatie page (`dashboard.ui.slides`) and the downloadable deck (`dashboard.viz.deck`),
so the two can never show different things.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import networkx as nx
import pandas as pd

from dashboard.data.dataset import Dataset
from dashboard.data.refs import FACTS, all_refs, pooled, with_facts
from dashboard.i18n import LANGUAGES
from dashboard.topics import monitor
from dashboard.topics.membership import Membership, memberships
from dashboard.topics.network import initiative_network, network_facts
from dashboard.topics.overview import (
    Headline,
    PartialDate,
    Unknown,
    case_studies,
    headline,
    newest_source,
    organisations_by_sector,
    unknowns,
    with_places,
)
from dashboard.topics.places import case_map_facts, key_figures
from dashboard.topics.timeline import (
    TimelineFilter,
    data_date,
    initiative_spans,
    lane_names,
    shown_waves,
    timeline_events,
)


@dataclass(frozen=True)
class Slide:
    kind: str  # core | overview | case | monitor | timeline | unknowns
    initiative_id: str | None = None


def slide_plan(ds: Dataset) -> tuple[Slide, ...]:
    """Every slide in presentation order."""
    cases = tuple(Slide("case", i) for i in case_studies(ds)["initiative_id"])
    return (Slide("core"), Slide("overview"), *cases, Slide("monitor"), Slide("timeline"),
            Slide("unknowns"))


@dataclass(frozen=True)
class CoreSlide:
    """The opening slide: the programme in a few plain sentences (i18n.takeaways.core)."""

    headline: Headline
    sectors: pd.DataFrame  # organisations per sector, with FACTS
    newest: PartialDate  # the newest source's date: how current the data are
    sources: int
    refs: tuple[str, ...]  # the facts the sentences rest on


@dataclass(frozen=True)
class OverviewSlide:
    headline: Headline
    sectors: pd.DataFrame  # organisations per sector, with FACTS
    cases: pd.DataFrame  # the featured cases (name, municipality, summaries), with FACTS


@dataclass(frozen=True)
class CaseSlide:
    initiative: pd.Series  # the initiative's row with municipality and province
    membership: Membership | None
    graph: nx.MultiDiGraph  # its partner network
    figures: pd.DataFrame  # key figures, with FACTS
    approaches: pd.DataFrame  # approach elements, with FACTS
    map_facts: tuple[str, ...]  # the facts its map draws


@dataclass(frozen=True)
class MonitorSlide:
    waves: pd.DataFrame  # every wave in date order, with FACTS
    findings: tuple[pd.DataFrame, ...]  # per listed wave (monitor.MAX_WAVES_LISTED), FACTS
    has_indicators: bool
    results: tuple[pd.DataFrame, ...]  # per listed wave: its numeric results, with FACTS


@dataclass(frozen=True)
class TimelineSlide:
    spans: pd.DataFrame
    events: pd.DataFrame
    waves: pd.DataFrame
    lanes: dict[str, dict[str, str]]  # the lanes' names by language
    data_date: tuple[date, str, str]


@dataclass(frozen=True)
class UnknownsSlide:
    unknowns: tuple[Unknown, ...]
    refs: tuple[str, ...]  # every fact: what is unknown is unknown from all of them


Content = CoreSlide | OverviewSlide | CaseSlide | MonitorSlide | TimelineSlide | UnknownsSlide


def slide_content(ds: Dataset, slide: Slide) -> Content:
    """What one slide shows."""
    if slide.initiative_id is not None:
        return _case(ds, slide.initiative_id)
    made: dict[str, Callable[[Dataset], Content]] = {
        "core": _core, "overview": _overview, "monitor": _monitor, "timeline": _timeline,
        "unknowns": _unknowns}
    return made[slide.kind](ds)


def _core(ds: Dataset) -> CoreSlide:
    key, sectors = headline(ds), organisations_by_sector(ds)
    refs = pooled([*(refs for _, refs in key.facts), *sectors[FACTS]])
    return CoreSlide(key, sectors, newest_source(ds), len(ds.sources), refs)


def _overview(ds: Dataset) -> OverviewSlide:
    return OverviewSlide(headline(ds), organisations_by_sector(ds), case_studies(ds))


def _case(ds: Dataset, initiative_id: str) -> CaseSlide:
    found = ds.initiatives[ds.initiatives["initiative_id"] == initiative_id]
    approaches = ds.approaches[ds.approaches["initiative_id"] == initiative_id]
    return CaseSlide(with_places(ds, found).iloc[0], memberships(ds).get(initiative_id),
                     initiative_network(ds, initiative_id).graph,
                     key_figures(ds, (initiative_id,)), with_facts(approaches, "approaches"),
                     case_map_facts(ds, initiative_id))


def _monitor(ds: Dataset) -> MonitorSlide:
    waves = monitor.waves(ds)
    listed = waves["wave_id"].head(monitor.MAX_WAVES_LISTED)
    return MonitorSlide(waves, tuple(monitor.findings(ds, w) for w in listed),
                        not monitor.indicators(ds).empty,
                        tuple(monitor.results(ds, w) for w in listed))


def _timeline(ds: Dataset) -> TimelineSlide:
    everything = TimelineFilter()
    return TimelineSlide(initiative_spans(ds, everything), timeline_events(ds, everything),
                         shown_waves(ds, everything, False),
                         {lang: lane_names(ds, lang) for lang in LANGUAGES}, data_date(ds))


def _unknowns(ds: Dataset) -> UnknownsSlide:
    return UnknownsSlide(tuple(unknowns(ds)), all_refs(ds))


def shown_facts(content: Content) -> tuple[str, ...]:
    """Every fact a slide shows, for the one source line at its foot: a projected slide names
    its sources once instead of under each of its parts (docs/decisions/0003)."""
    if isinstance(content, CoreSlide | UnknownsSlide):
        return content.refs
    if isinstance(content, OverviewSlide):
        return pooled([*(refs for _, refs in content.headline.facts),
                       *content.sectors[FACTS], *content.cases[FACTS]])
    if isinstance(content, CaseSlide):
        return pooled([network_facts(content.graph), content.map_facts,
                       *content.figures[FACTS], *content.approaches[FACTS]])
    if isinstance(content, MonitorSlide):
        listed = content.waves[FACTS].head(len(content.findings))
        return pooled([*listed, *(refs for found in (*content.findings, *content.results)
                                  for refs in found[FACTS])])
    return pooled([*content.spans[content.spans["dated"]][FACTS], *content.events[FACTS],
                   *content.waves[FACTS]])
