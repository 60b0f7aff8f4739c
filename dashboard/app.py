"""Entry point: `streamlit run dashboard/app.py`. Loads the data once, then runs the page."""

import streamlit as st

from dashboard.core import DataValidationError
from dashboard.ui import shell
from dashboard.ui.data import dataset
from dashboard.ui.lang import t

st.set_page_config(page_title=t("app_title"), layout="wide")

try:
    ds = dataset()
except DataValidationError as error:
    shell.data_error(error.problems)
    st.stop()

PAGES = [
    st.Page("pages/overzicht.py", title=t("nav_overview"), url_path="overzicht", default=True),
    st.Page("pages/kaart.py", title=t("nav_map"), url_path="kaart"),
    st.Page("pages/vergelijken.py", title=t("nav_compare"), url_path="vergelijken"),
    st.Page("pages/netwerken.py", title=t("nav_networks"), url_path="netwerken"),
    st.Page("pages/tijdlijn.py", title=t("nav_timeline"), url_path="tijdlijn"),
    st.Page("pages/monitor.py", title=t("nav_monitor"), url_path="monitor"),
    st.Page("pages/bronnen.py", title=t("nav_sources"), url_path="bronnen"),
    st.Page("pages/beheer.py", title=t("nav_admin"), url_path="beheer"),
    st.Page("pages/presentatie.py", title=t("nav_present"), url_path="presentatie"),
]
page = st.navigation(PAGES)
shell.sidebar(ds)
page.run()
