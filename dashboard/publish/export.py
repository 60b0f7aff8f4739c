"""Tables as downloadable CSV and Excel files that carry their source line.

A table that leaves the dashboard must still say where its numbers come from, and must not
turn into a formula, a broken file or extra rows when a spreadsheet opens it: every text cell
and header goes through `defuse` (dashboard.publish.defuse), and the CSV quotes every text cell,
so a line break inside one cannot end its row.
"""

import csv
import io
import re
import unicodedata

import pandas as pd

from dashboard.publish.defuse import defuse

MAX_STEM = 60  # a file name readable in a download bar; the title itself is in the file
# Excel holds at most 32,767 characters in a cell and reports a longer one as damage to repair;
# a longer text is cut there, and says so with the ellipsis (the CSV keeps it whole).
MAX_CELL = 32_767
CUT = "…"


def _safe(frame: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """`frame` with its headers and text cells defused; numbers stay numbers. With `limit`,
    text longer than it is cut."""

    def cell(value: object) -> object:
        safe = defuse(value)
        if limit is not None and isinstance(safe, str) and len(safe) > limit:
            return safe[: limit - len(CUT)] + CUT
        return safe

    safe = frame.copy()
    safe.columns = [cell(str(c)) for c in safe.columns]
    for index in range(safe.shape[1]):  # by position: two headers may read the same
        values = safe.iloc[:, index]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            safe.isetitem(index, values.map(cell))
    return safe


def csv_bytes(frame: pd.DataFrame, source_line: str) -> bytes:
    """UTF-8 CSV (with BOM, so Excel reads accents) followed by a blank line and the source.
    Text cells are quoted and numbers are not, so a spreadsheet reads numbers as numbers."""
    buffer = io.StringIO()
    _safe(frame).to_csv(buffer, index=False, lineterminator="\n",
                        quoting=csv.QUOTE_NONNUMERIC)
    buffer.write("\n")
    csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL).writerow(
        [defuse(source_line)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, source_line: str, sheet: str = "Gegevens",
               evidence: tuple[str, pd.DataFrame] | None = None) -> bytes:
    """An Excel workbook: the table, then the source line two rows below it; and, if given,
    a second sheet (name, table) with the facts behind the table."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _safe(frame, MAX_CELL).to_excel(writer, sheet_name=sheet, index=False)
        worksheet = writer.sheets[sheet]
        worksheet.cell(row=len(frame) + 3, column=1, value=defuse(source_line))
        if evidence is not None:
            name, facts = evidence
            _safe(facts, MAX_CELL).to_excel(writer, sheet_name=name, index=False)
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
