"""The one cache: what a page shows, computed once per data version, language and selection.

The data and derived layers are pure and uncached. A page asks for its content through a few
entry points (the functions decorated with `entry`, one or two per page); each computes the
page's tables, figures, sentences and cards from the dataset in one go, and Streamlit keeps
the result per arguments. A dataset is keyed by its data version, so editing a data file
means new keys and the old entries age out. Streamlit computes each key under its own lock:
one session building the deck does not hold up another's first view. What an entry returns
is shared by every session and must be treated as read-only (docs/decisions/0006).
"""

from collections.abc import Callable
from typing import ParamSpec, TypeVar

import streamlit as st

from dashboard.data import Dataset, data_version, load_dataset

P = ParamSpec("P")
T = TypeVar("T")

# Selections are few per page, but a visitor may try many: the oldest entries go first.
MAX_ENTRIES = 64


def _version_of(ds: Dataset) -> int:
    """A dataset's key: its version's hash. Streamlit would otherwise hash the version's every
    file stamp on every call; within one process (where the cache lives) equal versions have
    equal hashes."""
    return hash(ds.version)


def entry(func: Callable[P, T]) -> Callable[P, T]:
    """`func` computed once per arguments, a Dataset keyed by its version."""
    return st.cache_resource(show_spinner=False, max_entries=MAX_ENTRIES,
                             hash_funcs={Dataset: _version_of})(func)


@st.cache_resource(show_spinner=False, max_entries=2)
def _loaded(directory: str, version: int) -> Dataset:
    """`version` (the hash of the files' stamps) is only the key: load_dataset takes its own
    stamps before it reads."""
    return load_dataset(directory)


def dataset() -> Dataset:
    """The validated dataset of the data files as they are now: reloaded when a file's size
    or modification time changes."""
    version = data_version()
    return _loaded(version[0], hash(version))
