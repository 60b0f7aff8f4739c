"""A table as the page shows it: HTML, drawn by the browser as it is.

Streamlit's data grid cost every page that showed one a noticeable part of its drawing time
in the browser (its code and a canvas; benchmarks/results/design.md), and it cut long excerpts
off at the column's edge. The cards' tables
are text a reader reads, not data to explore: the downloads carry every row for that.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

import pandas as pd
from markupsafe import Markup

from dashboard.data.context import InContext
from dashboard.i18n import t
from dashboard.i18n.formatting import number_text
from dashboard.viz.templates_env import template

TEMPLATE = "table.html.j2"
# Up to this many rows a table is shown whole; a longer one scrolls in a box of its own, so the
# card stays on screen, and says how many rows it holds.
WHOLE_ROWS = 15
# What a comparison table writes where the sources give no value: a grey dash, explained once
# in the card's caption, instead of the same words in every empty cell.
UNKNOWN_MARK = "–"


@dataclass(frozen=True)
class Column:
    name: str
    numeric: bool


Quotes = Sequence[tuple[InContext, ...]]


def table_html(table: pd.DataFrame, label: str, lang: str,
               in_source: Mapping[str, Quotes] | None = None) -> Markup:
    """`table` as a scrollable HTML table named `label` (autoescaped: its text comes from
    editable CSV files and the source texts). Numbers are written the language's way and
    right-aligned; a missing value is an empty cell.

    A column named in `in_source` shows, per row, its excerpts each with its context one click
    away (data.context): the sentences around it in its source, the excerpt marked, or that
    the source text is not here. A `<details>` element opens it in place, in the browser, so a
    list of hundreds of excerpts costs the page no widget and no rerun."""
    in_source = in_source or {}
    columns = [Column(str(name), pd.api.types.is_numeric_dtype(dtype)
                      and not pd.api.types.is_bool_dtype(dtype))
               for name, dtype in table.dtypes.items()]
    rows: list[list[str | tuple[InContext, ...]]] = [
        [_cell(value, column.numeric, lang) for value, column in zip(row, columns, strict=True)]
        for row in table.itertuples(index=False, name=None)]
    for position, column in enumerate(columns):
        if column.name in in_source:
            for row, quotes in zip(rows, in_source[column.name], strict=True):
                row[position] = quotes
    more = t("table_scrolls", lang, count=number_text(len(rows), lang)) \
        if len(rows) > WHOLE_ROWS else None
    return Markup(template(TEMPLATE).render(
        label=label, columns=columns, rows=rows, more=more, unknown=UNKNOWN_MARK, lang=lang,
        in_source=t("in_source", lang), not_here=t("in_source_not_here", lang)))


def _cell(value: object, numeric: bool, lang: str) -> str:
    if pd.isna(value):
        return ""
    return number_text(cast(float, value), lang) if numeric else str(value)
