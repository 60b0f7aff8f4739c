"""The whole dataset as one zip for analysts: every CSV, its Frictionless Data Package, the
data dictionary and the attribution, so the download can be used without this project.

The package descriptor is made for the data directory being zipped (its sources), never copied
from data/, so the zip always describes the files inside it. The CSVs hold the rows of the
data files, written again: every text cell defused (dashboard.publish.defuse) and quoted, so a
spreadsheet opening one runs nothing and starts no row inside a cell.
"""

import csv
import io
import re
import zipfile
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.data.privacy import suppressed
from dashboard.data.schemas import PATTERNS, TABLES, Table
from dashboard.publish.datapackage import (
    DICTIONARY_FILE,
    PACKAGE_FILE,
    attribution,
    package_json,
    read_sources,
    table_text,
)
from dashboard.publish.defuse import defuse

FOLDER = "bso-pilots-data"
ATTRIBUTION_FILE = "ATTRIBUTION.md"
# A fixed time stamp: the same data gives the same zip, byte for byte.
STAMP = (2000, 1, 1, 0, 0, 0)
RESULTS = TABLES["monitor_indicators"]


# A number in a number column is a value to a spreadsheet, never a formula: "-3" stays "-3".
NUMBER = {kind: re.compile(PATTERNS[kind][0]) for kind in ("int", "float")}


def _cell(value: str, kind: str) -> str:
    number = NUMBER.get(kind)
    return value if number is not None and number.match(value) else str(defuse(value))


def _rows(data_dir: Path, file: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(table_text(data_dir, file), newline="")))


def _shown(table: Table, rows: list[list[str]]) -> list[list[str]]:
    """The rows that may be published: results on fewer than privacy.MIN_N respondents are
    left out, since their value and excerpts write the number."""
    if table is not RESULTS or not rows:
        return rows
    header, body = rows[0], rows[1:]
    at = header.index("n")
    numbers = pd.to_numeric(pd.Series([r[at] if at < len(r) else "" for r in body],
                                      dtype="string"), errors="coerce").astype("Float64")
    hidden = suppressed(pd.DataFrame({"n": numbers}))
    return [header, *(row for row, out in zip(body, hidden, strict=True) if not out)]


def table_csv(table: Table, data_dir: Path) -> str:
    """A table of `data_dir` as it is published: its shown rows, text defused, all quoted."""
    rows = _shown(table, _rows(data_dir, table.file))
    declared = {f.name: f.kind for f in table.fields}
    kinds = [declared.get(name, "text") for name in rows[0]] if rows else []
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerows([[_cell(value, "text") for value in row] for row in rows[:1]])
    writer.writerows([_cell(value, kinds[i] if i < len(kinds) else "text")
                      for i, value in enumerate(row)] for row in rows[1:])
    return buffer.getvalue()


def package_files() -> list[str]:
    """The files in the zip, in the order they are written (shown above the download)."""
    return [t.file for t in TABLES.values()] + [PACKAGE_FILE, DICTIONARY_FILE, ATTRIBUTION_FILE]


def package_zip(data_dir: Path) -> bytes:
    """The zip of the dataset in `data_dir`, its files in one folder; results on fewer than
    privacy.MIN_N respondents left out, since their value and excerpts write the number."""
    texts = {PACKAGE_FILE: package_json(data_dir),
             DICTIONARY_FILE: (config.DATA_DIR / DICTIONARY_FILE).read_text(encoding="utf-8"),
             ATTRIBUTION_FILE: attribution(read_sources(data_dir))}
    texts |= {t.file: table_csv(t, data_dir) for t in TABLES.values()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in package_files():
            info = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, texts[name].encode())
    return buffer.getvalue()
