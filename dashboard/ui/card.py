"""A chart or table card that cannot be shown without its source line.

Every number on screen must be traceable, so the source line is a required argument and
an empty one is refused before anything is drawn.
"""

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import streamlit as st

from dashboard.core import Dataset
from dashboard.core.export import csv_bytes, file_stem, xlsx_bytes
from dashboard.core.memo import memo
from dashboard.core.provenance import source_line_parts
from dashboard.ui.lang import current, t, tm
from dashboard.ui.text import md_escape

MAX_SCREEN_ROWS = 300


@dataclass(frozen=True)
class SourceLine:
    """'Bron: title (date); …' for the sources a card's content comes from."""

    parts: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.parts or not all(p.strip() for p in self.parts):
            raise ValueError("a card needs at least one source")

    @classmethod
    def of(cls, ds: Dataset, *source_ids: Iterable[str]) -> "SourceLine":
        """The sources behind one or more `source_id` columns or lists.

        Pass columns as they are rather than unpacked into one list: with the data at 100×,
        unpacking them cost more than the rest of the page.
        """
        wanted: set[str] = set()
        for ids in source_ids:
            wanted.update(ids.unique() if isinstance(ids, pd.Series) else ids)
        return cls(tuple(source_line_parts(ds, wanted, current())))

    def text(self) -> str:
        """Plain text, for files that leave the dashboard."""
        prefix = t("source_prefix") if len(self.parts) == 1 else t("sources_prefix")
        return f"{prefix}: " + "; ".join(self.parts)

    def markdown(self) -> str:
        """For a caption on screen: source titles are data, so they are escaped."""
        prefix = t("source_prefix") if len(self.parts) == 1 else t("sources_prefix")
        return f"{prefix}: " + "; ".join(md_escape(p) for p in self.parts)


def card(title: str, content: go.Figure | pd.DataFrame, source: SourceLine,
         caption: str | None = None, data: pd.DataFrame | None = None,
         presenting: bool = False) -> None:
    """A bordered card: title, figure or table, caption, source line, and downloads.

    `data` is the table behind a figure: shown as its accessible alternative and offered for
    download. A table card downloads the table itself. `presenting` drops the table
    alternative and downloads (a projected slide has no room or use for them), never the
    source line.
    """
    if not isinstance(source, SourceLine):
        raise TypeError("card() needs a SourceLine")
    if isinstance(content, go.Figure) and data is None and not presenting:
        raise ValueError("a chart card needs `data`: the table that is its accessible alternative")
    table = None if presenting else content if isinstance(content, pd.DataFrame) else data
    with st.container(border=True):
        st.markdown(f"**{md_escape(title)}**")
        if isinstance(content, go.Figure):
            st.plotly_chart(content, width="stretch", config={"displaylogo": False})
            if table is not None:
                with st.expander(t("card_table")):
                    screen_table(table)
        else:
            screen_table(content)
        if caption:
            st.caption(md_escape(caption))
        st.caption(source.markdown())
        if table is not None:
            downloads(title, table, source)


def screen_table(table: pd.DataFrame) -> None:
    """A table on screen shows its first MAX_SCREEN_ROWS rows and says so; the downloads keep
    every row. Nobody reads thousands of rows on screen, and sending them made a page's time
    grow with the data."""
    st.dataframe(_screen_rows(table), hide_index=True, width="stretch")
    if len(table) > MAX_SCREEN_ROWS:
        st.caption(tm("card_first_rows", shown=MAX_SCREEN_ROWS, count=len(table)))


@memo
def _screen_rows(table: pd.DataFrame) -> pa.Table | pd.DataFrame:
    """The rows shown, as Arrow: st.dataframe would convert the frame on every call, and most
    card tables are cached frames (core.memo keeps the conversion with them).
    A frame Arrow cannot take as it is goes to Streamlit, which knows how to mend it."""
    try:
        return pa.Table.from_pandas(table.head(MAX_SCREEN_ROWS), preserve_index=False)
    except (pa.ArrowException, TypeError, ValueError):
        return table.head(MAX_SCREEN_ROWS)


def downloads(title: str, table: pd.DataFrame, source: SourceLine) -> None:
    """CSV and Excel buttons; the files are built only when clicked."""
    stem, line = file_stem(title), source.text()
    # Two cards may share a title on one page; their tables or sources tell them apart.
    key = f"{stem}-{zlib.crc32(repr((table.shape, list(table.columns), line)).encode())}"
    row = st.container(horizontal=True)
    row.download_button(t("card_download_csv"), partial(csv_bytes, table, line),
                         file_name=f"{stem}.csv", mime="text/csv", on_click="ignore",
                         key=f"csv-{key}")
    row.download_button(t("card_download_xlsx"), partial(xlsx_bytes, table, line),
                          file_name=f"{stem}.xlsx", on_click="ignore", key=f"xlsx-{key}",
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
