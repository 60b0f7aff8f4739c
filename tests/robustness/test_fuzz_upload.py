"""Fuzzing the upload reader on its own (no dataset, so thousands of cases stay fast): any bytes
up to the upload limit give a frame or problems, never an exception; what it accepts holds no
control character, direction override or line break, no repeated column, identifiers in one
Unicode form; what a CSV writer wrote is read back as written; and names that only look like
stored ones are caught.

Time is not asserted here (a busy machine would make that flaky); the bounded cases that must
be quick are in tests/core/test_upload_normalised.py, whose 5 MB and 10,000-column inputs
would take minutes and gigabytes if anything were parsed before it was counted.
"""

import csv
import io
import unicodedata

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.admin import upload
from dashboard.data.characters import INVISIBLE
from dashboard.data.errors import Problem
from dashboard.data.lookalike import LOOKALIKES
from dashboard.data.wave_validation import lookalikes
from tests.robustness import hostile, strategies

NAMES = st.sampled_from(["upload.csv", "upload.xlsx", "UPLOAD.CSV", "x"])
HEADER = ["wave_id", "initiative_id", "indicator", "indicator_en", "value", "unit", "n"]
# Cells a person or a program can put in a spreadsheet: the fuzzers' nasty cells, hostile
# payloads, control characters, direction overrides, invisible and look-alike letters,
# decomposed accents, Unicode line breaks.
HOSTILE_CELLS = [*strategies.NASTY_CELLS, *hostile.PAYLOADS, "\x1b[31m", "\x07", "\x7f", "\x85",
                 "\u202e", "\u2066", "\u200b", "\u00ad", "Sc\u043ere", "e\u0301", "\u2028",
                 "\u2029", "\x0b", "\x0c", "\x1c", "\u00a0", "\ufeff"]
cells = st.one_of(st.sampled_from(HOSTILE_CELLS), st.text(max_size=20),
                  st.text(st.characters(codec="utf-8"), max_size=6))


def assert_frame_or_problems(name: str, content: bytes) -> None:
    frame, problems, notes = upload.read_upload(name, content)
    assert frame is not None or problems, "refused without a reason"
    for problem in problems:
        assert isinstance(problem, Problem) and problem.file == name
        assert problem.row is None or problem.row >= 1, problem
        assert problem.message.strip(), problem
    assert all(isinstance(note, str) for note in notes)
    if frame is None or problems:
        return
    assert len(frame.columns) <= upload.MAX_COLUMNS and len(frame) <= upload.MAX_ROWS
    keys = [upload.column_key(c) for c in frame.columns]
    assert len(keys) == len(set(keys)), "a column appears twice"
    for column in frame.columns:
        for value in frame[column].dropna():
            assert value == value.strip()
            assert not set(value) & upload.FORBIDDEN, (column, value)
            if column in upload.IDENTIFIERS:
                assert unicodedata.is_normalized("NFC", value)


@settings(strategies.FUZZ, max_examples=300)
@given(content=st.binary(max_size=3000), name=NAMES)
def test_any_bytes_give_a_frame_or_problems(content, name):
    assert_frame_or_problems(name, content)


# A short piece repeated up to the upload limit: a million commas, quotes, NULs, line ends or
# multi-byte letters, in one line or many.
pieces = st.sampled_from([b",", b";", b'"', b'","', b"\x00", b"\n", b"\r", b"a,", b"\xe9",
                          "é".encode(), b"\xff\xfe", b"\xef\xbb\xbf", b"x" * 7])


@settings(strategies.FUZZ, max_examples=40)
@given(head=st.binary(max_size=200), piece=st.lists(pieces, min_size=1, max_size=3),
       times=st.integers(1, upload.MAX_UPLOAD_BYTES // 8), name=NAMES)
def test_large_repetitive_uploads_give_a_frame_or_problems(head, piece, times, name):
    assert_frame_or_problems(name, (head + b"".join(piece) * times)[:upload.MAX_UPLOAD_BYTES])


@settings(strategies.FUZZ, max_examples=200)
@given(rows=st.lists(st.lists(cells, min_size=1, max_size=9), min_size=1, max_size=6),
       delimiter=st.sampled_from([",", ";"]), lineterminator=st.sampled_from(["\n", "\r\n", "\r"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_written_tables_of_hostile_cells_give_a_frame_or_problems(rows, delimiter,
                                                                   lineterminator, encoding):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    content = buffer.getvalue().encode(encoding, errors="replace")
    assert_frame_or_problems("upload.csv", content)


@settings(strategies.FUZZ, max_examples=40)
@given(width=st.integers(1, 3 * upload.MAX_COLUMNS), rows=st.integers(0, 3))
def test_a_header_is_refused_exactly_when_it_is_wider_than_the_cap(width, rows):
    line = ",".join(f"c{i}" for i in range(width)) + "\n"
    problems = upload.read_upload("upload.csv", (line * (rows + 1)).encode())[1]
    wide = [p for p in problems if "columns; at most" in p.message]
    assert bool(wide) == (width > upload.MAX_COLUMNS)


# Text a curator types in a cell: no control character, line break or direction override, and
# not only white space at its ends (which the reader strips).
typed = st.text(st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"],
                              exclude_characters=sorted(upload.FORBIDDEN)),
                max_size=25).map(str.strip)


@settings(strategies.FUZZ, max_examples=200)
@given(body=st.lists(st.lists(typed, min_size=len(HEADER), max_size=len(HEADER)),
                     min_size=1, max_size=5))
def test_what_a_csv_writer_wrote_is_read_back_as_written(body):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([HEADER, *body])
    frame, problems, notes = upload.read_upload("upload.csv", buffer.getvalue().encode())
    assert (problems, notes) == ([], [])
    kept = [r for r in body if any(r)]  # rows left all empty are a spreadsheet's padding
    expected = pd.DataFrame(kept, columns=HEADER, dtype="string").replace("", pd.NA)
    for column in upload.IDENTIFIERS:
        if column in expected.columns:
            expected[column] = expected[column].map(
                lambda v: v if pd.isna(v) else unicodedata.normalize("NFC", v))
    assert frame.reset_index(drop=True).equals(expected.astype("string"))


latin_names = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEHIKMOPTXY "), min_size=2,
                      max_size=20).map(str.strip).filter(lambda s: len(s) >= 2)
LATIN_TO_LOOKALIKE = {latin: other for other, latin in LOOKALIKES.items()}


@st.composite
def disguised(draw) -> tuple[str, str]:
    """A stored name and the same name with an invisible character put in, or one of its
    letters swapped for a Cyrillic or Greek one drawn the same."""
    name = draw(latin_names)
    swappable = [i for i, c in enumerate(name) if c in LATIN_TO_LOOKALIKE]
    if swappable and draw(st.booleans()):
        at = draw(st.sampled_from(swappable))
        return name, name[:at] + LATIN_TO_LOOKALIKE[name[at]] + name[at + 1:]
    at = draw(st.integers(1, len(name) - 1))
    return name, name[:at] + draw(st.sampled_from(sorted(INVISIBLE))) + name[at:]


@settings(strategies.FUZZ, max_examples=200)
@given(pair=disguised(), column=st.sampled_from(["indicator", "indicator_en", "unit"]))
def test_a_name_disguised_as_a_stored_one_is_always_caught(pair, column):
    name, lookalike = pair
    stored = pd.DataFrame({column: [name]}, dtype="string")
    raw = pd.DataFrame({column: [lookalike]}, dtype="string")
    found = lookalikes("upload.csv", raw, stored)
    assert [(p.row, p.column) for p in found] == [(2, column)]
    assert found[0].message.startswith(f"looks like the stored {column} {name!r}")
