"""Every page in a real browser: it renders, logs no error and asks nothing of the internet."""

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard import i18n
from dashboard.content.facts import facts
from dashboard.publish.open_data import package_files
from tests.browser.conftest import (
    ON_FIXTURE,
    app_pages,
    app_paths,
    live_app,
    open_page,
    wait_for_run,
)

pytestmark = pytest.mark.browser


def assert_clean(page) -> None:
    assert page.locator('[data-testid="stMain"] h1').count() >= 1, "page has no title"
    assert page.locator('[data-testid="stException"]').count() == 0, "page shows an exception"
    assert page.console_errors == []
    assert page.external_requests == []


def test_app_registers_pages():
    assert {"", "bronnen"} <= set(app_paths())


PAGES = app_pages()


@pytest.mark.parametrize("path", [path for path, _ in PAGES],
                         ids=[Path(script).stem for _, script in PAGES])
def test_page_renders_offline_without_errors(browser_page, app_url, path):
    open_page(browser_page, app_url, path)
    assert_clean(browser_page)


def test_overview_switches_to_english(browser_page, app_url):
    open_page(browser_page, app_url)
    title = browser_page.locator('[data-testid="stMain"] h1').first
    assert title.inner_text().strip() == i18n.t("overview_title", "nl")

    sidebar = browser_page.get_by_test_id("stSidebar")
    sidebar.get_by_role("radio", name="EN", exact=True).click()
    wait_for_run(browser_page)

    expect(title).to_have_text(i18n.t("overview_title", "en"))
    expect(browser_page).to_have_url(re.compile(r"[?&]lang=en"))
    assert_clean(browser_page)


def test_sources_search_narrows_the_facts(browser_page, app_url, ds):
    all_facts = facts(ds)
    needle = "Assen"
    hits = (all_facts["fact"].str.contains(needle, case=False, regex=False)
            | all_facts["evidence"].str.contains(needle, case=False, regex=False)).sum()
    assert 0 < hits < len(all_facts)

    open_page(browser_page, app_url, "bronnen")
    main = browser_page.get_by_test_id("stMain")
    heading = re.compile(r"^\d+ feiten$")
    assert main.get_by_text(heading).inner_text() == i18n.t("sources_facts", "nl",
                                                            count=len(all_facts))

    search = main.get_by_label(i18n.t("sources_search", "nl"))
    search.fill(needle)
    search.press("Enter")
    wait_for_run(browser_page)

    expect(main.get_by_text(heading)).to_have_text(i18n.t("sources_facts", "nl", count=hits))
    assert_clean(browser_page)


def test_sources_page_downloads_the_whole_dataset_as_a_zip(browser_page, app_url):
    open_page(browser_page, app_url, "bronnen")
    button = browser_page.get_by_test_id("stMain").get_by_role(
        "button", name=i18n.t("sources_package_download", "nl"))
    with browser_page.expect_download() as download:
        button.click()
    with zipfile.ZipFile(download.value.path()) as archive:
        names = {name.split("/", 1)[1] for name in archive.namelist()}
    assert names == set(package_files())
    assert_clean(browser_page)

def test_deep_link_on_a_fresh_server_runs_the_shell(browser, browser_page):
    with live_app(browser, warm=False, env=ON_FIXTURE) as url:
        open_page(browser_page, url, "bronnen")
        sidebar = browser_page.get_by_test_id("stSidebar")
        assert sidebar.get_by_text(i18n.t("language", "nl"), exact=True).count() == 1
