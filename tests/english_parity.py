"""What English mode shows, as text, and which of it is still our own Dutch words.

English mode must show every text that is our own words in English (issue 15). This renders
what a reader can get (every page, with its evidence lists open, every slide, every
factsheet, the downloadable deck and every card's downloads), collects its text without the
sources' Dutch quotes (marked as such) and the proper names, and looks in it for Dutch own
words: every value of a Dutch column that has an English twin (taken from the schema, so a
new twin is covered without touching this) and every Dutch string of the interface.
"""

import csv
import io
import json
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

import openpyxl
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import i18n
from dashboard.content.slide_plan import slide_plan
from dashboard.data import Dataset
from dashboard.data.schemas import EVIDENCE_COLUMNS, TABLES, own_words_columns
from dashboard.i18n.labels import LABELS
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import factsheet_html
from dashboard.viz.network import short_name
from tests.pages.apptest import chart_data, html_tables, open_facts, open_tables, run_app

LANG = "en"
# Column headers and notes that mark the sources' Dutch words in English mode.
QUOTE_MARK = "in Dutch"
MARKED_QUOTE = re.compile(r"“[^”]*” \(quote, in Dutch\)")
# Text that is a name, not words of ours: it stays as written in every language. An
# organisation's or initiative's `name` is not here: it has an English twin (`name_en`),
# equal to it for a proper name, so a name that is partly our words is checked.
NAME_COLUMNS = {
    "initiatives": ("place",), "programmes": ("name",),
    "locations": ("name", "area"), "people": ("name",), "municipalities": ("name", "province"),
    "sources": ("title", "publisher"),
}
# Strings of the interface shorter than this are too common to be told apart from a name.
MIN_UI_LENGTH = 4
# Streamlit's proto fields that hold machinery, not text a reader sees.
MACHINERY = {"id", "form_id", "key", "deferred_file_id", "url", "spec", "json", "data",
             "theme", "icon", "type", "selection_mode", "component_name", "js_content"}
# Keys of a chart's or map's JSON that carry codes for the app and tests, never shown.
CHART_MACHINERY = {"meta", "customdata", "legendgroup", "uid", "ids", "id", "@@type"}


# --- what must not appear ------------------------------------------------------------------


def dutch_own_words(ds: Dataset) -> set[str]:
    """Every Dutch own-words value that differs from its English twin (a name kept as it is
    in both languages is no Dutch left behind)."""
    found = set()
    tables = ds.tables()
    for table in TABLES.values():
        frame = tables[table.name]
        for dutch, english in own_words_columns(table).items():
            for nl, en in zip(frame[dutch], frame[english], strict=True):
                if isinstance(nl, str) and nl.strip() and nl.casefold() != str(en).casefold():
                    found.add(nl.strip())
    return found


def dutch_names(ds: Dataset) -> set[str]:
    """The organisations' and initiatives' names that are partly our Dutch words (their
    `name_en` differs), and the short form of each that a network's node shows, where that
    differs from the English one too."""
    found = set()
    for frame in (ds.organisations, ds.initiatives):
        for nl, en in zip(frame["name"], frame["name_en"], strict=True):
            if nl.casefold() != en.casefold():
                found.add(nl)
                if short_name(nl) != short_name(en):
                    found.add(short_name(nl))
    return found


def dutch_interface_words() -> set[str]:
    """The Dutch strings and labels of the interface, or their literal parts between
    placeholders, where they differ from the English."""
    pairs = [*i18n.catalogue().values(),
             *(pair for vocabulary in LABELS.values() for pair in vocabulary.values())]
    found = set()
    for nl, en in pairs:
        for part in _literal_parts(nl):
            if len(part) >= MIN_UI_LENGTH and part.casefold() not in en.casefold():
                found.add(part)
    return found


def _literal_parts(template: str) -> Iterator[str]:
    for literal, _, _, _ in string.Formatter().parse(template):
        for line in literal.split("\n"):
            part = line.strip(" .,:;·()–-*_“”\"'`#>")
            if any(c.isalpha() for c in part):
                yield part


def allowed_text(ds: Dataset) -> list[str]:
    """Text that may stand in English mode as it is, longest first, to take out of what is
    shown before looking: proper names, ids, the sources' excerpts, and our English own
    words (reviewed translations, which keep names such as a training's and may gloss a
    Dutch term once)."""
    tables = ds.tables()
    names = [*NAME_COLUMNS.items(), ("organisations", ("name_en",)),
             ("initiatives", ("name_en",))]
    found = {value for table, columns in names for column in columns
             for value in tables[table][column].dropna()}
    found |= {short_name(name) for name in found}  # a network's node labels
    for table in TABLES.values():
        frame = tables[table.name]
        columns = [*EVIDENCE_COLUMNS, "programme_evidence", "programme_evidence_2",
                   "first_words", "last_words", "alias",
                   *own_words_columns(table).values(),
                   *(f.name for f in table.fields if f.kind in ("id", "ref"))]
        for column in columns:
            if column in frame:
                found |= set(frame[column].dropna())
    return sorted((str(v) for v in found if str(v).strip()), key=len, reverse=True)


def source_words(ds: Dataset) -> list[str]:
    """The sources' excerpts, and their aliases as quoted (“…”), longest first."""
    tables = ds.tables()
    found = {f"“{alias}”" for alias in ds.aliases["alias"]}
    for frame in tables.values():
        for column in (*EVIDENCE_COLUMNS, "programme_evidence", "programme_evidence_2"):
            if column in frame:
                found |= set(frame[column].dropna())
    return sorted((v for v in found if v.strip()), key=len, reverse=True)


def leftovers(texts: Iterable[str], ds: Dataset) -> dict[str, list[str]]:
    """Dutch own words (data and interface) found in `texts`, each with where it was seen.

    Marked quotes are taken out first (a name a chart wraps with '<br>' is joined again).
    Dutch names are looked for in what is left once the sources' excerpts and their quoted
    aliases (“CJG’s in de wijken”) are out too, since taking out `allowed_text` could hide
    one (an alias inside "CJG’s in de wijken (Groningen)"); the other Dutch own words are
    looked for once `allowed_text` is out. A value counts when it stands as words of its own
    (not inside a longer word)."""
    cleaned = "\n".join(texts).replace("\\", "").replace("-<br>", "-").replace("<br>", " ")
    cleaned = MARKED_QUOTE.sub(" ", cleaned)
    found: dict[str, list[str]] = {}
    words = _words(ds)
    _find(words.names, _without(cleaned, words.sources), found)
    _find(words.others, _without(cleaned, words.allowed), found)
    return found


@dataclass(frozen=True)
class _Words:
    """What `leftovers` looks for and takes out, worked out once per dataset (it is asked
    for every page, slide, factsheet and download of the same one)."""

    names: frozenset[str]
    sources: tuple[str, ...]
    others: frozenset[str]
    allowed: tuple[str, ...]


_WORDS: dict[int, tuple[Dataset, _Words]] = {}


def _words(ds: Dataset) -> _Words:
    cached = _WORDS.get(id(ds))
    if cached is None or cached[0] is not ds:
        names = dutch_names(ds)
        others = (dutch_own_words(ds) | dutch_interface_words()) - names
        cached = ds, _Words(frozenset(names), tuple(source_words(ds)), frozenset(others),
                            tuple(allowed_text(ds)))
        _WORDS[id(ds)] = cached
    return cached[1]


def _without(text: str, values: Iterable[str]) -> str:
    for value in values:
        text = text.replace(value, " ")
    return text


def _find(values: Iterable[str], text: str, found: dict[str, list[str]]) -> None:
    for value in values:
        if value not in text:  # the pattern below matches only where the value stands
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
            context = text[max(0, match.start() - 60): match.end() + 60]
            found.setdefault(value, []).append(context.replace("\n", " ⏎ "))


# --- what English mode shows ---------------------------------------------------------------


def _walk(node) -> Iterator:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def _proto_strings(message) -> Iterator[str]:
    for field, value in message.ListFields():
        if field.name in MACHINERY:
            continue
        items = value if field.is_repeated else [value]
        for item in items:
            if field.type == field.TYPE_MESSAGE:
                yield from _proto_strings(item)
            elif field.type == field.TYPE_STRING:
                yield item


def _json_strings(node) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in CHART_MACHINERY:
                yield from _json_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_strings(value)


def frame_text(frame: pd.DataFrame) -> Iterator[str]:
    """Headers and cells of a table, without the columns marked as Dutch quotes; a column
    of the sources' excerpts must be so marked."""
    for column in frame.columns:
        yield str(column)
        if QUOTE_MARK in str(column):
            continue
        cells = [str(v) for v in frame[column] if not pd.isna(v) and str(v)]
        assert not (cells and all(_is_excerpt(c) for c in cells)), \
            f"excerpts in column {column!r} are not marked as Dutch quotes"
        yield from cells


EXCERPTS: set[str] = set()  # the sources' excerpts of the dataset being checked


def _is_excerpt(cell: str) -> bool:
    return all(part in EXCERPTS for part in cell.split(" | "))


def page_text(at: AppTest) -> Iterator[str]:
    """Every text of an AppTest run: Markdown, labels, options, tables, charts, maps."""
    for node in _walk(at._tree):
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        kind = getattr(node, "type", "")
        if kind == "dataframe" or kind == "arrow_data_frame":
            yield from frame_text(node.value)
        elif kind == "html":  # the page's style and its tables: what a reader sees is the cells
            for table in html_tables(node.value):
                yield from frame_text(table)
            continue
        elif (chart := chart_data(node)) is not None:
            yield from _json_strings(chart)
        elif kind == "deck_gl_json_chart":
            yield from _json_strings(json.loads(proto.json))
        yield from _proto_strings(proto)


SCRIPTS = re.compile(r"<script\b.*?</script>", re.S)


class _HtmlText(HTMLParser):
    """The text of an HTML page, leaving out what is marked as Dutch (lang="nl")."""

    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self._dutch_depth = 0
        self._stack: list[bool] = []

    def handle_starttag(self, tag, attrs):
        dutch = dict(attrs).get("lang") == "nl"
        if tag in {"meta", "br", "link", "img", "hr", "input"}:
            return
        self._stack.append(dutch)
        self._dutch_depth += dutch

    def handle_endtag(self, tag):
        if tag in {"meta", "br", "link", "img", "hr", "input"} or not self._stack:
            return
        self._dutch_depth -= self._stack.pop()

    def handle_data(self, data):
        if not self._dutch_depth:
            self.text.append(data)


def html_text(html: str) -> list[str]:
    parser = _HtmlText()
    parser.feed(html)
    return parser.text


def download_text(name: str, payload: bytes) -> Iterator[str]:
    """The text of a CSV or Excel download, without its columns marked as Dutch quotes."""
    if name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
        sheets = {"": [row for row in rows if len(row) == len(rows[0])]}
        yield from (row[0] for row in rows if len(row) == 1)  # the source line
    else:
        book = openpyxl.load_workbook(io.BytesIO(payload), read_only=True)
        sheets = {sheet.title: [["" if c is None else str(c) for c in row]
                                for row in sheet.iter_rows(values_only=True)]
                  for sheet in book.worksheets}
    for title, rows in sheets.items():
        yield title
        width = len(rows[0])
        body = [row for row in rows[1:] if len(row) == width]
        yield from frame_text(pd.DataFrame(body, columns=rows[0]))
        yield from (cell for row in rows[1:] if len(row) != width for cell in row)


# --- rendering everything ------------------------------------------------------------------


def views(ds: Dataset) -> list[tuple[str, dict[str, str]]]:
    """Every page on its default view and on views that show more (a chosen place, every
    initiative side by side, a second network), and every slide."""
    ids = list(ds.initiatives["initiative_id"])
    placed = ds.initiatives.dropna(subset=["gm_code"])
    rated = list(dict.fromkeys(ds.ratings["initiative_id"])) or ids[:1]
    shown = [
        ("overzicht", {}), ("kaart", {}), ("vergelijken", {}), ("netwerken", {}),
        ("tijdlijn", {}), ("monitor", {}), ("bronnen", {}),
        ("tijdlijn", {"rijen": "gemeente"}),
        ("vergelijken", {"initiatives": ",".join((rated + ids)[:4])}),
        ("netwerken", {"initiative": ids[-1], "compare": ids[0]}),
    ]
    shown += [("kaart", {"gemeente": gm, "initiatief": i})
              for gm, i in zip(placed["gm_code"], placed["initiative_id"], strict=True)]
    shown += [("presentatie", {"slide": str(n)})
              for n in range(1, len(slide_plan(ds)) + 1)]
    return shown


def captured_downloads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bytes]]:
    """Every card's downloads, built as a click would build them, while pages run."""
    from dashboard.ui import card as card_module

    made: list[tuple[str, bytes]] = []
    offer = card_module.downloads

    def downloads(row, card):
        offer(row, card)
        line, lang = card.source.text(), card.source.lang
        made.append((f"{card.title} ({lang}).csv", card_module._csv(card.sourced, line, lang)))
        made.append((f"{card.title} ({lang}).xlsx",
                     card_module._xlsx(card.sourced, card.behind, line, lang)))

    monkeypatch.setattr(card_module, "downloads", downloads)
    return made


def english_everything(ds: Dataset, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """All text English mode gives a reader, per place it was seen."""
    made = captured_downloads(monkeypatch)
    EXCERPTS.clear()
    EXCERPTS.update(v for frame in ds.tables().values() for c in EVIDENCE_COLUMNS
                    if c in frame for v in frame[c].dropna())
    seen: dict[str, list[str]] = {}
    for page, query in views(ds):
        for opened in (open_tables, open_facts):
            at = opened(run_app(f"views/{page}.py", lang=LANG, **query))
            seen[f"{page} {query} {opened.__name__}"] = list(page_text(at))
    for initiative_id in ds.initiatives["initiative_id"]:
        seen[f"factsheet {initiative_id}"] = html_text(factsheet_html(ds, initiative_id, LANG))
    # The deck's text as a reader sees it; its scripts (plotly.js, chart data) are code, and
    # the charts come from the same builders as the pages'.
    seen["deck"] = html_text(SCRIPTS.sub("", deck_html(ds, LANG)))
    for name, payload in made:
        seen.setdefault(f"download {name}", []).extend(download_text(name, payload))
    return seen


def dutch_left_in_english(ds: Dataset, monkeypatch: pytest.MonkeyPatch) -> dict[str, dict]:
    """Per place: the Dutch own words it shows in English mode (empty when none)."""
    found = {}
    for where, texts in english_everything(ds, monkeypatch).items():
        left = leftovers(texts, ds)
        if left:
            found[where] = left
    return found
