"""Reading an uploaded table (CSV or .xlsx) into stripped text, within fixed bounds.

An upload comes from a person's spreadsheet, or from anyone who has the password: it is read
as untrusted. Its size, the size it unpacks to (an .xlsx is a zip archive: a few hundred KB
can hold gigabytes of one repeated cell or millions of empty rows) and its row count are
checked before it is parsed, so reading it costs bounded memory and time. Encodings that are
not UTF-8 or Windows-1252 get a message that says what to do instead of garbled cells.
"""

import csv
import io
import re
import zipfile
from itertools import islice

import numpy as np
import openpyxl
import pandas as pd

from dashboard.data.errors import Problem
from dashboard.data.loading import HEADER_ROW

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 5 * MB  # the server's maxUploadSize; the command line keeps to it too
# Room for a full MAX_ROWS workbook unpacked, and no more: reading a sheet costs time in
# proportion to its unpacked XML, since openpyxl scans it whole for its size
# (benchmarks/results/design.md).
MAX_UNPACKED_BYTES = 10 * MB
MAX_ARCHIVE_MEMBERS = 200  # a workbook of one sheet has about a dozen parts
MAX_ROWS = 10_000  # a wave has one row per initiative and indicator: hundreds, not thousands
MAX_COLUMNS = 50  # the table has 7 columns; more is another file
MAX_CELL_CHARS = 1000  # ids, units and indicator names are short; a longer cell is a mistake
XLSX_MAGIC = b"PK\x03\x04"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")
THOUSANDS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+,\d+$")

Read = tuple[pd.DataFrame | None, list[Problem], list[str]]


def read_upload(name: str, content: bytes) -> Read:
    """The uploaded rows as stripped text (empty cells NA), problems, and notes on conversions.

    Accepts UTF-8 or Windows-1252 CSV separated by ',' or ';' (what Dutch Excel writes, with
    decimal commas, which are turned into points) and .xlsx workbooks (first sheet).
    """
    if len(content) > MAX_UPLOAD_BYTES:
        return None, [Problem(name, None, None, f"is larger than {MAX_UPLOAD_BYTES // MB} MB, "
                                                "the most that can be imported")], []
    if content.startswith(XLSX_MAGIC) or name.lower().endswith(".xlsx"):
        return _read_xlsx(name, content)
    return _read_csv(name, content)


def _decode(name: str, content: bytes) -> tuple[str | None, list[Problem], list[str]]:
    """The text of a CSV upload, or the reason it is not text we can read."""
    if content.startswith(UTF16_BOMS) or b"\x00" in content[:4096]:
        return None, [Problem(name, None, None, "is saved as UTF-16 ('Unicode text'), not as CSV; "
                                                "save it as 'CSV UTF-8 (comma delimited)'")], []
    try:
        return content.decode("utf-8-sig"), [], []
    except UnicodeDecodeError:
        pass
    text = content.decode("cp1252", errors="replace")
    if "\ufffd" in text or "\x00" in text:
        return None, [Problem(name, None, None, "is neither UTF-8 nor Windows-1252 text; "
                                                "save it as 'CSV UTF-8 (comma delimited)'")], []
    return text, [], ["read as Windows-1252 text (not UTF-8)"]


def _read_csv(name: str, content: bytes) -> Read:
    text, problems, notes = _decode(name, content)
    if text is None:
        return None, problems, notes
    if max(text.count("\n"), text.count("\r")) > MAX_ROWS + 1:  # counted before any parsing
        return None, [_too_many_rows(name)], notes
    lines = text.splitlines()
    if not text.strip() or not lines[0].strip():
        return None, [Problem(name, HEADER_ROW, None, "file is empty (no header row)")], notes
    header = lines[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    # newline="" lets csv see '\r' line ends (old Mac, some exports) instead of raising on them
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header_cells, *rows = list(reader)
    except csv.Error as exc:  # e.g. a cell longer than the csv module's field limit
        return None, [Problem(name, reader.line_num, None, f"cannot be read as CSV: {exc}")], notes
    problems = [Problem(name, number, None, f"has {len(cells)} cells but the header has "
                                            f"{len(header_cells)}")
                for number, cells in enumerate(rows, start=2)
                if any(c.strip() for c in cells) and len(cells) != len(header_cells)]
    if problems:
        return None, problems, notes
    width = len(header_cells)  # blank rows of another length (e.g. ';;;') stay blank rows
    rows = [cells if len(cells) == width else [""] * width for cells in rows]
    frame = pd.DataFrame(rows, columns=header_cells, dtype=str)
    if delimiter == ";":
        notes.append("columns separated by ';' (Dutch Excel); decimal commas read as points")
    frame, problems = _normalise(name, frame, decimal_comma=delimiter == ";")
    return frame, problems, notes


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
    notes = ["first sheet of the Excel workbook"]
    too_big = _unpacked_problem(name, content)
    if too_big:
        return None, [too_big], notes
    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            rows = list(islice(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1),
                               MAX_ROWS + 2))
        finally:
            book.close()
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        return None, [Problem(name, None, None, _workbook_fault(exc))], notes
    if len(rows) > MAX_ROWS + 1:
        return None, [_too_many_rows(name)], notes
    if not rows:
        return None, [Problem(name, HEADER_ROW, None, "file is empty (no header row)")], notes
    frame = _sheet_frame(rows)
    if frame is None:
        return None, [Problem(name, HEADER_ROW, None, f"has more than {MAX_COLUMNS} columns")
                      ], notes
    frame, problems = _normalise(name, frame, decimal_comma=True)
    return frame, problems, notes


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


def _normalise(name: str, frame: pd.DataFrame,
               decimal_comma: bool) -> tuple[pd.DataFrame | None, list[Problem]]:
    frame.columns = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
    repeated = sorted({c for c in frame.columns if list(frame.columns).count(c) > 1})
    if repeated:  # a frame with two columns of one name breaks every check after this
        return None, [Problem(name, HEADER_ROW, c, "column appears more than once")
                      for c in repeated]
    frame = frame.apply(lambda col: col.astype(str).str.strip()).replace("", pd.NA)
    frame = frame.dropna(how="all")  # trailing empty lines that spreadsheets add
    problems = [Problem(name, int(index) + 2, column, f"is {len(value):,} characters long; "
                                                      f"at most {MAX_CELL_CHARS:,} fit")
                for column in frame.columns for index, value in frame[column].items()
                if pd.notna(value) and len(value) > MAX_CELL_CHARS]
    if decimal_comma and "value" in frame.columns:
        for index, value in frame["value"].items():
            if pd.isna(value):
                continue
            if THOUSANDS.match(value):
                problems.append(Problem(name, int(index) + 2, "value",
                                        f"{value!r} has a thousands separator; "
                                        "write the number without it"))
            elif DECIMAL_COMMA.match(value):
                frame.at[index, "value"] = value.replace(",", ".")
    return frame.astype("string"), problems
