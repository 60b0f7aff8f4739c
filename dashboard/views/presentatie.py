"""Presentatie: the dashboard as slides for a werkatelier on a projector.

Large type, no sidebar, previous/next (also with the arrow keys) and the slide number in the
URL (?slide=3), so the presenter can jump, reload or share a slide without losing the place.
The same slides download as one HTML file that runs without the dashboard (viz.deck).
Escape leaves the presentation for Overzicht, in the same language.
"""

from functools import partial

import streamlit as st

from dashboard import i18n
from dashboard.core.params import Number
from dashboard.core.slides import slide_plan
from dashboard.ui.data import dataset
from dashboard.ui.lang import QUERY_KEY, current, t, tm
from dashboard.ui.query import read_query
from dashboard.ui.slides import fit_to_screen, render
from dashboard.viz.deck import deck_filename, deck_html

# Constant styling, no data: hide the app's chrome and enlarge the type for a projector.
PROJECTOR_STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"] { display: none; }
[data-testid="stMainBlockContainer"] { padding: 1rem 2.5rem 0 2.5rem; max-width: 100%; }
html { font-size: 19px; }
h1 { font-size: 2.4rem !important; padding-top: 0 !important; }
</style>"""

plan = slide_plan(dataset())
number = read_query({"slide": Number(1, len(plan))})["slide"]
if number is None:
    number = 1
    st.query_params["slide"] = "1"


def go(to: int) -> None:
    st.query_params["slide"] = str(to)


st.html(PROJECTOR_STYLE)
fit_to_screen()
back, counter, forward, leave, save = st.columns([1, 2, 1, 2, 2], vertical_alignment="center")
back.button(t("present_previous"), on_click=go, args=(number - 1,), disabled=number == 1,
            shortcut="Left", width="stretch")
counter.markdown(f"**{tm('present_counter', number=number, count=len(plan))}**  \n"
                 f"{t('present_keys')}")
forward.button(t("present_next"), on_click=go, args=(number + 1,),
               disabled=number == len(plan), shortcut="Right", width="stretch", type="primary")
if leave.button(t("present_exit"), shortcut="Esc", width="stretch"):
    lang = current()
    st.switch_page("views/overzicht.py",
                   query_params={QUERY_KEY: lang} if lang != i18n.DEFAULT_LANGUAGE else None)
# Built only when clicked: the file carries plotly.js (about 5 MB).
save.download_button(t("present_download"), partial(deck_html, dataset(), current()),
                     file_name=deck_filename(current()), mime="text/html", on_click="ignore",
                     help=t("present_download_help"), icon=":material/download:",
                     width="stretch")

render(plan[number - 1])
