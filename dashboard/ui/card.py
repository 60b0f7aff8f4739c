"""A chart or table card that cannot be shown without its sources.

Every number on screen must be traceable, so a card is given the table behind it with the
facts behind each row (a FACTS column) and derives from them its source line, the list of
facts one tab away ("Hoe weten we dit?") and the sources sheet of its downloads. A
table without facts is refused before anything is drawn.
"""

import logging
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from markupsafe import Markup
from streamlit.delta_generator import DeltaGenerator

from dashboard import i18n
from dashboard.data import Dataset
from dashboard.data.refs import FACTS, row_evidence
from dashboard.publish.export import csv_bytes, file_stem, xlsx_bytes
from dashboard.ui.cache import dataset
from dashboard.ui.chart import plotly_chart
from dashboard.ui.lang import t, tm
from dashboard.ui.lazy import opened_tabs
from dashboard.ui.provenance import Behind, SourceLine, evidence_table, facts_list
from dashboard.ui.text import md_escape, show_markup
from dashboard.viz.charts import figure_json, for_projector
from dashboard.viz.tables import UNKNOWN_MARK, Quotes, table_html

MAX_SCREEN_ROWS = 300
CHART_TABS = ("card_tab_chart", "card_tab_table", "card_tab_facts")
TABLE_TABS = ("card_tab_table", "card_tab_facts")
DOWNLOAD_ICON = ":material/download:"
log = logging.getLogger("dashboard.downloads")


@dataclass(frozen=True)
class Card:
    """Everything a card draws, made once with the page's content (ui.cache): the figure as
    plotly JSON, the table as HTML, the notes under it, and its sources and facts."""

    title: str
    key: str
    figure: str | None  # plotly JSON; None for a table card
    table: Markup  # the table as shown, its first MAX_SCREEN_ROWS rows
    rows: int
    notes: str | None
    source: SourceLine
    behind: Behind
    sourced: pd.DataFrame  # the table with FACTS: what the downloads write
    presenting: bool = False
    lists_its_facts: bool = False


def make_card(ds: Dataset, lang: str, title: str, content: go.Figure | pd.DataFrame,
              caption: str | None = None, data: pd.DataFrame | None = None,
              presenting: bool = False, lists_its_facts: bool = False,
              in_source: Mapping[str, Quotes] | None = None) -> Card:
    """A card as a chart card of Our World in Data: the title, the figure or table first, the
    table and the facts behind it one tab away, and one closing line with the sources and the
    downloads.

    A table card's `content`, or a chart card's `data` (the table behind the figure, shown as
    its accessible alternative), carries FACTS; the card shows the table without it. A table
    card downloads the table itself. `presenting` drops the tabs, the downloads and the source
    line: a projected slide has no room or use for the first two, and names the sources of
    all it shows once, at its foot (ui.slides). A table that is itself the list of facts with
    their excerpts (Bronnen) says `lists_its_facts` and is not listed a second time; its
    `in_source` gives, per row, each excerpt in its source (viz.tables.table_html).
    """
    sourced = content if isinstance(content, pd.DataFrame) else data
    if sourced is None:
        raise ValueError("a chart card needs `data`: the table behind it, with its facts")
    behind = Behind.of(sourced)
    source = SourceLine.of_facts(ds, behind.all_refs(), lang)
    table = sourced.drop(columns=FACTS)
    notes = [caption] if caption else []
    if has_unknown_cells(table):
        notes.append(i18n.t("unknown_mark_legend", lang))
    figure = None
    if isinstance(content, go.Figure):
        figure = figure_json(for_projector(content) if presenting else content)
    return Card(title=title, key=_card_key(title, table, source), figure=figure,
                table=table_html(table.head(MAX_SCREEN_ROWS), title, lang,
                                 {name: quotes[:MAX_SCREEN_ROWS]
                                  for name, quotes in (in_source or {}).items()}),
                rows=len(table),
                notes=" ".join(notes) or None, source=source, behind=behind, sourced=sourced,
                presenting=presenting, lists_its_facts=lists_its_facts)


def card(made: Card) -> None:
    """Draw a card made with its page's model. A tab's content is drawn only while it is open
    (ui.lazy)."""
    with st.container(border=True):
        st.markdown(f"**{md_escape(made.title)}**")
        if made.presenting and made.figure is not None:
            plotly_chart(made.figure)
        elif made.presenting or made.lists_its_facts:
            screen_table(made)
        else:
            _tabs(made)
        if made.notes:
            st.caption(md_escape(made.notes))
        if not made.presenting:
            closing = st.container(horizontal=True, vertical_alignment="center")
            closing.caption(made.source.markdown())
            downloads(closing, made)


def _tabs(made: Card) -> None:
    """Chart · Table · How do we know? (a table card has no chart tab)."""
    if made.figure is not None:
        chart, shown, facts = opened_tabs(CHART_TABS, f"tabs-{made.key}")
        if chart is not None:
            with chart:
                plotly_chart(made.figure)
    else:
        shown, facts = opened_tabs(TABLE_TABS, f"tabs-{made.key}")
    if shown is not None:
        with shown:
            screen_table(made)
    if facts is not None:
        with facts:
            facts_list(made.behind, made.title)


def screen_table(made: Card) -> None:
    """The card's table on screen shows its first MAX_SCREEN_ROWS rows and says so; the
    downloads keep every row. Nobody reads thousands of rows on screen, and sending them made
    a page's time grow with the data."""
    show_markup(made.table)
    if made.rows > MAX_SCREEN_ROWS:
        st.caption(tm("card_first_rows", shown=MAX_SCREEN_ROWS, count=made.rows))


def _card_key(title: str, table: pd.DataFrame, source: SourceLine) -> str:
    """What the card's widgets are keyed by. Two cards may share a title on one page; their
    tables or sources tell them apart."""
    identity = repr((table.shape, list(table.columns), source.text()))
    return f"{file_stem(title)}-{zlib.crc32(identity.encode())}"


def downloads(row: DeltaGenerator, made: Card) -> None:
    """CSV and Excel buttons in `row` for the table as shown; the files are built only when
    clicked. Both keep each row's sources and excerpts beside it; the workbook adds a sheet
    with the facts behind it."""
    stem, line, lang = file_stem(made.title), made.source.text(), made.source.lang
    row.download_button(t("card_download_csv"), partial(_csv, made.sourced, line, lang),
                        file_name=f"{stem}.csv", mime="text/csv", on_click="ignore",
                        key=f"csv-{made.key}", type="tertiary", icon=DOWNLOAD_ICON,
                        help=t("card_download_help"))
    row.download_button(t("card_download_xlsx"),
                        partial(_xlsx, made.sourced, made.behind, line, lang),
                        file_name=f"{stem}.xlsx", on_click="ignore", key=f"xlsx-{made.key}",
                        type="tertiary", icon=DOWNLOAD_ICON, help=t("card_download_help"),
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def has_unknown_cells(table: pd.DataFrame) -> bool:
    """Whether a cell shows UNKNOWN_MARK: the card then explains the mark once, under the table,
    instead of each cell saying it in words."""
    return bool(table.isin([UNKNOWN_MARK]).to_numpy().any())


def _with_row_evidence(sourced: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Built when a download is clicked, so the language is passed in, not read from the run."""
    per_row = row_evidence(dataset(), sourced[FACTS])
    return sourced.drop(columns=FACTS).assign(**{
        i18n.t("col_row_sources", lang): per_row["sources"].to_numpy(),
        i18n.t("col_row_excerpts", lang): per_row["excerpts"].to_numpy()})


def _csv(sourced: pd.DataFrame, line: str, lang: str) -> bytes:
    return _or_notice(lambda: csv_bytes(_with_row_evidence(sourced, lang), line), csv_bytes,
                      lang)


def _xlsx(sourced: pd.DataFrame, behind: Behind, line: str, lang: str) -> bytes:
    return _or_notice(lambda: xlsx_bytes(_with_row_evidence(sourced, lang), line,
                                         sheet=i18n.t("card_sheet_data", lang),
                                         evidence=(i18n.t("card_sheet_evidence", lang),
                                                   evidence_table(dataset(), behind, lang))),
                      xlsx_bytes, lang)


def _or_notice(build: Callable[[], bytes], write: Callable[[pd.DataFrame, str], bytes],
               lang: str) -> bytes:
    """The file `build` makes, or, if it fails, a file of the same kind that says so.

    A file is built in Streamlit's download request, after the page has run: the page can no
    longer show a message then, and Streamlit's own is a few seconds of English. So the file
    the reader opens tells them, in their language; the server log keeps the cause."""
    try:
        return build()
    except Exception:  # any fault in a table must reach the reader, not end the download
        log.exception("a card download could not be built")
        notice = pd.DataFrame({i18n.t("card_download_failed", lang):
                               [i18n.t("card_download_failed_body", lang)]})
        return write(notice, i18n.t("card_download_failed_line", lang))
