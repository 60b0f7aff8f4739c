"""Pure figure builders: data in, plotly Figures or pydeck Decks out (no Streamlit)."""
