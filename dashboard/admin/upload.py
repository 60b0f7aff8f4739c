"""Reading an uploaded table (CSV or .xlsx) into stripped text, within fixed bounds.

An upload comes from a person's spreadsheet, or from anyone who has the password: it is read
as untrusted. Its size, the size it unpacks to (an .xlsx is a zip archive: a few hundred KB
can hold gigabytes of one repeated cell or millions of empty rows), its rows and its columns
are counted before it is parsed, so reading it costs bounded memory and time (the bounds:
`dashboard.admin.bounds`, docs/decisions/0013). What it holds is then normalised or refused
before any check compares it with stored data: control characters, direction overrides and
line breaks in a cell are refused at their row and column, names of columns and identifiers
are put in one Unicode form (NFC), and a workbook must be one visible sheet, so what is
imported is what the curator sees.
"""

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from itertools import islice

import numpy as np
import openpyxl
import pandas as pd

from dashboard.admin import upload_text
from dashboard.admin.bounds import (
    MAX_ARCHIVE_MEMBERS,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_LISTED,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    MAX_UPLOAD_BYTES,
    MB,
)
from dashboard.data.characters import (
    BIDI_CONTROLS,
    INVISIBLE,
    LINE_BREAKS,
    NOT_IN_CELLS,
    describe,
    first_forbidden,
    without,
)
from dashboard.data.errors import Problem
from dashboard.data.loading import HEADER_ROW

XLSX_MAGIC = b"PK\x03\x04"
DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")
THOUSANDS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+,\d+$")
# Columns whose values identify or name a row and are compared with stored rows: one Unicode
# form, so 'e' + combining accent and 'é' are the same indicator.
IDENTIFIERS = ("wave_id", "initiative_id", "indicator", "indicator_en", "unit", "source_id")
FORBIDDEN = NOT_IN_CELLS | LINE_BREAKS
_FORBIDDEN = re.compile("[" + "".join(re.escape(c) for c in sorted(FORBIDDEN)) + "]")
# In CSV text '\r' and '\n' end rows; one inside a cell stops the reading (upload_text).
_FORBIDDEN_IN_CSV = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(FORBIDDEN - {"\r", "\n"})) + "]")

Read = tuple[pd.DataFrame | None, list[Problem], list[str]]


def read_upload(name: str, content: bytes) -> Read:
    """The uploaded rows as stripped text (empty cells NA), problems, and notes on conversions.

    Accepts UTF-8 CSV, or Windows-1252 CSV that holds no UTF-8, separated by ',' or ';' (what
    Dutch Excel writes, with decimal commas, which are turned into points), and .xlsx
    workbooks of one visible sheet.
    """
    if len(content) > MAX_UPLOAD_BYTES:
        return None, [Problem(name, None, None, f"is larger than {MAX_UPLOAD_BYTES // MB} MB, "
                                                "the most that can be imported")], []
    if content.startswith(XLSX_MAGIC) or name.lower().endswith(".xlsx"):
        return _read_xlsx(name, content)
    return _read_csv(name, content)


def _read_csv(name: str, content: bytes) -> Read:
    text, problems, notes = upload_text.decode(name, content)
    if text is None:
        return None, problems, notes
    if max(text.count("\n"), text.count("\r")) > MAX_ROWS + 1:  # counted before any parsing
        return None, [_too_many_rows(name)], notes
    rows, problems = upload_text.rows(name, text)
    if rows is None:
        hit = _FORBIDDEN_IN_CSV.search(text)
        if hit:  # said too, though it did not stop the reading: it must go as well
            row, column = upload_text.place(text, hit.start())
            problems.append(Problem(name, row, column, _forbidden_message(hit.group(), "")))
        return None, problems, notes
    width = len(rows.header)
    problems = [Problem(name, number, None, f"has {len(cells):,} cells but the header has "
                                            f"{width}")
                for number, cells in enumerate(rows.body, start=HEADER_ROW + 1)
                if any(c.strip() for c in cells) and len(cells) != width]
    if _FORBIDDEN_IN_CSV.search(text):
        problems += forbidden_cells(name, rows.header, rows.body)
    if problems:
        return None, problems, notes
    # blank rows of another length (e.g. ';;;') stay blank rows
    body = [cells if len(cells) == width else [""] * width for cells in rows.body]
    frame = pd.DataFrame(body, columns=rows.header, dtype=str)
    if rows.delimiter == ";":
        notes.append("columns separated by ';' (Dutch Excel); decimal commas read as points")
    frame, problems = _normalise(name, frame, decimal_comma=rows.delimiter == ";")
    return frame, problems, notes


def forbidden_cells(name: str, header: list[str], body: Iterable[list[str]]) -> list[Problem]:
    """Every cell (header included) that holds a control character, a direction override or
    a line break, at its row and column, with the character named; past MAX_LISTED such
    cells, only how many more there are."""
    found: list[Problem] = []
    more = 0
    for number, cells in enumerate([header, *body], start=HEADER_ROW):
        if not _FORBIDDEN.search("".join(cells)):
            continue
        for index, cell in enumerate(cells):
            if not _FORBIDDEN.search(cell):
                continue
            if len(found) == MAX_LISTED:
                more += 1
                continue
            position, char = first_forbidden(cell, FORBIDDEN) or (0, "")
            column = header[index].strip() if number > HEADER_ROW and index < len(header) \
                else None
            where = f" at character {position + 1:,} of cell {index + 1}"
            found.append(Problem(name, number, column, _forbidden_message(char, where)))
    if more:
        found.append(Problem(name, None, None, f"and {more:,} more cells with such characters"))
    return found


def _forbidden_message(char: str, where: str) -> str:
    if char in LINE_BREAKS:
        return (f"holds a line break, {describe(char)}{where}; each cell of a monitor "
                "wave is one line")
    if char in BIDI_CONTROLS:
        return (f"holds {describe(char)}{where}, which turns the text after it around "
                "on screen; remove it")
    return (f"holds the control character {describe(char)}{where}, which no typed text "
            "has (a paste from another program?); remove it")


def _too_many_rows(name: str) -> Problem:
    return Problem(name, None, None, f"has more than {MAX_ROWS:,} rows; import a wave in parts "
                                     "or remove empty rows")


def _unpacked_problem(name: str, content: bytes) -> Problem | None:
    """Whether the workbook's archive is in bounds, from its directory alone (nothing is
    unpacked: zipfile never yields more than a member's declared size)."""
    try:
        members = zipfile.ZipFile(io.BytesIO(content)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return Problem(name, None, None, f"cannot be read as an Excel workbook: {exc}")
    unpacked = sum(m.file_size for m in members)
    if len(members) > MAX_ARCHIVE_MEMBERS or unpacked > MAX_UNPACKED_BYTES:
        return Problem(name, None, None, f"unpacks to {unpacked / MB:,.0f} MB in "
                                         f"{len(members)} parts; at most "
                                         f"{MAX_UNPACKED_BYTES // MB} MB can be imported")
    return None


def _read_xlsx(name: str, content: bytes) -> Read:
    too_big = _unpacked_problem(name, content)
    if too_big:
        return None, [too_big], []
    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            sheets = _sheets_problem(name, book)
            if sheets:
                return None, [sheets], []
            sheet = book.worksheets[0]
            rows = list(islice(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1),
                               MAX_ROWS + 2))
        finally:
            book.close()
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        return None, [Problem(name, None, None, _workbook_fault(exc))], []
    if len(rows) > MAX_ROWS + 1:
        return None, [_too_many_rows(name)], []
    if not rows:
        return None, [Problem(name, HEADER_ROW, None, "file is empty (no header row)")], []
    frame = _sheet_frame(rows)
    if frame is None:
        return None, [Problem(name, HEADER_ROW, None, f"has more than {MAX_COLUMNS} columns")
                      ], []
    problems = forbidden_cells(name, list(frame.columns), frame.to_numpy().tolist())
    if problems:
        return None, problems, []
    frame, problems = _normalise(name, frame, decimal_comma=True)
    return frame, problems, []


def _sheets_problem(name: str, book: openpyxl.Workbook) -> Problem | None:
    """A workbook is imported only when it is one visible sheet: a hidden sheet would be
    imported unseen, and of several sheets none is evidently the wave."""
    sheets = [*book.worksheets, *book.chartsheets]
    if len(sheets) == 1 and sheets[0].sheet_state == "visible" and book.worksheets:
        return None
    states = {"hidden": " (hidden)", "veryHidden": " (very hidden)"}
    named = ", ".join(f"'{without(s.title, FORBIDDEN | INVISIBLE)[:31]}'"
                      f"{states.get(s.sheet_state, '')}" for s in sheets[:10])
    more = f" and {len(sheets) - 10} more" if len(sheets) > 10 else ""
    count = f"{len(sheets)} sheet{'s' if len(sheets) != 1 else ''}"
    return Problem(name, None, None, f"has {count}: {named}{more}; only a workbook of one "
                                     "visible sheet is imported: delete the other sheets, or "
                                     f"save the sheet as {upload_text.CSV_UTF8}")


def _workbook_fault(exc: Exception) -> str:
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        # openpyxl converts a number cell with int(); Python refuses more than 4300 digits
        return "a cell holds a number of thousands of digits; a number has at most 15"
    return f"cannot be read as an Excel workbook: {exc}"


def _sheet_frame(rows: list[tuple]) -> pd.DataFrame | None:
    """Cells as text under the first row's names; empty trailing columns dropped, an unnamed
    column with content kept (the schema reports it as unexpected)."""
    header = [_cell_text(v) for v in rows[0]]
    body = [[_cell_text(v) for v in row] + [""] * (len(header) - len(row)) for row in rows[1:]]
    used = [i for i, title in enumerate(header)
            if title.strip() or any(r[i].strip() for r in body)]
    if len(used) > MAX_COLUMNS:
        return None
    names = [header[i] if header[i].strip() else f"Unnamed: {i}" for i in used]
    return pd.DataFrame([[r[i] for i in used] for r in body], columns=names, dtype=str)


def _cell_text(value: object) -> str:
    """An Excel cell as the text a CSV would hold: 12.0 -> '12', 0.00001 -> '0.00001' (never
    '1e-05', which is no number to the schema), empty -> ''."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):  # shortest digits that read back as the same number
        return np.format_float_positional(value, trim="-")
    return str(value)


def column_key(name: str) -> str:
    """What makes two column names the same column: 'Indicator', 'indicator ' and 'indicator'
    with a zero-width space in it are one name."""
    return unicodedata.normalize("NFC", without(name, INVISIBLE)).strip().casefold()


def repeated_columns(name: str, columns: list[str]) -> list[Problem]:
    """A problem for each column name that appears more than once, however it is spelt;
    counted in one pass."""
    spellings: dict[str, list[str]] = {}
    for column in columns:
        spellings.setdefault(column_key(column), []).append(column)
    problems = []
    for written in spellings.values():
        if len(written) < 2:
            continue
        distinct = list(dict.fromkeys(written))
        also = "" if len(distinct) == 1 else \
            " (as " + ", ".join(repr(w) for w in distinct) + ")"
        problems.append(Problem(name, HEADER_ROW, written[0], f"column appears more than once"
                                                              f"{also}"))
    return problems


def _normalise(name: str, frame: pd.DataFrame,
               decimal_comma: bool) -> tuple[pd.DataFrame | None, list[Problem]]:
    frame.columns = [unicodedata.normalize("NFC", str(c).strip().lstrip("\ufeff"))
                     for c in frame.columns]
    repeated = repeated_columns(name, list(frame.columns))
    if repeated:  # a frame with two columns of one name breaks every check after this
        return None, repeated
    frame = frame.apply(lambda col: col.astype(str).str.strip()).replace("", pd.NA)
    frame = frame.dropna(how="all")  # trailing empty lines that spreadsheets add
    for column in IDENTIFIERS:
        if column in frame.columns:
            frame[column] = frame[column].map(
                lambda v: v if pd.isna(v) else unicodedata.normalize("NFC", v))
    problems = _long_cells(name, frame)
    if decimal_comma and "value" in frame.columns:
        problems += _decimal_commas(name, frame)
    return frame.astype("string"), problems


def _long_cells(name: str, frame: pd.DataFrame) -> list[Problem]:
    problems = []
    for column in frame.columns:
        lengths = frame[column].astype("string").str.len()
        for index in lengths.index[lengths.fillna(0) > MAX_CELL_CHARS]:
            problems.append(Problem(name, int(index) + 2, column,
                                    f"is {int(lengths[index]):,} characters long; "
                                    f"at most {MAX_CELL_CHARS:,} fit"))
    return problems


def _decimal_commas(name: str, frame: pd.DataFrame) -> list[Problem]:
    """Dutch decimal commas in `value` turned into points (in place); a thousands separator,
    which would change the number, refused."""
    problems = []
    for index, value in frame["value"].items():
        if pd.isna(value):
            continue
        if THOUSANDS.match(value):
            problems.append(Problem(name, int(index) + 2, "value",
                                    f"{value!r} has a thousands separator; "
                                    "write the number without it"))
        elif DECIMAL_COMMA.match(value):
            frame.at[index, "value"] = value.replace(",", ".")
    return problems

