"""Reading uploads within bounds: size, unpacked size, rows and encodings are checked before
parsing, each refusal says what to do; Excel's small numbers read as numbers."""

import io
import tracemalloc
import zipfile

import openpyxl
import pytest

from dashboard.admin import upload

SAVE_AS = ("save it as 'CSV UTF-8 (comma delimited)' (Dutch Excel: Opslaan als > "
           "'CSV UTF-8 (door komma's gescheiden)')")

HEADER = ["wave_id", "initiative_id", "indicator", "value", "unit", "n", "source_id"]
ROW = ["nji-meting-1", "assen", "synthetic-a", "12.5", "percent", "8", "samen-bso-nieuwsbrief-4"]


def csv_text(*rows: list[str]) -> str:
    return "\n".join(",".join(r) for r in [HEADER, *rows]) + "\n"


def workbook(*rows: list[object]) -> bytes:
    book = openpyxl.Workbook()
    for record in [HEADER, *rows]:
        book.active.append(record)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def padded(content: bytes, size: int) -> bytes:
    """The workbook with one more part of `size` zero bytes: a few KB packed, `size` unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("xl/media/padding.bin", b"\0" * size)
    return buffer.getvalue()


def messages(name: str, content: bytes) -> list[str]:
    return [message for _, _, message in places(name, content)]


def places(name: str, content: bytes) -> list[tuple[int | None, str | None, str]]:
    """Each problem's row, column and message."""
    frame, problems, _ = upload.read_upload(name, content)
    assert frame is None or problems or not frame.empty
    return [(p.row, p.column, p.message) for p in problems]


def test_a_valid_csv_and_workbook_read_the_same():
    from_csv, _, _ = upload.read_upload("a.csv", csv_text(ROW).encode())
    from_xlsx, _, _ = upload.read_upload("a.xlsx", workbook([*ROW[:3], 12.5, "percent", 8,
                                                             ROW[6]]))
    assert from_csv.equals(from_xlsx)


def test_an_upload_over_the_size_limit_is_refused_unread():
    content = csv_text(ROW).encode() + b" " * upload.MAX_UPLOAD_BYTES
    assert messages("a.csv", content) == ["is larger than 5 MB, the most that can be imported"]


def test_rows_are_counted_before_parsing():
    content = csv_text(*[ROW] * (upload.MAX_ROWS + 1)).encode()
    assert "more than 10,000 rows" in messages("a.csv", content)[0]
    assert "more than 10,000 rows" in messages("a.csv", b"a,b" + b"\r" * 20_000)[0]


def test_a_workbook_with_too_many_rows_is_refused():
    rows = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>x</t></is></c></row>'
                   for i in range(1, upload.MAX_ROWS + 5))
    assert "more than 10,000 rows" in messages("a.xlsx", with_sheet(workbook(), sheet_xml(rows)))[0]


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused_in_bounded_memory():
    content = padded(workbook(ROW), upload.MAX_UNPACKED_BYTES + 1)
    assert len(content) < 200_000  # small on the wire
    tracemalloc.start()
    try:
        found = messages("a.xlsx", content)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(found) == 1 and found[0].startswith("unpacks to 10 MB in ")
    assert found[0].endswith("parts; at most 10 MB can be imported")
    assert peak < 5 * 1024 * 1024


def test_a_workbook_with_too_many_columns_is_refused():
    wide = [f"c{i}" for i in range(upload.MAX_COLUMNS + 10)]
    assert messages("a.xlsx", workbook(wide)) == [f"has more than {upload.MAX_COLUMNS} columns"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_gets_a_message_that_says_what_to_do(encoding):
    found = messages("a.csv", csv_text(ROW).encode(encoding))
    assert found == ["is saved as UTF-16 ('Unicode text'), not as CSV; " + SAVE_AS]


def test_bytes_that_are_no_known_encoding_are_refused_not_garbled():
    found = places("a.csv", csv_text(ROW).encode() + b"x,\x81\x8d\x90\n")
    assert found == [(3, "initiative_id", "byte 0x81 is neither UTF-8 nor Windows-1252 text; "
                                          + SAVE_AS)]


def test_windows_1252_is_read_with_a_note():
    frame, problems, notes = upload.read_upload("a.csv", csv_text([*ROW[:2], "één", *ROW[3:]])
                                                .encode("cp1252"))
    assert not problems and frame.at[0, "indicator"] == "één"
    assert notes == ["read as Windows-1252 text (not UTF-8)"]


@pytest.mark.parametrize(("cell", "text"), [
    (0.00001, "0.00001"), (1e-9, "0.000000001"), (12.0, "12"),
    (1e300, "1" + "0" * 300), (-2.5, "-2.5"),
])
def test_excel_numbers_are_written_out_never_in_exponent_form(cell, text):
    frame, problems, _ = upload.read_upload("a.xlsx", workbook([*ROW[:3], cell, *ROW[4:]]))
    assert not problems and frame.at[0, "value"] == text


def with_sheet(content: bytes, sheet_xml: bytes) -> bytes:
    """The workbook with its first sheet replaced by `sheet_xml`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            is_sheet = item.filename == "xl/worksheets/sheet1.xml"
            target.writestr(item, sheet_xml if is_sheet else source.read(item))
    return buffer.getvalue()


def sheet_xml(rows: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
            'formats.org/spreadsheetml/2006/main"><sheetData>' + rows
            + "</sheetData></worksheet>").encode()


def test_a_sheet_of_many_empty_rows_is_refused_by_its_row_count():
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' + "".join(
        f'<row r="{i}"/>' for i in range(2, 300_000))
    found = messages("a.xlsx", with_sheet(workbook(), sheet_xml(rows)))
    assert "more than 10,000 rows" in found[0]


def test_one_huge_cell_is_refused_at_its_place():
    huge = '<row r="2"><c r="C2" t="inlineStr"><is><t>' + "x" * 2_000_000 + "</t></is></c></row>"
    header = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{h}</t></is></c>'
                     for c, h in zip("ABCDEFG", HEADER, strict=True))
    found = upload.read_upload("a.xlsx", with_sheet(workbook(), sheet_xml(
        f'<row r="1">{header}</row>' + huge)))[1]
    assert [(p.row, p.column, p.message) for p in found] == [
        (2, "indicator", "is 2,000,000 characters long; at most 1,000 fit")]


def test_a_number_cell_of_thousands_of_digits_is_explained():
    cells = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{h}</t></is></c>'
                    for c, h in zip("ABCDEFG", HEADER, strict=True))
    rows = f'<row r="1">{cells}</row><row r="2"><c r="D2"><v>{"9" * 5000}</v></c></row>'
    assert messages("a.xlsx", with_sheet(workbook(), sheet_xml(rows))) == [
        "a cell holds a number of thousands of digits; a number has at most 15"]
    rows = f'<row r="1">{cells}</row><row r="2"><c r="D2"><v>{"9" * 400}</v></c></row>'
    frame, problems, _ = upload.read_upload("a.xlsx", with_sheet(workbook(), sheet_xml(rows)))
    assert not problems and frame.at[0, "value"] == "9" * 400  # the importer's digit check
