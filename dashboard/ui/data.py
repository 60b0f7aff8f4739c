"""The dataset and tables derived from it, computed once per version of the data files.

Both are cached as shared resources rather than with `st.cache_data`: cache_data hands every
rerun a fresh unpickled copy (about 12 ms for the dataset alone), which is most of a page's
time. The price is a rule: cached frames are read-only — copy before changing one. The key is
`data_version()`, so editing, adding or importing a data file invalidates everything.
"""

from collections.abc import Callable
from types import FunctionType
from typing import TypeVar

import streamlit as st

from dashboard.core import Dataset, data_version, load_dataset

T = TypeVar("T")


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(version: tuple) -> Dataset:
    return load_dataset(version[0])


def dataset() -> Dataset:
    """The validated dataset; reloaded only when a data file's size or mtime changes."""
    return _load(data_version())


def _qualified_name(func: Callable) -> str:
    return f"{func.__module__}.{func.__qualname__}"


@st.cache_resource(show_spinner=False, max_entries=256,
                   hash_funcs={FunctionType: _qualified_name})
def _derived(version: tuple, func: Callable[..., T], args: tuple) -> T:
    return func(_load(version), *args)


def derived(func: Callable[..., T], *args: object) -> T:
    """`func(dataset(), *args)`, computed once per data version and arguments (read-only)."""
    return _derived(data_version(), func, args)
