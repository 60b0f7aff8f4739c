"""Monitor: the waves of the NJI monitor, what they found, and its numeric results.

Only what the sources tie to the monitor is shown here: the teams' evaluation of a training
is not part of it (see Vergelijken).
"""

import pandas as pd
import streamlit as st

from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n.formatting import number_text
from dashboard.topics import monitor
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, t
from dashboard.ui.leads import lead
from dashboard.ui.monitor import all_wave_findings
from dashboard.ui.takeaways import waves_title
from dashboard.viz.figures import waves_table

ds = dataset()
lang = current()

st.title(t("monitor_title"))
lead("monitor", t("monitor_intro"))

# --- waves -------------------------------------------------------------------------------------
waves = monitor.waves(ds)
card(waves_title(waves), waves_table(waves, lang))

# --- findings ----------------------------------------------------------------------------------
st.header(t("monitor_findings"))
all_wave_findings(waves)

# --- numeric indicators ------------------------------------------------------------------------
st.header(t("monitor_indicators"))
numbers = monitor.indicators(ds)
if numbers.empty:
    st.info(t("monitor_no_indicators"))
else:
    table = pd.DataFrame({
        t("monitor_col_wave"): own_words(numbers, "wave", lang),
        t("timeline_col_initiative"): own_words(numbers, "initiative", lang),
        t("monitor_col_indicator"): numbers["indicator"],
        t("monitor_col_value"): [monitor.SUPPRESSED if s else number_text(v, lang) for v, s in
                                 zip(numbers["value"], numbers["suppressed"], strict=True)],
        t("monitor_col_unit"): numbers["unit"],
        t("monitor_col_n"): [monitor.shown_n(n) for n in numbers["n"]],
        FACTS: numbers[FACTS],
    })
    hidden = int(numbers["suppressed"].sum())
    caption = t("monitor_indicators_caption")
    if hidden:
        caption += " " + t("monitor_suppressed_count", count=hidden)
    card(t("monitor_indicators"), table, caption=caption)
