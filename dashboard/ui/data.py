"""The dataset for a Streamlit run: the one place where the data version meets a session.

Everything derived from the dataset is cached where it is defined (`dashboard.core.memo`),
keyed on the dataset's version; this module decides which version a run sees. Editing,
adding or importing a data file changes `data_version()`, so the next run loads the data
afresh and everything computed from the old version ages out of the cache.
"""

import threading

from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.core import Dataset, data_version, load_dataset
from dashboard.core.memo import memo

_pinned = threading.local()


def pin_data_version() -> None:
    """Fix the data version for the rest of this script run (app.py calls it first).

    A page asks for the dataset a few times per run; with the version pinned, the data files
    are looked at once per run instead of each time, one run never mixes two versions of the
    data, and the run gets one read-only copy of the dataset. The pin belongs to this run's
    Streamlit context, so another session, or a script run without app.py, looks at the
    files itself.
    """
    _pinned.run = (get_script_run_ctx(suppress_warning=True), data_version(), None)


def _version() -> tuple:
    context, version, _ = getattr(_pinned, "run", (None, None, None))
    if context is not None and context is get_script_run_ctx(suppress_warning=True):
        return version
    return data_version()


@memo
def _loaded(version: tuple) -> Dataset:
    return load_dataset(version[0])


def dataset() -> Dataset:
    """The validated dataset; reloaded only when a data file's size or mtime changes.

    Its frames are copies of the cached ones (see Dataset.handed_out), made once per run.
    """
    context, version, handed = getattr(_pinned, "run", (None, None, None))
    if context is None or context is not get_script_run_ctx(suppress_warning=True):
        return _loaded(data_version()).handed_out()
    if handed is None:
        handed = _loaded(version).handed_out()
        _pinned.run = (context, version, handed)
    return handed
