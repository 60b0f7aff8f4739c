"""Loading the data, and every file-level failure giving a clear, placed message."""

import pandas as pd
import pytest

from dashboard.data import DataValidationError, load_dataset
from dashboard.data.schemas import TABLES
from tests.conftest import read_rows, write_rows


def problems_of(directory):
    with pytest.raises(DataValidationError) as caught:
        load_dataset(directory)
    return caught.value.problems


def test_dataset_loads_with_declared_types(ds):
    assert set(ds.tables()) == set(TABLES)
    assert ds.programmes["pilot_count"].dtype == "Int64"
    assert ds.organisations["is_generic"].dtype == "boolean"
    assert ds.figures["value"].dtype == "Float64"
    assert ds.locations["lat"].dtype == "Float64"
    assert ds.initiatives["name"].dtype == "string"


def test_columns_follow_the_declaration(ds):
    for name, frame in ds.tables().items():
        assert list(frame.columns) == TABLES[name].columns


def test_empty_cells_are_missing_not_empty_strings(ds):
    assert ds.initiatives.set_index("initiative_id").at["assen", "start"] is pd.NA


def test_missing_directory():
    problems = problems_of("/nonexistent/data")
    assert "does not exist" in problems[0].message


def test_missing_file_is_named(data_copy):
    (data_copy / "events.csv").unlink()
    problems = problems_of(data_copy)
    assert ("events.csv", "file is missing") in [(p.file, p.message) for p in problems]


def test_empty_file(data_copy):
    (data_copy / "people.csv").write_text("", encoding="utf-8")
    [problem] = [p for p in problems_of(data_copy) if p.file == "people.csv"]
    assert "empty" in problem.message


def test_wrong_encoding_names_the_line(data_copy):
    path = data_copy / "organisations.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    [problem] = [p for p in problems_of(data_copy) if p.file == "organisations.csv"]
    assert "UTF-8" in problem.message
    assert problem.row > 1


def test_semicolon_separated_file_is_explained(data_copy):
    path = data_copy / "sources.csv"
    rows = read_rows(path)
    lines = [";".join(rows[0])] + [";".join(r.values()) for r in rows]
    path.write_text("\n".join(lines), encoding="utf-8")
    [problem] = problems_of(data_copy)
    assert (problem.file, problem.row) == ("sources.csv", 1)
    assert "';'" in problem.message


def test_byte_order_mark_is_accepted(data_copy):
    path = data_copy / "approaches.csv"
    path.write_text("\ufeff" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert len(load_dataset(data_copy).approaches) == len(read_rows(path))


def test_extra_column_is_named(data_copy):
    path = data_copy / "people.csv"
    rows = read_rows(path)
    for row in rows:
        row["email"] = ""
    write_rows(path, rows)
    [problem] = problems_of(data_copy)
    assert (problem.file, problem.row, problem.column) == ("people.csv", 1, "email")
    assert problem.message == "unexpected column"


def test_missing_column_is_named(data_copy):
    path = data_copy / "figures.csv"
    rows = read_rows(path)
    for row in rows:
        del row["unit"]
    write_rows(path, rows)
    [problem] = problems_of(data_copy)
    assert (problem.file, problem.column, problem.message) == (
        "figures.csv", "unit", "required column is missing")


def test_all_problems_of_all_files_come_at_once(data_copy):
    (data_copy / "events.csv").unlink()
    (data_copy / "people.csv").write_text("", encoding="utf-8")
    files = {p.file for p in problems_of(data_copy)}
    assert {"events.csv", "people.csv"} <= files


def test_error_message_lists_file_row_and_column(data_copy):
    path = data_copy / "organisations.csv"
    rows = read_rows(path)
    rows[2]["sector"] = "zorg"
    write_rows(path, rows)
    with pytest.raises(DataValidationError) as caught:
        load_dataset(data_copy)
    assert "organisations.csv, row 4, column 'sector'" in str(caught.value)


def test_file_system_faults_name_the_file_and_the_reason(data_copy):
    (data_copy / "events.csv").unlink()
    (data_copy / "events.csv").symlink_to(data_copy / "events.csv")
    (data_copy / "figures.csv").unlink()
    (data_copy / "figures.csv").mkdir()
    found = {p.file: p.message for p in problems_of(data_copy)}
    assert found == {"events.csv": "cannot be read: Too many levels of symbolic links",
                     "figures.csv": "is a folder, not a file"}


def test_utf16_data_file_is_named_as_such(data_copy):
    path = data_copy / "events.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert problems_of(data_copy)[0].message == "is UTF-16 text (save the file as CSV UTF-8)"


def test_every_numeric_column_declares_its_bounds():
    unbounded = [f"{t.name}.{f.name}" for t in TABLES.values() for f in t.fields
                 if f.kind in ("int", "float") and f.bounds is None]
    assert unbounded == []
