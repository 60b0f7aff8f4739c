"""Every download is defused (dashboard.publish.defuse, docs/decisions/0012), whatever text the
data holds: hypothesis writes arbitrary text through the CSV, Excel and zip builders, and one
test walks every download the app offers, made from data with hostile text in every cell.

The checks (tests/robustness/downloads.py) read the files back as a spreadsheet or a reader
would: the file opens, it has the rows and columns written, no cell or line in a cell starts
like a formula, no control character or bidi override is left.
"""

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import streamlit as st
from hypothesis import given
from hypothesis import strategies as hs

from dashboard import i18n
from dashboard.data import load_dataset
from dashboard.data.schemas import TABLES
from dashboard.publish.defuse import defuse
from dashboard.publish.export import MAX_CELL, csv_bytes, xlsx_bytes
from dashboard.publish.open_data import FOLDER, package_zip
from dashboard.ui import cache
from dashboard.ui import card as card_module
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import factsheet_html
from tests.english_parity import captured_downloads
from tests.fixture_data import FIXTURE_DATA_DIR
from tests.pages.apptest import run_app
from tests.rendering.app import views
from tests.robustness.downloads import (
    DOWNLOAD_PAYLOADS,
    NUMBER,
    csv_problems,
    csv_rows,
    html_problems,
    poisoned_dataset,
    write_poisoned_copy,
    xlsx_problems,
    zip_problems,
)
from tests.robustness.hostile import text_columns
from tests.robustness.strategies import FUZZ, cell

# Text a person, a paste or a hostile file puts in a cell: the nasty cells of the fuzz tests,
# any text, and short runs of the characters this defuse is about.
SPECIAL = list("=+-@\t\r\n\x0b\x0c\x00\x07\x1b\x7f\x85\x9b\u2028\u2029\u202e\u202d\u2066'a1 ")
text = hs.one_of(cell, hs.sampled_from(DOWNLOAD_PAYLOADS),
                 hs.text(hs.sampled_from(SPECIAL), max_size=12))


@hs.composite
def tables(draw) -> pd.DataFrame:
    """A card's table: text columns and one column of whole numbers (negative ones too)."""
    rows = draw(hs.integers(0, 4))
    headers = draw(hs.lists(text, min_size=1, max_size=3))
    columns = {f"{i}": draw(hs.lists(text, min_size=rows, max_size=rows))
               for i in range(len(headers))}
    frame = pd.DataFrame(columns)
    frame["n"] = draw(hs.lists(hs.integers(-10**6, 10**6), min_size=rows, max_size=rows))
    frame.columns = [*headers, "Aantal"]
    return frame


@FUZZ
@given(frame=tables(), line=text)
def test_a_csv_of_any_text_reads_back_cell_for_cell(frame, line):
    payload = csv_bytes(frame, line)
    assert list(csv_problems("csv", payload)) == []
    rows = csv_rows(payload)
    width = frame.shape[1]
    assert [len(r) for r in rows] == [width] * (len(frame) + 1) + [0, 1]
    assert rows[0] == [defuse(str(c)) for c in frame.columns]
    for i in range(len(frame)):
        assert rows[i + 1] == [*(defuse(v) for v in frame.iloc[i, :-1]),
                               str(frame.iloc[i, -1])]
    assert rows[-1] == [defuse(line)]


@FUZZ
@given(frame=tables(), line=text)
def test_a_workbook_of_any_text_opens_with_every_cell(frame, line):
    payload = xlsx_bytes(frame, line, evidence=("Bronnen", frame))
    assert list(xlsx_problems("xlsx", payload)) == []
    book = openpyxl.load_workbook(io.BytesIO(payload))
    sheet = book["Gegevens"]
    assert sheet.max_column == frame.shape[1]
    for i in range(len(frame)):
        written = [c.value for c in sheet[i + 2]]
        assert written[-1] == frame.iloc[i, -1]
        for value, original in zip(written[:-1], frame.iloc[i, :-1], strict=True):
            expected = str(defuse(original))
            if len(expected) > MAX_CELL:
                assert len(value) == MAX_CELL and value.endswith("…")
            else:
                assert (value or "") == expected


# Free-text columns of each table (the results table leaves rows out, so it is not compared).
TEXT_TABLES = {table: columns for table, columns in text_columns().items()
               if columns and table != "monitor_indicators"}


@FUZZ
@given(table=hs.sampled_from(sorted(TEXT_TABLES)), data=hs.data())
def test_a_zip_of_any_text_keeps_its_rows_and_is_defused(module_data_copy, table, data):
    path = module_data_copy / f"{table}.csv"
    original = path.read_bytes()
    rows = csv_rows(original)
    try:
        for column in data.draw(hs.lists(hs.sampled_from(TEXT_TABLES[table]), min_size=1,
                                         max_size=3)):
            at = rows[0].index(column)
            row = data.draw(hs.integers(1, len(rows) - 1))
            rows[row][at] = data.draw(text)
        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
        payload = package_zip(module_data_copy)
    finally:
        path.write_bytes(original)
    assert list(zip_problems("zip", payload)) == []
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        written = csv_rows(archive.read(f"{FOLDER}/{table}.csv"))
    kinds = {f.name: f.kind for f in TABLES[table].fields}
    numbers = [kinds[name] in ("int", "float") for name in rows[0]]
    assert written == [rows[0], *([c if number and NUMBER.fullmatch(c) else defuse(c)
                                   for c, number in zip(r, numbers, strict=True)]
                                  for r in rows[1:])]


def every_download(tmp_path: Path) -> list[tuple[str, bytes | str]]:
    """Every download the app offers, made from the fixture with a payload in every free-text
    cell: each card's CSV and Excel file on every page, on the views that show the most
    (tests/rendering/app.py), in Dutch and English; every factsheet, the offline deck and the
    dataset zip.

    The pages get the poisoned dataset in memory (ui.cache's loader replaced), so nothing a
    loader check would refuse stops it before the downloads; the zip, which reads the files,
    gets a poisoned copy of them."""
    ds = poisoned_dataset(load_dataset(FIXTURE_DATA_DIR))
    files: list[tuple[str, bytes | str]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache, "load_dataset", lambda directory: ds)
        st.cache_resource.clear()
        made = captured_downloads(patch)
        try:
            for lang in ("nl", "en"):
                for page, query in views(ds):
                    if page != "presentatie":  # a slide offers no downloads (ADR 0003)
                        run_app(f"views/{page}.py", lang=lang, **query)
        finally:
            st.cache_resource.clear()
        files += made
    for lang in ("nl", "en"):
        files += [(f"factsheet {i} ({lang})", factsheet_html(ds, i, lang))
                  for i in ds.initiatives["initiative_id"]]
        files.append((f"deck ({lang})", deck_html(ds, lang)))
    copy = write_poisoned_copy(FIXTURE_DATA_DIR, tmp_path / "data")
    files.append(("dataset zip", package_zip(copy)))
    return files


def test_every_download_is_defused(tmp_path):
    """One test, so that the pages run once: the walk, and that it reached the payloads."""
    made = every_download(tmp_path)
    kinds = {name.rsplit(".", 1)[-1] if name.endswith((".csv", ".xlsx")) else name.split()[0]
             for name, _ in made}
    assert kinds == {"csv", "xlsx", "factsheet", "deck", "dataset"}
    problems = []
    for name, payload in made:
        if name.endswith(".csv"):
            problems += csv_problems(name, payload)
        elif name.endswith(".xlsx"):
            problems += xlsx_problems(name, payload)
        elif name == "dataset zip":
            problems += zip_problems(name, payload)
        else:
            problems += html_problems(name, payload)
    assert problems == []
    cards = [payload for name, payload in made if name.endswith(".csv")]
    assert len(cards) >= 20
    written = "".join(p.decode("utf-8-sig") for p in cards if isinstance(p, bytes))
    assert "'=1+1" in written and "\n'=HYPERLINK" in written and "Regel\n'=2" in written
    assert "\ufffd[31mrood\ufffd" in written and "omgekeerd" in written


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_card_download_that_cannot_be_built_says_so_in_the_file(lang, caplog):
    """What cannot be written still reaches the reader as a file that says why, in their
    language: Streamlit builds the file after the page ran, so the page cannot say it."""

    def broken() -> bytes:
        raise ValueError("a cell no writer takes")

    table = card_module._or_notice(broken, csv_bytes, lang)
    book = card_module._or_notice(broken, xlsx_bytes, lang)
    title, body = (i18n.t("card_download_failed", lang), i18n.t("card_download_failed_body", lang))
    assert csv_rows(table)[:2] == [[title], [body]]
    sheet = openpyxl.load_workbook(io.BytesIO(book)).active
    assert [sheet["A1"].value, sheet["A2"].value] == [title, body]
    assert body.startswith(("Deze tabel kon niet", "This table could not"))
    assert "a cell no writer takes" in caplog.text
