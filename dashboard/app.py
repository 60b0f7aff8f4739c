"""Entry point: `streamlit run dashboard/app.py`. Loads the data once, then runs the page."""

import streamlit as st

from dashboard.data import DataValidationError
from dashboard.ui import shell
from dashboard.ui.cache import dataset
from dashboard.ui.lang import t

st.set_page_config(page_title=t("app_title"), layout="wide")

try:
    ds = dataset()
except DataValidationError as error:
    shell.data_error(error.problems)
    st.stop()

PAGES = [
    st.Page("views/overzicht.py", title=t("nav_overview"), url_path="overzicht", default=True),
    st.Page("views/kaart.py", title=t("nav_map"), url_path="kaart"),
    st.Page("views/vergelijken.py", title=t("nav_compare"), url_path="vergelijken"),
    st.Page("views/netwerken.py", title=t("nav_networks"), url_path="netwerken"),
    st.Page("views/tijdlijn.py", title=t("nav_timeline"), url_path="tijdlijn"),
    st.Page("views/monitor.py", title=t("nav_monitor"), url_path="monitor"),
    st.Page("views/bronnen.py", title=t("nav_sources"), url_path="bronnen"),
    # Curators' page: reachable at /beheer, not in the public menu.
    st.Page("views/beheer.py", title=t("nav_admin"), url_path="beheer", visibility="hidden"),
    st.Page("views/presentatie.py", title=t("nav_present"), url_path="presentatie"),
]
page = st.navigation(PAGES)
shell.page_style()
shell.sidebar(ds)
page.run()
