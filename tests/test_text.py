"""Data text put into Markdown renders literally."""

from dashboard.ui.text import md_escape


def test_markdown_syntax_is_escaped():
    assert md_escape("[klik](javascript:x)") == r"\[klik\](javascript:x)"
    assert md_escape("<script>") == r"\<script\>"
    assert md_escape("**bold** _it_") == r"\*\*bold\*\* \_it\_"
    assert md_escape(":red[rood]") == r":red\[rood\]"
    assert md_escape("# kop") == r"\# kop"


def test_line_starts_that_open_lists_are_escaped():
    assert md_escape("- item") == r"\- item"
    assert md_escape("1. eerste") == r"1\. eerste"
    assert md_escape("a\n+ b") == "a\n\\+ b"


def test_ordinary_text_is_left_alone():
    for text in ("BSO-pilot Assen", "Assen (Drenthe)", "Samen in de BSO groep! Nieuwsbrief 4",
                 "2–3 per locatie", "Bron: Nieuwsbrief Alert4you (2012)"):
        assert md_escape(text) == text
