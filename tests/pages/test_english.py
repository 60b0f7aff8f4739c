"""English mode shows our own words in English everywhere (issue 15): every page, evidence
list, slide, factsheet and download, on the fixture data."""

from dashboard.core.schemas import TABLES, own_words_columns
from tests.english_parity import dutch_left_in_english, dutch_own_words, leftovers


def test_no_dutch_own_words_in_english_mode(ds, monkeypatch):
    assert dutch_left_in_english(ds, monkeypatch) == {}


def test_own_words_columns_come_from_the_schema():
    assert own_words_columns(TABLES["events"]) == {"title": "title_en",
                                                   "date_note": "date_note_en"}
    assert own_words_columns(TABLES["statements"]) == {"summary_nl": "summary_en"}


def test_the_check_finds_dutch_own_words_and_passes_names_and_marked_quotes(ds):
    title = ds.events["title"].iloc[0]
    assert title in dutch_own_words(ds)
    assert title in leftovers([f"Events: {title}."], ds)
    name = ds.organisations["name"].iloc[0]
    excerpt = ds.events["evidence"].iloc[0]
    assert leftovers([name, f"“{excerpt}” (quote, in Dutch)"], ds) == {}
