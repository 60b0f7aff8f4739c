"""The "Factsheet (afdrukbaar)" button, the same wherever an initiative is shown.

Every initiative has a factsheet, not only the cases: a pilot a curator has just added, with
two facts and much unknown, is printable the moment its rows load (the sheet shows what is not
known as such).
"""

from datetime import date
from functools import partial

import streamlit as st

from dashboard.data import Dataset
from dashboard.ui.lang import t
from dashboard.viz.factsheet import factsheet_html


def factsheet_button(ds: Dataset, initiative_id: str, file_name: str, lang: str, *,
                     key: str) -> None:
    """A download button for `initiative_id`'s factsheet. The sheet is built only on click,
    so a page with a button per initiative stays as fast as without them."""
    st.download_button(
        t("factsheet_button"),
        partial(factsheet_html, ds, initiative_id, lang, generated=date.today()),
        file_name=file_name, mime="text/html", key=key, on_click="ignore",
        help=t("factsheet_button_help"), icon=":material/print:")
