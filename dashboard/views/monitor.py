"""Monitor: the waves of the NJI monitor, what they found, and its numeric results.

Only what the sources tie to the monitor is shown here: the teams' evaluation of a training
is not part of it (see Vergelijken).
"""

import streamlit as st

from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, t
from dashboard.ui.leads import lead
from dashboard.ui.models.monitor import monitor
from dashboard.ui.monitor import all_wave_findings

page = monitor(dataset(), current())

st.title(t("monitor_title"))
lead(page.lead, t("monitor_intro"))

# --- waves -------------------------------------------------------------------------------------
card(page.waves)

# --- findings ----------------------------------------------------------------------------------
st.header(t("monitor_findings"))
all_wave_findings(page.findings)

# --- numeric indicators ------------------------------------------------------------------------
st.header(t("monitor_indicators"))
if page.indicators is None:
    st.info(t("monitor_no_indicators"))
else:
    card(page.indicators)
