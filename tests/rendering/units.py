"""Text a reader sees, cut into units small enough that each shows one fact or a few.

A unit is one line of Markdown, one table row, one point of a chart with its hover text, one
object of a map with its tooltip, one list item or paragraph of an HTML file, one row of a
download. Its `place` says where it was seen (page and view, slide, factsheet, file); its
`context` is the heading it stands under (a case card's or a factsheet's name), for facts
whose subject a unit names only through where it stands.
"""

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

import openpyxl

from dashboard import i18n

CELL = " | "
_TAGS = re.compile(r"<[^>]+>")
_HOVER_FIELD = re.compile(r"%\{([a-z]+)(?:\[(\d+)\])?(?::[^}]*)?\}")


@dataclass(frozen=True)
class Unit:
    """`excerpt` and `certainty` are set on a row of a list of facts (a table with an
    evidence and a "how certain" column: Bronnen, "Hoe weten we dit?", a workbook's sources
    sheet): its excerpt cell, which says which fact the row is, and its "how certain" and
    "inferred" cells, which say how sure it is."""

    place: str
    text: str
    context: str = ""
    excerpt: str | None = None
    certainty: str | None = None


# The columns that make a table a list of facts, in either language.
EVIDENCE_HEADERS = {i18n.t("col_evidence", lang) for lang in i18n.LANGUAGES}
CERTAINTY_HEADERS = {i18n.t(key, lang) for key in ("col_modality", "col_inferred")
                     for lang in i18n.LANGUAGES}


def plain(text: str) -> str:
    """Text as read: Markdown escapes, emphasis and HTML line breaks out, spaces collapsed."""
    text = text.replace("\\", "").replace("<br>", " ").replace("**", "")
    return " ".join(_TAGS.sub(" ", text).split())


def row_units(place: str, rows: list[list[str]], context: str = "") -> Iterator[Unit]:
    """One unit per row of a table given as rows of cells, the first being its header; a
    row of a list of facts carries its excerpt. Rows of another width (a source line above
    a CSV's header) are units too."""
    if not rows:
        return
    header = rows[0]
    evidence = next((i for i, c in enumerate(header) if c in EVIDENCE_HEADERS), None)
    certain = [i for i, c in enumerate(header) if c in CERTAINTY_HEADERS]
    for row in rows[1:]:
        text = plain(CELL.join(row))
        if not text:
            continue
        if evidence is None or not certain or len(row) != len(header):
            yield Unit(place, text, context)
        else:
            yield Unit(place, text, context, row[evidence], " ".join(row[i] for i in certain))


def markdown_units(place: str, body: str, context: str = "") -> Iterator[Unit]:
    """One unit per line (a list item, a line of a caption)."""
    for line in body.split("\n"):
        if line.strip():
            yield Unit(place, plain(line), context)


# --- plotly figures ----------------------------------------------------------------------


def _at(value, index: int):
    if isinstance(value, list | tuple):
        return value[index] if index < len(value) else None
    return value


def _strings(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def _point_count(trace: dict) -> int:
    lengths = [len(trace[k]) for k in ("x", "y", "text", "hovertext", "customdata", "lat")
               if isinstance(trace.get(k), list)]
    return max(lengths, default=1 if trace.get("text") or trace.get("hovertext") else 0)


def _expanded(template: str, trace: dict, index: int) -> str:
    def field(match: re.Match) -> str:
        name, part = match.group(1), match.group(2)
        value = _at(trace.get(name), index)
        if part is not None and isinstance(value, list | tuple):
            value = value[int(part)] if int(part) < len(value) else None
        return "" if value is None else str(value)

    return _HOVER_FIELD.sub(field, template.replace("<extra></extra>", ""))


def figure_units(place: str, figure: dict, context: str = "") -> Iterator[Unit]:
    """A plotly figure (its JSON as a dict): one unit per point (its text, its hover text and
    its hover template filled in, custom data only where the template shows it: otherwise it
    holds codes for the app), one per trace name, and one per title, axis title, tick label
    and annotation."""
    for trace in figure.get("data", []):
        if trace.get("name"):
            yield Unit(place, plain(str(trace["name"])), context)
        for index in range(_point_count(trace)):
            parts = [*_strings(_at(trace.get("text"), index)),
                     *_strings(_at(trace.get("hovertext"), index))]
            template = _at(trace.get("hovertemplate"), index)
            if isinstance(template, str):
                parts.append(_expanded(template, trace, index))
            text = plain(" ".join(parts))
            if text:
                yield Unit(place, text, context)
    layout = figure.get("layout", {})
    titles = [layout.get("title"), (layout.get("legend") or {}).get("title")]
    for key, axis in layout.items():
        if key.startswith(("xaxis", "yaxis")) and isinstance(axis, dict):
            titles.append(axis.get("title"))
            titles.extend(axis.get("ticktext") or [])
    for title in titles:
        text = title.get("text") if isinstance(title, dict) else title
        if text:
            yield Unit(place, plain(str(text)), context)
    for note in layout.get("annotations", []) or []:
        if note.get("text"):
            yield Unit(place, plain(str(note["text"])), context)


# --- pydeck maps -------------------------------------------------------------------------

_DECK_FIELD = re.compile(r"\{(\w+)\}")


def deck_units(place: str, spec: dict, context: str = "") -> Iterator[Unit]:
    """A pydeck deck (its JSON as a dict): one unit per object, its tooltip filled in from the
    deck's tooltip template (or its own text fields when the deck has none)."""
    tooltip = spec.get("tooltip")
    template = tooltip.get("text") or tooltip.get("html") if isinstance(tooltip, dict) else None
    for layer in spec.get("layers", []):
        for record in layer.get("data") or []:
            if not isinstance(record, dict):
                continue
            if template:
                text = _DECK_FIELD.sub(lambda m, r=record: str(r.get(m.group(1), "")), template)
            else:
                text = " ".join(v for v in record.values() if isinstance(v, str))
            if text.strip():
                yield Unit(place, plain(text), context)


# --- HTML files --------------------------------------------------------------------------

BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption",
          "figcaption", "div", "section", "header", "footer", "table", "ul", "ol", "dl",
          "article", "main", "body", "blockquote", "td", "th"}
CELLS = {"td", "th"}
HEADINGS = {"h1", "h2"}


class _Blocks(HTMLParser):
    """The text of an HTML document cut at its blocks: a table row is one unit (its cells
    joined by CELL), a list item, paragraph, heading, term or description is one; each
    with the last <h1> before it, and the <h2> of its section, as its context. Scripts and
    styles are not text; a <script type="application/json"> holds a plotly figure and is kept
    for figure_units."""

    def __init__(self) -> None:
        super().__init__()
        self.units: list[tuple[str, str]] = []
        self.figures: list[tuple[dict, str]] = []
        self.context = ""
        self._title = ""
        self._buffer: list[str] = []
        self._rows: list[list[str]] = []  # open <tr>s, innermost last
        self._skip: str | None = None
        self._json = False
        self._heading: str | bool = False

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if not text:
            return
        if self._rows:
            self._rows[-1].append(text)
        else:
            self.units.append((text, self.context))
            if self._heading == "h1":
                self._title = self.context = text
            elif self._heading:
                self.context = f"{self._title} · {text}"

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._flush()
            self._skip = tag
            self._json = dict(attrs).get("type") == "application/json"
            return
        if tag == "br":
            self._buffer.append(" ")
        if tag in BLOCKS:
            self._flush()
        if tag == "tr":
            self._rows.append([])
        self._heading = tag if tag in HEADINGS else self._heading

    def handle_endtag(self, tag):
        if tag == self._skip:
            if self._json:
                self.figures.append((json.loads("".join(self._buffer)), self.context))
            self._skip, self._json, self._buffer = None, False, []
            return
        if tag in BLOCKS:
            self._flush()
        if tag in HEADINGS:
            self._heading = False
        if tag == "tr" and self._rows:
            cells = self._rows.pop()
            if cells:
                self.units.append((CELL.join(cells), self.context))

    def handle_data(self, data):
        if self._skip is None or self._json:
            self._buffer.append(data)


def html_units(place: str, html: str) -> Iterator[Unit]:
    """Every block of text of an HTML document, and every point of the figures it embeds."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    for text, context in parser.units:
        yield Unit(place, text, context)
    for figure, context in parser.figures:
        yield from figure_units(place, figure, context)


# --- downloads ---------------------------------------------------------------------------


def csv_units(place: str, payload: bytes) -> Iterator[Unit]:
    """One unit per row of a CSV file. The card downloads write their source line above the
    header; the header is the widest first row."""
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
    yield from _sheet_units(place, rows)


def xlsx_units(place: str, payload: bytes) -> Iterator[Unit]:
    """One unit per row of each sheet of a workbook, its sheet named in the place."""
    book = openpyxl.load_workbook(io.BytesIO(payload), read_only=True)
    for sheet in book.worksheets:
        rows = [["" if c is None else str(c) for c in row]
                for row in sheet.iter_rows(values_only=True)]
        yield from _sheet_units(f"{place} [{sheet.title}]", rows)


def _sheet_units(place: str, rows: list[list[str]]) -> Iterator[Unit]:
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return
    width = max(len(row) for row in rows)
    start = next(i for i, row in enumerate(rows) if len(row) == width)
    for row in rows[:start]:
        yield Unit(place, plain(CELL.join(row)))
    yield from row_units(place, rows[start:])
