"""`make check-data`: every check runs, the excerpts against the sources included; without the
sources, or with a stale datapackage.json, it fails and says what to do."""

import shutil

import pytest

from dashboard import config
from dashboard.admin.new_source import NewSource, register
from dashboard.data.evidence import excerpts
from dashboard.publish.datapackage import write
from dashboard.tools.check_data import check, main
from tests.conftest import read_rows, set_cell
from tests.core.curator_sources import NEW_FILE, sources_with_new_newsletter

# The fixture has no dictionary or package of its own; a test gives its copy the real
# README.md and the package `make datapackage` would write for it.
CHECKED = [
    "20 tables read: types, vocabularies, keys, references, dates, coordinates, consistency, "
    "English twins and the proof rules",
    None,  # how many excerpts in how many sources: counted from the fixture below
    "datapackage.json and the column tables of README.md are up to date",
]


@pytest.fixture
def published(data_copy):
    shutil.copy(config.DATA_DIR / "README.md", data_copy)
    write(data_copy)
    return data_copy


def test_the_fixture_with_its_sources_passes_every_check(published, ds, capsys):
    done, problems = check(published)
    assert problems == []
    assert done == [CHECKED[0],
                    f"{len(excerpts(ds.tables()))} excerpts found in their {len(ds.sources)} "
                    f"sources ({config.sources_dir()}), and every statement by a person inside "
                    "their quotation",
                    CHECKED[2]]
    assert main(["--data-dir", str(published)]) == 0
    assert capsys.readouterr().out.endswith("check-data: the data passes every check\n")


def test_without_the_sources_folder_it_fails_and_says_where_it_looked(published, tmp_path,
                                                                       monkeypatch, capsys):
    absent = tmp_path / "geen-bronnen"
    monkeypatch.setenv("BSO_SOURCES_DIR", str(absent))
    assert check(published) == ([], [
        f"the sources folder {absent} does not exist: the excerpts cannot be checked. Put the "
        "newsletters there (../shared/seeds beside the project) or set BSO_SOURCES_DIR to "
        "their folder"])
    assert main(["--data-dir", str(published)]) == 1
    assert "check-data FAILED (1 problem):" in capsys.readouterr().err


def test_a_source_file_missing_from_the_folder_fails(published, tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(config.sources_dir() / "004_c09a3788d941b864.txt", folder)
    monkeypatch.setenv("BSO_SOURCES_DIR", str(folder))
    done, problems = check(published)
    assert done == []
    assert problems == [f"source texts not found (set BSO_SOURCES_DIR to their folder): "
                        f"{folder / '000_d1bf8fbfedbe4ec3.txt'}: every file named in "
                        "sources.csv must be in the sources folder"]


def test_an_excerpt_not_in_its_source_is_a_listed_problem(published):
    alias = read_rows(published / "aliases.csv")[0]["alias"]
    line = set_cell(published, "aliases", 0, "evidence", f"{alias} in woorden die nergens staan")
    problems = check(published)[1]
    assert problems == [f"aliases.csv, row {line}, column 'evidence': excerpt not found in "
                        "source 'samen-bso-nieuwsbrief-4'"]


def test_a_new_source_makes_the_datapackage_stale_and_says_run_make_datapackage(
        published, tmp_path, monkeypatch):
    sources_with_new_newsletter(tmp_path, monkeypatch)
    register(NewSource("voorbeeld-nieuwsbrief-1", "Nieuwsbrief Voorbeeldland",
                       "Voorbeeldstichting", "2014-02"), NEW_FILE, published)
    done, problems = check(published)
    assert done[0] == CHECKED[0]
    assert problems == [f"{published / 'datapackage.json'} is out of date with the schemas or "
                        "sources.csv: run make datapackage"]
    write(published)
    assert check(published)[1] == []
