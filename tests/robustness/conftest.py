"""Robustness tests damage, poison and fuzz the fixture dataset (tests/fixtures/), not data/:
what they check is how the loader, the importer and the pages treat bad input, which a small
dataset shows as well as the real one, in a fraction of the time."""

from tests.fixture_data import (
    data_copy,
    ds,
    module_data_copy,
    on_fixture_data,
    tables_read_once_per_content,
)

__all__ = ["data_copy", "ds", "module_data_copy", "on_fixture_data",
           "tables_read_once_per_content"]
