"""The findings of the monitor's waves, as the Monitor page and the presentation show them."""

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from dashboard.core import monitor
from dashboard.core.memo import rows
from dashboard.core.provenance import FACTS
from dashboard.i18n.formatting import format_partial, own_words
from dashboard.ui.data import dataset
from dashboard.ui.lang import current, label, t, tm
from dashboard.ui.provenance import sourced_by
from dashboard.ui.text import md_escape


def all_wave_findings(waves: pd.DataFrame) -> None:
    """Each wave's findings in order; past monitor.MAX_WAVES_LISTED waves the rest is only
    counted, since a page of hundreds of blocks is read by nobody and grows with the data."""
    for wave in rows(waves)[:monitor.MAX_WAVES_LISTED]:
        wave_findings(wave)
    if len(waves) > monitor.MAX_WAVES_LISTED:
        st.caption(tm("monitor_waves_listed", shown=monitor.MAX_WAVES_LISTED,
                      count=len(waves)))


def wave_findings(wave: Mapping) -> None:
    """A bordered block: the wave with its date and status, then its numbered findings."""
    ds, lang = dataset(), current()
    with st.container(border=True):
        st.subheader(md_escape(t("monitor_wave_heading", name=own_words(wave, "name", lang),
                                 date=format_partial(wave["date"], wave["date_precision"], lang),
                                 status=label("wave_status", wave["status"]))))
        found = monitor.findings(ds, wave["wave_id"])
        if found.empty:
            st.write(t("monitor_no_findings"))
            return
        summaries = own_words(found, "summary_nl", lang)
        st.markdown("\n".join(f"{md_escape(i)}. {md_escape(text)}" for i, text in
                              enumerate(summaries, start=1)))
        sourced_by(pd.DataFrame({"summary": summaries, FACTS: found[FACTS]}))
