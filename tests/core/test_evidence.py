"""Every evidence excerpt occurs, after normalisation, in the source its row names."""

import pytest

from dashboard import config
from dashboard.data.evidence import (
    Excerpt,
    SourcesMissing,
    excerpts,
    is_evidence_column,
    load_source_texts,
    normalise,
    unmatched,
)


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
