"""What every download must hold to, checked on the files as a spreadsheet or reader gets them.

A cell, and every line of a cell, starts with no formula character (= + - @, a tab or a line
break) unless it is a number; no file holds a control character (but tab and line feed) or a
bidi override. The spreadsheet files mark a formula start with an apostrophe; the HTML files
(factsheet, deck) with an invisible word joiner. The payloads are what the attack found:
a CR before a formula, Word's vertical tab, ESC, BEL and NUL, bidi overrides.
"""

import csv
import dataclasses
import io
import re
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pandas as pd

from dashboard.data import Dataset
from dashboard.data.characters import BIDI_OVERRIDES, CONTROLS, LINE_BREAKS
from tests.robustness.hostile import text_columns

# Spelled out here, not imported from the code under test.
FORMULA = frozenset("=+-@\t") | LINE_BREAKS
NEVER = (CONTROLS | LINE_BREAKS | BIDI_OVERRIDES | {"\r"}) - {"\n"}
NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
WORD_JOINER = "\u2060"

DOWNLOAD_PAYLOADS = [
    "a\r=HYPERLINK(\"http://example.invalid\",\"x\")",
    "=1+1", "+31 6", "-2+3", "@SUM(A1)", "\t=1", "\r\n-1",
    "Regel\x0b=2",  # Word's manual line break
    "\x1b[31mrood\x07 nul\x00",
    "\u202eomgekeerd\u202c",
    "x\u2028+1", "y\x85@z", "c1\x9b", "\n\n=3",
]


def poisoned_value(value: object, index: int) -> str:
    payload = DOWNLOAD_PAYLOADS[index % len(DOWNLOAD_PAYLOADS)]
    return f"{payload} {value}" if isinstance(value, str) and value else payload


def poisoned_dataset(ds: Dataset) -> Dataset:
    """`ds` with every free-text cell led by a payload, made in memory: what the loader would
    refuse never reaches a download through it, and the downloads must hold on their own."""
    counter = iter(range(10**9))
    frames = {}
    for table, columns in text_columns().items():
        frame = getattr(ds, table).copy()
        for column in columns:
            if column in frame:
                frame[column] = pd.array([poisoned_value(v, next(counter)) if pd.notna(v) else v
                                          for v in frame[column]], dtype="string")
        frames[table] = frame
    return dataclasses.replace(ds, **frames)


def write_poisoned_copy(source: Path, target: Path) -> Path:
    """The CSV files of `source` in `target`, every free-text cell led by a payload, written
    quoted (so each file still has its rows): the dataset zip reads the files, not the loader."""
    target.mkdir(parents=True)
    counter = iter(range(10**9))
    poisoned = text_columns()
    for path in source.iterdir():
        if path.suffix != ".csv":
            (target / path.name).write_bytes(path.read_bytes())
            continue
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        columns = poisoned.get(path.stem, [])
        at = [i for i, name in enumerate(rows[0]) if name in columns] if rows else []
        for row in rows[1:]:
            for i in at:
                row[i] = poisoned_value(row[i], next(counter))
        with (target / path.name).open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return target


def cell_problems(text: str) -> list[str]:
    """What is wrong with one cell: a character no file may hold, or a start (of the cell or
    of a line in it) that a spreadsheet runs. A number is a value, not a formula."""
    problems = [f"holds {ch!r}" for ch in sorted(set(text) & NEVER)]
    if NUMBER.fullmatch(text):
        return problems
    if text[:1] in FORMULA:
        problems.append(f"starts with {text[:1]!r}")
    problems += [f"line starts with {line[:1]!r}" for line in text.split("\n")[1:]
                 if line[:1] in FORMULA - {"\n"}]
    return problems


def csv_rows(payload: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(payload.decode("utf-8-sig"), newline="")))


def csv_problems(name: str, payload: bytes) -> Iterator[str]:
    """Every cell of a CSV file, and its rows: each as wide as the header (the first row), but
    a card file's blank line and source line below its table."""
    rows = csv_rows(payload)
    width = len(rows[0]) if rows else 0
    for number, row in enumerate(rows, start=1):
        if row and len(row) not in (width, 1):
            yield f"{name} row {number}: {len(row)} cells, not {width}"
        for cell in row:
            yield from (f"{name} row {number}: {cell[:60]!r} {p}" for p in cell_problems(cell))


def xlsx_problems(name: str, payload: bytes) -> Iterator[str]:
    book = openpyxl.load_workbook(io.BytesIO(payload))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    yield f"{name} [{sheet.title}] {cell.coordinate}: a formula"
                if isinstance(cell.value, str):
                    yield from (f"{name} [{sheet.title}] {cell.coordinate}: "
                                f"{cell.value[:60]!r} {p}" for p in cell_problems(cell.value))


def attribution_problems(name: str, text: str) -> Iterator[str]:
    """The attribution holds no forbidden character, and no Markdown from the data: below its
    heading, every bracket, angle bracket and hash is escaped (its own text has none)."""
    yield from (f"{name}: holds {ch!r}" for ch in sorted(set(text) & NEVER))
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if re.search(r"(?<!\\)[<\[#]", line):
            yield f"{name} line {number}: {line[:80]!r} holds unescaped Markdown"


class _Text(HTMLParser):
    """The text of each element outside scripts and styles, as a copy would take it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.skip += tag in ("script", "style")
        self.texts += [value for _, value in attrs if value]

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.texts.append(data)


def html_problems(name: str, html: str) -> Iterator[str]:
    """No forbidden character in the text or attributes of the file, and no text that starts
    like a formula (the word joiner marks those), at its start or after a line break.

    Scripts are left out: the deck's charts are plotly JSON, whose strings are plotly's to
    draw (the escape of chart text is its own, docs/decisions/0011)."""
    parser = _Text()
    parser.feed(html)
    for text in parser.texts:
        yield from (f"{name}: {text[:60]!r} holds {ch!r}" for ch in sorted(set(text) & NEVER))
        for line in text.split("\n"):
            if line.lstrip(" ")[:1] in FORMULA - {"\n"}:
                yield f"{name}: text {line[:60]!r} starts like a formula"


def zip_problems(name: str, payload: bytes) -> Iterator[str]:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        for member in archive.namelist():
            content = archive.read(member)
            where = f"{name} {member}"
            if member.endswith(".csv"):
                yield from csv_problems(where, content)
            elif member.endswith("ATTRIBUTION.md"):
                yield from attribution_problems(where, content.decode("utf-8"))
            else:
                text = content.decode("utf-8")
                yield from (f"{where}: holds {ch!r}" for ch in sorted(set(text) & NEVER))

