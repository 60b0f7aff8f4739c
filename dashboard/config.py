"""Every path the project uses, in one place.

Pages, notebooks, tests and build steps import these names instead of building paths
themselves, so the layout can change in one module.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
GEO_DIR = DATA_DIR / "geo"
NOTEBOOKS_DIR = ROOT / "notebooks"
# Served at app/static/ (server.enableStaticServing): plotly.js's basic bundle, which draws the
# charts on the page (ui/chart.js) and is inlined in the offline deck. `make vendor-plotly`.
STATIC_DIR = ROOT / "dashboard" / "static"
PLOTLY_BUNDLE = STATIC_DIR / "plotly-basic.min.js"
# The deck's typeface, embedded in its file: Source Sans 3 (the font Streamlit draws the app in),
# variable weight, latin subset, SIL Open Font License (OFL.txt beside it). `make vendor-font`.
DECK_FONT = STATIC_DIR / "fonts" / "source-sans-3-latin-wght-normal.woff2"

SHARED_DIR = ROOT.parent / "shared"
SHARED_GEO_DIR = SHARED_DIR / "geo"


def sources_dir() -> Path:
    """Where the source newsletters live: `BSO_SOURCES_DIR` if set, else ../shared/seeds."""
    override = os.environ.get("BSO_SOURCES_DIR")
    return Path(override) if override else SHARED_DIR / "seeds"


def data_dir() -> Path:
    """The data directory in use: `BSO_DATA_DIR` if set (tests, benchmarks), else data/."""
    override = os.environ.get("BSO_DATA_DIR")
    return Path(override) if override else DATA_DIR
