"""Data text put into Markdown renders literally."""

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from dashboard.ui.text import JOINER, md_escape


def test_markdown_syntax_is_escaped():
    assert md_escape("[klik](javascript:x)") == "\\[klik\\](javascript:\u2060x)"
    assert md_escape("<script>") == r"\<script\>"
    assert md_escape("**bold** _it_") == r"\*\*bold\*\* \_it\_"
    assert md_escape(":red[rood]") == ":\u2060red\\[rood\\]"
    assert md_escape("# kop") == r"\# kop"


def test_line_starts_that_open_lists_are_escaped():
    assert md_escape("- item") == r"\- item"
    assert md_escape("1. eerste") == r"1\. eerste"
    assert md_escape("a\n+ b") == "a\n\\+ b"


def test_ordinary_text_is_left_alone():
    for text in ("BSO-pilot Assen", "Assen (Drenthe)", "Samen in de BSO groep! Nieuwsbrief 4",
                 "2–3 per locatie", "Bron: Nieuwsbrief Alert4you (2012)"):
        assert md_escape(text) == text


def test_streamlit_extensions_and_autolinks_are_broken_invisibly():
    for text in (":smile:", ":+1:", ":-1:", ":material/home:", ":red[rood]", ":blue-background[x]",
                 "https://example.invalid/login", "www.example.invalid", "mail ik@example.nl",
                 "mailto:ik@example.nl", "&lt;b&gt;"):
        escaped = md_escape(text)
        live = re.search(r":[\w/+-]|(?<![\w.])www\.|\w@\w|(?<!\\)&", escaped)
        assert not live, escaped
        assert escaped.replace("\u2060", "").replace("\\", "") == text


def test_the_hidden_joiner_is_invisible_in_ordinary_sentences():
    assert md_escape("Bron: nieuwsbrief, 10 : 30") == "Bron: nieuwsbrief, 10 : 30"


MARKDOWN_BITS = st.sampled_from(["[", "](", "!", "<", ">", "`", "*", "_", "$", "&", ":", "/",
                                 "www.", "@", "https://", "red[", "material/", "smile", "+1",
                                 "\n", "\n1. ", "\n- ", "#", "|", "~", "\\", " ", "a", "9"])


@given(st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=5)), max_size=30).map("".join))
def test_any_text_escapes_to_something_inert_that_reads_the_same(text):
    assume(JOINER not in text)
    escaped = md_escape(text)
    assert re.sub(r"\\(.)", r"\1", escaped, flags=re.S).replace(JOINER, "") == text
    live = re.search(r"(?<!\\)[\[\]<>`*_$&|~#]|:[\w/+-]|(?<![\w.])www\.|\w@\w", escaped)
    assert not live, (text, escaped)
