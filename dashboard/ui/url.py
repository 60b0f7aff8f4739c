"""A page's state in its URL, declared once per parameter, so a shared link reproduces the view.

Each page lists its parameters as `Param`s at the top: the name a link uses, what it may hold,
the widget it seeds. `seed` reads the link into the widgets' state once per session (later
choices are the user's), and `keep` writes the widgets' current values back, so the address
always names what is on screen. A link may be old, mistyped or crafted: `url_parse` keeps only
usable values, within bounds, and what it refuses is named in one short notice per parameter,
never an error, while the rest of the link still applies.

Only this module (and the language switch) reads st.query_params.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

from dashboard.ui import url_parse
from dashboard.ui.lang import tm


@dataclass(frozen=True)
class Param:
    """One URL parameter of a page.

    `name` is what links call it: never rename it, old links use it. `kind` is what it may
    hold. `key` is the session_state key of the widget it seeds; None when the URL itself is
    the state (the slide number, which the browser's back button must also turn). `default`, if
    given, stands in when the link gives no usable value. `adapt` turns the link's clean value into
    the widget's when the two differ (a municipality code standing for its initiatives).
    """

    name: str
    kind: url_parse.Kind
    key: str | None = None
    default: object = None
    adapt: Callable[[Any], object] | None = None


def read(params: Sequence[Param]) -> dict[str, Any]:
    """Each parameter's clean value from the link, by name; one notice per parameter that
    held something unusable."""
    raw = {param.name: st.query_params.get_all(param.name) for param in params}
    parsed = url_parse.parse({param.name: param.kind for param in params}, raw)
    for name, refused in parsed.refused.items():
        values, more = url_parse.shown(refused)
        st.info(tm("bad_query_more" if more else "bad_query", param=name, value=values,
                   more=more))
    return {param.name: _value(param, parsed.values[param.name]) for param in params}


def _value(param: Param, clean: object) -> object:
    value = param.adapt(clean) if param.adapt else clean
    no_value = value is None or value == []
    return param.default if no_value and param.default is not None else value


def seed(params: Sequence[Param]) -> None:
    """Give each widget without a state yet its value from the link; the link is read only
    then, so its notices show when the page opens, not on every rerun."""
    keys = {p.name: p.key for p in params if p.key is not None and p.key not in st.session_state}
    if keys:
        values = read([p for p in params if p.name in keys])
        for name, key in keys.items():
            st.session_state[key] = values[name]


def keep(params: Sequence[Param]) -> None:
    """Write each widget's current value to the link (called after the widgets are drawn)."""
    for param in params:
        if param.key is not None:
            write(param, st.session_state.get(param.key))


def write(param: Param, value: object) -> None:
    """Put `value` in the link; an empty value (or a word's default) leaves the parameter out.
    The URL is only touched when its text changes: every change is a message to the browser."""
    text = url_parse.to_text(param.kind, value)
    if text and st.query_params.get(param.name) != text:
        st.query_params[param.name] = text
    elif not text and param.name in st.query_params:
        del st.query_params[param.name]
