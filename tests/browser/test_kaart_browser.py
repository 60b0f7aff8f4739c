"""Kaart in a real browser: both maps are drawn offline, with no outside request and no error."""

import math
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from dashboard.data.geo import load_municipality_points, load_provinces
from dashboard.topics.places import municipality_roles
from dashboard.viz.maps import national_view
from tests.browser.conftest import CANVAS_COLOURS_JS, PAINTED_COLOURS, open_page, wait_for_run

DRAW_TIMEOUT_S = 30
DECK_CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'
# The index-th map canvas has been painted (see CANVAS_COLOURS_JS).
_DRAWN_JS = f"""([selector, index, colours]) =>
    ({CANVAS_COLOURS_JS})(document.querySelectorAll(selector)[index]) > colours"""


def wait_until_drawn(page, index: int) -> None:
    """deck.gl draws a few frames after mounting (seconds later on a loaded machine): wait
    until map `index` shows more than a uniform canvas."""
    page.locator(DECK_CANVAS).nth(index).scroll_into_view_if_needed()
    try:
        page.wait_for_function(_DRAWN_JS, arg=[DECK_CANVAS, index, PAINTED_COLOURS], polling=200,
                               timeout=DRAW_TIMEOUT_S * 1000)
    except PlaywrightTimeoutError:
        raise AssertionError(f"map {index} is still blank after {DRAW_TIMEOUT_S} s") from None


@pytest.mark.browser
def test_maps_are_drawn_offline(app_url, browser_page):
    page = browser_page
    open_page(page, app_url, "kaart?gemeente=GM0106")
    canvases = page.locator(DECK_CANVAS)
    canvases.first.wait_for(state="visible", timeout=DRAW_TIMEOUT_S * 1000)
    assert canvases.count() >= 2  # the national map and the map per initiative
    for index in range(2):
        wait_until_drawn(page, index)
    assert "Bron: CBS / Kadaster" in page.inner_text('[data-testid="stMain"]')
    assert page.external_requests == []
    assert page.console_errors == []


def screen_point(view: dict, size: dict, lon: float, lat: float) -> tuple[float, float]:
    """Where deck.gl's web-mercator view draws lon/lat on a canvas of `size` CSS pixels."""
    scale = 512 * 2 ** view["zoom"]
    x = size["width"] / 2 + (lon - view["longitude"]) / 360 * scale
    y = size["height"] / 2 - (mercator(lat) - mercator(view["latitude"])) / (2 * math.pi) * scale
    return x, y


def mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def click_until_selected(page, canvas, x: float, y: float, url, attempts: int = 4) -> None:
    """Click the map until the selection reaches the URL.

    deck.gl only picks once its picking buffer is drawn; on a loaded machine the first click
    can land before that, so a missed click is retried rather than failing the test.
    """
    for _ in range(attempts - 1):
        canvas.click(position={"x": x, "y": y})
        try:
            expect(page).to_have_url(url, timeout=10_000)
            return
        except AssertionError:
            wait_for_run(page)
    canvas.click(position={"x": x, "y": y})
    expect(page).to_have_url(url, timeout=30_000)


@pytest.mark.browser
def test_clicking_a_municipality_brings_its_panel_into_view(app_url, browser_page, ds):
    """The panel is drawn below the map; a click scrolls it into the window, where the reader
    is looking, instead of opening it out of sight."""
    page = browser_page
    open_page(page, app_url, "kaart")
    canvas = page.locator(DECK_CANVAS).first
    wait_until_drawn(page, 0)
    view = national_view(load_provinces())
    assen = load_municipality_points().set_index("gm_code").loc["GM0106"]
    box = canvas.bounding_box()
    x, y = screen_point({"zoom": view.zoom, "longitude": view.longitude,
                         "latitude": view.latitude}, box, assen["lon"], assen["lat"])
    assert "GM0106" in set(municipality_roles(ds)["gm_code"])
    click_until_selected(page, canvas, x, y, re.compile(r"gemeente=GM0106"))
    heading = page.get_by_role("heading", name="Assen (Drenthe)", exact=True)
    expect(heading).to_be_visible()
    expect(heading).to_be_in_viewport()
    wait_for_run(page)
    assert page.console_errors == []
