"""Hostile text in every free-text column, in a real browser: on every page (map and chart
tooltips hovered, every point of every chart among them) no script runs, no dialog opens, no
payload image loads, no hover label holds live markup and nothing is asked of the internet."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import app_pages, live_app, next_frames, open_page
from tests.browser.hover import hover_every_point
from tests.robustness.hostile import hostile_env, write_hostile_copy

pytestmark = pytest.mark.browser

PAGES = app_pages()
# Canvases (deck.gl maps) and plotly charts: where hovering shows data in a tooltip.
HOVER_TARGETS = '[data-testid="stMain"] canvas, [data-testid="stMain"] .js-plotly-plot'
HOVER_SPOTS = [(0.5, 0.5), (0.3, 0.4), (0.7, 0.6), (0.45, 0.3), (0.6, 0.75)]
# Tall enough that every chart is drawn within the window as its points are hovered.
TALL = {"width": 1440, "height": 2400}
PWNED_JS = "() => window.__pwned === undefined ? null : String(window.__pwned)"
# Elements a payload would create if any data reached the page as HTML.
LIVE_NODES_JS = """() => Array.from(document.querySelectorAll(
    'img[src="x"], svg[onload], iframe[src^="javascript:"], a[href^="javascript:"]'
)).map(e => e.outerHTML.slice(0, 120))"""


@pytest.fixture(scope="module")
def hostile_url(browser, tmp_path_factory) -> Iterator[str]:
    data = write_hostile_copy(tmp_path_factory.mktemp("hostile") / "data")
    with live_app(browser, env=hostile_env(data)) as url:
        yield url


@pytest.fixture
def watched(browser_page):
    """The harness's page, also recording dialogs (dismissed) and requests for a payload's
    image ('x', resolved against the app's own address)."""
    browser_page.dialogs = []
    browser_page.payload_requests = []

    def dialog(d):
        browser_page.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    browser_page.on("dialog", dialog)
    browser_page.on("request", lambda r: browser_page.payload_requests.append(r.url)
                    if r.url.rstrip("/").endswith("/x") else None)
    return browser_page


def hover_everything(page) -> int:
    targets = page.locator(HOVER_TARGETS)
    for index in range(targets.count()):
        target = targets.nth(index)
        target.scroll_into_view_if_needed()
        box = target.bounding_box()
        if not box:
            continue
        for fx, fy in HOVER_SPOTS:
            page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)
            next_frames(page)
    page.wait_for_load_state("networkidle")  # any request a tooltip set off has been made
    return targets.count()


def pwned(page) -> list[str]:
    return [f"{frame.url}: {value}" for frame in page.frames
            if (value := frame.evaluate(PWNED_JS)) is not None]


@pytest.mark.parametrize("path", [path for path, _ in PAGES],
                         ids=[Path(script).stem for _, script in PAGES])
def test_hostile_text_stays_inert_in_the_browser(watched, hostile_url, path):
    watched.set_viewport_size(TALL)
    open_page(watched, hostile_url, path)
    assert watched.locator('[data-testid="stException"]').count() == 0
    hover_everything(watched)
    charts = hover_every_point(watched, '[data-testid="stMain"]')
    assert charts.live == []
    assert charts.unlabelled == []
    assert pwned(watched) == []
    assert watched.dialogs == []
    assert watched.evaluate(LIVE_NODES_JS) == []
    assert watched.payload_requests == []
    assert watched.external_requests == []
