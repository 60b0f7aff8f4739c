"""Selections kept in the URL, so a shared link reproduces the view.

Each page declares its parameters once (see `dashboard.ui.url_parse`) and reads them all with
`read_query`. A link may be old, mistyped or crafted: what cannot be used is skipped with one
short notice per parameter, never an error, and the rest of the link still applies.
"""

from collections.abc import Mapping

import streamlit as st

from dashboard.ui import url_parse as params
from dashboard.ui.lang import tm


def read_query(schema: Mapping[str, params.Param]) -> dict[str, object]:
    """The page's parameters, clean: known values only, numbers in range, text bounded."""
    raw = {key: st.query_params.get_all(key) for key in schema}
    parsed = params.parse(schema, raw)
    for key, refused in parsed.refused.items():
        values, more = params.shown(refused)
        st.info(tm("bad_query_more" if more else "bad_query", param=key, value=values,
                   more=more))
    return parsed.values


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
