"""Everything a reader can see or download of one data directory, as text units."""

from pathlib import Path

import pytest

from dashboard.data import load_dataset
from tests.english_parity import captured_downloads
from tests.rendering.app import download_units, page_units, views
from tests.rendering.files import deck_file_units, factsheet_units, package_units
from tests.rendering.units import Unit

LANGUAGES = ("nl", "en")


def everything(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> list[Unit]:
    """The units of every page (each view once per language, with its tables and facts
    open), every slide, every card's downloads, every factsheet, the offline deck and the
    dataset zip, served from `env` (BSO_DATA_DIR and, for invented rows, BSO_SOURCES_DIR)."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    data_dir = Path(env["BSO_DATA_DIR"])
    ds = load_dataset(data_dir)
    made = captured_downloads(monkeypatch)
    units: list[Unit] = []
    for lang in LANGUAGES:
        for page, query in views(ds):
            units += page_units(page, query, lang)
        units += factsheet_units(ds, lang)
        units += deck_file_units(ds, lang)
    units += download_units(made)
    units += package_units(data_dir)
    return list(dict.fromkeys(units))
