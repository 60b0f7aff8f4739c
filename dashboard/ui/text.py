"""The one way untrusted text (data, uploads, the URL) is put into Markdown or HTML on screen.

Markdown: `md_escape` (dashboard.data.markdown, where the files that leave the app find it
too; re-exported here for the pages). HTML comes only from Jinja2's autoescaping templates
(viz.tables), which hand it over as Markup; `show_markup` takes nothing else.
"""

from dataclasses import dataclass

import streamlit as st
from markupsafe import Markup

from dashboard.data.markdown import JOINER as JOINER
from dashboard.data.markdown import md_escape as md_escape


def show_markup(markup: Markup) -> None:
    """HTML on the page. A plain string might hold data as it is, so only Markup is taken: what
    an autoescaping template made, every value in it escaped."""
    if not isinstance(markup, Markup):
        raise TypeError(f"show_markup takes Markup, not {type(markup).__name__}")
    st.html(_Finished(markup))


@dataclass(frozen=True)
class _Finished:
    """HTML handed to st.html as it is (its `_repr_html_`): a string would be dedented first,
    a pass over every line of a long table on every rerun."""

    markup: Markup

    def _repr_html_(self) -> str:
        return self.markup
