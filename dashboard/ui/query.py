"""Selections kept in the URL, so a shared link reproduces the view.

A link may be old or mistyped: an unknown value is skipped with a gentle notice, never an
error, and the rest of the link still applies.
"""

from collections.abc import Collection

import streamlit as st

from dashboard.ui.lang import t


def from_query(key: str, allowed: Collection[str], many: bool = False):
    """The URL's value(s) for `key` that are in `allowed` (comma-separated when `many`)."""
    raw = st.query_params.get(key)
    if raw is None:
        return [] if many else None
    values = [v for v in raw.split(",") if v] if many else [raw]
    for bad in (v for v in values if v not in allowed):
        st.info(t("bad_query", param=key, value=bad))
    good = [v for v in values if v in allowed]
    return good if many else (good[0] if good else None)


def init_state(key: str, value) -> None:
    """Seed a widget's state once (from the URL), leaving later user choices alone."""
    if key not in st.session_state:
        st.session_state[key] = value


def keep_in_url(view: dict[str, str]) -> None:
    """Write the current selection to the URL; an empty value removes its parameter."""
    for key, value in view.items():
        if value and st.query_params.get(key) != value:
            st.query_params[key] = value
        elif not value and key in st.query_params:
            del st.query_params[key]
