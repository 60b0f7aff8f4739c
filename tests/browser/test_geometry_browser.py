"""What a reader sees, measured in the browser on the fixture data: every chart's labels lie
inside the chart and none prints over another, no table hides rows without saying so, and every
slide, on the page and in the offline deck, fits its screen without scrolling.

Every page in both languages at a desktop, a laptop and a phone width; every slide at a
1920×1080 and a 1280×720 projector; every factsheet printed on A4. `make gallery` takes the
same measurements on the real data, with a screenshot of each.
"""

import io
from pathlib import Path

import plotly.graph_objects as go
import pytest
from pypdf import PdfReader

from dashboard.content.slide_plan import slide_plan
from dashboard.data import load_dataset
from dashboard.topics.overview import case_studies
from dashboard.viz.charts import figure_json
from dashboard.viz.deck import deck_html, plotly_js
from dashboard.viz.factsheet import factsheet_html
from dashboard.viz.templates_env import LABELS, asset
from tests.browser.conftest import app_paths, next_frames, open_page
from tests.browser.geometry import (
    DECK_SLIDE,
    PROJECTOR_BODY_TEXT,
    BodyText,
    chart_reports,
    deck_slides,
    page_address,
    scroll_overflow,
    smallest_body_text,
    smallest_chart_text,
    tables_hiding_rows,
)
from tests.fixture_data import FIXTURE_DATA_DIR

pytestmark = pytest.mark.browser

PROJECTOR_CHART_TEXT = 18  # px at 1920×1080: chart text read from the back of a room
PAGE_SCREENS = {"1440x900": (1440, 900), "1280x720": (1280, 720), "390x844": (390, 844)}
SLIDE_SCREENS = {"1920x1080": (1920, 1080), "1280x720": (1280, 720)}
LANGUAGES = ("nl", "en")
PAGES = [path for path in app_paths() if path != "presentatie"]
SLIDES = len(slide_plan(load_dataset(FIXTURE_DATA_DIR)))


@pytest.fixture(scope="module")
def screen(browser):
    """A browser tab per screen size, reused by every test of this module."""
    tabs = {}

    def tab(size: tuple[int, int]):
        if size not in tabs:
            tabs[size] = browser.new_context(
                viewport={"width": size[0], "height": size[1]}).new_page()
        return tabs[size]

    yield tab
    for page in tabs.values():
        page.context.close()


def too_small(found: BodyText | None) -> BodyText | None:
    """The slide's smallest body text when it is smaller than a projector needs."""
    return found if found is not None and found.size < PROJECTOR_BODY_TEXT else None


def unreadable(page) -> list[str]:
    """Every chart that cuts off or overprints a label, in words."""
    return [report.describe() for report in chart_reports(page) if not report.readable]


@pytest.mark.parametrize("size", PAGE_SCREENS, ids=str)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "overzicht")
def test_every_label_of_every_chart_is_readable(app_url, screen, path, lang, size):
    page = screen(PAGE_SCREENS[size])
    open_page(page, app_url, page_address(path, lang))
    next_frames(page)
    assert unreadable(page) == []
    assert tables_hiding_rows(page) == []


@pytest.mark.parametrize("size", SLIDE_SCREENS, ids=str)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("number", range(1, SLIDES + 1))
def test_every_slide_fits_its_screen_and_reads_whole(app_url, screen, number, lang, size):
    page = screen(SLIDE_SCREENS[size])
    open_page(page, app_url, page_address("presentatie", lang, slide=number))
    next_frames(page)
    assert scroll_overflow(page) == (0, 0)
    assert unreadable(page) == []
    if size == "1920x1080":
        assert (smallest_chart_text(page) or PROJECTOR_CHART_TEXT) >= PROJECTOR_CHART_TEXT
        assert too_small(smallest_body_text(page)) is None


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("decks")
    ds = load_dataset(FIXTURE_DATA_DIR)
    files = {}
    for lang in LANGUAGES:
        files[lang] = folder / f"deck-{lang}.html"
        files[lang].write_text(deck_html(ds, lang), encoding="utf-8")
    return files


@pytest.mark.parametrize("size", SLIDE_SCREENS, ids=str)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_slide_of_the_deck_fits_and_reads_whole(decks, screen, lang, size):
    page = screen(SLIDE_SCREENS[size])
    page.goto(decks[lang].as_uri())
    small, hidden_labels = {}, {}
    for number in deck_slides(page, SLIDES):
        assert (number, scroll_overflow(page)) == (number, (0, 0))
        # Only the shown slide's labels are visible, so each slide is read while it is shown.
        if problems := unreadable(page):
            hidden_labels[number] = problems
        if size == "1920x1080" and too_small(found := smallest_body_text(page, DECK_SLIDE)):
            small[number] = found
    assert small == {}
    assert hidden_labels == {}
    if size == "1920x1080":
        assert (smallest_chart_text(page) or PROJECTOR_CHART_TEXT) >= PROJECTOR_CHART_TEXT


# A name written below a point at the foot of a network, where the legend below the chart
# paints its box over it (the deck's Assen slide on the real data did).
COVERED_NAME = "Christelijke Onderwijsgroep"


def covered_name_chart() -> go.Figure:
    figure = go.Figure([
        go.Scatter(x=[0, 1], y=[0.05, 1], mode="markers+text", name="Onderwijs",
                   text=[COVERED_NAME, "Gemeente"], textposition=["bottom center", "top center"],
                   marker={"size": 12}, cliponaxis=False),
        go.Scatter(x=[None], y=[None], mode="lines", name="Samenwerking"),
        go.Scatter(x=[None], y=[None], mode="lines", name="Verkenning (nog geen praktijk)"),
    ])
    figure.update_layout(width=600, height=320, margin={"l": 10, "r": 10, "t": 10, "b": 90},
                         legend={"orientation": "h", "yanchor": "top", "y": -0.02,
                                 "xanchor": "left", "x": 0})
    figure.update_xaxes(visible=False, range=[-0.5, 1.5])
    return figure.update_yaxes(visible=False, range=[0, 1.1])


@pytest.mark.parametrize("placed", [False, True], ids=["as plotly draws it", "placed"])
def test_a_name_under_the_legend_is_seen_and_moved_clear(browser, tmp_path, placed):
    figure = covered_name_chart()
    place = "placePointLabels(div, figure);" if placed else ""
    page_file = tmp_path / "chart.html"
    page_file.write_text(
        f"<!doctype html><meta charset=utf-8><div id=chart></div>"
        f"<script>{plotly_js()}</script><script>{asset(LABELS)}</script><script>"
        f"const figure = {figure_json(figure)};"
        f"Plotly.newPlot('chart', figure.data, figure.layout).then(div => {{ {place}"
        f"document.body.dataset.drawn = 'true'; }});</script>", encoding="utf-8")
    page = browser.new_page(viewport={"width": 700, "height": 400})
    try:
        page.goto(page_file.as_uri())
        page.wait_for_selector("body[data-drawn=true]")
        problems = unreadable(page)
        if placed:
            assert problems == []
            assert page.get_by_text(COVERED_NAME).is_visible()
        else:
            assert problems == [f"chart 1: point label {COVERED_NAME!r} over legend box 'legend'"]
    finally:
        page.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_factsheet_prints_its_essentials_on_the_first_page(browser, tmp_path, lang):
    """Summary, key figures, partners, approach and the source line on page one; the
    appendix (timeline, statements, excerpts) from page two."""
    ds = load_dataset(FIXTURE_DATA_DIR)
    page = browser.new_page()
    appendix = {"nl": "BIJLAGE", "en": "APPENDIX"}[lang]
    source_line = {"nl": "Bronnen:", "en": "Sources:"}[lang]
    try:
        for initiative in case_studies(ds)["initiative_id"]:
            sheet = tmp_path / f"{initiative}.html"
            sheet.write_text(factsheet_html(ds, initiative, lang), encoding="utf-8")
            page.goto(sheet.as_uri())
            pages = PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
            first, second = pages[0].extract_text(), pages[1].extract_text()
            assert (initiative, source_line in first, appendix in first) == \
                (initiative, True, False)
            assert second.lstrip().upper().startswith(appendix), initiative
    finally:
        page.close()
