"""Running the real app (navigation, sidebar, page) headless in AppTest."""

import ast
import base64
import json
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from streamlit.testing.v1 import AppTest

from dashboard import config
from dashboard.ui.chart import COMPONENT

APP = str(config.ROOT / "dashboard" / "app.py")
# The admin app: Beheer alone (docs/decisions/0010-beheer-apart-behind-a-proxy.md).
ADMIN_APP = str(config.ROOT / "dashboard" / "beheer_app.py")


def page_scripts(app: str) -> list[str]:
    """The script of every `st.Page(...)` an app registers, read from its syntax tree."""
    tree = ast.parse(Path(app).read_text(encoding="utf-8"))
    return [node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Page"]


def app_of(page: str | None) -> str:
    """The app that registers `page` (e.g. 'views/beheer.py'): the admin app's pages are its
    own, every other page is the public app's."""
    return ADMIN_APP if page in page_scripts(ADMIN_APP) else APP


def run_app(page: str | None = None, app: str | None = None, **query: str) -> AppTest:
    """The app after its first run, switched to `page` (e.g. 'views/bronnen.py') if given; the
    app is the one that registers the page (app_of) unless `app` says otherwise."""
    at = AppTest.from_file(app or app_of(page), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def charts(at: AppTest) -> list:
    """The page's chart elements (ui.chart), in page order."""
    return [e for e in at.get("bidi_component") if e.proto.component_name == COMPONENT]


def chart_data(node) -> dict | None:
    """What a chart element sends the browser, its figure parsed; None for other elements."""
    if getattr(node, "type", "") != "bidi_component" or node.proto.component_name != COMPONENT:
        return None
    data = json.loads(node.proto.json)
    return {**data, "figure": json.loads(data["figure"])}


def figures(at: AppTest) -> list[go.Figure]:
    """The plotly figures on the page, rebuilt from their specs (typed arrays decoded)."""
    return [go.Figure(_decoded(chart_data(chart)["figure"])) for chart in charts(at)]


def _decoded(node):
    """Plotly sends numeric arrays as {'dtype', 'bdata'}; turn them back into lists."""
    if isinstance(node, dict):
        if set(node) >= {"dtype", "bdata"}:
            raw = np.frombuffer(base64.b64decode(node["bdata"]), dtype=node["dtype"])
            return raw.reshape(node["shape"]).tolist() if "shape" in node else raw.tolist()
        return {key: _decoded(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_decoded(value) for value in node]
    return node


def page_text(at: AppTest) -> str:
    """All Markdown on the page with escapes removed, as a reader would see it."""
    return " ".join(m.value for m in at.markdown).replace("\\", "")


class _Tables(HTMLParser):
    """The rows of every <table> in a piece of HTML, each cell as the text a reader sees. An
    excerpt cell reads as its excerpts joined by " | ", as in the data: what each one opens
    (its context in the source, behind "In de bron") is closed until clicked."""

    def __init__(self):
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._hidden = 0  # inside an excerpt's context or its "In de bron"

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("th", "td"):
            self._cell = []
        elif tag == "details" and self._cell:
            self._cell[:] = ["".join(self._cell).rstrip(), " | "]
        elif tag in ("p", "small") and self._cell is not None:
            self._hidden += 1

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self.tables[-1][-1].append("".join(self._cell))
            self._cell = None
        elif tag in ("p", "small") and self._cell is not None:
            self._hidden -= 1
        elif tag == "summary" and self._cell is not None:
            self._cell[:] = ["".join(self._cell).rstrip()]

    def handle_data(self, data):
        if self._cell is not None and not self._hidden:
            self._cell.append(data)


def html_tables(html: str) -> list[pd.DataFrame]:
    """The tables in a piece of HTML as frames of the text each cell shows: numbers as written
    ('1.250'), a missing value as ''."""
    parser = _Tables()
    parser.feed(html)
    return [pd.DataFrame(rows[1:], columns=rows[0]) for rows in parser.tables]


def tables(node) -> list[pd.DataFrame]:
    """The tables (viz.tables) in `node`, a page or part of one, in page order."""
    return [table for element in node.get("html") for table in html_tables(element.value)]


def shown_tables(at: AppTest) -> list[pd.DataFrame]:
    """The tables a page shows, without the lists of facts behind its cards."""
    where = {"Vindplaats (tabel:regel)", "Where in the data (table:line)"}
    return [table for table in tables(at) if not where & set(table.columns)]


FACT_TABS = {"Hoe weten we dit?", "How do we know?"}
TABLE_TABS = {"Tabel", "Table"}


def open_facts(at: AppTest) -> AppTest:
    """The page again with every card's "Hoe weten we dit?" tab and every such popover open,
    as a reader who clicks them all: the facts are drawn only while open."""
    for key in at.session_state:
        if key.startswith("facts-"):
            at.session_state[key] = True
    return _tabs_opened(at, FACT_TABS)


def open_tables(at: AppTest) -> AppTest:
    """The page again with every card's table tab open: a chart's table is drawn only then."""
    return _tabs_opened(at, TABLE_TABS)


def _tabs_opened(at: AppTest, labels: set[str]) -> AppTest:
    """Every card's tabs (keyed "tabs-…") switched to the tab named in `labels`, in the
    page's language."""
    (label,) = {tab.label for tab in at.tabs} & labels or {None}
    for key in at.session_state:
        if key.startswith("tabs-") and label:
            at.session_state[key] = label
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
