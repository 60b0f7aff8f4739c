"""A damaged data directory in the running app: a friendly error page that names the file,
never a traceback; a file saved with a byte order mark simply loads."""

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


CORRUPTIONS: list[Callable[[Path], None]] = [
    missing_file, extra_column, wrong_encoding, semicolons, duplicate_id, dangling_reference,
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


def test_a_file_with_a_byte_order_mark_loads(data_copy, monkeypatch):
    path = data_copy / "events.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    at = run_with(data_copy, monkeypatch)
    assert not at.error
    assert at.title[0].value.startswith("BSO-pilots en praktijkvoorbeelden")
