"""Reading data/*.csv into typed DataFrames, collecting every problem on the way.

Each file is read as text first, so a malformed cell is reported at its row and column
instead of being silently coerced; only then are values converted to their declared types.
"""

import csv
import io
import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from dashboard.data.characters import BIDI_CONTROLS, NOT_IN_CELLS, describe, first_forbidden
from dashboard.data.errors import Problem
from dashboard.data.files import Refused, read_capped
from dashboard.data.schemas import PATTERNS, Table, pandera_schema

HEADER_ROW = 1  # CSV line of the header; data row i (0-based) is on line i + 2
# A double holds 15 significant digits exactly; more is a pasted id or an export error, and a
# number of thousands of digits would stall or overflow the conversion.
MAX_DIGITS = 15
_FORBIDDEN_PATTERN = re.compile("[" + "".join(sorted(NOT_IN_CELLS)) + "]")


def read_table(table: Table, data_dir: Path) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read and check one table; returns (typed frame or None, problems)."""
    raw, problems = read_raw(table, data_dir)  # its characters checked before stripping
    if raw is None:
        return None, problems
    problems += check_form(table, raw)
    if problems:
        return None, problems
    return to_typed(table, raw), []


def read_raw(table: Table, data_dir: Path) -> tuple[pd.DataFrame | None, list[Problem]]:
    """The file as a frame of stripped strings (empty cells as NA), or the reason it can't be."""
    content, problems = read_bytes(table.file, data_dir)
    if content is None:
        return None, problems
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        kind = "UTF-16" if content.startswith((b"\xff\xfe", b"\xfe\xff")) else "not UTF-8"
        return None, [Problem(table.file, line, None,
                              f"is {kind} text (save the file as CSV UTF-8)")]
    header = text.splitlines()[0] if text.strip() else ""
    if not header:
        return None, [Problem(table.file, HEADER_ROW, None, "file is empty (no header row)")]
    if ";" in header and "," not in header:
        return None, [Problem(table.file, HEADER_ROW, None,
                              "columns are separated by ';' — save as comma-separated CSV")]
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, ValueError) as exc:
        return None, [Problem(table.file, None, None, f"cannot be read as CSV: {exc}")]
    if not isinstance(frame.index, pd.RangeIndex):
        return None, _longer_rows(table, text)
    frame.columns = [str(c).strip() for c in frame.columns]
    if found := check_characters(table, frame):
        return None, found
    frame = frame.apply(lambda col: col.str.strip()).replace("", pd.NA)
    return frame.astype("string"), []


def read_bytes(file: str, folder: Path) -> tuple[bytes | None, list[Problem]]:
    """The bytes of `file` in the data folder `folder`, or why not: a missing file, a folder, a
    pipe or a device where the file should be, a link out of the folder, a file beyond the
    size or line cap (dashboard.data.files), no permission, a disk error. Never an exception,
    so a broken data folder still gets the page that names every problem."""
    try:
        return read_capped(folder / file, folder), []
    except Refused as refused:
        return None, [Problem(file, None, None, str(refused))]


def _longer_rows(table: Table, text: str) -> list[Problem]:
    """Rows with more cells than the header (pandas would silently make them an index)."""
    try:
        records = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        records = []
    header, rows = (records[0], records[1:]) if records else ([], [])
    found = [Problem(table.file, number, None,
                     f"has {len(cells)} cells but the header has {len(header)}")
             for number, cells in enumerate(rows, start=HEADER_ROW + 1)
             if len(cells) > len(header)]
    return found or [Problem(table.file, None, None, "a row has more cells than the header")]


def check_characters(table: Table, raw: pd.DataFrame) -> list[Problem]:
    """Every cell that holds a control character or a bidi embedding, override or isolate, at
    its row and column, before anything strips it away.

    A control character breaks Excel downloads and terminals; a bidi override in a name turns
    the page's own sentence around it backwards, and an isolate would end the isolation the
    page puts around right-to-left text. No typed text needs them; marks (LRM, RLM), which
    right-to-left text may need, are allowed."""
    problems: list[Problem] = []
    for column in raw.columns:
        text = raw[column].dropna()
        if not _FORBIDDEN_PATTERN.search("\n".join(map(str, text))):  # one search if clean
            continue
        for index in text.index[text.str.contains(_FORBIDDEN_PATTERN)]:
            _, char = first_forbidden(text[index], NOT_IN_CELLS) or (0, "")
            why = ("which would reorder the text around it on screen" if char in BIDI_CONTROLS
                   else "a control character no typed text contains")
            problems.append(Problem(table.file, int(index) + 2, str(column),
                                    f"contains {describe(char)}, {why}"))
    return problems


def check_raw(table: Table, raw: pd.DataFrame) -> list[Problem]:
    """Apply the characters no cell may hold, the table's numeric bounds and its pandera schema
    to the raw text of uploads and new rows; every failure becomes a Problem."""
    return check_characters(table, raw) + check_form(table, raw)


def check_form(table: Table, raw: pd.DataFrame) -> list[Problem]:
    """The table's numeric bounds and pandera schema on the raw text (a data file's characters
    are checked by read_raw, before its cells are stripped, and not again)."""
    problems = check_numbers(table, raw)
    try:
        pandera_schema(table).validate(raw, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems += [_problem(table, case) for case in exc.failure_cases.itertuples(index=False)]
    return problems


def check_numbers(table: Table, raw: pd.DataFrame) -> list[Problem]:
    """Every well-formed number has at most MAX_DIGITS digits and lies within its column's
    declared bounds. Digits are counted on the text, before anything is converted, so no
    value can overflow; the one place where bounds are checked, for data files and uploads."""
    problems = []
    for f in table.fields:
        if f.kind not in ("int", "float") or f.name not in raw.columns:
            continue
        text = raw[f.name].astype("string")
        formed = text.str.fullmatch(PATTERNS[f.kind][0]).fillna(False).astype(bool)
        long = formed & (text.str.count("[0-9]").fillna(0) > MAX_DIGITS)
        for index in text.index[long]:
            problems.append(Problem(table.file, int(index) + 2, f.name,
                                    f"has more than {MAX_DIGITS} digits"))
        if f.bounds is None:
            continue
        low, high = f.bounds
        numbers = pd.to_numeric(text.where(formed & ~long), errors="coerce")
        for index in numbers.index[numbers.notna() & ~numbers.between(low, high)]:
            problems.append(Problem(table.file, int(index) + 2, f.name,
                                    f"{text[index]} is outside the plausible range "
                                    f"{low} to {high}"))
    return problems


def _problem(table: Table, case) -> Problem:
    check = str(case.check)
    value = case.failure_case
    index = case.index
    row = None if index is None or pd.isna(index) else int(index) + 2
    column = None if case.column is None or pd.isna(case.column) else str(case.column)
    if check == "column_in_schema":
        return Problem(table.file, HEADER_ROW, str(value), "unexpected column")
    if check == "column_in_dataframe":
        return Problem(table.file, HEADER_ROW, str(value), "required column is missing")
    if check == "not_nullable":
        return Problem(table.file, row, column, "value is required but empty")
    if check == "field_uniqueness":
        return Problem(table.file, row, column, f"duplicate value {value!r}")
    if check == "multiple_fields_uniqueness":
        key = ", ".join(table.key)
        return Problem(table.file, row, key, f"duplicate key ({key})")
    if check == "dtype('string')":
        return Problem(table.file, row, column, "is not text")
    return Problem(table.file, row, column, f"{value!r} {check}")


def to_typed(table: Table, raw: pd.DataFrame) -> pd.DataFrame:
    """Convert checked text columns to their declared dtypes, in the declared column order."""
    typed = pd.DataFrame(index=raw.index)
    for f in table.fields:
        column = raw[f.name]
        if f.kind == "bool":
            typed[f.name] = column.map({"true": True, "false": False}).astype("boolean")
        elif f.kind in ("int", "float"):
            typed[f.name] = pd.to_numeric(column).astype(f.dtype)
        else:
            typed[f.name] = column.astype("string")
    return typed.reset_index(drop=True)
