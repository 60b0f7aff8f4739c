"""The fixture dataset stays what the tests on it rely on: real rows only, and holding every
kind of row tests/fixtures/README.md lists it for. (That it loads, proof rules and excerpts
included, the core tests check: they run on it.)"""

import csv
from pathlib import Path

import pandas as pd
import pytest

from dashboard import config
from dashboard.data import Dataset, load_dataset
from dashboard.data.schemas import TABLES
from dashboard.topics.membership import memberships
from tests.fixture_data import FIXTURE_DATA_DIR


def rows(path: Path) -> tuple[list[str], list[tuple[str, ...]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, [tuple(row) for row in reader]


@pytest.fixture(scope="module")
def fixture() -> Dataset:
    return load_dataset(FIXTURE_DATA_DIR)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_fixture_row_is_a_row_of_data(table):
    """Copied, never written: so the fixture holds no fact the sources do not give."""
    file = TABLES[table].file
    header, fixture_rows = rows(FIXTURE_DATA_DIR / file)
    real_header, real_rows = rows(config.DATA_DIR / file)
    assert header == real_header
    invented = set(fixture_rows) - set(real_rows)
    assert not invented, f"{file}: rows not in data/{file} (copy the real row): {invented}"


def test_it_holds_every_case_the_page_tests_draw(fixture):
    initiatives = fixture.initiatives.set_index("initiative_id")
    cases = initiatives[initiatives["case_study"]]
    members = memberships(fixture)
    assert len(cases) >= 2 and len(cases) < len(initiatives)  # cases, and one that is not
    assert {members[i].inferred for i in cases.index if i in members} == {True, False}
    assert initiatives["start"].notna().any() and initiatives["start"].isna().any()
    figured = set(fixture.figures["initiative_id"].dropna())
    assert figured and set(initiatives.index) - figured  # figures, and "niet bekend"
    assert fixture.figures["value_max"].notna().any()  # a range
    assert set(fixture.monitor_waves["status"]) == {"completed", "planned"}
    assert fixture.ratings["wave_id"].isna().all() and not fixture.ratings.empty
    assert fixture.monitor_indicators.empty
    assert fixture.people["role"].isna().any() and fixture.people["role"].notna().any()
    assert pd.isna(fixture.organisations["gm_code"]).any()
