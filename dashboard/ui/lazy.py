"""Expanders whose content is drawn only while they are open.

A page has a table behind every chart and a list of facts behind every card. Drawing them all
inside closed expanders on every run made each page send and lay out tables few readers open;
such an expander reruns the page when it is opened and is then drawn with its content. Its key
keeps it open across reruns.
"""

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.ui.lang import t


def opened(label_key: str, key: str, icon: str | None = None) -> DeltaGenerator | None:
    """The expander labelled with the interface string `label_key` to draw into while it is
    open, or None while it is closed."""
    expander = st.expander(t(label_key), icon=icon, key=key, on_change="rerun")
    return expander if expander.open else None
