"""Presentatie: the dashboard as slides for a werkatelier on a projector.

Large type, no sidebar or header, and the presenter's controls in a thin bar along the bottom:
previous/next (also with the arrow keys) and the slide number in the URL (?slide=3), so the
presenter can jump, reload or share a slide without losing the place.
The same slides download as one HTML file that runs without the dashboard (viz.deck).
Escape leaves the presentation for Overzicht, in the same language.
"""

from functools import partial

import streamlit as st

from dashboard import i18n
from dashboard.ui.cache import dataset
from dashboard.ui.lang import QUERY_KEY, current, t, tm
from dashboard.ui.models.presentation import deck, presentation_plan, shown_slide
from dashboard.ui.slides import fit_to_screen, render
from dashboard.ui.url import Param, read, write
from dashboard.ui.url_parse import Number
from dashboard.viz.deck import deck_filename

# Constant styling, no data: the app's chrome (sidebar, header, toolbar) is hidden, the type is
# enlarged for a projector, and the presenter's controls are a thin bar along the bottom edge in
# small type, so the slide has the screen. The main block keeps the bar's height free.
PROJECTOR_STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"] { display: none; }
[data-testid="stMainBlockContainer"] { padding: 1rem 2.5rem 2.6rem 2.5rem; max-width: 100%; }
html { font-size: 19px; }
h1 { font-size: 2.4rem !important; padding-top: 0 !important; }
.st-key-slide-controls { position: fixed; left: 0; right: 0; bottom: 0; z-index: 10;
  padding: 0.25rem 2.5rem; background: #ffffff; border-top: 1px solid #e0e0e0; }
.st-key-slide-controls p, .st-key-slide-controls button { font-size: 16px; }
.st-key-slide-controls button { min-height: 0; padding: 0.1rem 0.75rem; }
</style>"""

ds = dataset()
lang = current()
plan = presentation_plan(ds)
# No widget holds the slide: the URL does, read on every run, so reloading, a shared link and
# the browser's back button all land on the slide they name.
SLIDE = Param("slide", Number(1, len(plan)), default=1)
number = read([SLIDE])["slide"]
write(SLIDE, number)


def go(to: int) -> None:
    write(SLIDE, to)


st.html(PROJECTOR_STYLE)
fit_to_screen()
with st.container(key="slide-controls", horizontal=True, vertical_alignment="center"):
    st.button(t("present_previous"), on_click=go, args=(number - 1,), disabled=number == 1,
              shortcut="Left")
    st.markdown(f"**{tm('present_counter', number=number, count=len(plan))}** · "
                f"{t('present_keys')}", width="content")
    st.button(t("present_next"), on_click=go, args=(number + 1,),
              disabled=number == len(plan), shortcut="Right")
    st.space("stretch")
    if st.button(t("present_exit"), shortcut="Esc"):
        st.switch_page("views/overzicht.py",
                       query_params={QUERY_KEY: lang} if lang != i18n.DEFAULT_LANGUAGE else None)
    # Built only when clicked: the file carries plotly.js.
    st.download_button(t("present_download"), partial(deck, ds, lang),
                       file_name=deck_filename(lang), mime="text/html", on_click="ignore",
                       help=t("present_download_help"), icon=":material/download:")

render(shown_slide(ds, lang, number))
