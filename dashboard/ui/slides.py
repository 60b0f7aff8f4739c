"""One renderer per slide kind, drawing what `core.slides.slide_content` gathers.

Each slide must fit a 1920×1080 projector without scrolling with its body text large enough to
read from the back of a room (SLIDE_STYLE), so charts get fixed heights, the text is the short
version of what the pages say, and a slide names its sources once, at its foot
(docs/decisions/0003). The words come from `i18n.slides` and `i18n.takeaways`, which the
downloadable deck (`viz.deck`) uses as well.
"""

import streamlit as st

from dashboard.content import slides as words
from dashboard.content.slide_plan import (
    CaseSlide,
    CoreSlide,
    MonitorSlide,
    OverviewSlide,
    Slide,
    TimelineSlide,
    UnknownsSlide,
    slide_content,
)
from dashboard.data.memo import rows
from dashboard.data.schemas import own_words
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, t
from dashboard.ui.maps import case
from dashboard.ui.monitor import all_wave_findings
from dashboard.ui.takeaways import core, currency, network_title, sectors_title, timeline_title
from dashboard.ui.text import md_escape
from dashboard.viz.figures import (
    initiative_network_chart,
    sector_chart,
    timeline_chart,
    timeline_table,
)
from dashboard.viz.network import network_table

CHART_HEIGHT = 430
TIMELINE_HEIGHT = 720
# A slide is laid out for a 1920×1080 projector and zoomed down to smaller screens, as the
# offline deck is, so a 1280×720 projector shows the same slide, smaller, instead of a page that
# scrolls. Each step's zoom fits the screens below the previous step's size (1920 × zoom by
# 1080 × zoom); CSS alone, so nothing waits for a script.
FIT_STYLE = """<style>
@media (max-width: 1919.98px), (max-height: 1079.98px) {
  [data-testid="stMainBlockContainer"] { zoom: 0.9; }
}
@media (max-width: 1727.98px), (max-height: 971.98px) {
  [data-testid="stMainBlockContainer"] { zoom: 0.8; }
}
@media (max-width: 1535.98px), (max-height: 863.98px) {
  [data-testid="stMainBlockContainer"] { zoom: 0.7; }
}
@media (max-width: 1343.98px), (max-height: 755.98px) {
  [data-testid="stMainBlockContainer"] { zoom: 0.6667; }
}
@media (max-width: 1279.98px), (max-height: 719.98px) {
  [data-testid="stMainBlockContainer"] { zoom: 0.6; }
}
@media (max-width: 1151.98px), (max-height: 647.98px) {
  [data-testid="stMainBlockContainer"] { zoom: 0.5; }
}
</style>"""


def fit_to_screen() -> None:
    """Zoom the slide to the window (FIT_STYLE)."""
    st.html(FIT_STYLE)


# Every text of a slide at least 28 px on a 1920×1080 projector (zoomed with it on smaller
# screens by FIT_STYLE); headings and the opening slide's sentences larger still.
SLIDE_STYLE = """<style>
.st-key-slide p, .st-key-slide li, .st-key-slide [data-testid="stCaptionContainer"] {
  font-size: 28px; line-height: 1.35; }
.st-key-slide li { margin-bottom: 0.25rem; }
.st-key-slide h3 { font-size: 36px; }
.st-key-slide [data-testid="stMetricLabel"] * { white-space: normal; overflow: visible; }
.st-key-slide [data-testid="stMetricValue"], .st-key-slide [data-testid="stMetricValue"] p {
  font-size: 56px; line-height: 1.2; }
.st-key-slide-core li { font-size: 32px; line-height: 1.4; margin-bottom: 0.6rem; }
</style>"""


def core_slide(content: CoreSlide) -> None:
    """The programme in a few plain sentences, the same as Overzicht's 'Kern'."""
    st.title(t("overview_core"))
    with st.container(key="slide-core"):
        st.markdown("\n".join(f"- {md_escape(sentence)}"
                               for sentence in core(content.headline, content.sectors)))
    st.caption(md_escape(currency(content.newest, content.sources)))


def overview_slide(content: OverviewSlide) -> None:
    """The programme at a glance: pilots, partners, places, and the four cases by name (their
    stories follow, one slide each)."""
    st.title(t("overview_title"))
    for column, (name, value) in zip(st.columns(5), words.metrics(content, current()),
                                     strict=True):
        column.metric(md_escape(name), value)
    left, right = st.columns([1, 1])
    with left:
        card(sectors_title(content.sectors), sector_chart(content.sectors, current()),
             data=content.sectors, presenting=True)
    with right, st.container(border=True):
        st.markdown(f"**{md_escape(t('overview_cases'))}**")
        lang = current()
        st.markdown("\n".join(
            f"- **{md_escape(own_words(row, 'name', lang))}** ({md_escape(row['municipality'])})"
            for row in rows(content.cases)))


def case_slide(content: CaseSlide) -> None:
    """One case: where it is, who works together, the figures and the way of working."""
    lang, row = current(), content.initiative
    st.title(md_escape(own_words(row, "name", lang)))
    st.caption(md_escape(words.case_line(content, lang)))
    st.markdown(md_escape(own_words(row, "summary_nl", lang)))
    map_col, network_col, facts_col = st.columns([4, 5, 4])
    with map_col, st.container(border=True):
        st.pydeck_chart(case(dataset(), row["initiative_id"], lang).deck, height=CHART_HEIGHT)
    with network_col:
        card(network_title(own_words(row, "name", lang), content.graph),
             initiative_network_chart(content.graph, lang, CHART_HEIGHT),
             data=network_table(content.graph, lang), presenting=True)
    with facts_col:
        figures_list(content)
        approach_list(content)


def figures_list(content: CaseSlide) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(t('present_figures'))}**")
        if content.figures.empty:
            st.write(t("unknown"))
            return
        st.markdown("\n".join(f"- {md_escape(what)}: **{md_escape(value)}**"
                              for what, value in words.figure_lines(content, current())))


def approach_list(content: CaseSlide) -> None:
    """The way of working, each modality said once before its elements."""
    with st.container(border=True):
        st.markdown(f"**{md_escape(t('present_approach'))}**")
        if content.approaches.empty:
            st.write(t("unknown"))
            return
        st.markdown("\n".join(
            f"- **{md_escape(modality)}:** {md_escape(' · '.join(elements))}"
            for modality, elements in words.approach_groups(content, current())))


def monitor_slide(content: MonitorSlide) -> None:
    """What the NJI monitor found, wave by wave."""
    st.title(t("monitor_title"))
    all_wave_findings(content.waves, presenting=True)
    if not content.has_indicators:
        st.info(t("monitor_no_indicators"))


def timeline_slide(content: TimelineSlide) -> None:
    """The initiatives and events in time, with the policy context on its own lane."""
    st.title(t("timeline_title"))
    figure = timeline_chart(content.spans, content.events, content.waves, "initiative",
                            content.lanes[current()], content.data_date, current(),
                            TIMELINE_HEIGHT)
    card(timeline_title(content.spans, content.events), figure,
         data=timeline_table(content.spans, content.events, content.waves, current()),
         presenting=True)


def unknowns_slide(content: UnknownsSlide) -> None:
    """What the sources do not tell yet: the honest end of the story."""
    st.title(t("overview_unknowns"))
    with st.container(border=True):
        st.markdown("\n".join(f"- {md_escape(line)}"
                              for line in words.unknown_lines(content, current())))


RENDERERS = {"core": core_slide, "overview": overview_slide, "case": case_slide,
             "monitor": monitor_slide, "timeline": timeline_slide, "unknowns": unknowns_slide}


def render(slide: Slide) -> None:
    """Draw one slide with the sources of all it shows at its foot."""
    content = slide_content(dataset(), slide)
    st.html(SLIDE_STYLE)
    with st.container(key="slide"):
        RENDERERS[slide.kind](content)
        st.caption(md_escape(words.slide_source(dataset(), content, current())))
