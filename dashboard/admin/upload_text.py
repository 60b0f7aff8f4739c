"""A CSV upload from bytes to rows of cells, each step bounded before it costs anything.

The text is UTF-8, or else Windows-1252 as a whole (what Dutch Excel's plain 'CSV' writes),
never a mixture: one byte that is not UTF-8 in a file that is UTF-8 elsewhere would otherwise
turn every 'é' of the file into 'Ã©' without a word. Its header line is counted before the csv
module sees it, and every line is measured before it is split, so neither a header of a
million commas nor a row of them builds a list of a million cells. A monitor wave's cells are
one line each: a line break inside a quoted cell (or a quote left open) stops the reading at
that row, which keeps every row on one line of the file and the row numbers exact.
"""

import csv
import io
import re
from dataclasses import dataclass

from dashboard.admin.bounds import MAX_COLUMNS, MAX_LINE_CHARS
from dashboard.data.errors import Problem
from dashboard.data.loading import HEADER_ROW

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF8_BOM = b"\xef\xbb\xbf"
CSV_UTF8 = ("'CSV UTF-8 (comma delimited)' (Dutch Excel: Opslaan als > "
            "'CSV UTF-8 (door komma's gescheiden)')")
SAVE_AS = "save it as " + CSV_UTF8
# A character of two to four bytes as UTF-8 writes it: text in Windows-1252 almost never
# holds one (it would take a capital like 'Ã' right before a sign like '©').
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
FIRST_LINE = re.compile(r"[^\r\n]*")
CP1252_NOTE = "read as Windows-1252 text (not UTF-8)"


@dataclass(frozen=True)
class Rows:
    """The header's cells and the rows' cells as written (not stripped), and the delimiter."""

    header: list[str]
    body: list[list[str]]
    delimiter: str


def decode(name: str, content: bytes) -> tuple[str | None, list[Problem], list[str]]:
    """The text of a CSV upload and a note on its encoding, or the reason it is not text we
    can read, at the row and column of the first byte that is not."""
    if content.startswith(UTF16_BOMS) or _looks_utf16(content[:4096]):
        return None, [Problem(name, None, None, "is saved as UTF-16 ('Unicode text'), not as "
                                                f"CSV; {SAVE_AS}")], []
    body = content.removeprefix(UTF8_BOM)
    try:
        return body.decode("utf-8"), [], []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if UTF8_SEQUENCE.search(content):
        row, column = place(body.decode("latin-1"), first_bad)
        return None, [Problem(name, row, column,
                              f"byte 0x{content[first_bad]:02X} is not UTF-8, but other text "
                              "in the file is: two encodings are mixed (a paste from another "
                              f"file?); retype the cell or {SAVE_AS}")], []
    try:
        return content.decode("cp1252"), [], [CP1252_NOTE]
    except UnicodeDecodeError as exc:
        row, column = place(content.decode("latin-1"), exc.start)
        return None, [Problem(name, row, column,
                              f"byte 0x{content[exc.start]:02X} is neither UTF-8 nor "
                              f"Windows-1252 text; {SAVE_AS}")], []


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without byte order mark: every other byte of Latin text is NUL, the bytes
    between are not. (Other NULs are control characters, reported at their cell.)"""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return half >= 2 and max(even, odd) * 5 >= half * 4 and min(even, odd) * 5 <= half


def place(text: str, offset: int) -> tuple[int, str | None]:
    """The row and the column name of character `offset` of `text`: bytes are given as
    Latin-1 text, since line ends, delimiters and quotes are ASCII in every encoding read."""
    before = text[:offset]
    row = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    if row == HEADER_ROW:
        return row, None
    header_line = FIRST_LINE.match(text, 0, MAX_LINE_CHARS)
    header = header_line.group() if header_line else ""
    line = before[max(before.rfind("\n"), before.rfind("\r")) + 1:]
    index = _cell_index(line, _delimiter(header))
    names = _cells(header, _delimiter(header))
    if index is None or names is None or index >= len(names):
        return row, None
    return row, names[index].strip()


def rows(name: str, text: str) -> tuple[Rows | None, list[Problem]]:
    """The records of `text`, each one line, or the problems that stopped the reading."""
    header_line = FIRST_LINE.match(text)
    header = header_line.group() if header_line else ""
    if not text.strip() or not header.strip():
        return None, [Problem(name, HEADER_ROW, None, "file is empty (no header row)")]
    delimiter = _delimiter(header)
    width = header.count(delimiter) + 1
    if width > MAX_COLUMNS:
        return None, [Problem(name, HEADER_ROW, None, f"has {width:,} columns; at most "
                                                      f"{MAX_COLUMNS} can be imported")]
    lines = _Lines(text, delimiter)
    found: list[list[str]] = []
    try:
        for cells in csv.reader(lines, delimiter=delimiter):
            lines.records += 1
            found.append(cells)
    except _Stop as stop:
        return None, [_stopped(name, stop, found[0] if found else [], delimiter)]
    except csv.Error as exc:
        return None, [Problem(name, lines.number, None, f"cannot be read as CSV: {exc}")]
    return Rows(found[0], found[1:], delimiter), []


class _Stop(Exception):
    """Reading stopped at line `row` (the record on it) for `reason`."""

    def __init__(self, row: int, line: str, reason: str):
        super().__init__(reason)
        self.row, self.line, self.reason = row, line, reason


class _Lines:
    """The lines of the text for csv.reader, which stop the reading when a line is longer than
    a row can be, has more cells than MAX_COLUMNS (counted on the line, when no quote can hide
    a delimiter), or when a record goes on past its line."""

    def __init__(self, text: str, delimiter: str):
        self._lines = io.StringIO(text, newline="")
        self._delimiter = delimiter
        self._line = ""
        self.number = 0  # lines handed out
        self.records = 0  # records the reader returned, one per line until one is not

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self.number > self.records:  # the reader asks more for the record of this line
            raise _Stop(self.number, self._line, "quote")
        line = next(self._lines)
        self.number += 1
        self._line = line
        if len(line) > MAX_LINE_CHARS:
            raise _Stop(self.number, line, "long")
        if line.count(self._delimiter) >= MAX_COLUMNS and '"' not in line:
            raise _Stop(self.number, line, "wide")
        return line


def _stopped(name: str, stop: _Stop, header: list[str], delimiter: str) -> Problem:
    if stop.reason == "wide":
        return Problem(name, stop.row, None, f"has {stop.line.count(delimiter) + 1:,} cells; at "
                                             f"most {MAX_COLUMNS} can be imported")
    if stop.reason == "long":
        return Problem(name, stop.row, None, f"is {len(stop.line.rstrip()):,} characters long; "
                                             f"a row of at most {MAX_COLUMNS} cells fits in "
                                             f"{MAX_LINE_CHARS:,}")
    index = len(next(csv.reader([stop.line], delimiter=delimiter), [""])) - 1
    column = header[index].strip() if stop.row > HEADER_ROW and index < len(header) else None
    return Problem(name, stop.row, column,
                   "a cell holds a line break, or its opening quote is not closed on its line; "
                   "each cell of a monitor wave is one line")


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def _cell_index(line: str, delimiter: str) -> int | None:
    """Which cell of its line the end of `line` is in (quotes respected), if it is one of the
    first MAX_COLUMNS."""
    cells = _cells(line, delimiter)
    return None if cells is None else max(len(cells) - 1, 0)


def _cells(line: str, delimiter: str) -> list[str] | None:
    if line.count(delimiter) >= MAX_COLUMNS or len(line) > MAX_LINE_CHARS:
        return None
    return next(csv.reader([line], delimiter=delimiter), [""])
