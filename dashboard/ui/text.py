"""Putting data text into Markdown without it being read as Markdown."""

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: object) -> str:
    """Escape every Markdown control character, so data renders literally (no links, no HTML)."""
    return _SPECIAL.sub(r"\\\1", str(text))
