"""A card cannot be drawn without the facts behind it, and derives its sources from them."""

import io

import pandas as pd
import pytest

from dashboard.ui.card import make_card
from dashboard.ui.provenance import SourceLine
from tests.pages.apptest import tables


def test_source_line_cannot_be_empty():
    with pytest.raises(ValueError):
        SourceLine((), "nl")
    with pytest.raises(ValueError):
        SourceLine(("  ",), "nl")


def test_card_refuses_a_table_without_facts(ds):
    with pytest.raises(ValueError, match="FACTS"):
        make_card(ds, "nl", "Titel", pd.DataFrame({"a": [1]}))


def test_a_chart_needs_the_table_behind_it(ds):
    import plotly.graph_objects as go

    with pytest.raises(ValueError, match="table behind it"):
        make_card(ds, "nl", "Titel", go.Figure())


def _long_table_page():
    import pandas as pd

    from dashboard.data.refs import FACTS, ref
    from dashboard.ui.cache import dataset
    from dashboard.ui.card import card, make_card
    long = pd.DataFrame({"n": range(1000), FACTS: [(ref("figures", 0),)] * 1000})
    card(make_card(dataset(), "nl", "Lang", long))


def test_a_long_table_shows_its_first_rows_and_says_the_downloads_have_all():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_long_table_page).run()
    assert not at.exception
    assert len(tables(at)[0]) == 300
    assert "De eerste 300 van 1000 rijen" in " ".join(c.value for c in at.caption)
    assert len(at.get("download_button")) == 2


def _chart_page():
    import pandas as pd
    import plotly.graph_objects as go

    from dashboard.data.refs import FACTS, ref
    from dashboard.ui.cache import dataset
    from dashboard.ui.card import card, make_card
    card(make_card(dataset(), "nl", "Grafiek", go.Figure(go.Bar(x=["a", "b"], y=[1, 2])),
                   data=pd.DataFrame({"soort": ["a", "b"], "n": [1, 2],
                                      FACTS: [(ref("figures", 0),), (ref("figures", 1),)]})))


def test_a_charts_table_is_sent_once_it_is_opened():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_chart_page).run()
    assert [tab.label for tab in at.tabs] == ["Grafiek", "Tabel", "Hoe weten we dit?"]
    assert not tables(at), "a closed table is not sent"
    (key,) = [k for k in at.session_state if k.startswith("tabs-")]
    at.session_state[key] = "Tabel"
    (table,) = [tab for tab in at.run().tabs if tab.label == "Tabel"]
    assert tables(table)[0].to_dict("list") == {"soort": ["a", "b"], "n": ["1", "2"]}


def _two_sources_page():
    import pandas as pd

    from dashboard.data.refs import FACTS
    from dashboard.ui.cache import dataset
    from dashboard.ui.card import card, make_card

    ds = dataset()
    first = ds.sources["source_id"].iloc[0]
    label = ds.organisations.index[ds.organisations["source_id"] == first][0]
    card(make_card(ds, "nl", "Eén bron",
                   pd.DataFrame({"naam": [ds.organisations.at[label, "name"]],
                                 FACTS: [(f"organisations:{label + 2}",)]})))


def test_the_source_line_and_the_facts_come_from_the_rows_shown(ds):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_two_sources_page).run()
    assert not at.exception
    first = ds.sources.iloc[0]
    line = [c.value for c in at.caption if c.value.startswith("Bron")]
    assert len(line) == 1 and first["title"] in line[0]
    assert all(title not in line[0] for title in ds.sources["title"].iloc[1:])
    (evidence,) = [tab for tab in at.tabs if tab.label == "Hoe weten we dit?"]
    assert not tables(evidence), "a closed list is not sent"
    (key,) = [k for k in at.session_state if k.startswith("tabs-")]
    at.session_state[key] = "Hoe weten we dit?"
    (evidence,) = [tab for tab in at.run().tabs if tab.label == "Hoe weten we dit?"]
    listed = tables(evidence)[0]
    assert set(listed["Bron"]) == {first["title"]}
    assert listed["Bewijs (letterlijk citaat)"].str.len().min() > 0


def test_a_workbook_carries_the_facts_behind_its_table_on_a_second_sheet():
    from dashboard.publish.export import xlsx_bytes

    facts = pd.DataFrame({"Feit": ["Elker → SKSG"], "Bewijs": ["“…”"]})
    book = xlsx_bytes(pd.DataFrame({"a": [1]}), "Bron: x", evidence=("Bronnen", facts))
    sheets = pd.read_excel(io.BytesIO(book), sheet_name=None)
    assert list(sheets) == ["Gegevens", "Bronnen"]
    assert sheets["Bronnen"].equals(facts)
