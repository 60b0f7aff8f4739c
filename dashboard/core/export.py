"""Tables as downloadable CSV and Excel files that carry their source line.

A table that leaves the dashboard must still say where its numbers come from, and must not
turn into a formula when a spreadsheet opens it.
"""

import io
import re

import pandas as pd

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


def xlsx_bytes(frame: pd.DataFrame, source_line: str, sheet: str = "Gegevens") -> bytes:
    """An Excel workbook: the table, then the source line two rows below it."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _safe(frame).to_excel(writer, sheet_name=sheet, index=False)
        worksheet = writer.sheets[sheet]
        worksheet.cell(row=len(frame) + 3, column=1, value=defuse(source_line))
    return buffer.getvalue()


def file_stem(title: str) -> str:
    """A file name from a card title: lowercase ASCII words joined by hyphens."""
    stem = re.sub(r"[^a-z0-9]+", "-", title.casefold().encode("ascii", "ignore").decode())
    return stem.strip("-") or "tabel"
