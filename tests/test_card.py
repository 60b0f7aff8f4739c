"""A card cannot be drawn without a source line."""

import pandas as pd
import pytest

from dashboard.ui.card import SourceLine, card


def test_source_line_cannot_be_empty():
    with pytest.raises(ValueError):
        SourceLine(())
    with pytest.raises(ValueError):
        SourceLine(("  ",))


def test_card_refuses_anything_but_a_source_line():
    with pytest.raises(TypeError):
        card("Titel", pd.DataFrame({"a": [1]}), "Bron: iets")


def test_a_chart_needs_its_table_alternative():
    import plotly.graph_objects as go

    with pytest.raises(ValueError, match="accessible alternative"):
        card("Titel", go.Figure(), SourceLine(("Nieuwsbrief (2012)",)))


def test_a_long_table_shows_its_first_rows_and_says_the_downloads_have_all():
    from streamlit.testing.v1 import AppTest

    def page():
        import pandas as pd

        from dashboard.ui.card import SourceLine, card
        card("Lang", pd.DataFrame({"n": range(1000)}), SourceLine(("Nieuwsbrief (2012)",)))

    at = AppTest.from_function(page).run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 300
    assert "De eerste 300 van 1000 rijen" in " ".join(c.value for c in at.caption)
    assert len(at.get("download_button")) == 2
