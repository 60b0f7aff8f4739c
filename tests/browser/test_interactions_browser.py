"""One key interaction per page in a real browser (Overzicht, Bronnen, Kaart and Presentatie
have theirs in their own files): what a link or a click changes is what the user sees."""

import re

import pytest
from playwright.sync_api import expect

from dashboard import i18n
from tests.browser.conftest import CHARTS, open_page, wait_for_run
from tests.browser.test_pages_browser import assert_clean

pytestmark = pytest.mark.browser


def main(page):
    return page.get_by_test_id("stMain")


def test_compare_link_reproduces_the_chosen_pair(browser_page, app_url):
    open_page(browser_page, app_url, "vergelijken?initiatives=assen,lent")
    expect(main(browser_page).get_by_text("BSO-pilot Assen", exact=True).first).to_be_visible()
    expect(main(browser_page).get_by_text("Dagarrangement Het Talent, Lent", exact=True)
           .first).to_be_visible()
    assert main(browser_page).get_by_text("Samen in de BSO-groep", exact=True).count() == 0
    assert_clean(browser_page)


def test_network_link_opens_the_chosen_network(browser_page, app_url):
    open_page(browser_page, app_url, "netwerken?initiative=groningen")
    # The title states a takeaway worked out from the data; its start names the network shown.
    heading = re.compile(r"^Samen in de BSO-groep: .*tussen twee sectoren$")
    expect(main(browser_page).get_by_text(heading).first).to_be_visible()
    expect(main(browser_page).locator(".js-plotly-plot").first).to_be_visible()
    assert_clean(browser_page)


def test_timeline_groups_by_municipality_and_records_it(browser_page, app_url):
    open_page(browser_page, app_url, "tijdlijn")
    main(browser_page).get_by_role("radio", name=i18n.t("timeline_grouping_municipality", "nl"),
                                   exact=True).click()
    wait_for_run(browser_page)
    expect(browser_page).to_have_url(re.compile(r"[?&]rijen=gemeente"))
    assert_clean(browser_page)


def test_monitor_table_alternative_opens(browser_page, app_url):
    open_page(browser_page, app_url, "monitor")
    main(browser_page).get_by_role("tab", name=i18n.t("card_tab_table", "nl"),
                                   exact=True).first.click()
    expect(main(browser_page).get_by_role("table").first).to_be_visible()
    expect(main(browser_page).get_by_role("columnheader").first).to_be_visible()
    # Its scroll area is named and takes the keyboard focus, so it scrolls without a mouse.
    region = main(browser_page).locator(".bso-table").first
    expect(region).to_have_attribute("role", "region")
    expect(region).to_have_attribute("tabindex", "0")
    assert region.get_attribute("aria-label")
    assert_clean(browser_page)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_a_chart_is_drawn_and_opens_full_screen(browser_page, app_url, lang):
    open_page(browser_page, app_url, f"?lang={lang}")
    chart = main(browser_page).locator(CHARTS).first
    expect(chart.locator(".main-svg").first).to_be_visible()
    button = chart.locator(f'.modebar-btn[data-title="{i18n.t("full_screen", lang)}"]')
    chart.hover()
    button.click()
    browser_page.wait_for_function("""() => document.fullscreenElement !== null
        && Math.abs(document.fullscreenElement.getBoundingClientRect().height
                    - window.innerHeight) < 2""")
    button.click()
    browser_page.wait_for_function("() => document.fullscreenElement === null")
    assert_clean(browser_page)
