"""Fuzzing the monitor importer: whatever is uploaded, `import_indicators` returns a result
(problems, or rows it added) and never raises; when it finds a problem, or on a dry run, no file
in the data directory changes.

Uploads start from a valid file of synthetic indicators (a temporary data directory only) as
CSV, as Dutch-Excel CSV (';' and decimal commas) and as .xlsx, then get damaged. The stored
dataset is loaded again for every upload that parses; since `load_dataset` is a pure function of
the files' bytes, it is memoised on them here to keep a few hundred examples fast.
"""

import io
import shutil
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.admin import importer as imp
from dashboard.admin import storage, upload
from dashboard.data import load_dataset
from dashboard.data.schemas import TABLES
from tests.fixture_data import memoised_read_table
from tests.monitor_results import SOURCE, UPLOAD_EXCERPT, with_report
from tests.robustness import strategies

TARGET = imp.TABLE.file
HEADER = imp.TABLE.columns
ROWS = [[wave, initiative, indicator, f"{indicator} (en)", value, unit, n, SOURCE, UPLOAD_EXCERPT,
         "", ""] for wave, initiative, indicator, value, unit, n in [
    ["nji-meting-1", "groningen", "synthetic-a", "12.5", "percent", "8"],
    ["nji-meting-1", "assen", "synthetic-b", "3", "count", "5"],
    ["nji-meting-1", "lent", "synthetic-c", "0.25", "share", "12"],
]]
VALUE = HEADER.index("value")
VALID_CSV = strategies.to_csv([HEADER, *ROWS])
DUTCH_CSV = strategies.to_csv([HEADER, *[[*r[:VALUE], r[VALUE].replace(".", ","),
                                          *r[VALUE + 1:]] for r in ROWS]],
                              delimiter=";", lineterminator="\r\n")


def xlsx(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for record in rows:
        workbook.active.append(record)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture(autouse=True, scope="module")
def memoised_load_dataset(module_data_copy) -> Iterator[None]:
    """load_dataset memoised; the data copy cites the test-only report (tests.monitor_results)."""
    memo = {}

    def load(directory):
        key = (str(directory), *((directory / t.file).read_bytes() for t in TABLES.values()))
        if key not in memo:
            memo[key] = load_dataset(directory)
        return memo[key]

    with memoised_read_table(), pytest.MonkeyPatch.context() as patch:
        with_report(module_data_copy, patch, rows=())
        patch.setattr(imp, "load_dataset", load)
        yield


def files(directory: Path) -> dict[str, bytes]:
    """Every file of the data directory and its backups, except the importer's lock file."""
    found = {name: content for name, content in strategies.snapshot(directory).items()
             if not name.endswith(".lock")}
    backups = directory / storage.BACKUP_DIR
    if backups.is_dir():
        found.update({f"backups/{k}": v for k, v in strategies.snapshot(backups).items()})
    return found


def assert_imports_or_reports(directory: Path, name: str, content: bytes, dry_run: bool) -> None:
    before = files(directory)
    original = before[TARGET]
    try:
        result = imp.import_indicators(name, content, directory, dry_run=dry_run)
        for problem in result.problems:
            assert problem.file == name, problem
            assert problem.row is None or problem.row >= 1, problem
            assert problem.message.strip(), problem
        if result.ok and not dry_run:
            assert result.written and len(result.added) > 0
            stored = (directory / TARGET).read_bytes()
            assert stored.startswith(original), "an import rewrote stored rows"
            load_dataset(directory)
        else:
            assert not result.written
            assert files(directory) == before, "a refused import or a dry run changed a file"
    finally:
        (directory / TARGET).write_bytes(original)
        shutil.rmtree(directory / storage.BACKUP_DIR, ignore_errors=True)


BASES = {"upload.csv": VALID_CSV, "upload-nl.csv": DUTCH_CSV}
NAMES = st.sampled_from(["upload.csv", "upload.xlsx", "UPLOAD.CSV", "meting 2 ü.csv", "x"])


def damaged_upload(kind) -> st.SearchStrategy[tuple[str, bytes]]:
    return st.sampled_from(sorted(BASES)).flatmap(
        lambda base: st.tuples(st.just(base), kind(BASES[base])))


@settings(strategies.FUZZ, max_examples=80)
@given(upload=damaged_upload(strategies.random_bytes), name=NAMES, dry_run=st.booleans())
def test_random_bytes_truncations_and_splices(module_data_copy, upload, name, dry_run):
    assert_imports_or_reports(module_data_copy, name, upload[1], dry_run)


@settings(strategies.FUZZ, max_examples=120)
@given(upload=damaged_upload(strategies.garbage_cells), dry_run=st.booleans())
def test_garbage_cells(module_data_copy, upload, dry_run):
    assert_imports_or_reports(module_data_copy, *upload, dry_run)


@settings(strategies.FUZZ, max_examples=100)
@given(upload=damaged_upload(strategies.typed_cells), dry_run=st.booleans())
def test_edge_numbers_and_ids(module_data_copy, upload, dry_run):
    assert_imports_or_reports(module_data_copy, *upload, dry_run)


@settings(strategies.FUZZ, max_examples=100)
@given(upload=st.one_of(damaged_upload(strategies.broken_structure),
                        damaged_upload(strategies.other_encoding)), dry_run=st.booleans())
def test_broken_structure_delimiters_and_encodings(module_data_copy, upload, dry_run):
    assert_imports_or_reports(module_data_copy, *upload, dry_run)


@settings(strategies.FUZZ, max_examples=40)
@given(tail=st.binary(max_size=300), name=NAMES, dry_run=st.booleans())
def test_fake_xlsx_bytes(module_data_copy, tail, name, dry_run):
    assert_imports_or_reports(module_data_copy, name, upload.XLSX_MAGIC + tail, dry_run)


@settings(strategies.FUZZ, max_examples=40)
@given(cells=st.lists(st.lists(st.one_of(strategies.cell, st.integers(), st.floats(),
                                         st.booleans(), st.none()),
                               max_size=9), max_size=4),
       keep_header=st.booleans(), dry_run=st.booleans())
def test_workbooks_with_garbage_cells(module_data_copy, cells, keep_header, dry_run):
    rows = [HEADER, *cells] if keep_header else cells
    clean = [[c.replace("\x00", "") if isinstance(c, str) else c for c in r] for r in rows]
    try:
        content = xlsx(clean)
    except (ValueError, openpyxl.utils.exceptions.IllegalCharacterError):
        return  # openpyxl refuses to write control characters; Excel could not hold them
    assert_imports_or_reports(module_data_copy, "upload.xlsx", content, dry_run)


# Numbers far beyond any bound: hundreds or thousands of digits, signed, with a fraction.
long_numbers = st.builds(lambda sign, whole, fraction: sign + "9" * whole + fraction,
                         st.sampled_from(["", "-"]), st.integers(16, 5000),
                         st.sampled_from(["", ".5", "." + "1" * 400]))


@settings(strategies.FUZZ, max_examples=25)
@given(number=long_numbers, column=st.sampled_from(["value", "n"]),
       row=st.integers(0, len(ROWS) - 1), form=st.sampled_from(["csv", "nl", "xlsx"]))
def test_very_long_numbers_are_refused_at_their_cell(module_data_copy, number, column, row,
                                                     form):
    rows = [list(r) for r in ROWS]
    rows[row][HEADER.index(column)] = number.replace(".", ",") if form == "nl" else number
    name, content = {"csv": ("upload.csv", lambda: strategies.to_csv([HEADER, *rows])),
                     "nl": ("upload.csv", lambda: strategies.to_csv([HEADER, *rows], ";")),
                     "xlsx": ("upload.xlsx", lambda: xlsx([HEADER, *rows]))}[form]
    assert_imports_or_reports(module_data_copy, name, content(), dry_run=True)
    result = imp.import_indicators(name, content(), module_data_copy, dry_run=True)
    assert any(p.row == row + 2 and p.column == column for p in result.problems), result


def expanded(content: bytes, part: str, size: int) -> bytes:
    """The workbook with one more part of `size` repeated bytes: a few KB packed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr(part, b"<" * size)
    return buffer.getvalue()


@settings(strategies.FUZZ, max_examples=6)
@given(size=st.sampled_from([upload.MAX_UNPACKED_BYTES + 1, 3 * upload.MAX_UNPACKED_BYTES]),
       part=st.sampled_from(["xl/media/padding.bin", "xl/sharedStrings2.xml", "docProps/x"]))
def test_workbooks_that_unpack_beyond_the_limit_are_refused_unread(module_data_copy, size, part):
    content = expanded(xlsx([HEADER, *ROWS]), part, size)
    tracemalloc.start()
    try:
        result = imp.import_indicators("upload.xlsx", content, module_data_copy, dry_run=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.message.split(";")[-1] for p in result.problems] == [
        f" at most {upload.MAX_UNPACKED_BYTES // upload.MB} MB can be imported"]
    assert peak < len(content) + 5 * upload.MB, "the workbook was unpacked after all"


@pytest.mark.parametrize("name,content", [("upload.csv", VALID_CSV),
                                          ("upload-nl.csv", DUTCH_CSV),
                                          ("upload.xlsx", xlsx([HEADER, *ROWS]))])
def test_the_valid_uploads_are_imported(module_data_copy, name, content):
    result = imp.import_indicators(name, content, module_data_copy, dry_run=True)
    assert result.ok, result.problems
    assert list(result.added["indicator"]) == ["synthetic-a", "synthetic-b", "synthetic-c"]


def test_old_mac_line_ends_are_read(module_data_copy):
    """Found by fuzzing: a lone '\\r' line end made csv raise instead of splitting lines."""
    content = VALID_CSV.replace(b"\n", b"\r")
    result = imp.import_indicators("upload.csv", content, module_data_copy, dry_run=True)
    assert result.ok, result.problems
    assert len(result.added) == len(ROWS)


def test_a_repeated_column_is_reported(module_data_copy):
    """Found by fuzzing: two columns named 'indicator' crashed the checks with a ValueError."""
    rows = [[*r, r[2]] for r in [HEADER, *ROWS]]
    result = imp.import_indicators("upload.csv", strategies.to_csv(rows), module_data_copy)
    assert [(p.row, p.column, p.message) for p in result.problems] == [
        (1, "indicator", "column appears more than once")]


def test_a_blank_row_of_another_width_is_skipped(module_data_copy):
    """Found by fuzzing: ';;;' between rows made pandas pad a ragged list (deprecated; pandas 4
    raises)."""
    text = DUTCH_CSV.decode().replace("\r\n", "\r\n;;;\r\n", 2).encode()
    result = imp.import_indicators("upload-nl.csv", text, module_data_copy, dry_run=True)
    assert result.ok, result.problems
    assert len(result.added) == len(ROWS)
