"""Tabs and popovers whose content is drawn only while they are open.

A page has a table behind every chart and a list of facts behind every card. Drawing them all
on every run made each page send and lay out tables few readers open; a lazy tab or popover
reruns the page when it is opened and is then drawn with its content. Its key keeps it open
across reruns.
"""

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.ui.lang import t


def opened_tabs(label_keys: Sequence[str], key: str) -> list[DeltaGenerator | None]:
    """One tab per interface string in `label_keys`: the open one to draw into, None for the
    others. The first is open until the reader picks another."""
    tabs = st.tabs([t(k) for k in label_keys], key=key, on_change="rerun")
    return [tab if tab.open else None for tab in tabs]


def opened_popover(label_key: str, key: str, icon: str | None = None) -> DeltaGenerator | None:
    """A small button labelled with the interface string `label_key` whose panel is to be drawn
    into while it is open, or None while it is closed."""
    popover = st.popover(t(label_key), icon=icon, key=key, type="tertiary", on_change="rerun")
    return popover if popover.open else None
