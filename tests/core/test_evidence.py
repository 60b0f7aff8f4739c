"""Every evidence excerpt occurs, after normalisation, in the source its row names."""

import shutil

import pytest

from dashboard import config
from dashboard.data import DataValidationError, load_dataset
from dashboard.data.evidence import (
    Excerpt,
    SourcesMissing,
    excerpts,
    is_evidence_column,
    load_source_texts,
    normalise,
    unmatched,
)
from tests.conftest import set_cell, set_cell_where


@pytest.fixture(scope="module")
def texts(ds):
    try:
        return load_source_texts(ds.sources)
    except SourcesMissing as missing:
        pytest.fail(f"Cannot check the evidence: {missing}. Put the newsletters in "
                    f"{config.SHARED_DIR / 'seeds'} or point BSO_SOURCES_DIR at them.")


def test_normalise_ignores_layout_of_the_pdf_extraction():
    assert normalise("kinder-\nopvang “Goed”") == normalise("Kinderopvang goed")
    assert normalise("CJG’s") == "cjgs"


def test_every_evidence_excerpt_is_in_its_source(ds, texts):
    found = excerpts(ds.tables())
    evidenced = {name for name, frame in ds.tables().items()
                 if not frame.empty and any(is_evidence_column(c) for c in frame.columns)}
    assert {e.table for e in found} == evidenced
    missing = unmatched(found, texts)
    assert not missing, "\n".join(f"{e.table}.csv row {e.row} {e.column}: {e.text!r}"
                                  for e in missing)


def test_excerpts_include_programme_evidence_columns(ds):
    columns = {(e.table, e.column) for e in excerpts(ds.tables())}
    assert ("initiatives", "programme_evidence") in columns


def test_an_invented_excerpt_is_caught(texts):
    fake = Excerpt("figures", 2, "evidence", "samen-bso-nieuwsbrief-4", "twintig locaties")
    assert unmatched([fake], texts) == [fake]


def test_an_excerpt_from_the_other_source_is_caught(texts):
    wrong = Excerpt("figures", 2, "evidence", "samen-bso-nieuwsbrief-4", "twaalf basisscholen")
    assert unmatched([wrong], texts) == [wrong]


def test_missing_sources_are_reported_clearly(ds, tmp_path):
    with pytest.raises(SourcesMissing, match="BSO_SOURCES_DIR"):
        load_source_texts(ds.sources, tmp_path)


def test_sources_dir_can_be_overridden(monkeypatch, tmp_path):
    monkeypatch.setenv("BSO_SOURCES_DIR", str(tmp_path))
    assert config.sources_dir() == tmp_path


def load_problems(directory) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_dataset(directory)
    return [str(p) for p in caught.value.problems]


def test_a_misspelt_source_file_is_a_problem_and_the_other_source_is_still_checked(data_copy):
    set_cell(data_copy, "sources", 0, "file", "000_d1bf8fbfedbe4ec.txt")
    other = set_cell_where(data_copy, "people", {"person_id": "gerdi-meyknecht"},
                           "evidence_2", "een zin die de nieuwsbrief niet bevat")
    assert load_problems(data_copy) == [
        f"people.csv, row {other}, column 'evidence_2': excerpt not found in source "
        "'alert4you-nieuwsbrief-2012'",
        "sources.csv, row 2, column 'file': '000_d1bf8fbfedbe4ec.txt' is not in the sources "
        "folder: its excerpts are unchecked"]


def test_a_source_file_that_is_not_utf8_is_a_problem(data_copy, tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(config.sources_dir(), seeds)
    (seeds / "004_c09a3788d941b864.txt").write_bytes("café".encode("latin-1"))
    monkeypatch.setenv("BSO_SOURCES_DIR", str(seeds))
    assert load_problems(data_copy) == [
        "sources.csv, row 3, column 'file': '004_c09a3788d941b864.txt' cannot be read (not "
        "UTF-8 text): its excerpts are unchecked"]


def test_without_the_sources_folder_the_excerpts_are_not_checked(data_copy, tmp_path,
                                                                  monkeypatch):
    """A deployment without the newsletters still loads; `make check-data` insists on them."""
    set_cell(data_copy, "sources", 0, "file", "000_d1bf8fbfedbe4ec.txt")
    monkeypatch.setenv("BSO_SOURCES_DIR", str(tmp_path / "absent"))
    assert len(load_dataset(data_copy).sources) == 2
