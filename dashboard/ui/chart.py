"""A plotly figure on the page, drawn by plotly.js's basic bundle (docs/decisions/0007).

Streamlit's plotly element ships the full plotly.js (maps, 3D, WebGL), and starting it was
most of every chart page's drawing time, even with the file cached. Our charts use only
scatter and bar traces, which the basic bundle (`dashboard/static`, served by Streamlit's
static file serving) draws the same way. The figure is the same plotly JSON, so hover, zoom
and the PNG download stay. Names beside points are placed after each drawing so that none
prints over another (templates/labels.js, shared with the deck).

Streamlit serves the static folder without Cache-Control and answers every request in full, so
a browser kept the bundle only as long as its heuristics allowed (a tenth of the file's age:
minutes on a fresh install) and then fetched and the server compressed the whole bundle again
on every page. The bundle's address therefore carries its content's checksum and the script
takes it from the browser's cache whenever it is there (see chart.js).
"""

import functools
import zlib
from pathlib import Path

import streamlit as st

from dashboard.config import PLOTLY_BUNDLE
from dashboard.ui.lang import t
from dashboard.viz.templates_env import LABELS, asset

COMPONENT = "bso_chart"
SCRIPT = Path(__file__).with_name("chart.js")


@functools.cache
def _component():
    """Registered on first use, inside a run: each runtime (AppTest makes one per app) gets the
    definition when the component is mounted."""
    script = asset(LABELS) + SCRIPT.read_text(encoding="utf-8")
    return st.components.v2.component(COMPONENT, js=script, isolate_styles=False)


@functools.cache
def bundle_url() -> str:
    """The bundle's address under Streamlit's static serving, changing with its content."""
    checksum = zlib.crc32(PLOTLY_BUNDLE.read_bytes())
    return f"app/static/{PLOTLY_BUNDLE.name}?v={checksum:08x}"


def plotly_chart(spec: str) -> None:
    """Draw a figure, given as plotly JSON (viz.charts.figure_json), across the container's
    width. Its key comes from the figure, so the element ID is not hashed from the data on
    every run."""
    _component()(data={"figure": spec, "fullScreen": t("full_screen"), "bundle": bundle_url()},
                 key=f"{COMPONENT}-{zlib.crc32(spec.encode()):08x}", width="stretch")
