"""`make new-source`: a newsletter is registered only when its file is in the sources folder and
its id is new, written as the dataset writes CSV, and its sentences that no excerpt uses are
listed (on a fictional newsletter in a temporary folder; see curator_sources.py)."""

import re
from dataclasses import replace

import pytest

from dashboard.admin.new_source import (
    NewSource,
    Refused,
    main,
    register,
    unused_sentences,
)
from tests.conftest import read_rows, write_rows
from tests.core.curator_sources import NEW_FILE, NEW_TEXT, sources_with_new_newsletter
from tests.fixture_data import FIXTURE_DATA_DIR

NEW = NewSource("voorbeeld-nieuwsbrief-1", "Nieuwsbrief Voorbeeldland", "Voorbeeldstichting",
                "2014-02")
EVERY_SENTENCE = [
    (1, "Nieuwsbrief Voorbeeldland"),
    (3, "De Denkbeeldige Opvang in Verzonnenstad start in maart 2014 met een proef."),
    (4, "Het team wil later ook scholen betrekken."),
    (7, "Meer weten?"),
    (7, "Mail naar […] of bel […]."),
]


@pytest.fixture
def seeds(tmp_path, monkeypatch):
    return sources_with_new_newsletter(tmp_path, monkeypatch)


def test_a_file_not_in_the_sources_folder_is_refused_naming_its_path(data_copy, seeds):
    before = (data_copy / "sources.csv").read_bytes()
    with pytest.raises(Refused, match=re.escape(f"{seeds / 'ontbreekt.txt'} does not exist")):
        register(NEW, "ontbreekt.txt", data_copy)
    with pytest.raises(Refused, match=re.escape(f"is not in the sources folder {seeds}")):
        register(NEW, data_copy / "sources.csv", data_copy)
    assert (data_copy / "sources.csv").read_bytes() == before


def test_an_existing_id_is_never_overwritten(data_copy, seeds):
    before = (data_copy / "sources.csv").read_bytes()
    with pytest.raises(Refused, match="'samen-bso-nieuwsbrief-4' is already in"):
        register(replace(NEW, source_id="samen-bso-nieuwsbrief-4"), NEW_FILE, data_copy)
    with pytest.raises(Refused, match=re.escape("000_d1bf8fbfedbe4ec3.txt is already registered "
                                                "as 'samen-bso-nieuwsbrief-4'")):
        register(NEW, "000_d1bf8fbfedbe4ec3.txt", data_copy)
    assert (data_copy / "sources.csv").read_bytes() == before


def test_a_badly_written_date_or_a_lone_note_is_refused(data_copy, seeds):
    with pytest.raises(Refused, match=r"2013, 2013-09 or 2013-09-27"):
        register(replace(NEW, published="feb 2014"), NEW_FILE, data_copy)
    with pytest.raises(Refused, match="published_note and published_note_en"):
        register(replace(NEW, published_note="Uit de kop"), NEW_FILE, data_copy)


def test_a_new_source_is_appended_as_the_dataset_writes_csv(data_copy, seeds):
    assert register(NEW, NEW_FILE, data_copy) == seeds / NEW_FILE
    written = (data_copy / "sources.csv").read_text(encoding="utf-8")
    assert written == ((FIXTURE_DATA_DIR / "sources.csv").read_text(encoding="utf-8")
                       + "voorbeeld-nieuwsbrief-1,Nieuwsbrief Voorbeeldland,Voorbeeldstichting,"
                       "2014-02,month,,,999_fictief.txt,nl\n")


def test_every_sentence_of_a_new_source_is_listed_with_its_line(data_copy, seeds):
    register(NEW, NEW_FILE, data_copy)
    listed = unused_sentences(NEW.source_id, NEW_TEXT, data_copy)
    assert [(s.line, s.text) for s in listed] == EVERY_SENTENCE


def test_a_sentence_an_excerpt_uses_is_no_longer_listed(data_copy, seeds):
    register(NEW, NEW_FILE, data_copy)
    path = data_copy / "aliases.csv"
    rows = read_rows(path)
    write_rows(path, [*rows, {**{k: "" for k in rows[0]}, "entity": "organisation",
                              "entity_id": "denkbeeldige-opvang", "alias": "Denkbeeldige Opvang",
                              "source_id": NEW.source_id,
                              "evidence": "De Denkbeeldige Opvang in Verzonnenstad"}])
    listed = unused_sentences(NEW.source_id, NEW_TEXT, data_copy)
    assert [s.line for s in listed] == [1, 4, 7, 7]


def test_the_command_registers_then_lists_and_lists_only_on_request(data_copy, seeds, capsys):
    assert main([NEW_FILE, "--id", NEW.source_id, "--title", NEW.title, "--publisher",
                 NEW.publisher, "--published", NEW.published, "--data-dir", str(data_copy)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1:] == [
        "5 of 5 sentences of voorbeeld-nieuwsbrief-1 (999_fictief.txt) are used by no excerpt "
        "yet:", *(f"  line {line}: {text}" for line, text in EVERY_SENTENCE)]
    assert main([NEW_FILE, "--list-only", "--data-dir", str(data_copy)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("5 of 5 sentences")
    assert main([NEW_FILE, "--id", "nog-een", "--title", "t", "--publisher", "p",
                 "--published", "2014", "--data-dir", str(data_copy)]) == 1
    assert "nothing changed: 999_fictief.txt is already registered" in capsys.readouterr().err


def test_the_command_names_the_options_it_lacks(data_copy, seeds, capsys):
    assert main([NEW_FILE, "--title", "t", "--data-dir", str(data_copy)]) == 1
    assert "give --publisher, --published, --id" in capsys.readouterr().err
