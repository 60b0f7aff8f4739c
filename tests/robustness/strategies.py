"""Hypothesis strategies that damage real CSV files the way people and tools do.

Every strategy starts from a file of the fixture dataset (tests/fixtures/data/, whose rows are
copied from data/) or from an upload built on its columns, and returns the damaged bytes: random
bytes, truncation, garbage in cells, broken headers, other delimiters, other encodings, extra or
missing cells, duplicated rows and odd line ends.
"""

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from dashboard.data.schemas import TABLES
from tests.fixture_data import FIXTURE_DATA_DIR

# Fuzz tests share a directory fixture across examples and restore it themselves; no example
# database, so a run leaves nothing behind in the checkout.
FUZZ = settings(deadline=None, database=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])

TABLE_NAMES = sorted(TABLES)
ORIGINALS: dict[str, bytes] = {
    name: (FIXTURE_DATA_DIR / TABLES[name].file).read_bytes() for name in TABLE_NAMES
}

# Values a spreadsheet, a copy-paste or a tired curator produce; each has broken a parser
# somewhere (quotes, separators, NUL, BOM, huge or overflowing numbers, impossible dates).
NASTY_CELLS = [
    "", " ", '"', '""', '"a,b"', 'a"b', "\n", "\r\n", "\r", ",", ";", "\t", "\x00", "\ufeff",
    "=1+1", "-", "NaN", "null", "None", "<NA>", "true ", "TRUE", "1,5", "1.5.3", "-0", "1e309",
    "9" * 30, "-" + "9" * 30, "0x1F", "2013-02-30", "0000", "2013-13", "2013-1-1", "9999-99-99",
    "GM99999", "gm0106", "a b", "A-B", "-a-", "ü", "🙂", "\u202e", "\ud7ff", "'", "\\", "{}",
    "x" * 70_000,
]

cell = st.one_of(st.sampled_from(NASTY_CELLS), st.text(max_size=40), st.text(
    st.characters(codec="utf-8"), min_size=1, max_size=8))


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file directly in `directory`, by name, to byte-compare before and after."""
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def rows_of(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))


def to_csv(rows: list[list[str]], delimiter: str = ",", lineterminator: str = "\n") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    return buffer.getvalue().encode("utf-8")


@st.composite
def random_bytes(draw, original: bytes) -> bytes:
    """Noise: whole files of random bytes, truncations, splices and flipped bytes."""
    kind = draw(st.sampled_from(["noise", "truncate", "splice", "flip"]))
    if kind == "noise":
        return draw(st.binary(max_size=600))
    cut = draw(st.integers(0, len(original)))
    if kind == "truncate":
        return original[:cut]
    if kind == "splice":
        return original[:cut] + draw(st.binary(min_size=1, max_size=40)) + original[cut:]
    flipped = bytearray(original)
    for _ in range(draw(st.integers(1, 5))):
        if flipped:
            at = draw(st.integers(0, len(flipped) - 1))
            flipped[at] = draw(st.integers(0, 255))
    return bytes(flipped)


@st.composite
def garbage_cells(draw, original: bytes) -> bytes:
    """Some cells replaced by garbage, written with correct CSV quoting or pasted in raw."""
    rows = rows_of(original)
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(0, len(rows) - 1))
        column = draw(st.integers(0, len(rows[row]) - 1))
        rows[row][column] = draw(cell)
    if draw(st.booleans()):
        return to_csv(rows)
    return "\n".join(",".join(r) for r in rows).encode("utf-8", errors="surrogatepass")


TYPED_COLUMNS = {f.name for t in TABLES.values() for f in t.fields if f.kind != "text"}
# Edge values for the typed columns (numbers, dates, booleans, codes, slugs).
TYPED_CELLS = [
    "9" * 19, "9" * 30, "-" + "9" * 25, "9" * 400, "0." + "1" * 400, "1" + "0" * 308, "-0",
    "00", "1.", ".5", "١٢", "²", "0000", "0000-00-00", "2013-02-29", "2012-02-29", "2013-00",
    "9999-12-31", "true", "false", "True", "GM0000", "GM0106", "GM01060", "a-", "a--b", "a_b",
    "x" * 5000,
]


@st.composite
def typed_cells(draw, original: bytes) -> bytes:
    """Edge values in columns that are converted to numbers, dates, booleans or codes."""
    rows = rows_of(original)
    typed = [i for i, name in enumerate(rows[0]) if name in TYPED_COLUMNS]
    for _ in range(draw(st.integers(1, 3))):
        if len(rows) < 2 or not typed:
            break
        row = draw(st.integers(1, len(rows) - 1))
        rows[row][draw(st.sampled_from(typed))] = draw(st.one_of(
            st.sampled_from(TYPED_CELLS), st.from_regex(r"-?\d{1,25}(\.\d{0,20})?",
                                                        fullmatch=True)))
    return to_csv(rows)


@st.composite
def broken_structure(draw, original: bytes) -> bytes:
    """Header fields dropped, duplicated or renamed; rows duplicated, dropped or ragged;
    another delimiter; other line ends; blank lines."""
    rows = rows_of(original)
    kind = draw(st.sampled_from(["drop_field", "duplicate_field", "rename_field", "pad_field",
                                 "duplicate_row", "drop_row", "ragged_row", "short_row",
                                 "delimiter", "line_ends", "blank_lines", "only_header"]))
    header = rows[0]
    column = draw(st.integers(0, len(header) - 1))
    body = rows[1:]
    row = draw(st.integers(0, len(body) - 1)) if body else None
    if kind == "drop_field":
        rows = [r[:column] + r[column + 1:] for r in rows] if draw(st.booleans()) else \
            [header[:column] + header[column + 1:], *body]
    elif kind == "duplicate_field":
        rows = [[*r, r[column]] if r else r for r in rows]
    elif kind == "rename_field":
        header[column] = draw(st.sampled_from(["", " ", header[column].upper(), "Unnamed: 0",
                                               header[column] + " ", " " + header[column],
                                               header[(column + 1) % len(header)]]))
    elif kind == "pad_field":
        header.insert(column, draw(st.sampled_from(["", "extra", "notes", header[column]])))
    elif kind == "duplicate_row" and row is not None:
        body.insert(row, list(body[row]))
    elif kind == "drop_row" and row is not None:
        del body[row]
    elif kind == "ragged_row" and row is not None:
        body[row] = body[row] + draw(st.lists(cell, min_size=1, max_size=3))
    elif kind == "short_row" and row is not None:
        body[row] = body[row][:draw(st.integers(0, max(0, len(body[row]) - 1)))]
    elif kind == "delimiter":
        return to_csv(rows, delimiter=draw(st.sampled_from([";", "\t", "|", " "])))
    elif kind == "line_ends":
        return to_csv(rows, lineterminator=draw(st.sampled_from(["\r\n", "\r", "\n\n"])))
    elif kind == "blank_lines":
        return b"\n" * draw(st.integers(1, 3)) + original + b"\n" * draw(st.integers(0, 3))
    elif kind == "only_header":
        body = []
    return to_csv(rows if kind in ("drop_field", "duplicate_field") else [header, *body])


@st.composite
def other_encoding(draw, original: bytes) -> bytes:
    """The same text saved as another encoding, with or without (several) byte order marks."""
    text = original.decode("utf-8")
    encoding = draw(st.sampled_from(["utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252",
                                     "latin-1", "utf-8"]))
    encoded = text.encode(encoding, errors="replace")
    bom = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xff\xfe"]))
    return bom + encoded
