"""Shared fixtures: the real dataset, and a writable copy of data/ to break on purpose.

tests/core, tests/pages and tests/viz replace both with the fixture dataset of
tests/fixtures/ (see tests/fixture_data.py): what they assert must not change when data/
grows. The real data keeps its own checks, as invariants, in tests/test_real_data.py.

Hypothesis runs derandomized by default (profile "ci"): every run tries the same examples,
so a failure in CI reproduces anywhere. HYPOTHESIS_PROFILE=explore draws new ones each run.
"""

import csv
import functools
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings
from streamlit.components.v2 import manifest_scanner

from dashboard import config
from dashboard.data import Dataset, load_dataset

settings.register_profile("ci", derandomize=True, database=None, deadline=None,
                          print_blob=True)
settings.register_profile("explore", database=None, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Every AppTest scans the metadata of every installed distribution for Streamlit components
# (about a second each, hundreds of times per run); a server does it once at its start. The
# installed packages do not change while the tests run, so the scan is made once per process.
_scan_once = functools.cache(manifest_scanner.scan_component_manifests)
manifest_scanner.scan_component_manifests = lambda *args, **kwargs: list(
    _scan_once(*args, **kwargs))


# The modules whose tests share one expensive module fixture: the browser tests (their
# servers and tabs) and the rendering test (the whole app rendered once).
TOGETHER = ("tests/browser/", "tests/rendering/")


def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """With pytest-xdist's `--dist loadgroup` (`make test`: a worker per core): the browser
    tests of one module (tests/browser/), and those of the rendering test (tests/rendering/),
    on one worker, every other test wherever a worker is free.

    A module's tests share its servers and browser tabs; each worker starts one Chromium and
    one server on the fixture for all the modules it runs. The largest units go first, so the
    browser modules start at once and the quick tests fill the gaps. pytest-xdist would group
    tests by an `xdist_group` mark written into their ids, which pytest 9.2 no longer lets it
    change, so the groups are chosen here.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class BrowserModulesTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module.startswith(TOGETHER) else nodeid

    return BrowserModulesTogether(config, log)


@pytest.fixture(scope="session")
def ds() -> Dataset:
    return load_dataset()


def copy_of_data(parent: Path) -> Path:
    """parent/data: a copy of data/ without geo/."""
    target = parent / "data"
    shutil.copytree(config.DATA_DIR, target, ignore=shutil.ignore_patterns("geo"))
    return target


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ (without geo/) that a test may damage."""
    return copy_of_data(tmp_path)


@pytest.fixture(scope="module")
def module_data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of data/ for a module whose tests restore what they change (fuzzing)."""
    return copy_of_data(tmp_path_factory.mktemp("module"))


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_rows(path: Path, rows: list[dict[str, str]], header: list[str] | None = None) -> None:
    header = header or list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def set_cell(directory: Path, table: str, row_index: int, column: str, value: str) -> int:
    """Change one cell; returns the CSV line number of that row (header = line 1)."""
    path = directory / f"{table}.csv"
    rows = read_rows(path)
    rows[row_index][column] = value
    write_rows(path, rows)
    return row_index + 2


def set_cell_where(directory: Path, table: str, match: dict[str, str], column: str,
                   value: str) -> int:
    """Change one cell of the row whose columns equal `match` (so a test does not depend on
    row order); returns the CSV line number of that row."""
    path = directory / f"{table}.csv"
    rows = read_rows(path)
    [index] = [i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items())]
    rows[index][column] = value
    write_rows(path, rows)
    return index + 2
