"""Core tests run on the fixture dataset (tests/fixtures/), so new data in data/ breaks none."""

from tests.fixture_data import data_copy, ds, on_fixture_data, tables_read_once_per_content

__all__ = ["data_copy", "ds", "on_fixture_data", "tables_read_once_per_content"]
