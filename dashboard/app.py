"""The public app: `streamlit run dashboard/app.py`, served as dashboard/public.py (which closes
Streamlit's upload endpoint). It has no uploader: Beheer is an app of its own, beheer_app.py
(docs/decisions/0010-beheer-apart-behind-a-proxy.md)."""

import streamlit as st

from dashboard.ui import shell
from dashboard.ui.lang import t

PAGES = [
    st.Page("views/overzicht.py", title=t("nav_overview"), url_path="overzicht", default=True),
    st.Page("views/kaart.py", title=t("nav_map"), url_path="kaart"),
    st.Page("views/vergelijken.py", title=t("nav_compare"), url_path="vergelijken"),
    st.Page("views/netwerken.py", title=t("nav_networks"), url_path="netwerken"),
    st.Page("views/tijdlijn.py", title=t("nav_timeline"), url_path="tijdlijn"),
    st.Page("views/monitor.py", title=t("nav_monitor"), url_path="monitor"),
    st.Page("views/bronnen.py", title=t("nav_sources"), url_path="bronnen"),
    st.Page("views/presentatie.py", title=t("nav_present"), url_path="presentatie"),
]
shell.run(PAGES, t("app_title"))
