"""The dataset, loaded once per version of the data files."""

import streamlit as st

from dashboard.core import Dataset, data_version, load_dataset


@st.cache_data(show_spinner=False)
def _load(version: tuple) -> Dataset:
    return load_dataset()


def dataset() -> Dataset:
    """The validated dataset; reloaded only when a data file's size or mtime changes."""
    return _load(data_version())
