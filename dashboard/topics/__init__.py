"""Language-free tables derived from the data, one module per subject (no words, no Streamlit)."""
