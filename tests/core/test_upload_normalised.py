"""Uploads bounded and normalised before parsing: width counted on the header line, rows
measured before they are split, one encoding per file, no control characters, direction
overrides or line breaks in a cell, column names and identifiers in one Unicode form, and a
workbook of one visible sheet. Each case with the literal problem a curator sees."""

import io
import unicodedata

import openpyxl
import pytest

from dashboard.admin import upload
from tests.core.test_upload import HEADER, ROW, SAVE_AS, csv_text, places, workbook

SINGLE_LINE = ("a cell holds a line break, or its opening quote is not closed on its line; each "
               "cell of a monitor wave is one line")


def row_with(column: str, value: str) -> list[str]:
    return [value if name == column else cell for name, cell in zip(HEADER, ROW, strict=True)]


def test_five_megabytes_of_commas_are_refused_by_the_header_count():
    content = b"," * upload.MAX_UPLOAD_BYTES
    assert places("a.csv", content) == [
        (1, None, "has 5,242,881 columns; at most 50 can be imported")]


def test_a_header_of_ten_thousand_columns_is_refused():
    header = ",".join(f"c{i}" for i in range(10_000))
    assert places("a.csv", f"{header}\n{header}\n".encode()) == [
        (1, None, "has 10,000 columns; at most 50 can be imported")]


def test_a_row_of_a_million_commas_is_refused_unsplit():
    content = csv_text(ROW).encode() + b"," * 1_000_000 + b"\n"
    assert places("a.csv", content) == [
        (3, None, "is 1,000,000 characters long; a row of at most 50 cells fits in 100,150")]


def test_a_row_with_more_cells_than_the_cap_is_refused_from_its_line():
    content = csv_text(ROW).encode() + b"x" + b",x" * 59 + b"\n"
    assert places("a.csv", content) == [(3, None, "has 60 cells; at most 50 can be imported")]


def test_a_wide_row_of_quoted_cells_is_split_within_its_line_bound_and_refused():
    content = csv_text(ROW).encode() + b'"x",' * 20_000 + b"\n"
    assert places("a.csv", content) == [(3, None, "has 20,001 cells but the header has 7")]


@pytest.mark.parametrize(("second", "message"), [
    ("Indicator", "column appears more than once (as 'indicator', 'Indicator')"),
    ("indicator ", "column appears more than once"),
    ("indi\u200bcator", "column appears more than once (as 'indicator', 'indi\\u200bcator')"),
])
def test_column_names_that_differ_only_in_case_spaces_or_invisibles_are_one_column(second,
                                                                                  message):
    header = ",".join([*HEADER, second])
    content = f"{header}\n{','.join([*ROW, 'x'])}\n".encode()
    assert places("a.csv", content) == [(1, "indicator", message)]


def test_decomposed_and_composed_column_names_are_one_column():
    header = ",".join([*HEADER, "e\u0301e\u0301n", "\u00e9\u00e9n"])
    content = f"{header}\n{','.join([*ROW, 'x', 'y'])}\n".encode()
    assert places("a.csv", content) == [(1, "\u00e9\u00e9n", "column appears more than once")]


def test_repeated_columns_are_found_in_one_pass():
    found = upload.repeated_columns("a.csv", [f"c{i % 25_000}" for i in range(50_000)])
    assert len(found) == 25_000 and found[0].message == "column appears more than once"


def test_utf8_text_is_read_as_utf8_without_a_note():
    frame, problems, notes = upload.read_upload("a.csv", csv_text(row_with("indicator", "één"))
                                                .encode())
    assert (problems, notes) == ([], []) and frame.at[0, "indicator"] == "één"


def test_one_windows_1252_byte_in_utf8_text_is_refused_at_its_cell():
    content = csv_text(row_with("indicator", "één")).encode() + \
        ",".join(row_with("unit", "caf\u00e9")).encode("cp1252") + b"\n"
    assert places("a.csv", content) == [
        (3, "unit", "byte 0xE9 is not UTF-8, but other text in the file is: two encodings are "
                    "mixed (a paste from another file?); retype the cell or " + SAVE_AS)]


def test_a_windows_1252_file_after_a_utf8_byte_order_mark_is_mixed():
    content = b"\xef\xbb\xbf" + csv_text(row_with("indicator", "één")).encode("cp1252")
    assert places("a.csv", content)[0][:2] == (2, "indicator")


@pytest.mark.parametrize(("char", "name"), [
    ("\x00", "U+0000 (NULL)"), ("\x1b", "U+001B (ESCAPE)"), ("\x7f", "U+007F (DELETE)"),
    ("\x08", "U+0008 (BACKSPACE)"), ("\x9b", "U+009B (control character)"),
])
def test_a_control_character_anywhere_is_refused_with_its_place(char, name):
    rows = [ROW] * 400 + [row_with("indicator", f"sy{char}nthetic-a")]
    assert places("a.csv", csv_text(*rows).encode()) == [
        (402, "indicator", f"holds the control character {name} at character 3 of cell 3, "
                           "which no typed text has (a paste from another program?); remove it")]


def test_a_control_character_that_strip_would_remove_is_refused_too():
    """'\\x1f' alone counts as white space to str.strip(): it would vanish unseen."""
    assert places("a.csv", csv_text(row_with("unit", "\x1f")).encode()) == [
        (2, "unit", "holds the control character U+001F (INFORMATION SEPARATOR ONE) at "
                    "character 1 of cell 5, which no typed text has (a paste from another "
                    "program?); remove it")]


def test_a_direction_override_is_refused():
    assert places("a.csv", csv_text(row_with("indicator", "a\u202eb")).encode()) == [
        (2, "indicator", "holds U+202E (RIGHT-TO-LEFT OVERRIDE) at character 2 of cell 3, "
                         "which turns the text after it around on screen; remove it")]


def test_a_forbidden_character_in_the_header_is_placed_at_the_header_row():
    content = csv_text(ROW).replace("unit", "un\x07it", 1).encode()
    assert places("a.csv", content) == [
        (1, None, "holds the control character U+0007 (BELL) at character 3 of cell 5, which "
                  "no typed text has (a paste from another program?); remove it")]


def test_a_file_of_nul_bytes_names_the_nul():
    found = places("a.csv", b"\x00" * 200_000)
    assert found[-1] == (1, None, "holds the control character U+0000 (NULL), which no typed "
                                  "text has (a paste from another program?); remove it")


def test_many_cells_with_control_characters_are_listed_up_to_a_bound():
    found = places("a.csv", csv_text(*[row_with("unit", "\x00")] * 60).encode())
    assert len(found) == upload.MAX_LISTED + 1
    assert found[-1] == (None, None, "and 10 more cells with such characters")


@pytest.mark.parametrize("cell", ['"synth\retic"', '"synth\nretic"', '"synth\r\nretic"'])
def test_a_line_break_in_a_quoted_cell_is_refused_at_its_cell(cell):
    content = csv_text(ROW, row_with("indicator", cell)).encode()
    assert places("a.csv", content) == [(3, "indicator", SINGLE_LINE)]


def test_an_unclosed_quote_on_the_last_line_is_refused():
    content = csv_text(ROW).encode() + ",".join(row_with("unit", '"percent')).encode()
    assert places("a.csv", content) == [(3, "unit", SINGLE_LINE)]


def test_a_unicode_line_separator_in_a_cell_is_refused():
    assert places("a.csv", csv_text(row_with("indicator", "a\u2028b")).encode()) == [
        (2, "indicator", "holds a line break, U+2028 (LINE SEPARATOR) at character 2 of cell 3; "
                         "each cell of a monitor wave is one line")]


def test_identifiers_are_read_in_composed_form_and_other_text_as_written():
    decomposed = "Sco\u0301re"
    frame, problems, _ = upload.read_upload("a.csv", csv_text(
        row_with("indicator", decomposed)).encode())
    assert not problems
    assert frame.at[0, "indicator"] == "Scóre" == unicodedata.normalize("NFC", decomposed)


def test_a_line_break_in_an_excel_cell_is_refused():
    assert places("a.xlsx", workbook(row_with("indicator", "synth\netic"))) == [
        (2, "indicator", "holds a line break, U+000A (LINE FEED) at character 6 of cell 3; "
                         "each cell of a monitor wave is one line")]


def book_of(*sheets: tuple[str, str]) -> bytes:
    """A workbook of sheets (title, state), each holding a valid wave."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, state in sheets:
        sheet = book.create_sheet(title)
        for record in [HEADER, ROW]:
            sheet.append(record)
        sheet.sheet_state = state
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


ONE_SHEET = ("only a workbook of one visible sheet is imported: delete the other sheets, or save "
             "the sheet as " + SAVE_AS.removeprefix("save it as "))


@pytest.mark.parametrize(("sheets", "named"), [
    ([("Oud", "hidden"), ("Meting", "visible")], "2 sheets: 'Oud' (hidden), 'Meting'"),
    ([("Meting", "visible"), ("X", "veryHidden")], "2 sheets: 'Meting', 'X' (very hidden)"),
    ([("Meting", "visible"), ("Toelichting", "visible")], "2 sheets: 'Meting', 'Toelichting'"),
])
def test_a_workbook_of_more_than_one_sheet_or_a_hidden_one_is_refused(sheets, named):
    assert places("a.xlsx", book_of(*sheets)) == [(None, None, f"has {named}; {ONE_SHEET}")]


def test_a_workbook_of_one_visible_sheet_is_read():
    frame, problems, notes = upload.read_upload("a.xlsx", book_of(("Meting", "visible")))
    assert (problems, notes) == ([], []) and list(frame.iloc[0]) == ROW
