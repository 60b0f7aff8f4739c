"""A curator who empties a table, or cuts a column from its header, gets the list of problems,
never a traceback: every table in turn, on a copy of the fixture with a monitor result, so the
rules across tables (results of a completed wave, ties between participants) all have rows to
trip over."""

import pytest

from dashboard.data import DataValidationError, load_dataset
from dashboard.data.schemas import TABLES
from tests.monitor_results import SHOWN, with_report

# Tables nothing else refers to, or whose rows no other row needs: header only is a dataset.
MAY_BE_EMPTY = {"relations", "event_participants", "figures", "approaches", "monitor_findings",
                "ratings", "monitor_indicators", "statements"}


def with_a_result(directory, monkeypatch):
    with_report(directory, monkeypatch, rows=(SHOWN,))


def header_only(directory, table, drop_first_column=False):
    path = directory / TABLES[table].file
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    path.write_text(",".join(header[1:] if drop_first_column else header) + "\n",
                    encoding="utf-8")


@pytest.mark.parametrize("table", list(TABLES))
def test_an_empty_table_is_listed_problems_or_loads(data_copy, monkeypatch, table):
    with_a_result(data_copy, monkeypatch)
    header_only(data_copy, table)
    if table in MAY_BE_EMPTY:
        assert len(getattr(load_dataset(data_copy), table)) == 0
        return
    with pytest.raises(DataValidationError) as caught:
        load_dataset(data_copy)
    assert any(TABLES[table].file in str(p) for p in caught.value.problems)


@pytest.mark.parametrize("table", list(TABLES))
def test_a_header_without_a_column_is_a_listed_problem(data_copy, monkeypatch, table):
    with_a_result(data_copy, monkeypatch)
    header_only(data_copy, table, drop_first_column=True)
    with pytest.raises(DataValidationError) as caught:
        load_dataset(data_copy)
    first = TABLES[table].fields[0].name
    assert [str(p) for p in caught.value.problems] == [
        f"{TABLES[table].file}, row 1, column {first!r}: required column is missing"]


def test_a_result_of_an_emptied_wave_table_names_the_unknown_wave(data_copy, monkeypatch):
    """The check that results belong to a completed wave used to crash on an empty wave table."""
    with_a_result(data_copy, monkeypatch)
    header_only(data_copy, "monitor_waves")
    with pytest.raises(DataValidationError) as caught:
        load_dataset(data_copy)
    assert ("monitor_indicators.csv, row 2, column 'wave_id': unknown wave_id 'nji-meting-1' "
            "(not in monitor_waves.csv)") in [str(p) for p in caught.value.problems]
