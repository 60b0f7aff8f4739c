"""The text units of what leaves the app as a file: factsheets, the offline deck, the dataset.

Card downloads are built while the pages run (tests/rendering/app.py); these are built here
the way their buttons build them.
"""

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from dashboard.data import Dataset
from dashboard.publish.open_data import package_zip
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import factsheet_html
from tests.rendering.units import Unit, csv_units, html_units, plain


def factsheet_units(ds: Dataset, lang: str) -> Iterator[Unit]:
    """Every initiative's factsheet (the overview offers the cases'; any can be made)."""
    for initiative_id in ds.initiatives["initiative_id"]:
        yield from html_units(f"factsheet {initiative_id} ({lang})",
                              factsheet_html(ds, initiative_id, lang))


def deck_file_units(ds: Dataset, lang: str) -> Iterator[Unit]:
    """The offline deck: its slides' text and the figures it embeds."""
    yield from html_units(f"deck ({lang})", deck_html(ds, lang))


def package_units(data_dir: Path) -> Iterator[Unit]:
    """The dataset zip (Bronnen): one unit per row of each CSV file, one per line of the
    other files (the package descriptor, the data dictionary, the attribution)."""
    with zipfile.ZipFile(io.BytesIO(package_zip(data_dir))) as archive:
        for name in archive.namelist():
            payload = archive.read(name)
            place = f"dataset zip {name.rsplit('/', 1)[-1]}"
            if name.endswith(".csv"):
                yield from csv_units(place, payload)
            else:
                for line in payload.decode("utf-8").splitlines():
                    if line.strip():
                        yield Unit(place, plain(line))
