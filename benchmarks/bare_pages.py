"""The bare app the page-switch benchmark compares with: nine pages behind st.navigation,
each a title and a sentence, as plain as bare_page.py."""

import streamlit as st


def bare(number: int) -> st.Page:
    """Page `number`: the first is the default, at the root like the dashboard's Overzicht."""
    def draw() -> None:
        st.title(f"Bare page {number}")
        st.write("A paragraph of text.")

    return st.Page(draw, title=f"Page {number}", url_path=f"page{number}",
                   default=number == 1)


st.navigation([bare(number) for number in range(1, 10)]).run()
