"""Storage: a data file is replaced whole or not at all, with a backup, one writer at a time."""

import os
import threading

import pandas as pd
import pytest

from dashboard.admin import storage

OLD = "id,name\na,Alfa\n"
NEW = "id,name\na,Alfa\nb,Beta\n"


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text(OLD, encoding="utf-8")
    return path


def leftovers(folder):
    return sorted(p.name for p in folder.glob(".*.tmp"))


def test_a_new_file_is_written_without_backup(tmp_path):
    path = tmp_path / "fresh.csv"
    assert storage.write_atomically(path, NEW) is None
    assert path.read_text(encoding="utf-8") == NEW
    assert not (tmp_path / storage.BACKUP_DIR).exists()


def test_replacing_keeps_the_old_file_as_backup(target):
    backup = storage.write_atomically(target, NEW)
    assert target.read_text(encoding="utf-8") == NEW
    assert backup.parent == target.parent / storage.BACKUP_DIR
    assert backup.name.startswith("table.") and backup.suffix == ".csv"
    assert backup.read_text(encoding="utf-8") == OLD
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failure_mid_write_leaves_the_old_file_intact(target, monkeypatch, step):
    """The new text is already in the temporary file when fsync or the rename fails."""
    written = []

    def broken(*args):
        written.extend(p.read_text(encoding="utf-8") for p in target.parent.glob(".*.tmp"))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, broken)
    with pytest.raises(OSError, match="No space left"):
        storage.write_atomically(target, NEW)
    assert written == [NEW]
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(target.parent) == []


def test_text_that_cannot_be_written_leaves_the_old_file_intact(target):
    with pytest.raises(UnicodeEncodeError):
        storage.write_atomically(target, NEW * 1000 + "\ud800")
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(target.parent) == []


def test_csv_text_writes_empty_for_missing_in_the_given_column_order():
    frame = pd.DataFrame({"name": ["Alfa", pd.NA], "id": ["a", "b"], "extra": [1, 2]})
    assert storage.csv_text(frame, ["id", "name"]) == "id,name\na,Alfa\nb,\n"


def test_one_writer_at_a_time(target):
    second_in = threading.Event()

    def second() -> None:
        with storage.locked(target):
            second_in.set()

    with storage.locked(target):
        thread = threading.Thread(target=second)
        thread.start()
        assert not second_in.wait(0.3)  # held off while the first writer holds the lock
    thread.join(5)
    assert second_in.is_set()


@pytest.mark.parametrize(("cell", "written"), [
    ("x\ry", '"x\ry"'), ("x\ny", '"x\ny"'), ("x\r\ny", '"x\r\ny"'), ('say "hi"', '"say ""hi"""'),
    ("a,b", '"a,b"'), ("a;b", "a;b"), ("\u2028", "\u2028"),
])
def test_a_cell_is_quoted_when_it_holds_a_line_end_a_quote_or_a_comma(cell, written):
    """The csv module quotes only its own line terminator: with '\\n' a '\\r' went out bare,
    and every reader started a new row at it."""
    frame = pd.DataFrame({"id": ["a"], "name": [cell]})
    assert storage.csv_text(frame, ["id", "name"]) == f"id,name\na,{written}\n"
