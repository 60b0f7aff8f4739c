"""The plain sentences under a page's title: what the sources hold, before the machinery."""

from collections.abc import Callable

import streamlit as st

from dashboard.content import lead_counts as leads
from dashboard.content import leads as words
from dashboard.data import Dataset
from dashboard.ui.data import dataset
from dashboard.ui.lang import current
from dashboard.ui.text import md_escape

LEADS: dict[str, tuple[Callable[[Dataset], object], Callable[..., list[str]]]] = {
    "timeline": (leads.timeline_lead, words.timeline_lead),
    "monitor": (leads.monitor_lead, words.monitor_lead),
    "networks": (leads.networks_lead, words.networks_lead),
    "compare": (leads.compare_lead, words.compare_lead),
    "map": (leads.map_lead, words.map_lead),
    "sources": (leads.sources_lead, words.sources_lead),
}


def lead(page: str, how_to_read: str) -> None:
    """The page's opening sentences, then in small type `how_to_read` it."""
    counts, sentences = LEADS[page]
    st.markdown(md_escape(" ".join(sentences(counts(dataset()), current()))))
    st.caption(md_escape(how_to_read))
