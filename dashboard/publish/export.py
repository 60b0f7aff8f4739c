"""Tables as downloadable CSV and Excel files that carry their source line.

A table that leaves the dashboard must still say where its numbers come from, and must not
turn into a formula when a spreadsheet opens it.
"""

import io
import re
import unicodedata

import pandas as pd

MAX_STEM = 60  # a file name readable in a download bar; the title itself is in the file

# Cells starting with these are read as formulas by spreadsheet programs (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    safe = frame.copy()
    safe.columns = [defuse(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(defuse)
    return safe


def csv_bytes(frame: pd.DataFrame, source_line: str) -> bytes:
    """UTF-8 CSV (with BOM, so Excel reads accents) followed by a blank line and the source."""
    buffer = io.StringIO()
    _safe(frame).to_csv(buffer, index=False, lineterminator="\n")
    buffer.write("\n")
    pd.DataFrame([[defuse(source_line)]]).to_csv(buffer, index=False, header=False,
                                                 lineterminator="\n")
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, source_line: str, sheet: str = "Gegevens",
               evidence: tuple[str, pd.DataFrame] | None = None) -> bytes:
    """An Excel workbook: the table, then the source line two rows below it; and, if given,
    a second sheet (name, table) with the facts behind the table."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _safe(frame).to_excel(writer, sheet_name=sheet, index=False)
        worksheet = writer.sheets[sheet]
        worksheet.cell(row=len(frame) + 3, column=1, value=defuse(source_line))
        if evidence is not None:
            name, facts = evidence
            _safe(facts).to_excel(writer, sheet_name=name, index=False)
    return buffer.getvalue()


def file_stem(title: str) -> str:
    """A file name from a card title or an id: lowercase ASCII words joined by hyphens, at
    most MAX_STEM characters (cut between words), since titles carry names from the data and
    file systems refuse names over 255 bytes."""
    ascii_title = unicodedata.normalize("NFKD", title.casefold()).encode("ascii", "ignore")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.decode()).strip("-")
    if len(stem) > MAX_STEM:
        cut = stem[: MAX_STEM + 1]
        stem = cut[: cut.rfind("-")] if "-" in cut else stem[:MAX_STEM]
    return stem or "tabel"
