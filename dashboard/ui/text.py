"""Putting data text into Markdown without it being read as Markdown."""

import re

# Characters that start Markdown syntax anywhere in a line: emphasis, code, links and images
# (via the bracket), HTML, headings, tables, strikethrough, maths, Streamlit directives.
_INLINE = re.compile(r"([\\`*_{}\[\]<>#|~$])")
# At the start of a line, these open a list, a numbered list or a setext heading.
_LINE_START = re.compile(r"(?m)^(\s*)([-+=])")
_NUMBERED = re.compile(r"(?m)^(\s*\d+)([.)])")


def md_escape(text: object) -> str:
    """Escape what Markdown would act on, so data renders literally (no links, no HTML).

    Ordinary punctuation ('BSO-pilot', 'Assen (Drenthe)') is left as it is.
    """
    escaped = _INLINE.sub(r"\\\1", str(text))
    escaped = _LINE_START.sub(r"\1\\\2", escaped)
    return _NUMBERED.sub(r"\1\\\2", escaped)
