"""One renderer per slide kind, drawing a slide made by `ui.models.presentation`.

Each slide must fit a 1920×1080 projector without scrolling with its body text large enough to
read from the back of a room (SLIDE_STYLE), so charts get fixed heights, the text is the short
version of what the pages say, and a slide names its sources once, at its foot
(docs/decisions/0003). The words come from `content.slides` and `content.takeaways`, which the
downloadable deck (`viz.deck`) uses as well.
"""

import streamlit as st

from dashboard.ui.card import card
from dashboard.ui.lang import t
from dashboard.ui.models.presentation import CHART_HEIGHT, Line, Lines, ShownSlide
from dashboard.ui.monitor import all_wave_findings
from dashboard.ui.text import md_escape

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


def _bullets_md(lines: tuple[Line, ...]) -> str:
    return "\n".join("- " + "".join(f"**{md_escape(text)}**" if bold else md_escape(text)
                                    for text, bold in line) for line in lines)


def core_slide(slide: ShownSlide) -> None:
    """The programme in a few plain sentences, the same as Overzicht's 'Kern'."""
    with st.container(key="slide-core"):
        st.markdown("\n".join(f"- {md_escape(sentence)}" for sentence in slide.sentences))
    st.caption(md_escape(slide.caption))


def overview_slide(slide: ShownSlide) -> None:
    """The programme at a glance: pilots, partners, places, and the cases by name (their
    stories follow, one slide each)."""
    for column, (name, value, note) in zip(st.columns(len(slide.metrics)), slide.metrics,
                                           strict=True):
        column.metric(md_escape(name), value, delta=md_escape(note) if note else None,
                      delta_color="off", delta_arrow="off")
    left, right = st.columns([1, 1])
    with left:
        card(slide.cards[0])
    with right:
        listed(slide.lists[0])


def case_slide(slide: ShownSlide) -> None:
    """One case: where it is, who works together, the figures and the way of working."""
    st.caption(md_escape(slide.caption))
    st.markdown(md_escape(slide.sentences[0]))
    map_col, network_col, facts_col = st.columns([4, 5, 4])
    with map_col, st.container(border=True):
        st.pydeck_chart(slide.deck, height=CHART_HEIGHT)
    with network_col:
        card(slide.cards[0])
    with facts_col:
        for part in slide.lists:
            listed(part)


def listed(part: Lines) -> None:
    """A bordered, titled list; 'niet bekend' when the sources say nothing of it."""
    with st.container(border=True):
        st.markdown(f"**{md_escape(part.title)}**")
        if part.lines is None:
            st.write(t("unknown"))
        else:
            st.markdown(_bullets_md(part.lines))


def monitor_slide(slide: ShownSlide) -> None:
    """What the NJI monitor found, wave by wave."""
    if slide.waves is not None:
        all_wave_findings(slide.waves, presenting=True)
    if slide.note:
        st.info(md_escape(slide.note))


def card_slide(slide: ShownSlide) -> None:
    """A slide that is one card (the timeline)."""
    card(slide.cards[0])


def unknowns_slide(slide: ShownSlide) -> None:
    """What the sources do not tell yet: the honest end of the story."""
    with st.container(border=True):
        st.markdown("\n".join(f"- {md_escape(line)}" for line in slide.sentences))


RENDERERS = {"core": core_slide, "overview": overview_slide, "case": case_slide,
             "monitor": monitor_slide, "timeline": card_slide, "unknowns": unknowns_slide}


def render(slide: ShownSlide) -> None:
    """Draw one slide with the sources of all it shows at its foot."""
    st.html(SLIDE_STYLE)
    with st.container(key="slide"):
        st.title(md_escape(slide.title))
        RENDERERS[slide.kind](slide)
        st.caption(md_escape(slide.source))
