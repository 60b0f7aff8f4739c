"""One figure reads the same on the map, in the comparison and in the factsheet, per language.

Groningen's "2 à 3 groups per location" is made approximate and fractional ("ca. 2,5 à 3"),
so the decimal mark, the range dash, the approximation word and the 'per' all show.
"""

import pytest

from dashboard.data import load_dataset
from dashboard.viz.factsheet import factsheet_html
from tests.conftest import set_cell_where
from tests.pages.apptest import page_text, run_app
from tests.pages.test_kaart import figure_rows
from tests.viz.test_factsheet import Page

GROUPS = {"initiative_id": "groningen", "metric": "groups"}
EXPECTED = {"nl": ("Groepen per locatie", "ca. 2,5–3"),
            "en": ("Groups per location", "approx. 2.5–3")}


@pytest.fixture
def fractional(data_copy, tmp_path, monkeypatch):
    """A data copy whose Groningen groups figure is 'ca. 2,5 à 3', served by the app. The
    changed excerpt is not in the newsletters, so they are kept out of sight (a folder that
    does not exist)."""
    set_cell_where(data_copy, "figures", GROUPS, "value", "2.5")
    set_cell_where(data_copy, "figures", GROUPS, "approximate", "true")
    set_cell_where(data_copy, "figures", GROUPS, "evidence",
                   "De focus ligt op beide locaties op 2,5 à 3 groepen.")
    hidden = tmp_path / "no-sources"
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    monkeypatch.setenv("BSO_SOURCES_DIR", str(hidden))
    return load_dataset(data_copy)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_map_comparison_and_factsheet_write_a_figure_alike(fractional, lang):
    metric, value = EXPECTED[lang]

    kaart = run_app("views/kaart.py", gemeente="GM0014", lang=lang)
    assert ("Samen in de BSO-groep", metric, value) in figure_rows(kaart)

    # The comparison's card writes it (its table lists only figures two initiatives share,
    # written by the same function: tests/viz/test_compare.py).
    compare = run_app("views/vergelijken.py", initiatives="groningen,assen", lang=lang)
    assert f"{metric}: **{value}**" in page_text(compare)

    sheet = Page(factsheet_html(fractional, "groningen", lang))
    assert [metric, value, "[1]"] in sheet.table("key-figures")
