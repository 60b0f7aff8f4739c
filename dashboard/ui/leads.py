"""The plain sentences under a page's title: what the sources hold, before the machinery."""

import streamlit as st

from dashboard.content.leads import page_lead
from dashboard.ui.cache import dataset
from dashboard.ui.lang import current
from dashboard.ui.text import md_escape


def lead(sentences: str, how_to_read: str) -> None:
    """The page's opening sentences (content.leads.page_lead), then in small type
    `how_to_read` it.

    TRANSITION: a page name instead of sentences makes them on the spot, uncached, until every
    page makes them in its model (ui.models)."""
    if " " not in sentences:
        sentences = page_lead(dataset(), sentences, current())
    st.markdown(md_escape(sentences))
    st.caption(md_escape(how_to_read))
