"""The charts are drawn by plotly.js's basic bundle (dashboard/static), on the page and in the
offline deck: it must be the plotly.js the plotly package writes figures for, and every trace a
page or the deck sends must be one it can draw (anything else would be a blank chart)."""

import json
import re

import pytest
from plotly.offline import get_plotlyjs_version

from dashboard import config
from dashboard.viz.deck import deck_html
from tests.browser.conftest import app_pages
from tests.pages.apptest import figures, run_app

FIGURE_SCRIPT = re.compile(r'<script type="application/json" class="figure"[^>]*>(.*?)</script>',
                           re.S)
# The traces of the basic bundle (plotly.js dist/README: "basic").
BASIC_TRACES = {"scatter", "bar", "pie"}


def test_the_bundle_is_the_plotly_js_of_the_plotly_package():
    head = config.PLOTLY_BUNDLE.read_text(encoding="utf-8")[:200]
    assert f"plotly.js (basic - minified) v{get_plotlyjs_version()}" in head, (
        "plotly was upgraded: run `make vendor-plotly`")


@pytest.mark.parametrize(("path", "script"), app_pages())
def test_every_chart_of_a_page_is_drawn_by_the_bundle(path, script):
    at = run_app(script)
    assert {trace.type for fig in figures(at) for trace in fig.data} <= BASIC_TRACES


def test_every_chart_of_the_deck_is_drawn_by_the_bundle(ds):
    found = [json.loads(spec) for spec in FIGURE_SCRIPT.findall(deck_html(ds, "nl"))]
    assert found
    assert {trace.get("type", "scatter") for fig in found for trace in fig["data"]} <= BASIC_TRACES
