"""Fuzzing the data loader: whatever a data file holds, loading it either gives a Dataset or
a DataValidationError that points at the file (and row and column), never another exception,
and never changes a file on disk.

Each example damages one real file of data/ in a copy of the directory. Reading the 17
untouched files again for every example would cost half a second each time, so read_table is
memoised on the table and the file's exact bytes: it is a pure function of them, so the
property still holds for `load_dataset` as a whole (reading, then every cross-table rule).
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.data import Dataset, DataValidationError, load_dataset
from dashboard.data.schemas import TABLES
from tests.conftest import set_cell
from tests.fixture_data import memoised_read_table
from tests.robustness import strategies

FILES = {t.file for t in TABLES.values()}


@pytest.fixture(autouse=True, scope="module")
def memoised() -> Iterator[None]:
    with memoised_read_table():
        yield


def assert_loads_or_reports(directory: Path, table: str, content: bytes) -> None:
    """The property: write `content` as `table`'s file, load, check, restore."""
    path = directory / TABLES[table].file
    path.write_bytes(content)
    before = strategies.snapshot(directory)
    try:
        try:
            result = load_dataset(directory)
        except DataValidationError as error:
            assert error.problems, "a validation error without problems"
            for problem in error.problems:
                assert problem.file in FILES, problem
                assert problem.row is None or (isinstance(problem.row, int) and problem.row >= 1)
                assert problem.column is None or isinstance(problem.column, str)
                assert isinstance(problem.message, str) and problem.message.strip()
                assert str(problem).startswith(problem.file)
        else:
            assert isinstance(result, Dataset)
        assert strategies.snapshot(directory) == before, "loading changed a file on disk"
    finally:
        path.write_bytes(strategies.ORIGINALS[table])


def damaged(kind, tables=strategies.TABLE_NAMES) -> st.SearchStrategy[tuple[str, bytes]]:
    """(table, damaged bytes of its real file) for a strategy `kind(original)`."""
    return st.sampled_from(tables).flatmap(
        lambda name: st.tuples(st.just(name), kind(strategies.ORIGINALS[name])))


WITH_ROWS = [name for name in strategies.TABLE_NAMES
             if strategies.ORIGINALS[name].count(b"\n") > 1]


@settings(strategies.FUZZ, max_examples=120)
@given(case=damaged(strategies.random_bytes))
def test_random_bytes_truncations_and_splices(module_data_copy, case):
    assert_loads_or_reports(module_data_copy, *case)


@settings(strategies.FUZZ, max_examples=120)
@given(case=damaged(strategies.garbage_cells))
def test_garbage_unicode_huge_and_quoted_cells(module_data_copy, case):
    assert_loads_or_reports(module_data_copy, *case)


@settings(strategies.FUZZ, max_examples=100)
@given(case=damaged(strategies.typed_cells, WITH_ROWS))
def test_edge_numbers_dates_and_codes(module_data_copy, case):
    assert_loads_or_reports(module_data_copy, *case)


@settings(strategies.FUZZ, max_examples=120)
@given(case=damaged(strategies.broken_structure))
def test_broken_headers_rows_delimiters_and_line_ends(module_data_copy, case):
    assert_loads_or_reports(module_data_copy, *case)


@settings(strategies.FUZZ, max_examples=60)
@given(case=damaged(strategies.other_encoding))
def test_other_encodings_and_byte_order_marks(module_data_copy, case):
    assert_loads_or_reports(module_data_copy, *case)


def test_the_pristine_copy_loads(module_data_copy):
    assert isinstance(load_dataset(module_data_copy), Dataset)


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_dataset(directory)
    return [str(p) for p in caught.value.problems]


def test_first_rows_with_more_cells_than_the_header_are_reported(data_copy):
    """Found by fuzzing: pandas took the extra leading cells as an index, and reporting the
    problem crashed on a row 'number' that was a tuple of strings."""
    path = data_copy / "initiatives.csv"
    header, first, *rest = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([header, first + ",extra", *rest]) + "\n", encoding="utf-8")
    assert problems_of(data_copy) == [
        f"initiatives.csv, row 2: has {header.count(',') + 2} cells but the header has "
        f"{header.count(',') + 1}"]


@pytest.mark.parametrize("value", ["9" * 30, "٣"], ids=["too-many-digits", "arabic-digit"])
def test_whole_numbers_that_pandas_cannot_convert_are_reported(data_copy, value):
    """Found by fuzzing: 30 digits overflowed Int64 and '٣' matched \\d, and both crashed the
    conversion after validation had passed them."""
    line = set_cell(data_copy, "monitor_findings", 0, "rank", value)
    assert problems_of(data_copy) == [
        f"monitor_findings.csv, row {line}, column 'rank': {value!r} is not a whole number "
        "(at most 18 digits)"]
