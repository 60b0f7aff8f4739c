"""Presentatie: one slide at a time, each made once per data version and language."""

from dataclasses import dataclass

import pydeck as pdk

from dashboard.content import slides as words
from dashboard.content import takeaways
from dashboard.content.slide_plan import (
    CaseSlide,
    CoreSlide,
    MonitorSlide,
    OverviewSlide,
    Slide,
    TimelineSlide,
    UnknownsSlide,
    slide_content,
    slide_plan,
)
from dashboard.data import Dataset
from dashboard.data.schemas import own_words
from dashboard.i18n import t
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.ui.maps import case
from dashboard.ui.monitor import ListedFindings, listed_findings
from dashboard.viz.charts import sector_chart
from dashboard.viz.deck import deck_html
from dashboard.viz.network import initiative_network_chart, network_table
from dashboard.viz.timeline import timeline_chart, timeline_table

CHART_HEIGHT = 430
TIMELINE_HEIGHT = 720


# A line of a list: its pieces of text, each (text, bold).
Line = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Lines:
    """A titled list on a slide; `lines` None when the sources say nothing of it."""

    title: str
    lines: tuple[Line, ...] | None


@dataclass(frozen=True)
class ShownSlide:
    """One slide as drawn: its kind picks the layout, the parts it does not use stay empty."""

    kind: str
    title: str
    source: str  # the sources of all it shows, once, at its foot
    sentences: tuple[str, ...] = ()
    caption: str = ""
    metrics: tuple[tuple[str, str, str], ...] = ()  # label, value, note
    cards: tuple[Card, ...] = ()
    lists: tuple[Lines, ...] = ()
    deck: pdk.Deck | None = None
    waves: ListedFindings | None = None
    note: str = ""


@entry
def presentation_plan(ds: Dataset) -> tuple[Slide, ...]:
    """Every slide in presentation order."""
    return slide_plan(ds)


@entry
def shown_slide(ds: Dataset, lang: str, number: int) -> ShownSlide:
    """Slide `number` (from 1) of the plan, in `lang`."""
    content = slide_content(ds, slide_plan(ds)[number - 1])
    source = words.slide_source(ds, content, lang)
    if isinstance(content, CoreSlide):
        return ShownSlide(
            "core", t("overview_core", lang), source,
            sentences=tuple(takeaways.core(content.headline, content.sectors, lang)),
            caption=takeaways.currency(content.newest, content.sources, lang))
    if isinstance(content, OverviewSlide):
        return _overview(ds, content, lang, source)
    if isinstance(content, CaseSlide):
        return _case(ds, content, lang, source)
    if isinstance(content, MonitorSlide):
        return ShownSlide("monitor", t("monitor_title", lang), source,
                          waves=listed_findings(ds, content.waves, lang),
                          note="" if content.has_indicators
                          else t("monitor_no_indicators", lang))
    if isinstance(content, TimelineSlide):
        return _timeline(ds, content, lang, source)
    assert isinstance(content, UnknownsSlide)
    return ShownSlide("unknowns", t("overview_unknowns", lang), source,
                      sentences=tuple(words.unknown_lines(content, lang)))


@entry
def deck(ds: Dataset, lang: str) -> str:
    """The offline deck, built on the first click on its download."""
    return deck_html(ds, lang)


def _overview(ds: Dataset, content: OverviewSlide, lang: str, source: str) -> ShownSlide:
    cases = tuple(((name, True), (f" ({municipality})", False)) for name, municipality in zip(
        own_words(content.cases, "name", lang), content.cases["municipality"], strict=True))
    return ShownSlide(
        "overview", t("overview_title", lang), source,
        metrics=tuple(words.metrics(content, lang)),
        cards=(make_card(ds, lang, takeaways.sectors_title(content.sectors, lang),
                         sector_chart(content.sectors, lang), data=content.sectors,
                         presenting=True),),
        lists=(Lines(t("overview_cases", lang), cases),))


def _case(ds: Dataset, content: CaseSlide, lang: str, source: str) -> ShownSlide:
    row = content.initiative
    name = own_words(row, "name", lang)
    figures = (None if content.figures.empty else
               tuple(((f"{what}: ", False), (value, True))
                     for what, value in words.figure_lines(content, lang)))
    approach = (None if content.approaches.empty else
                tuple(((f"{modality}:", True), (f" {' · '.join(elements)}", False))
                      for modality, elements in words.approach_groups(content, lang)))
    return ShownSlide(
        "case", name, source, caption=words.case_line(content, lang),
        sentences=(own_words(row, "summary_nl", lang),),
        deck=case(ds, row["initiative_id"], lang).deck,
        cards=(make_card(ds, lang, takeaways.network_title(name, content.graph, lang),
                         initiative_network_chart(content.graph, lang, CHART_HEIGHT),
                         data=network_table(content.graph, lang), presenting=True),),
        lists=(Lines(t("present_figures", lang), figures),
               Lines(t("present_approach", lang), approach)))


def _timeline(ds: Dataset, content: TimelineSlide, lang: str, source: str) -> ShownSlide:
    figure = timeline_chart(content.spans, content.events, content.waves, "initiative",
                            content.lanes[lang], content.data_date, lang, TIMELINE_HEIGHT)
    return ShownSlide(
        "timeline", t("timeline_title", lang), source,
        cards=(make_card(ds, lang, takeaways.timeline_title(content.spans, content.events, lang),
                         figure, presenting=True,
                         data=timeline_table(content.spans, content.events, content.waves,
                                             lang)),))
