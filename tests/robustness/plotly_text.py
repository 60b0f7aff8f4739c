"""What plotly.js would read as markup, a template or a direction change in a figure's JSON.

plotly reads a subset of HTML in every string it draws and decodes entities, and it fills
`%{…}` references into templates. A figure built from data is inert when:
- every '<' is one of our own tags (OWN_TAGS), which carry no attributes;
- every '&' starts an entity that `viz.text.plot_text` writes;
- every template is only references and our own tags: data is never put into one;
- no bidi embedding or override character is left, and right-to-left letters stand only
  between the isolates `plot_text` wraps them in.
The figure's strings are walked whatever their key, so a new trace or layout field is covered
unasked. Ids, colours and symbol names hold none of these characters.
"""

import json
import re
import unicodedata
from collections.abc import Iterator

from dashboard.data.characters import (
    BIDI_OVERRIDES,
    FIRST_STRONG_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
)

# The markup our figure builders put between escaped pieces of text.
OWN_TAGS = frozenset({"<br>", "<b>", "</b>", "<i>", "</i>", "<extra>", "</extra>"})
_TAG = re.compile(r"<[^<>]*>?")
_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|#34|#39);)")
_ISOLATED = re.compile(f"{FIRST_STRONG_ISOLATE}[^{POP_DIRECTIONAL_ISOLATE}]*"
                       f"{POP_DIRECTIONAL_ISOLATE}")
TEMPLATE_KEYS = frozenset({"hovertemplate", "texttemplate"})
# A template: references (with an optional format) and our tags, between punctuation.
_TEMPLATE = re.compile(r"(?:%\{[\w.\[\]]+(?::[^}]*)?\}|<br>|</?b>|</?extra>|[\s:·—,()-])*")


def strings(node, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, text) of every string in a JSON tree; a list item is under its list's key."""
    if isinstance(node, str):
        yield key, node
    elif isinstance(node, dict):
        for name, value in node.items():
            yield from strings(value, str(name))
    elif isinstance(node, list):
        for value in node:
            yield from strings(value, key)


def offences(figure: dict | str) -> list[str]:
    """'key: what: text' for every string plotly would not draw as it is."""
    tree = json.loads(figure) if isinstance(figure, str) else figure
    found = []
    for key, text in strings(tree):
        what = []
        if key in TEMPLATE_KEYS and not _TEMPLATE.fullmatch(text):
            what.append("text in a template")
        what += [f"tag {tag}" for tag in _TAG.findall(text) if tag not in OWN_TAGS]
        if _ENTITY.search(text):
            what.append("bare &")
        if any(char in BIDI_OVERRIDES for char in text):
            what.append("bidi override")
        if any(unicodedata.bidirectional(char) in ("R", "AL")
               for char in _ISOLATED.sub("", text)):
            what.append("right-to-left text not isolated")
        found += [f"{key}: {w}: {text[:100]!r}" for w in what]
    return found
