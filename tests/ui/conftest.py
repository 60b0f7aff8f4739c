"""UI tests run on the fixture dataset (tests/fixtures/), so new data in data/ breaks none."""

from tests.fixture_data import data_copy, ds, on_fixture_data

__all__ = ["data_copy", "ds", "on_fixture_data"]
