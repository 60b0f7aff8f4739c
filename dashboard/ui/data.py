"""The dataset and everything derived from it, computed once per version of the data files.

A page asks for the dataset and for derived tables and figures a dozen times per run, so a
lookup must cost microseconds: Streamlit's `st.cache_resource` hashes its arguments on every
call (about 0.2 ms each, a tenth of a page), and `st.cache_data` even unpickles a fresh copy.
This cache is a plain dictionary keyed on the data version, the function and its arguments,
shared by all sessions of the server. The price is a rule: cached values are read-only —
copy before changing one. Editing, adding or importing a data file changes `data_version()`,
so every later lookup computes afresh and the old entries age out.
"""

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.core import Dataset, data_version, load_dataset

T = TypeVar("T")

MAX_ENTRIES = 512

_entries: OrderedDict[Hashable, object] = OrderedDict()
# One computation at a time: twenty sessions opening the app together load the dataset once,
# not twenty times. Re-entrant, because derived values are built from other derived values.
_computing = threading.RLock()


def _cached(key: Hashable, compute: Callable[[], T]) -> T:
    try:
        value = _entries[key]
        _entries.move_to_end(key)  # least recently used goes first
        return value  # type: ignore[return-value]
    except KeyError:
        pass
    with _computing:
        if key not in _entries:
            _entries[key] = compute()
            while len(_entries) > MAX_ENTRIES:
                _entries.popitem(last=False)
        return _entries[key]  # type: ignore[return-value]


_pinned = threading.local()


def pin_data_version() -> None:
    """Fix the data version for the rest of this script run (app.py calls it first).

    A page asks for the dataset and derived values a few dozen times per run; with the version
    pinned, the data files are looked at once per run instead of each time, and one run never
    mixes two versions of the data. The pin belongs to this run's Streamlit context, so another
    session, or a script run without app.py, looks at the files itself.
    """
    _pinned.run = (get_script_run_ctx(suppress_warning=True), data_version())


def _version() -> tuple:
    context, version = getattr(_pinned, "run", (None, None))
    if context is not None and context is get_script_run_ctx(suppress_warning=True):
        return version
    return data_version()


def dataset() -> Dataset:
    """The validated dataset; reloaded only when a data file's size or mtime changes."""
    version = _version()
    return _cached((version, load_dataset), lambda: load_dataset(version[0]))


def derived(func: Callable[..., T], *args: Hashable) -> T:
    """`func(dataset(), *args)`, computed once per data version and arguments (read-only).

    `args` must be everything the result depends on besides the dataset, and hashable.
    """
    return _cached((_version(), func, args), lambda: func(dataset(), *args))


def cached(func: Callable[..., T], *args: object) -> T:
    """`func(*args)` computed once per arguments; meant for arguments that are cached values.

    A graph or table from `derived` is the same object on every rerun until the data changes,
    so it can key what is computed from it: hashable arguments by value, others (tables) by
    identity, for as long as they live. When such an argument is dropped, so is the entry:
    its identity may then be reused by another object.
    """
    parts, mortal = [], []
    for arg in args:
        if _hashable(arg):
            parts.append(arg)
        else:
            parts.append(("object", id(arg)))
            mortal.append(arg)
    key = (func, tuple(parts))
    fresh = key not in _entries
    value = _cached(key, lambda: func(*args))
    if fresh:
        for arg in mortal:
            weakref.finalize(arg, _entries.pop, key, None)
    return value


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True
