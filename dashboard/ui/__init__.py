"""Shared Streamlit pieces: language, cached data, the sourced card, the sidebar."""
