"""The user's language, kept in the URL (?lang=en) so a shared link keeps it."""

import streamlit as st

from dashboard import i18n
from dashboard.i18n.formatting import period_text
from dashboard.ui.text import md_escape

QUERY_KEY = "lang"
WIDGET_KEY = "language"


def current() -> str:
    """The language of this run: the URL's if valid, else Dutch."""
    chosen = st.query_params.get(QUERY_KEY, i18n.DEFAULT_LANGUAGE)
    return chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def t(key: str, **values: object) -> str:
    """Translate `key` into the session's language."""
    return i18n.t(key, current(), **values)


def tm(key: str, **values: object) -> str:
    """Translate `key` for Markdown: the template is ours and may use Markdown, every value
    filled into it (a name, a file, a value from the URL) is escaped by `md_escape`."""
    return t(key, **{name: md_escape(value) for name, value in values.items()})


def label(vocabulary: str, code: str | None) -> str:
    """Label a vocabulary code in the session's language."""
    return i18n.label(vocabulary, code, current())


def choose() -> None:
    """Sidebar control that switches the language and records it in the URL.

    The switch happens in the control's callback, which Streamlit runs before the next run of
    the script: the menu, the pickers and every label of that run are then drawn in the new
    language. Switched in the script body, the menu (built before the sidebar) and the pickers
    stayed one language behind.
    """
    if st.session_state.get(WIDGET_KEY) not in (None, current()):
        st.session_state[WIDGET_KEY] = current()  # a link with ?lang= set the language
    st.sidebar.segmented_control(
        t("language"), list(i18n.LANGUAGES), default=current(), format_func=str.upper,
        key=WIDGET_KEY, on_change=_switch,
    )


def _switch() -> None:
    picked = st.session_state.get(WIDGET_KEY)
    if picked not in i18n.LANGUAGES:  # the selected button clicked again: keep the language
        st.session_state[WIDGET_KEY] = current()
        return
    if picked == i18n.DEFAULT_LANGUAGE:
        st.query_params.pop(QUERY_KEY, None)
    else:
        st.query_params[QUERY_KEY] = picked


def period(start, start_precision, end, end_precision) -> str:
    """'Looptijd: april 2012 – januari 2014'; said once when neither end is known."""
    return period_text(start, start_precision, end, end_precision, current())
