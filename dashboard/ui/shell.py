"""The shared frame around every page of both apps (the public app and the admin app):
page setup, the data error page, sidebar with language and data version."""

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from dashboard import i18n
from dashboard.data import Dataset, DataValidationError
from dashboard.i18n.formatting import format_partial
from dashboard.topics.overview import newest_source
from dashboard.ui import lang
from dashboard.ui.cache import dataset, entry

# Constant styling, no data, that every page needs.
# - Keyboard users (WCAG 2.4.7, focus visible): Streamlit fades a chart's or a data grid's
#   toolbar in on mouse hover only, so Tab reached its buttons unseen.
# - A card's table (viz.tables): scrolls within its card under a header that stays in view,
#   and prints whole; numbers line up on the right. Colours are the theme's
#   (.streamlit/config.toml).
# - An excerpt in a table opens its context in the source (viz.tables) in place: the excerpt
#   reads as before, with a small "In de bron" after it; the context is set off by a rule at
#   its left, and the excerpt in it is marked as a highlighter would.
# - A chart on a phone keeps the width its labels need and scrolls sideways in its card (four
#   initiatives' names side by side need about 720 px); a page title takes a size at which
#   its longest Dutch word ("praktijkvoorbeelden") fits the screen instead of breaking. A card's
#   title in a column is smaller for the same reason: four side by side ("Dagarrangement").
PAGE_STYLE = """<style>
[data-testid="stElementToolbar"]:focus-within { opacity: 1; }
.bso-table { max-height: 26rem; overflow: auto; border: 1px solid #D5DCE4; border-radius: 0.5rem; }
.bso-table.whole { max-height: none; }
.bso-table-more { margin: 0.25rem 0 0; font-size: 0.875rem; color: #4A5560; }
.bso-table:focus-visible { outline: 2px solid #015A87; outline-offset: 2px; }
.bso-table table { border-collapse: separate; border-spacing: 0; width: 100%; margin: 0;
  font-size: 0.875rem; line-height: 1.4; color: #1A1A1A; }
.bso-table th, .bso-table td { padding: 0.375rem 0.625rem; text-align: left; vertical-align: top;
  border: 0; border-bottom: 1px solid #E4E8ED; }
.bso-table th { position: sticky; top: 0; z-index: 1; background: #F3F6F9; font-weight: 600; }
.bso-table tbody tr:last-child td { border-bottom: 0; }
.bso-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.bso-table .unknown { color: #5C6670; }
.bso-table details + details { margin-top: 0.375rem; }
.bso-table summary { cursor: pointer; list-style: none; }
.bso-table summary::-webkit-details-marker { display: none; }
.bso-table summary small { white-space: nowrap; font-size: 0.8125rem; color: #015A87;
  text-decoration: underline; text-decoration-style: dotted; text-underline-offset: 0.2em; }
.bso-table summary small::after { content: " ▸"; }
.bso-table details[open] summary small::after { content: " ▾"; }
.bso-table summary:focus-visible { outline: 2px solid #015A87; outline-offset: 2px; }
.bso-table details p { margin: 0.375rem 0 0.25rem; padding: 0.25rem 0 0.25rem 0.625rem;
  font-size: inherit; line-height: inherit; border-left: 3px solid #D5DCE4; color: #33404D; }
.bso-table details mark { background: #FDE7B0; color: #1A1A1A; padding: 0 0.1em; }
.bso-table .bso-not-here { font-style: italic; }
[data-testid="stColumn"] h3 { font-size: 1.25rem; }
@media print { .bso-table { max-height: none; overflow: visible; } }
@media (max-width: 640px) {
  [data-testid="stBidiComponentRegular"]:has(.bso-chart) { overflow-x: auto; }
  .bso-chart { min-width: 720px; }
  [data-testid="stMain"] h1 { font-size: 2rem; }
}
</style>"""


def run(pages: list[StreamlitPage], title: str) -> None:
    """Set the page up, load the data once (or show every data problem and stop), then run
    the chosen page inside the frame. The public app (app.py) and the admin app
    (beheer_app.py) differ only in their pages, so a broken data file reads the same in both."""
    st.set_page_config(page_title=title, layout="wide")
    try:
        ds = dataset()
    except DataValidationError as error:
        data_error(error.problems)
        st.stop()
    page = st.navigation(pages)
    page_style()
    sidebar(ds)
    page.run()


def page_style() -> None:
    """What every page is styled with, beyond the theme."""
    st.html(PAGE_STYLE)


def sidebar(ds: Dataset) -> None:
    """Language switch and the data version ('gegevens t/m …')."""
    lang.choose()
    st.sidebar.caption(lang.tm("data_version", date=_data_date(ds, lang.current())))


@entry
def _data_date(ds: Dataset, language: str) -> str:
    """The newest source's date, as the sidebar says how current the data are: every page
    shows it, on every rerun."""
    newest = newest_source(ds)
    written = format_partial(newest.value, newest.precision, language)
    return written or i18n.t("unknown", language)


def data_error(problems) -> None:
    """A friendly page listing every data problem at its file, row and column."""
    st.error(lang.t("data_error_title"))
    st.write(lang.tm(i18n.counted_key(len(problems), "data_error_body"), count=len(problems)))
    rows = [{lang.t("col_file"): p.file, lang.t("col_row"): "" if p.row is None else str(p.row),
             lang.t("col_column"): p.column or "", lang.t("col_problem"): p.message}
            for p in problems]
    st.dataframe(rows, hide_index=True, width="stretch")
