"""Downloaded tables carry their source line and cannot run as spreadsheet formulas."""

import io

import openpyxl
import pandas as pd

from dashboard.publish.export import csv_bytes, defuse, file_stem, xlsx_bytes

TABLE = pd.DataFrame({"Naam": ["Assen", "=HYPERLINK(\"http://x\")"], "Aantal": [12, 3]})
LINE = "Bron: Nieuwsbrief Alert4you (2012)"


def test_csv_has_table_then_source_line():
    text = csv_bytes(TABLE, LINE).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0] == "Naam,Aantal"
    assert lines[1] == "Assen,12"
    assert lines[-1] == LINE
    assert pd.read_csv(io.StringIO(text), nrows=2)["Aantal"].tolist() == [12, 3]


def test_formulas_are_defused():
    assert defuse("=1+1") == "'=1+1"
    assert defuse("-5") == "'-5"
    assert defuse(5) == 5
    assert "'=HYPERLINK" in csv_bytes(TABLE, LINE).decode("utf-8-sig")


def test_xlsx_has_table_and_source_line():
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(TABLE, LINE))).active
    assert [c.value for c in sheet[1]] == ["Naam", "Aantal"]
    assert sheet.cell(row=2, column=2).value == 12
    assert sheet.cell(row=5, column=1).value == LINE
    assert str(sheet.cell(row=3, column=1).value).startswith("'=")


def test_file_stem():
    assert file_stem("Organisaties per sector") == "organisaties-per-sector"
    assert file_stem("???") == "tabel"
    assert file_stem("Één café") == "een-cafe"


def test_file_stem_is_bounded_and_cut_between_words():
    assert file_stem("Netwerk van " + "heel lange naam " * 500) == (
        "netwerk-van-" + "heel-lange-naam-" * 3).rstrip("-")
    assert len(file_stem("x" * 10_000)) == 60
