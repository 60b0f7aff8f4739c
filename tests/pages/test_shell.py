"""The app shell of both apps (public and admin): navigation, language switch, data version,
friendly data errors; and the public app carries no uploader."""

import ast
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import config
from tests.conftest import set_cell
from tests.pages.apptest import ADMIN_APP, APP, page_scripts, run_app

DASHBOARD = config.ROOT / "dashboard"


def calls(script: Path) -> set[str]:
    return {node.func.attr for node in ast.walk(ast.parse(script.read_text()))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}


def test_the_public_app_carries_no_uploader_and_beheer_is_the_admin_apps_only_page():
    public = page_scripts(APP)
    assert "views/beheer.py" not in public
    assert [s for s in public if "file_uploader" in calls(DASHBOARD / s)] == []
    assert page_scripts(ADMIN_APP) == ["views/beheer.py"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_admin_app_has_the_same_sidebar(lang):
    at = run_app(app=ADMIN_APP, lang=lang)
    assert at.sidebar.button_group[0].value == lang
    assert any(("Gegevens t/m 2013" if lang == "nl" else "Data up to 2013") in c.value
               for c in at.sidebar.caption)
    assert at.title[0].value == ("Nieuwe monitorcijfers toevoegen" if lang == "nl"
                                 else "Add new monitor figures")


def test_sidebar_shows_language_and_data_version():
    at = run_app()
    assert any("Gegevens t/m 2013" in c.value for c in at.sidebar.caption)
    assert at.sidebar.button_group[0].value == "nl" if at.sidebar.button_group else True


def test_english_through_the_url():
    at = run_app(lang="en")
    assert at.title[0].value.startswith("BSO pilots and related initiatives")
    assert any("Data up to 2013" in c.value for c in at.sidebar.caption)


def test_unknown_language_in_the_url_falls_back_to_dutch():
    at = run_app(lang="xx")
    assert at.title[0].value.startswith("BSO-pilots en verwante initiatieven")


@pytest.mark.parametrize("app", [APP, ADMIN_APP], ids=["public", "admin"])
def test_broken_data_shows_a_friendly_error_page(data_copy, monkeypatch, app):
    line = set_cell(data_copy, "organisations", 1, "sector", "zorg")
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    at = AppTest.from_file(app, default_timeout=60)
    at.run()
    assert not at.exception
    assert "niet worden geladen" in at.error[0].value
    problems = at.dataframe[0].value
    assert list(problems.iloc[0][["Bestand", "Rij", "Kolom"]]) == ["organisations.csv", str(line),
                                                                   "sector"]


@pytest.mark.parametrize("page", sorted(p.name for p in (config.ROOT / "dashboard" / "views")
                                        .glob("*.py")))
def test_no_picker_falls_back_to_streamlits_english_placeholder(page):
    """An empty select box says what empty means, in the page's language (a select box that
    always holds a value never shows its placeholder)."""
    at = run_app(f"views/{page}")
    pickers = [*(s for s in at.get("selectbox") if s.value is None), *at.get("multiselect")]
    defaults = {"", "Choose an option", "Choose options"}
    assert [p.label for p in pickers if p.proto.placeholder in defaults] == []


def test_switching_the_language_redraws_menu_and_pickers_in_the_same_click():
    at = run_app("views/vergelijken.py")
    at.sidebar.button_group[0].set_value("en").run()
    assert at.query_params["lang"] == "en"
    assert at.sidebar.button_group[0].label == "Language"  # drawn before the page, like the menu
    assert at.title[0].value == "Initiatives side by side"
    assert at.multiselect[0].label == "Initiatives (two to four)"
    at.sidebar.button_group[0].set_value("nl").run()
    assert "lang" not in at.query_params
    assert at.title[0].value == "Initiatieven naast elkaar"
