"""A chart or table card that cannot be shown without its sources.

Every number on screen must be traceable, so a card is given the table behind it with the
facts behind each row (a FACTS column) and derives from them its source line, the list of
facts one tab away ("Hoe weten we dit?") and the sources sheet of its downloads. A
table without facts is refused before anything is drawn.
"""

import zlib
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from markupsafe import Markup
from streamlit.delta_generator import DeltaGenerator

from dashboard import i18n
from dashboard.data.memo import memo
from dashboard.data.refs import FACTS, row_evidence
from dashboard.publish.export import csv_bytes, file_stem, xlsx_bytes
from dashboard.ui.chart import plotly_chart
from dashboard.ui.data import dataset
from dashboard.ui.lang import current, t, tm
from dashboard.ui.lazy import opened_tabs
from dashboard.ui.provenance import Behind, SourceLine, evidence_table, facts_list
from dashboard.ui.text import md_escape, show_markup
from dashboard.viz.charts import for_projector
from dashboard.viz.tables import UNKNOWN_MARK, table_html

MAX_SCREEN_ROWS = 300
CHART_TABS = ("card_tab_chart", "card_tab_table", "card_tab_facts")
TABLE_TABS = ("card_tab_table", "card_tab_facts")
DOWNLOAD_ICON = ":material/download:"


def card(title: str, content: go.Figure | pd.DataFrame, caption: str | None = None,
         data: pd.DataFrame | None = None, presenting: bool = False,
         lists_its_facts: bool = False) -> None:
    """A bordered card, as a chart card of Our World in Data: the title, the figure or table
    first, the table and the facts behind it one tab away, and one closing line with the
    sources and the downloads.

    A table card's `content`, or a chart card's `data` (the table behind the figure, shown as
    its accessible alternative), carries FACTS; the card shows the table without it. A table
    card downloads the table itself. `presenting` drops the tabs, the downloads and the source
    line: a projected slide has no room or use for the first two, and names the sources of
    all it shows once, at its foot (ui.slides). A tab's content is drawn only while it is open
    (ui.lazy). A table that is itself the list of facts with their excerpts (Bronnen) says
    `lists_its_facts` and is not listed a second time.
    """
    sourced = content if isinstance(content, pd.DataFrame) else data
    if sourced is None:
        raise ValueError("a chart card needs `data`: the table behind it, with its facts")
    behind = Behind.of(sourced)
    source = SourceLine.of_facts(behind.all_refs())
    table = without_facts(sourced)
    key = _card_key(title, table, source)
    with st.container(border=True):
        st.markdown(f"**{md_escape(title)}**")
        if presenting:
            _projected(content, table, title)
        elif lists_its_facts:
            screen_table(table, title)
        else:
            _tabs(content, table, behind, title, key)
        notes = [caption] if caption else []
        if has_unknown_cells(table):
            notes.append(t("unknown_mark_legend"))
        if notes:
            st.caption(md_escape(" ".join(notes)))
        if not presenting:
            closing = st.container(horizontal=True, vertical_alignment="center")
            closing.caption(source.markdown())
            downloads(closing, title, key, sourced, behind, source)


def _projected(content: go.Figure | pd.DataFrame, table: pd.DataFrame, title: str) -> None:
    if isinstance(content, go.Figure):
        plotly_chart(for_projector(content))
    else:
        screen_table(table, title)


def _tabs(content: go.Figure | pd.DataFrame, table: pd.DataFrame, behind: Behind, title: str,
          key: str) -> None:
    """Chart · Table · How do we know? (a table card has no chart tab)."""
    if isinstance(content, go.Figure):
        chart, shown, facts = opened_tabs(CHART_TABS, f"tabs-{key}")
        if chart is not None:
            with chart:
                plotly_chart(content)
    else:
        shown, facts = opened_tabs(TABLE_TABS, f"tabs-{key}")
    if shown is not None:
        with shown:
            screen_table(table, title)
    if facts is not None:
        with facts:
            facts_list(behind, title)


def screen_table(table: pd.DataFrame, label: str) -> None:
    """A table on screen (viz.tables), named `label`, shows its first MAX_SCREEN_ROWS rows and
    says so; the downloads keep every row. Nobody reads thousands of rows on screen, and
    sending them made a page's time grow with the data."""
    show_markup(_screen_html(table, label, current()))
    if len(table) > MAX_SCREEN_ROWS:
        st.caption(tm("card_first_rows", shown=MAX_SCREEN_ROWS, count=len(table)))


@memo
def _screen_html(table: pd.DataFrame, label: str, lang: str) -> Markup:
    """Built once per table: most card tables are cached frames (core.memo keeps the HTML with
    them)."""
    return table_html(table.head(MAX_SCREEN_ROWS), label, lang)


def _card_key(title: str, table: pd.DataFrame, source: SourceLine) -> str:
    """What the card's widgets are keyed by. Two cards may share a title on one page; their
    tables or sources tell them apart."""
    identity = repr((table.shape, list(table.columns), source.text()))
    return f"{file_stem(title)}-{zlib.crc32(identity.encode())}"


def downloads(row: DeltaGenerator, title: str, key: str, sourced: pd.DataFrame, behind: Behind,
              source: SourceLine) -> None:
    """CSV and Excel buttons in `row` for the table as shown (`sourced` is it with FACTS); the
    files are built only when clicked. Both keep each row's sources and excerpts beside it;
    the workbook adds a sheet with the facts behind it."""
    stem, line, lang = file_stem(title), source.text(), current()
    row.download_button(t("card_download_csv"), partial(_csv, sourced, line, lang),
                        file_name=f"{stem}.csv", mime="text/csv", on_click="ignore",
                        key=f"csv-{key}", type="tertiary", icon=DOWNLOAD_ICON,
                        help=t("card_download_help"))
    row.download_button(t("card_download_xlsx"), partial(_xlsx, sourced, behind, line, lang),
                        file_name=f"{stem}.xlsx", on_click="ignore", key=f"xlsx-{key}",
                        type="tertiary", icon=DOWNLOAD_ICON, help=t("card_download_help"),
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@memo
def has_unknown_cells(table: pd.DataFrame) -> bool:
    """Whether a cell shows UNKNOWN_MARK: the card then explains the mark once, under the table,
    instead of each cell saying it in words."""
    return bool(table.isin([UNKNOWN_MARK]).to_numpy().any())


@memo
def without_facts(sourced: pd.DataFrame) -> pd.DataFrame:
    """The table as shown; cached with the table, so its screen rows are converted once."""
    return sourced.drop(columns=FACTS)


def _with_row_evidence(sourced: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Built when a download is clicked, so the language is passed in, not read from the run."""
    per_row = row_evidence(dataset(), sourced[FACTS])
    return without_facts(sourced).assign(**{
        i18n.t("col_row_sources", lang): per_row["sources"].to_numpy(),
        i18n.t("col_row_excerpts", lang): per_row["excerpts"].to_numpy()})


def _csv(sourced: pd.DataFrame, line: str, lang: str) -> bytes:
    return csv_bytes(_with_row_evidence(sourced, lang), line)


def _xlsx(sourced: pd.DataFrame, behind: Behind, line: str, lang: str) -> bytes:
    return xlsx_bytes(_with_row_evidence(sourced, lang), line,
                      sheet=i18n.t("card_sheet_data", lang),
                      evidence=(i18n.t("card_sheet_evidence", lang),
                                evidence_table(dataset(), behind, lang)))
