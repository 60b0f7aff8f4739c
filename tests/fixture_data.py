"""The small fixture dataset (tests/fixtures/data/) as pytest fixtures for the core, page, viz,
robustness and browser tests.

Those tests assert what a derived table holds and what a reader sees, and both depend on the
data. On the real data/ every new pilot, fact or monitor wave would change them and break
tests that have nothing to do with the change; on the fixture, which only tests edit, they
keep their meaning. The conftest.py of tests/core, tests/pages, tests/viz, tests/robustness
and tests/browser switch their folders to it.
"""

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dashboard.data import Dataset, load_dataset
from dashboard.data import dataset as dataset_module
from dashboard.data.files import Refused, read_capped

FIXTURE_DATA_DIR = Path(__file__).resolve().parent / "fixtures" / "data"


@pytest.fixture(autouse=True)
def on_fixture_data(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every page the test opens reads the fixture (the app's caches key on the directory).

    A test that points BSO_DATA_DIR elsewhere afterwards (a damaged copy) overrides this.
    """
    monkeypatch.setenv("BSO_DATA_DIR", str(FIXTURE_DATA_DIR))
    yield FIXTURE_DATA_DIR


@pytest.fixture(scope="session")
def ds() -> Dataset:
    """The fixture dataset, as the pages under test load it."""
    return load_dataset(FIXTURE_DATA_DIR)


def copy_of_fixture(parent: Path) -> Path:
    """parent/data: a copy of the fixture."""
    target = parent / "data"
    shutil.copytree(FIXTURE_DATA_DIR, target)
    return target


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the fixture that a test may change (import into, damage)."""
    return copy_of_fixture(tmp_path)


@pytest.fixture(scope="module")
def module_data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the fixture for a module whose tests restore what they change (fuzzing)."""
    return copy_of_fixture(tmp_path_factory.mktemp("module"))


@contextmanager
def memoised_read_table() -> Iterator[None]:
    """`load_dataset` reading each table's file once per distinct content.

    read_table is a pure function of the table and the file's bytes, so caching on them keeps
    every property of loading while a test (or a fuzzing example) that changed one file of a
    copy pays only for that file. A file that cannot be read is passed to read_table as it is,
    to report what the file system said; it is read as the loader reads it (files.read_capped),
    so a pipe or a device in a copy does not hang the memo either.
    """
    original = dataset_module.read_table
    memo: dict[tuple[str, bytes], tuple] = {}

    def read_table(table, directory):
        try:
            key = (table.name, read_capped(directory / table.file, directory))
        except Refused:
            return original(table, directory)
        if key not in memo:
            memo[key] = original(table, directory)
        frame, problems = memo[key]
        return (None if frame is None else frame.copy()), list(problems)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dataset_module, "read_table", read_table)
        yield


@pytest.fixture(autouse=True, scope="session")
def tables_read_once_per_content() -> Iterator[None]:
    """Every test of the folder loads data copies that differ from the fixture in a file or
    two; each distinct file is parsed and checked once per test process."""
    with memoised_read_table():
        yield
