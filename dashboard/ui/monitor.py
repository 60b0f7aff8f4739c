"""The findings of the monitor's waves, as the Monitor page and the presentation show them.

`listed_findings` makes the blocks once, inside a page model (ui.models), in the reader's
language; `all_wave_findings` only draws them, so a rerun recomputes nothing.
"""

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.content.results import result_lines
from dashboard.content.slides import wave_heading
from dashboard.data import Dataset
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.topics import monitor
from dashboard.ui.lang import t, tm
from dashboard.ui.provenance import Sourced, sourced_by
from dashboard.ui.text import md_escape


@dataclass(frozen=True)
class WaveFindings:
    """One wave's block: its heading (name, date, status), its findings in source order and
    its numeric results (content.results), with the facts behind them (None when the sources
    give neither for it)."""

    heading: str
    findings: tuple[str, ...]
    sourced: Sourced | None
    results: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListedFindings:
    """The blocks of the first monitor.MAX_WAVES_LISTED waves, and how many there are in all."""

    waves: tuple[WaveFindings, ...]
    count: int


def listed_findings(ds: Dataset, waves: pd.DataFrame, lang: str) -> ListedFindings:
    """Each listed wave's block in the reader's language. Past monitor.MAX_WAVES_LISTED waves
    the rest is only counted: a page of hundreds of blocks is read by nobody and grows with
    the data."""
    blocks = []
    for wave in waves.head(monitor.MAX_WAVES_LISTED).to_dict("records"):
        found = monitor.findings(ds, wave["wave_id"])
        numbers = monitor.results(ds, wave["wave_id"])
        lines = result_lines(numbers, lang)
        summaries = pd.DataFrame({"summary": [*own_words(found, "summary_nl", lang), *lines],
                                  FACTS: [*found[FACTS], *numbers[FACTS]]})
        heading = wave_heading(wave, lang)
        blocks.append(WaveFindings(
            heading=heading, findings=tuple(summaries["summary"].head(len(found))),
            sourced=None if summaries.empty else Sourced.of(ds, summaries, lang),
            results=lines))
    return ListedFindings(tuple(blocks), len(waves))


def all_wave_findings(listed: ListedFindings, presenting: bool = False) -> None:
    """Each listed wave's findings in order, then how many waves were left out. A projected
    slide names its sources at its foot (ui.slides) and has nothing to open."""
    for wave in listed.waves:
        wave_findings(wave, presenting)
    if listed.count > len(listed.waves):
        st.caption(tm("monitor_waves_listed", shown=len(listed.waves), count=listed.count))


def wave_findings(wave: WaveFindings, presenting: bool = False) -> None:
    """A bordered block: the wave with its date and status, then its numbered findings."""
    with st.container(border=True):
        st.subheader(md_escape(wave.heading))
        if wave.sourced is None:
            st.write(t("monitor_no_findings"))
            return
        if wave.findings:
            st.markdown("\n".join(f"{md_escape(i)}. {md_escape(text)}" for i, text in
                                  enumerate(wave.findings, start=1)))
        else:
            st.write(t("monitor_no_findings_in_words"))
        if wave.results:
            st.markdown(f"**{md_escape(t('monitor_wave_results'))}**")
            st.markdown("\n".join(f"- {md_escape(line)}" for line in wave.results))
        if not presenting:
            sourced_by(wave.sourced)
