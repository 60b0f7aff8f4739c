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
