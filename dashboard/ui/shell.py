"""The shared frame around every page: sidebar with language and data version."""

import streamlit as st

from dashboard.core import Dataset
from dashboard.core.overview import newest_source
from dashboard.i18n.formatting import format_partial
from dashboard.ui import lang

# Constant styling, no data, for keyboard users (WCAG 2.4.7, focus visible): Streamlit fades a
# table's or chart's toolbar in on mouse hover only, so Tab reached its buttons unseen.
KEYBOARD_STYLE = """<style>
[data-testid="stElementToolbar"]:focus-within { opacity: 1; }
</style>"""


def keyboard_style() -> None:
    """Styling every page needs so that what holds the keyboard focus can be seen."""
    st.html(KEYBOARD_STYLE)


def sidebar(ds: Dataset) -> None:
    """Language switch and the data version ('gegevens t/m …')."""
    lang.choose()
    newest = newest_source(ds)
    when = format_partial(newest.value, newest.precision, lang.current())
    st.sidebar.caption(lang.tm("data_version", date=when))


def data_error(problems) -> None:
    """A friendly page listing every data problem at its file, row and column."""
    st.error(lang.t("data_error_title"))
    st.write(lang.tm("data_error_body", count=len(problems)))
    rows = [{lang.t("col_file"): p.file, lang.t("col_row"): p.row,
             lang.t("col_column"): p.column, lang.t("col_problem"): p.message}
            for p in problems]
    st.dataframe(rows, hide_index=True, width="stretch")
