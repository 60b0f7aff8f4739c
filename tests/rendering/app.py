"""The text units of the app's pages as AppTest runs them, and of every card's downloads.

Each view is run once per language and drawn three times: as it opens (the cards' charts),
with every card's table tab open, and with every "Hoe weten we dit?" tab and popover open
(tests/pages/apptest.py): a tab's content is drawn only while it is open.
"""

import json
from collections.abc import Iterator

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.content.slide_plan import slide_plan
from dashboard.data import Dataset
from tests.pages.apptest import chart_data, html_tables, open_facts, open_tables, run_app
from tests.rendering.broken import HOME, HOME_GM, MEMBER
from tests.rendering.units import (
    Unit,
    csv_units,
    deck_units,
    figure_units,
    markdown_units,
    plain,
    row_units,
    xlsx_units,
)

TEXT = {"markdown", "caption", "title", "header", "subheader", "text", "info", "warning",
        "error", "success"}
# A case card's or a slide's name, or a section's: what the units below it are of.
CONTEXT = {"title", "header", "subheader"}


def views(ds: Dataset) -> list[tuple[str, dict[str, str]]]:
    """Every page on a view that shows the most of the initiatives the broken facts are
    attached to (when present), and every slide. Beheer shows no facts and is left out."""
    ids = list(ds.initiatives["initiative_id"])
    home = HOME if HOME in ids else ids[0]
    compared = [i for i in (home, MEMBER, *ids) if i in ids]
    gm = HOME_GM if home == HOME else ds.initiatives["gm_code"].dropna().iloc[0]
    pages: list[tuple[str, dict[str, str]]] = [
        ("overzicht", {}),
        ("kaart", {"gemeente": gm, "initiatief": home}),
        ("vergelijken", {"initiatives": ",".join(list(dict.fromkeys(compared))[:4])}),
        ("netwerken", {"initiative": home, "compare": MEMBER if MEMBER in ids else ids[-1]}),
        ("tijdlijn", {"monitor": "1", "periode": "alles"}),
        ("monitor", {}),
        ("bronnen", {}),
    ]
    pages += [("presentatie", {"slide": str(n)}) for n in range(1, len(slide_plan(ds)) + 1)]
    return pages


def _walk(node) -> Iterator:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def app_units(at: AppTest, place: str) -> Iterator[Unit]:
    """Every unit of what an AppTest run shows, in page order."""
    context = ""
    for node in _walk(at._tree):
        kind = getattr(node, "type", "")
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        if kind in TEXT:
            if kind in CONTEXT:
                context = plain(node.value)
            yield from markdown_units(place, node.value, context)
        elif kind == "metric":
            yield Unit(place, plain(f"{proto.label}: {proto.body} {proto.help}"), context)
        elif kind == "html":
            for table in html_tables(node.value):
                yield from row_units(place, _rows(table), context)
        elif (chart := chart_data(node)) is not None:
            yield from figure_units(place, chart["figure"], context)
        elif kind == "deck_gl_json_chart":
            tooltip = json.loads(proto.tooltip) if proto.tooltip else None
            yield from deck_units(place, {**json.loads(proto.json), "tooltip": tooltip},
                                  context)
        elif kind == "dataframe":
            yield from row_units(place, _rows(node.value), context)


def _rows(frame: pd.DataFrame) -> list[list[str]]:
    return [list(map(str, frame.columns)), *frame.astype(str).values.tolist()]


def page_units(page: str, query: dict[str, str], lang: str) -> list[Unit]:
    """The units of one view in one language: as it opens, with its tables, with its facts."""
    shown = "&".join(f"{k}={v}" for k, v in {**query, "lang": lang}.items())
    place = f"{page}?{shown}"
    at = run_app(f"views/{page}.py", lang=lang, **query)
    units = list(app_units(at, place))
    lazy = [key for key in at.session_state if key.startswith(("tabs-", "facts-"))]
    if any(key.startswith("tabs-") for key in lazy):
        units += app_units(open_tables(at), f"{place} (tabel)")
    if lazy:  # a slide has neither: it shows its cards' charts and tables as they are
        units += app_units(open_facts(at), f"{place} (hoe weten we dit)")
    return units


def download_units(made: list[tuple[str, bytes]]) -> Iterator[Unit]:
    for name, payload in dict(made).items():
        read = csv_units if name.endswith(".csv") else xlsx_units
        yield from read(f"download {name}", payload)
