"""The findings of one monitor wave, as the Monitor page and the presentation show them."""

import pandas as pd
import streamlit as st

from dashboard.core import monitor
from dashboard.core.dates import format_partial
from dashboard.ui.card import SourceLine
from dashboard.ui.data import dataset, derived
from dashboard.ui.lang import current, label, t
from dashboard.ui.text import md_escape


def wave_findings(wave: pd.Series) -> None:
    """A bordered block: the wave with its date and status, then its numbered findings."""
    ds, lang = dataset(), current()
    with st.container(border=True):
        st.subheader(md_escape(t("monitor_wave_heading", name=wave["name"],
                                 date=format_partial(wave["date"], wave["date_precision"], lang),
                                 status=label("wave_status", wave["status"]))))
        found = derived(monitor.findings, wave["wave_id"])
        if found.empty:
            st.write(t("monitor_no_findings"))
            return
        st.markdown("\n".join(f"{i}. {md_escape(text)}" for i, text in
                              enumerate(found[f"summary_{lang}"], start=1)))
        st.caption(SourceLine.of(ds, found["source_id"]).markdown())
