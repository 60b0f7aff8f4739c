"""English mode shows our own words in English everywhere (issue 15): every page, evidence
list, slide, factsheet and download, on the fixture data."""

from dashboard.data.schemas import TABLES, own_words_columns
from tests.english_parity import dutch_left_in_english, dutch_names, dutch_own_words, leftovers


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



def test_the_check_finds_an_organisation_or_initiative_name_left_in_dutch(ds):
    """A name that is partly our words (its English differs) counts as Dutch left behind,
    also as a network's short label and when a source's alias lies inside it; its English
    and a proper name (the same in both languages) do not."""
    for frame in (ds.organisations, ds.initiatives):
        ours = frame[frame["name"] != frame["name_en"]]
        assert not ours.empty
        for nl, en in zip(ours["name"], ours["name_en"], strict=True):
            assert nl in leftovers([f"Partner: {nl}."], ds)
            assert leftovers([f"Partner: {en}."], ds) == {}
        proper = frame.loc[frame["name"] == frame["name_en"], "name"].iloc[0]
        assert leftovers([f"Partner: {proper}."], ds) == {}
    labels = dutch_names(ds) - set(ds.organisations["name"]) - set(ds.initiatives["name"])
    assert labels and all(label in leftovers([label], ds) for label in labels)
