"""What the cache hands out is shared by every session, so no page may change it
(docs/decisions/0006)."""

import pandas as pd
import pytest

from dashboard import config
from dashboard.data import load_dataset
from dashboard.ui import cache
from tests.pages.apptest import run_app

PAGES = sorted(p.name for p in (config.ROOT / "dashboard" / "views").glob("*.py"))


@pytest.mark.parametrize("page", PAGES)
def test_a_page_leaves_the_cached_dataset_as_it_was_loaded(page):
    shared = cache.dataset()
    run_app(f"views/{page}")
    run_app(f"views/{page}", lang="en")
    assert cache.dataset() is shared
    fresh = load_dataset()
    for name, table in fresh.tables().items():
        pd.testing.assert_frame_equal(getattr(shared, name), table, obj=name)
