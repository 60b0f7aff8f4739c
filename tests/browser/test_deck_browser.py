"""The downloaded deck opened from disk with the network cut: every slide drawn, no request
leaves the file, its text set in the font it carries, the arrow keys turn the slides, and
printing gives one page per slide."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from dashboard.content.slide_plan import slide_plan
from dashboard.data import load_dataset
from dashboard.viz.deck import deck_html
from tests.browser.conftest import VIEWPORT
from tests.fixture_data import FIXTURE_DATA_DIR

pytestmark = pytest.mark.browser

# Every chart drawn (an svg per plot) and the canvas fitted to the window (deck.js marks it).
_DRAWN_JS = """() => document.body.dataset.drawn === 'true'
    && Array.from(document.querySelectorAll('.plot'))
        .every(p => p.querySelector('.main-svg') !== null)"""
_CURRENT_JS = """() => [...document.querySelectorAll('.page')]
    .findIndex(p => p.classList.contains('current'))"""
# How far each slide's content runs past its 1600×900 canvas (0 when it fits).
_OVERFLOW_JS = """() => [...document.querySelectorAll('.slide')]
    .map(s => Math.max(0, s.scrollHeight - s.clientHeight, s.scrollWidth - s.clientWidth))"""


@pytest.fixture
def deck_page(browser, tmp_path: Path):
    """The Dutch deck of the fixture data as a file, opened with every other request aborted."""
    ds = load_dataset(FIXTURE_DATA_DIR)
    file = tmp_path / "deck.html"
    file.write_text(deck_html(ds, "nl"), encoding="utf-8")
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.other_requests, page.errors = [], []

    def route(request_route):
        if request_route.request.url == file.as_uri():
            request_route.continue_()
        else:
            page.other_requests.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.goto(file.as_uri())
    page.wait_for_function(_DRAWN_JS, timeout=30_000)
    page.slide_count = len(slide_plan(ds))
    yield page
    context.close()


def test_every_slide_is_drawn_offline_without_a_request(deck_page):
    page = deck_page
    assert page.locator(".page").count() == page.slide_count
    assert page.locator(".plot .main-svg").count() >= page.locator(".plot").count() > 0
    assert page.evaluate(_OVERFLOW_JS) == [0] * page.slide_count
    assert page.other_requests == []
    assert page.errors == []


# The families of the fonts the deck has loaded, and the font its first slide's text is set in.
_FONTS_JS = """async () => {
    await document.fonts.ready;
    const loaded = [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family);
    return {loaded: [...new Set(loaded)],
            body: getComputedStyle(document.querySelector('.page.current li')).fontFamily};
}"""


def test_the_text_is_set_in_the_embedded_font(deck_page):
    fonts = deck_page.evaluate(_FONTS_JS)
    assert fonts["loaded"] == ["Source Sans 3"]
    assert fonts["body"].startswith('"Source Sans 3",')
    assert deck_page.other_requests == []


def test_arrow_keys_turn_the_slides(deck_page):
    page = deck_page
    assert page.evaluate(_CURRENT_JS) == 0
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.evaluate(_CURRENT_JS) == 2
    assert page.evaluate("location.hash") == "#3"
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(_CURRENT_JS) == 1
    page.keyboard.press("End")
    page.keyboard.press("ArrowRight")  # past the last slide it stays there
    assert page.evaluate(_CURRENT_JS) == page.slide_count - 1
    assert page.locator(".page.current h1").is_visible()


def test_printing_gives_one_a4_landscape_page_per_slide(deck_page):
    pdf = PdfReader(io.BytesIO(deck_page.pdf(format="A4", landscape=True)))
    assert len(pdf.pages) == deck_page.slide_count
    first = pdf.pages[0].mediabox
    assert float(first.width) > float(first.height)
    assert deck_page.other_requests == []
