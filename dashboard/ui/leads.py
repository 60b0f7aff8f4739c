"""The plain sentences under a page's title: what the sources hold, before the machinery."""

import streamlit as st

from dashboard.ui.text import md_escape


def lead(sentences: str, how_to_read: str) -> None:
    """The page's opening sentences (content.leads.page_lead, made in its model), then in
    small type `how_to_read` it."""
    st.markdown(md_escape(sentences))
    st.caption(md_escape(how_to_read))
