"""The bare page the benchmarks compare every page with: a title and three small elements."""

import streamlit as st

st.title("Bare page")
st.write("A paragraph of text.")
st.metric("A number", 8)
st.caption("Source: nowhere")
