"""The Streamlit kit: the one cache (cache.py), each page's model (models/), cards and source lines,
maps, language and the URL's parameters (url.py)."""
