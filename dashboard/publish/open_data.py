"""The whole dataset as one zip for analysts: every CSV, its Frictionless Data Package, the
data dictionary and the attribution, so the download can be used without this project.

The package descriptor is made for the data directory being zipped (its sources), never copied
from data/, so the zip always describes the files inside it.
"""

import io
import zipfile
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.data.privacy import suppressed
from dashboard.data.schemas import TABLES
from dashboard.publish.datapackage import (
    DICTIONARY_FILE,
    PACKAGE_FILE,
    attribution,
    package_json,
    read_sources,
)

FOLDER = "bso-pilots-data"
ATTRIBUTION_FILE = "ATTRIBUTION.md"
# A fixed time stamp: the same data gives the same zip, byte for byte.
STAMP = (2000, 1, 1, 0, 0, 0)
RESULTS = TABLES["monitor_indicators"]


def _shown_results(path: Path) -> str:
    """The results table as stored, without the rows that must not be shown."""
    rows = pd.read_csv(path, dtype="string", keep_default_na=False)
    numbers = pd.to_numeric(rows["n"], errors="coerce").astype("Float64")
    shown = rows[~suppressed(pd.DataFrame({"n": numbers}))]
    return shown.to_csv(index=False, lineterminator="\n")


def package_files() -> list[str]:
    """The files in the zip, in the order they are written (shown above the download)."""
    return [t.file for t in TABLES.values()] + [PACKAGE_FILE, DICTIONARY_FILE, ATTRIBUTION_FILE]


def package_zip(data_dir: Path) -> bytes:
    """The zip of the dataset in `data_dir`, its files in one folder; results on fewer than
    privacy.MIN_N respondents left out, since their value and excerpts write the number."""
    texts = {PACKAGE_FILE: package_json(data_dir),
             DICTIONARY_FILE: (config.DATA_DIR / DICTIONARY_FILE).read_text(encoding="utf-8"),
             ATTRIBUTION_FILE: attribution(read_sources(data_dir)),
             RESULTS.file: _shown_results(data_dir / RESULTS.file)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in package_files():
            info = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            content = texts[name].encode() if name in texts else (data_dir / name).read_bytes()
            archive.writestr(info, content)
    return buffer.getvalue()
