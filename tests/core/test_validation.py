"""One broken fixture per validation rule: each must be reported at its file, row and column."""

import pytest

from dashboard import config
from dashboard.data import DataValidationError, load_dataset
from tests.conftest import read_rows, set_cell, set_cell_where, write_rows
from tests.monitor_results import SHOWN, with_report


def problems(directory):
    with pytest.raises(DataValidationError) as caught:
        load_dataset(directory)
    return caught.value.problems


def only_problem(directory):
    found = problems(directory)
    assert len(found) == 1, found
    return found[0]


def problem_at(directory, file: str, row: int, column: str, words: str):
    """The problem reported at one cell; others may follow from the same damage, but only in
    that row (a date that is no real date is also not the date its excerpt writes)."""
    found = problems(directory)
    assert {(p.file, p.row) for p in found} == {(file, row)}, found
    return next(p for p in found if p.column == column and words in p.message)


# (table, row index, column, bad value, words expected in the message)
CELL_RULES = [
    ("organisations", 0, "name", "", "required"),
    ("organisations", 1, "org_id", "Alert 4 You", "slug"),
    ("organisations", 1, "sector", "zorg", "is not one of"),
    ("organisations", 1, "is_generic", "ja", "'true' or 'false'"),
    ("organisations", 1, "gm_code", "0106", "CBS municipality code"),
    ("programmes", 1, "pilot_count", "acht", "whole number"),
    ("figures", 0, "value", "12,5", "number"),
    ("events", 0, "date", "27-09-2012", "ISO date"),
    ("organisations", 1, "parent_org_id", "kinderopvangfonds", "unknown org_id"),
    ("initiatives", 0, "gm_code", "GM9999", "unknown gm_code"),
    ("participants", 2, "initiative_id", "haren", "unknown initiative_id"),
    ("events", 4, "date", "2012-09-31", "not a real date"),
    ("events", 1, "date_precision", "day", "written to the month"),
    ("initiatives", 1, "end", "2011-12", "before start"),
    ("initiatives", 1, "start_precision", "", "required because start is set"),
    ("figures", 4, "value_max", "1", "smaller than value"),
    ("ratings", 0, "rating", "prima", "not on scale"),
    ("ratings", 0, "location_id", "het-talent-lent", "belongs to initiative"),
    ("locations", 0, "gm_code", "GM0106", "differs from its initiative"),
    ("programmes", 1, "pilot_count", "1", "declares 1 pilots"),
    ("relations", 0, "to_org_id", "entrea", "not a participant"),
    ("relations", 0, "to_org_id", "elker", "two different organisations"),
    ("figures", 0, "initiative_id", "", "needs an initiative_id, org_id or event_id"),
    ("people", 0, "evidence", "", "required"),
    # numbers: at most 15 digits, inside the column's declared bounds
    ("programmes", 1, "pilot_count", "1" + "0" * 17, "more than 15 digits"),
    ("programmes", 1, "pilot_count", "5000", "outside the plausible range 0 to 1000"),
    ("figures", 0, "value", "9" * 400, "more than 15 digits"),
    ("figures", 0, "value", "1" + "0" * 308, "more than 15 digits"),
    ("figures", 0, "value", "10000000", "outside the plausible range"),
    ("monitor_findings", 0, "rank", "0", "outside the plausible range 1 to 1000"),
    ("events", 0, "date_note_en", "", "is empty but date_note is not"),
    ("ratings", 0, "note", "", "is empty but note_en is not"),
]


@pytest.mark.parametrize(("table", "index", "column", "value", "words"), CELL_RULES,
                         ids=[f"{r[0]}.{r[2]}={r[3]!r}" for r in CELL_RULES])
def test_cell_rule(data_copy, table, index, column, value, words):
    line = set_cell(data_copy, table, index, column, value)
    assert problem_at(data_copy, f"{table}.csv", line, column, words)


def test_relation_without_scope(data_copy):
    line = set_cell(data_copy, "relations", 0, "initiative_id", "")
    problem = only_problem(data_copy)
    assert (problem.row, problem.column) == (line, "initiative_id")
    assert "initiative_id or a programme_id" in problem.message


def test_duplicate_id(data_copy):
    path = data_copy / "people.csv"
    rows = read_rows(path)
    write_rows(path, [*rows, rows[0]])
    problem = only_problem(data_copy)
    assert (problem.file, problem.row, problem.column) == ("people.csv", len(rows) + 2,
                                                           "person_id")
    assert "duplicate" in problem.message


def test_duplicate_composite_key(data_copy):
    path = data_copy / "approaches.csv"
    rows = read_rows(path)
    write_rows(path, [*rows, dict(rows[0], modality="planned")])
    problem = only_problem(data_copy)
    assert (problem.file, problem.row) == ("approaches.csv", len(rows) + 2)
    assert problem.message == "duplicate key (initiative_id, approach)"


def test_coordinates_outside_the_netherlands(data_copy):
    set_cell(data_copy, "locations", 0, "lat", "48.85")
    line = set_cell(data_copy, "locations", 0, "lon", "2.35")
    problem = only_problem(data_copy)
    assert (problem.file, problem.row) == ("locations.csv", line)
    assert "outside the Netherlands" in problem.message


def test_half_a_coordinate(data_copy):
    line = set_cell(data_copy, "locations", 0, "lon", "")
    problem = only_problem(data_copy)
    assert problem.row == line
    assert "both" in problem.message


@pytest.mark.parametrize(("wave", "n", "column", "words"), [
    ("nji-meting-1", "-1", "n", "outside the plausible range 0 to 1000000"),
    ("nji-meting-1", "100000000000000", "n", "outside the plausible range"),
    ("nji-meting-1", "1" + "0" * 18, "n", "whole number (at most 18 digits)"),
    ("nji-meting-2", "8", "wave_id", "is planned: results are only added for a completed wave"),
])
def test_implausible_monitor_results(data_copy, monkeypatch, wave, n, column, words):
    with_report(data_copy, monkeypatch, rows=({**SHOWN, "wave_id": wave, "n": n},))
    problem = only_problem(data_copy)
    assert (problem.file, problem.row, problem.column) == ("monitor_indicators.csv", 2, column)
    assert words in problem.message


def all_problems(directory) -> list[str]:
    return [str(p) for p in problems(directory)]


def add_municipality(directory, *cells):
    path = directory / "municipalities.csv"
    rows = read_rows(path)
    write_rows(path, [*rows, dict(zip(rows[0], cells, strict=True))])
    return len(rows) + 2


@pytest.mark.parametrize(("column", "value", "expected"), [
    ("province", "Groningen", "column 'province': is 'Groningen' but CBS 2013 gives GM0106 "
                              "'Drenthe'"),
    ("prov_code", "PV20", "column 'prov_code': is 'PV20' but CBS 2013 gives GM0106 'PV22'"),
    ("name", "Asen", "column 'name': is 'Asen' but CBS 2013 gives GM0106 'Assen'"),
])
def test_a_municipality_agrees_with_cbs_2013(data_copy, column, value, expected):
    line = set_cell_where(data_copy, "municipalities", {"gm_code": "GM0106"}, column, value)
    assert all_problems(data_copy) == [f"municipalities.csv, row {line}, {expected}"]


def test_a_municipality_code_not_in_cbs_2013_names_the_right_one(data_copy):
    line = add_municipality(data_copy, "GM0016", "Grootegast", "PV20", "Groningen")
    assert all_problems(data_copy) == [
        f"municipalities.csv, row {line}, column 'gm_code': GM0016 is not a municipality code "
        "of CBS 2013 (CBS 2013 gives Grootegast the code GM0015)"]


def test_any_tables_gm_code_not_in_cbs_2013_is_a_problem(data_copy):
    line = set_cell_where(data_copy, "organisations", {"org_id": "gemeente-assen"}, "gm_code",
                          "GM0107")
    assert all_problems(data_copy) == [
        f"organisations.csv, row {line}, column 'gm_code': GM0107 is not a municipality code of "
        "CBS 2013",
        f"organisations.csv, row {line}, column 'gm_code': unknown gm_code 'GM0107' (not in "
        "municipalities.csv)"]


def test_without_the_cbs_reference_municipalities_are_not_compared(data_copy, tmp_path,
                                                                   monkeypatch):
    set_cell_where(data_copy, "municipalities", {"gm_code": "GM0106"}, "province", "Groningen")
    monkeypatch.setattr(config, "GEO_DIR", tmp_path / "absent")
    assert len(load_dataset(data_copy).municipalities) == 5
