"""Data text cannot reorder the interface's own words: bidi overrides, isolates and control
characters are refused at load with file, row, column and the character; right-to-left names
are isolated (FSI…PDI) wherever they meet the interface's text, and left-to-right text is
written exactly as before."""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import i18n
from dashboard.data import DataValidationError, Problem, load_dataset
from dashboard.data.characters import FIRST_STRONG_ISOLATE as FSI
from dashboard.data.characters import POP_DIRECTIONAL_ISOLATE as PDI
from dashboard.data.characters import isolate
from dashboard.data.loading import check_raw
from dashboard.data.schemas import TABLES
from dashboard.ui.text import md_escape
from dashboard.viz.templates_env import ENVIRONMENT
from tests.conftest import set_cell
from tests.pages.apptest import APP

ARABIC = "مدرسة الشمس"  # "the sun school": any right-to-left name will do


def load_problems(data) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_dataset(data)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(("char", "described"), [
    ("\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE), which would reorder the text around it on "
               "screen"),
    ("\u202b", "U+202B (RIGHT-TO-LEFT EMBEDDING), which would reorder the text around it on "
               "screen"),
    ("\u2069", "U+2069 (POP DIRECTIONAL ISOLATE), which would reorder the text around it on "
               "screen"),
    ("\x0b", "U+000B (LINE TABULATION), a control character no typed text contains"),
    ("\x1b", "U+001B (ESCAPE), a control character no typed text contains"),
    ("\x85", "U+0085 (NEXT LINE), a control character no typed text contains"),
])
def test_a_bidi_or_control_character_in_a_cell_is_refused_at_its_place(data_copy, char,
                                                                        described):
    row = set_cell(data_copy, "initiatives", 0, "name", f"BSO-pilot {char}Assen")
    assert load_problems(data_copy) == [
        f"initiatives.csv, row {row}, column 'name': contains {described}"]


def test_a_control_character_at_the_edge_of_a_cell_is_not_stripped_away(data_copy):
    """Python counts U+000B as white space; the check runs before cells are stripped."""
    row = set_cell(data_copy, "initiatives", 0, "name", "BSO-pilot Assen\x0b")
    assert load_problems(data_copy) == [
        f"initiatives.csv, row {row}, column 'name': contains U+000B (LINE TABULATION), a "
        "control character no typed text contains"]


def test_the_data_error_page_shows_the_override_problem(data_copy, monkeypatch):
    row = set_cell(data_copy, "initiatives", 0, "name", "BSO-pilot \u202eAssen")
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert "niet worden geladen" in at.error[0].value
    assert [list(r) for r in at.dataframe[0].value.itertuples(index=False)] == [
        ["initiatives.csv", str(row), "name", "contains U+202E (RIGHT-TO-LEFT OVERRIDE), which "
                                         "would reorder the text around it on screen"]]


def test_a_right_to_left_mark_is_allowed(data_copy):
    """Right-to-left text may need marks; they reorder nothing beyond their neighbours."""
    set_cell(data_copy, "initiatives", 0, "name", f"{ARABIC}\u200f")
    load_dataset(data_copy)


def test_a_right_to_left_name_is_isolated_on_the_pages(data_copy, monkeypatch):
    set_cell(data_copy, "initiatives", 0, "name", ARABIC)
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception and not at.error
    assert f"{FSI}{ARABIC}{PDI}" in [s.value for s in at.subheader]
    at.switch_page("views/kaart.py")
    at.run()
    assert f"{FSI}{ARABIC}{PDI} in Assen (Drenthe)" in [s.value for s in at.subheader]
    at.switch_page("views/tijdlijn.py")
    at.run()
    undated = at.info[0].value
    assert f": {FSI}{ARABIC}{PDI}" in undated and undated.count(FSI) == 1


def test_the_chokepoints_isolate_right_to_left_text_and_leave_the_rest_as_it_was():
    assert md_escape(ARABIC) == f"{FSI}{ARABIC}{PDI}"
    assert md_escape("Assen (Drenthe) *") == r"Assen (Drenthe) \*"
    assert i18n.t("map_case_unlocated", "nl", names=ARABIC).count(f"{FSI}{ARABIC}{PDI}") == 1
    assert ENVIRONMENT.from_string("<p>{{ a }} / {{ b }}</p>").render(a=ARABIC, b="Assen") \
        == f"<p>{FSI}{ARABIC}{PDI} / Assen</p>"


def test_isolating_twice_keeps_the_inner_isolates():
    sentence = f"{FSI}{ARABIC}{PDI} in Assen"
    assert isolate(sentence) == sentence
    assert md_escape(i18n.t("map_case_unlocated", "nl", names=ARABIC)).count(FSI) == 1


def test_rows_checked_before_they_are_stored_are_refused_the_same_way():
    """Uploads and new rows go through check_raw, not through a file of the folder."""
    raw = pd.DataFrame({"initiative_id": ["assen"], "name": ["BSO\u202e Assen"]}, dtype="string")
    found = [p for p in check_raw(TABLES["initiatives"], raw) if p.column == "name"]
    assert found == [Problem("initiatives.csv", 2, "name", "contains U+202E (RIGHT-TO-LEFT "
                             "OVERRIDE), which would reorder the text around it on screen")]
