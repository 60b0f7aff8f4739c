"""WCAG 2.1 AA in a real browser: axe-core on every page in both languages, before and after
one interaction, and the keyboard: every control reached by Tab, in DOM order, with a visible
focus; the presentation turned and left with the keys."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard import i18n
from tests.browser.a11y import (
    describe_focus,
    focused_stop,
    report,
    stop_pixels,
    tab_stops,
    wcag_violations,
)
from tests.browser.conftest import CHARTS, app_pages, open_page, wait_for_run

pytestmark = pytest.mark.browser

PAGES = app_pages()
PAGE_IDS = [Path(script).stem for _, script in PAGES]
PRESENTATION = "presentatie"


def page_url(path: str, lang: str) -> str:
    return path if lang == i18n.DEFAULT_LANGUAGE else f"{path}?lang={lang}"


def interact(page, path: str, lang: str) -> str:
    """One thing a user does on the page, named for the report: the presentation turns a
    slide; a page with cards opens the first card's "Hoe weten we dit?" tab (the facts are
    drawn only then); any other page switches the language."""
    main = page.get_by_test_id("stMain")
    if path == PRESENTATION:
        page.keyboard.press("ArrowRight")
        expect(page).to_have_url(re.compile(r"[?&]slide=2"))
        wait_for_run(page)
        return "next slide"
    facts = main.get_by_role("tab", name=i18n.t("card_tab_facts", lang), exact=True)
    if facts.count():
        facts.first.click()
        wait_for_run(page)
        expect(facts.first).to_have_attribute("aria-selected", "true")
        return "first card's facts opened"
    other = next(code for code in i18n.LANGUAGES if code != lang)
    page.get_by_test_id("stSidebar").get_by_role("radio", name=other.upper(),
                                                   exact=True).click()
    wait_for_run(page)
    expect(page).to_have_url(re.compile(rf"lang={other}") if other != i18n.DEFAULT_LANGUAGE
                             else re.compile(r"^(?!.*lang=)"))
    return f"language switched to {other}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("path", [path for path, _ in PAGES], ids=PAGE_IDS)
def test_page_meets_wcag_21_aa(browser_page, app_url, path, lang):
    meets_wcag_21_aa(browser_page, app_url, path, lang)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_beheer_in_the_admin_app_meets_wcag_21_aa(browser_page, admin_url, lang):
    meets_wcag_21_aa(browser_page, admin_url, "", lang)


def meets_wcag_21_aa(browser_page, app_url: str, path: str, lang: str) -> None:
    open_page(browser_page, app_url, page_url(path, lang))
    found = wcag_violations(browser_page)
    assert not found, f"on opening:\n{report(found)}"

    done = interact(browser_page, path, lang)
    found = wcag_violations(browser_page)
    assert not found, f"after {done}:\n{report(found)}"


MAX_TABS = 400


@pytest.mark.parametrize("path", [path for path, _ in PAGES], ids=PAGE_IDS)
def test_tab_reaches_every_control_in_order_with_a_visible_focus(browser_page, app_url, path):
    tab_reaches_every_control(browser_page, app_url, path)


def test_tab_reaches_every_control_of_beheer_in_the_admin_app(browser_page, admin_url):
    tab_reaches_every_control(browser_page, admin_url, "")


def tab_reaches_every_control(browser_page, app_url: str, path: str) -> None:
    """Tab from the top visits every tab stop of the page once, in DOM order (sidebar, then
    main area), and each looks different when it holds the focus."""
    open_page(browser_page, app_url, path)
    stops = tab_stops(browser_page)
    assert stops, "the page has nothing to reach with the keyboard"
    reached, unseen = [], []
    for _ in range(MAX_TABS):
        if len(reached) == len(stops):
            break
        expected = len(reached)
        before = stop_pixels(browser_page, expected)
        browser_page.keyboard.press("Tab")
        index = focused_stop(browser_page)
        if index == -1 or (reached and index == reached[-1]):
            # Inside a widget that keeps Tab for itself a moment (a table's cells or its
            # scrolling area): Tab on until the next stop.
            assert describe_focus(browser_page) != "body", (
                f"focus left the page after {[stops[i] for i in reached]}")
            continue
        assert index == expected, (f"Tab went to {stops[index]!r}, expected "
                                   f"{stops[expected]!r} (after {len(reached)} stops)")
        reached.append(index)
        if before is not None and stop_pixels(browser_page, index) == before:
            unseen.append(stops[index])
    assert len(reached) == len(stops), f"never reached: {stops[len(reached):]}"
    assert not unseen, f"no visible focus on: {unseen}"


def slide_number(page) -> int:
    return int(re.search(r"[?&]slide=(\d+)", page.url).group(1))


def test_presentation_keys_turn_slides_and_escape_leaves(browser_page, app_url):
    open_page(browser_page, app_url, f"{PRESENTATION}?slide=1&lang=en")
    browser_page.keyboard.press("ArrowRight")
    expect(browser_page).to_have_url(re.compile(r"[?&]slide=2"))
    wait_for_run(browser_page)
    browser_page.keyboard.press("ArrowLeft")
    expect(browser_page).to_have_url(re.compile(r"[?&]slide=1"))
    wait_for_run(browser_page)
    assert slide_number(browser_page) == 1

    browser_page.keyboard.press("Escape")
    title = browser_page.locator('[data-testid="stMain"] h1').first
    expect(title).to_have_text(i18n.t("overview_title", "en"))
    wait_for_run(browser_page)
    assert PRESENTATION not in browser_page.url
    assert "lang=en" in browser_page.url


# Each chart's card, and whether it holds the chart's table alternative; the presentation
# leaves the tables out by design (a projected slide), so it is not asked.
_CHART_CARDS_JS = """(label) => [...document.querySelectorAll(
        '[data-testid="stMain"] """ + CHARTS + """')].map(chart => {
    let card = chart.parentElement;  // the nearest block with tabs: the chart's card
    while (card && !card.querySelector('[role="tab"]')) card = card.parentElement;
    return !!card && [...card.querySelectorAll('[role="tab"]')]
        .some(tab => tab.innerText.trim() === label);
})"""


@pytest.mark.parametrize("path", [path for path, _ in PAGES if path != PRESENTATION],
                         ids=[i for i in PAGE_IDS if i != PRESENTATION])
def test_charts_keep_their_table_and_the_map_its_list_alternative(browser_page, app_url, path):
    open_page(browser_page, app_url, path)
    has_table = browser_page.evaluate(_CHART_CARDS_JS, i18n.t("card_tab_table", "nl"))
    assert all(has_table), f"{has_table.count(False)} chart(s) without a table alternative"
    maps = browser_page.get_by_test_id("stMain").get_by_test_id("stDeckGlJsonChart")
    if path == "kaart":
        assert maps.count() >= 1
        picker = browser_page.get_by_test_id("stMain").get_by_test_id("stSelectbox").filter(
            has_text=i18n.t("map_pick_municipality", "nl"))
        expect(picker).to_be_visible()
