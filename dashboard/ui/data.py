"""The dataset for a Streamlit run: the one place where the data version meets a session.

Everything derived from the dataset is cached where it is defined (`dashboard.data.memo`),
keyed on the dataset's version; this module decides which version a run sees. Editing,
adding or importing a data file changes `data_version()`, so the next run loads the data
afresh and everything computed from the old version ages out of the cache.
"""

from dashboard.data import Dataset, data_version, load_dataset
from dashboard.data.memo import memo
from dashboard.ui import run


def _version() -> tuple:
    """The data files are looked at once per run (ui.run), so one run never mixes two
    versions of the data."""
    return run.once("data_version", data_version)


@memo
def _loaded(version: tuple) -> Dataset:
    return load_dataset(version[0])


def dataset() -> Dataset:
    """The validated dataset; reloaded only when a data file's size or mtime changes.

    Its frames are copies of the cached ones (see Dataset.handed_out), made once per run, so
    a page changing its frames changes nothing another run sees.
    """
    return run.once("dataset", lambda: _loaded(_version()).handed_out())
