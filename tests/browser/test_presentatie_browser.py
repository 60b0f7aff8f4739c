"""Presentatie on a 1920×1080 projector: every slide fits without scrolling, keys turn slides."""

import pytest
from playwright.sync_api import expect

from dashboard.core import load_dataset
from dashboard.core.slides import slide_plan
from tests.browser.conftest import open_page, wait_for_run

PROJECTOR = {"width": 1920, "height": 1080}
SLIDES = len(slide_plan(load_dataset()))

# Every element that could scroll: the document and Streamlit's scrolling containers.
_OVERFLOW_JS = """() => [document.scrollingElement,
    document.querySelector('[data-testid="stMain"]'),
    document.querySelector('[data-testid="stAppViewContainer"]')]
    .filter(Boolean)
    .map(e => ({name: e.getAttribute('data-testid') || e.tagName,
                extraY: e.scrollHeight - e.clientHeight, extraX: e.scrollWidth - e.clientWidth}))"""

# Charts and maps take their final size a few frames after the script has run (plotly draws,
# then fits its container). The layout is stable when every chart is drawn and no size of the
# page, its scrolling containers, charts or canvases has changed for STABLE_FRAMES frames.
_STABLE_JS = """([frames]) => {
    const charts = document.querySelectorAll('[data-testid="stMain"] .js-plotly-plot');
    const drawn = Array.from(charts).every(c => c.querySelector('.main-svg') !== null);
    const boxes = [document.scrollingElement, ...document.querySelectorAll(
        '[data-testid="stMain"], [data-testid="stAppViewContainer"], ' +
        '[data-testid="stMain"] .js-plotly-plot, [data-testid="stMain"] canvas')];
    const sizes = JSON.stringify(boxes.map(e =>
        [e.scrollWidth, e.scrollHeight, e.clientWidth, e.clientHeight]));
    const last = window.__layout;
    const count = drawn && last && last.sizes === sizes ? last.count + 1 : 0;
    window.__layout = {sizes, count};
    return count >= frames;
}"""
STABLE_FRAMES = 20


def wait_for_stable_layout(page) -> None:
    page.wait_for_function(_STABLE_JS, arg=[STABLE_FRAMES], polling="raf")


@pytest.mark.browser
@pytest.mark.parametrize("number", range(1, SLIDES + 1))
def test_slide_fits_the_projector(browser_page, app_url, tmp_path, number):
    browser_page.set_viewport_size(PROJECTOR)
    open_page(browser_page, app_url, f"presentatie?slide={number}")
    wait_for_stable_layout(browser_page)
    browser_page.screenshot(path=str(tmp_path / f"slide-{number}.png"))
    overflowing = [box for box in browser_page.evaluate(_OVERFLOW_JS)
                   if box["extraY"] > 1 or box["extraX"] > 1]
    assert not overflowing, f"slide {number} overflows 1920×1080: {overflowing}"
    assert browser_page.locator('[data-testid="stSidebar"]').is_hidden()
    assert not browser_page.external_requests
    assert not browser_page.console_errors


@pytest.mark.browser
def test_arrow_keys_turn_slides_and_the_url_keeps_the_place(browser_page, app_url):
    browser_page.set_viewport_size(PROJECTOR)
    open_page(browser_page, app_url, "presentatie?slide=1")
    browser_page.keyboard.press("ArrowRight")
    expect(browser_page.get_by_text("Dia 2 /")).to_be_visible()
    wait_for_run(browser_page)
    assert "slide=2" in browser_page.url
    browser_page.reload()
    wait_for_run(browser_page)
    expect(browser_page.get_by_text("Dia 2 /")).to_be_visible()
