"""Downloaded tables carry their source line and cannot run as spreadsheet formulas."""

import csv
import io

import openpyxl
import pandas as pd
import pytest

from dashboard.publish.defuse import HIDDEN_MARK, clean, defuse, one_line
from dashboard.publish.export import MAX_CELL, csv_bytes, file_stem, xlsx_bytes

TABLE = pd.DataFrame({"Naam": ["Assen", "=HYPERLINK(\"http://x\")"], "Aantal": [12, 3]})
LINE = "Bron: Nieuwsbrief Alert4you (2012)"


def test_csv_has_table_then_source_line():
    text = csv_bytes(TABLE, LINE).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0] == '"Naam","Aantal"'
    assert lines[1] == '"Assen",12'
    assert lines[-1] == f'"{LINE}"'
    assert pd.read_csv(io.StringIO(text), nrows=2)["Aantal"].tolist() == [12, 3]


@pytest.mark.parametrize(("cell", "written"), [
    ("=1+1", "'=1+1"),
    ("-5", "'-5"),
    ("+31 6", "'+31 6"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("Assen", "Assen"),
    ("a-b = c", "a-b = c"),
    ("'=1", "'=1"),
    # a formula after any line break, written as a line feed
    ("a\r=1+1", "a\n'=1+1"),
    ("a\r\n-1", "a\n'-1"),
    ("a\n@x", "a\n'@x"),
    ("\n=1", "'\n'=1"),
    ("a\n\n+1", "a\n\n'+1"),
    ("x\u2028=1", "x\n'=1"),
    ("x\x85=1", "x\n'=1"),
    # a vertical tab is Word's line break; other controls become a visible U+FFFD
    ("Regel 1\x0b=2", "Regel 1\n'=2"),
    ("nul\x00 bel\x07 esc\x1b", "nul\ufffd bel\ufffd esc\ufffd"),
    ("c1\x9b", "c1\ufffd"),
    ("\x00=1", "\ufffd=1"),
    # bidi overrides out; isolates and marks stay
    ("\u202eabc\u202c", "abc"),
    ("\u2068abc\u2069", "\u2068abc\u2069"),
    ("a\ud800b\uffff", "a\ufffdb\ufffd"),
    ("tab\tinside", "tab\tinside"),
])
def test_a_text_cell_is_defused(cell, written):
    assert defuse(cell) == written


def test_values_that_are_not_text_stay_as_they_are():
    assert defuse(5) == 5
    assert defuse(-5.5) == -5.5
    assert defuse(None) is None


def test_the_printed_mark_is_a_word_joiner():
    assert defuse("=1", HIDDEN_MARK) == "\u2060=1"
    assert defuse("a\n-1", HIDDEN_MARK) == "a\n\u2060-1"


def test_one_line_and_clean():
    assert one_line("a\r\nb\tc\x00") == "a b c\ufffd"
    assert clean("a\r\nb\rc\x0bd") == "a\nb\nc\nd"


def test_a_cell_with_a_carriage_return_stays_one_cell():
    frame = pd.DataFrame({"Naam": ["a\r=1+1", "b"], "Aantal": [-2, 3]})
    rows = list(csv.reader(io.StringIO(csv_bytes(frame, LINE).decode("utf-8-sig"),
                                       newline="")))
    assert rows == [["Naam", "Aantal"], ["a\n'=1+1", "-2"], ["b", "3"], [], [LINE]]


def test_formulas_are_defused():
    assert "'=HYPERLINK" in csv_bytes(TABLE, LINE).decode("utf-8-sig")


def test_xlsx_has_table_and_source_line():
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(TABLE, LINE))).active
    assert [c.value for c in sheet[1]] == ["Naam", "Aantal"]
    assert sheet.cell(row=2, column=2).value == 12
    assert sheet.cell(row=5, column=1).value == LINE
    assert str(sheet.cell(row=3, column=1).value).startswith("'=")


def test_xlsx_holds_what_word_and_terminals_paste():
    frame = pd.DataFrame({"Naam": ["Regel\x0b=2", "\x1b[31mrood\x07", "\u202eomgekeerd"],
                          "Aantal": [-1, 2, 3]})
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(frame, LINE))).active
    assert [[c.value for c in row] for row in sheet.iter_rows(max_row=4)] == [
        ["Naam", "Aantal"], ["Regel\n'=2", -1], ["\ufffd[31mrood\ufffd", 2], ["omgekeerd", 3]]


def test_xlsx_cuts_a_cell_excel_could_not_hold():
    frame = pd.DataFrame({"Naam": ["x" * 70_000]})
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(frame, LINE))).active
    written = sheet.cell(row=2, column=1).value
    assert len(written) == MAX_CELL and written.endswith("…")
    assert csv_bytes(frame, LINE).decode("utf-8-sig").count("x") == 70_000


def test_two_headers_that_read_the_same_are_both_written():
    frame = pd.DataFrame([["=a", "=b"]], columns=["=x", "=x"])
    rows = list(csv.reader(io.StringIO(csv_bytes(frame, LINE).decode("utf-8-sig"))))
    assert rows[:2] == [["'=x", "'=x"], ["'=a", "'=b"]]


def test_file_stem():
    assert file_stem("Organisaties per sector") == "organisaties-per-sector"
    assert file_stem("???") == "tabel"
    assert file_stem("Één café") == "een-cafe"


def test_file_stem_is_bounded_and_cut_between_words():
    assert file_stem("Netwerk van " + "heel lange naam " * 500) == (
        "netwerk-van-" + "heel-lange-naam-" * 3).rstrip("-")
    assert len(file_stem("x" * 10_000)) == 60
