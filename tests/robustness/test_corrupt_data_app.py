"""A damaged data directory in the running app: a friendly error page that names the file,
never a traceback; a file saved with a byte order mark simply loads."""

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import read_rows, set_cell, write_rows
from tests.pages.apptest import APP


def missing_file(data: Path) -> None:
    (data / "events.csv").unlink()


def extra_column(data: Path) -> None:
    rows = read_rows(data / "events.csv")
    write_rows(data / "events.csv", [{**r, "opmerking": ""} for r in rows])


def wrong_encoding(data: Path) -> None:
    path = data / "events.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))


def semicolons(data: Path) -> None:
    path = data / "events.csv"
    rows = read_rows(path)
    lines = [";".join(rows[0]), *(";".join(r.values()) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def duplicate_id(data: Path) -> None:
    rows = read_rows(data / "events.csv")
    write_rows(data / "events.csv", [*rows, rows[0]])


def dangling_reference(data: Path) -> None:
    set_cell(data, "events", 0, "initiative_id", "bestaat-niet")


def symlink_loop(data: Path) -> None:
    (data / "events.csv").unlink()
    (data / "events.csv").symlink_to(data / "events.csv")


def folder_instead_of_file(data: Path) -> None:
    (data / "events.csv").unlink()
    (data / "events.csv").mkdir()


CORRUPTIONS: list[Callable[[Path], None]] = [
    missing_file, extra_column, wrong_encoding, semicolons, duplicate_id, dangling_reference,
    symlink_loop, folder_instead_of_file,
]


def run_with(data: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("BSO_DATA_DIR", str(data))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("corrupt", CORRUPTIONS, ids=[c.__name__ for c in CORRUPTIONS])
def test_corrupt_data_shows_the_friendly_error_page(data_copy, monkeypatch, corrupt):
    corrupt(data_copy)
    at = run_with(data_copy, monkeypatch)
    assert "niet worden geladen" in at.error[0].value
    problems = at.dataframe[0].value
    assert "events.csv" in set(problems["Bestand"]), problems
    assert not at.title, "a page ran on broken data"


def test_a_number_of_thousands_of_digits_is_a_placed_problem(data_copy, monkeypatch):
    set_cell(data_copy, "figures", 0, "value", "9" * 5000)
    at = run_with(data_copy, monkeypatch)
    problems = at.dataframe[0].value
    assert list(problems.iloc[0]) == ["figures.csv", "2", "value", "has more than 15 digits"]
    assert at.markdown[0].value.startswith("Er is 1 probleem gevonden in de gegevensbestanden.")


def test_an_unreadable_file_names_the_file_and_the_reason(data_copy, monkeypatch):
    """Simulated: the tests may run as root, for whom no permission bit denies reading."""
    real = os.open

    def open_file(path, *args, **kwargs):
        if str(path).endswith("events.csv"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_file)
    at = run_with(data_copy, monkeypatch)
    problems = at.dataframe[0].value
    assert list(problems.iloc[0])[::3] == ["events.csv", "cannot be read: Permission denied"]


@pytest.mark.parametrize("where", ["file", "loop", "through-a-file"])
def test_a_data_directory_that_is_no_directory_gets_the_friendly_page(tmp_path, monkeypatch,
                                                                      where):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    target = {"file": tmp_path / "file", "loop": tmp_path / "loop",
              "through-a-file": tmp_path / "file" / "data"}[where]
    at = run_with(target, monkeypatch)
    assert "niet worden geladen" in at.error[0].value
    assert list(at.dataframe[0].value["Bestand"]) == [target.name], "the server's path shown"


def test_a_file_with_a_byte_order_mark_loads(data_copy, monkeypatch):
    path = data_copy / "events.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    at = run_with(data_copy, monkeypatch)
    assert not at.error
    assert at.title[0].value.startswith("BSO-pilots en verwante initiatieven")
