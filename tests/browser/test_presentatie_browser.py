"""Presentatie on a 1920×1080 projector: keys turn slides and the address keeps the place.
Whether every slide fits its screen is measured in test_geometry_browser.py."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_page, wait_for_run

PROJECTOR = {"width": 1920, "height": 1080}


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
