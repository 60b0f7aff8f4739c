"""The findings of the monitor's waves, as the Monitor page and the presentation show them."""

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from dashboard.data import Dataset
from dashboard.data.memo import memo, rows
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n.formatting import format_partial
from dashboard.topics import monitor
from dashboard.ui.cache import dataset
from dashboard.ui.lang import current, label, t, tm
from dashboard.ui.provenance import sourced_by
from dashboard.ui.text import md_escape


def all_wave_findings(waves: pd.DataFrame, presenting: bool = False) -> None:
    """Each wave's findings in order; past monitor.MAX_WAVES_LISTED waves the rest is only
    counted, since a page of hundreds of blocks is read by nobody and grows with the data. A
    projected slide names its sources at its foot (ui.slides) and has nothing to open."""
    for wave in rows(waves)[:monitor.MAX_WAVES_LISTED]:
        wave_findings(wave, presenting)
    if len(waves) > monitor.MAX_WAVES_LISTED:
        st.caption(tm("monitor_waves_listed", shown=monitor.MAX_WAVES_LISTED,
                      count=len(waves)))


def wave_findings(wave: Mapping, presenting: bool = False) -> None:
    """A bordered block: the wave with its date and status, then its numbered findings."""
    ds, lang = dataset(), current()
    with st.container(border=True):
        st.subheader(md_escape(t("monitor_wave_heading", name=own_words(wave, "name", lang),
                                 date=format_partial(wave["date"], wave["date_precision"], lang),
                                 status=label("wave_status", wave["status"]))))
        listed = listed_findings(ds, wave["wave_id"], lang)
        if listed.empty:
            st.write(t("monitor_no_findings"))
            return
        st.markdown("\n".join(f"{md_escape(i)}. {md_escape(text)}" for i, text in
                              enumerate(listed["summary"], start=1)))
        if not presenting:
            sourced_by(listed)


@memo
def listed_findings(ds: Dataset, wave_id: str, lang: str) -> pd.DataFrame:
    """A wave's findings in the reader's language, with the facts behind each. Made once, so
    the block's source line and list of facts are worked out once too."""
    found = monitor.findings(ds, wave_id)
    return pd.DataFrame({"summary": own_words(found, "summary_nl", lang), FACTS: found[FACTS]})
