"""Bronnen's page model: the sources with their fact counts, and the card of a search."""

from pathlib import Path

from dashboard.ui.models.sources import found_facts, sources


def test_each_source_with_its_date_and_fact_count(ds):
    page = sources(ds, "nl")
    first = page.sources[0]
    assert first.title == "Samen in de BSO groep! Nieuwsbrief 4"
    assert first.published == (
        "2013 (Afgeleid uit de tekst: na begin maart 2013 en vóór juni 2013)")
    assert [s.facts for s in page.sources] == [41, 120]
    assert page.titles["alert4you-nieuwsbrief-2012"] == "Nieuwsbrief Alert4you"
    assert page.tables[:2] == ("programmes", "organisations")
    assert "datapackage.json" in page.package_files
    assert page.lead.startswith("Alles in dit dashboard komt uit 2 bronnen;")


def test_a_search_is_one_card(ds):
    """The fixture's 161 facts fit in one card, so it has no note; the cap at 300 with its
    note is tested on a larger synthetic dataset (tests/pages/test_bronnen.py)."""
    everything = found_facts(ds, "nl", (), (), "")
    assert everything.title == "161 feiten"
    assert everything.rows == 161
    assert everything.notes is None
    narrowed = found_facts(ds, "nl", (), ("organisations",), "Yorneo")
    assert narrowed.title == "2 feiten"
    assert narrowed.source.parts == ("Nieuwsbrief Alert4you (2012)",)
    assert found_facts(ds, "en", (), (), "xyzzy-nothing") is None
    assert found_facts(ds, "nl", (), ("organisations",), "Speelwerk").title == "1 feit"


def test_computed_once_per_language_and_search(ds):
    assert sources(ds, "nl") is sources(ds, "nl")
    assert found_facts(ds, "nl", (), (), "BSO") is found_facts(ds, "nl", (), (), "BSO")


def test_the_source_texts_are_read_once_for_every_search(ds, monkeypatch):
    """Each new search makes a new card with its excerpts in context; the source files are read
    once per data version, not for each card or rerun."""
    found_facts(ds, "nl", (), (), "")
    reads = []
    real = Path.read_text
    monkeypatch.setattr(Path, "read_text",
                        lambda path, *a, **k: reads.append(path) or real(path, *a, **k))
    found_facts(ds, "nl", (), (), "Assen")
    found_facts(ds, "en", (), ("organisations",), "")
    assert [p for p in reads if p.suffix == ".txt"] == []
