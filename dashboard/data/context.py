"""An excerpt in its context: the sentences around it in its source, so a reader can judge
whether the excerpt says what the row claims without leaving the dashboard.

The sources are plain-text extractions of PDFs. An excerpt is found the way the loader checks
it (`evidence.Located`: normalised, with each normalised character's place in the raw text),
then widened to whole sentences in the raw text and tidied for reading: the PDF's line breaks
become spaces and a word broken at a line end is joined again. Everything else is the
source's own words. Contact details in the widened text are masked, since the project never
shows them. A source that is not present here (a deployment without ../shared/seeds) gives
a context that says so and still carries the excerpt.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pandas as pd

from dashboard.data.evidence import Located, present_source_texts

# How many whole sentences are shown on each side of the sentence the excerpt is in: enough
# to see who speaks and what the excerpt refers to, short enough for a table cell.
SENTENCES = 1
# At most this many characters on each side: a list without full stops (a PDF's bullets or
# headings) would otherwise run on; a side cut short says so with an ellipsis.
MAX_SIDE = 240
ELLIPSIS = "…"
# What stands in the text where the source gives an e-mail address or a phone number: the
# usual mark of an omission in a quotation, in every language.
MASK = "[…]"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}[- ]?\d{6,7}|0\d{1,3}[- ]\d{2,4}[- ]?\d{2,4}(?:[- ]?\d{2})?"
                   r"|\+31[\d ()-]{9,})(?!\d)")

# Where a sentence ends: its mark (and any closing quotes) and white space, before the start
# of a new sentence (a capital, a digit, an opening quote or a bullet). "o.a. de" is no
# end: a lower-case word follows.
_SENTENCE_END = re.compile(r"[.!?…][’”'\")]*\s+(?=[\W_]*[A-ZÀ-Þ0-9‘“'\"•])")
# A blank line (a paragraph or heading ends) and a bullet also start a new sentence.
_BREAK = re.compile(r"\n[ \t]*\n\s*|(?=•)")
# A word broken at a line end: "kinder-\nopvang". Joined only between lower-case letters and
# where neither the source elsewhere nor the excerpt writes the word with its hyphen
# ("soep-bijeenkomsten"); before "en", "of" or "tot" the hyphen is the source's own
# ("ontwikkelings- en"). Any other hyphen at a line end stays and joins the lines
# ("BSO-\nlocatie", "Jeugd-\nGGZ").
_BROKEN = re.compile(r"(\w*)-[ \t]*\n\s*(\w*)")
_HYPHENATED = re.compile(r"(?<![\w-])\w+-\w+(?![\w-])")
_CONJUNCTIONS = ("en", "of", "tot")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class InContext:
    """One excerpt as its source prints it: `found` is the source's own words the excerpt
    matched, `before` and `after` the sentences around it. `available` is False when the
    source text is not present here; then only `excerpt` is known."""

    excerpt: str
    available: bool
    before: str = ""
    found: str = ""
    after: str = ""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source: `start` and `end` in the raw text, the `line` of the file it
    begins on, and its `text` as a reader sees it."""

    start: int
    end: int
    line: int
    text: str


class SourceText:
    """A source's text, located (evidence.Located) and cut into sentences once, so each
    excerpt is widened without reading or scanning the source again."""

    def __init__(self, raw: str):
        self.located = Located(raw)
        ends = {m.end() for m in _SENTENCE_END.finditer(raw)}
        ends |= {m.end() for m in _BREAK.finditer(raw)}
        self.starts = sorted({0, *ends, len(raw)})
        self.hyphenated = frozenset(_HYPHENATED.findall(raw.casefold()))

    @property
    def raw(self) -> str:
        return self.located.raw

    def sentences(self) -> list[Sentence]:
        """Every sentence of the source as the context cuts them, with its place in the raw
        text and its words made readable (contact details masked); blank pieces left out."""
        found = []
        for first, last in pairwise(self.starts):
            text = _readable(self.raw[first:last], self.hyphenated).strip()
            if any(char.isalnum() for char in text):
                found.append(Sentence(first, last, self.raw.count("\n", 0, first) + 1, text))
        return found

    def context(self, excerpt: str, sentences: int = SENTENCES) -> InContext | None:
        """`excerpt` with `sentences` whole sentences on each side; None when the source does
        not hold it (the loader refuses such data, so only a source file changed since)."""
        hits = self.located.find_all(excerpt)
        if not hits:
            return None
        start, end = hits[0]
        first = self.located.places[start]
        last = self.located.places[end - 1] + 1
        # The sentence the excerpt starts in begins at the last start at or before it.
        opening = max(0, bisect_right(self.starts, first) - 1 - sentences)
        closing = min(len(self.starts) - 1, bisect_left(self.starts, last) + sentences)
        known = self.hyphenated | set(_HYPHENATED.findall(excerpt.casefold()))
        before = _readable(self.raw[self.starts[opening]:first], known).lstrip()
        after = _readable(self.raw[last:self.starts[closing]], known).rstrip()
        return InContext(excerpt, True, before=_trim_start(before),
                         found=_readable(self.raw[first:last], known), after=_trim_end(after))


def _readable(raw: str, hyphenated: frozenset[str] | set[str]) -> str:
    """The PDF's layout undone for reading (`hyphenated`: the words written with a hyphen,
    casefolded), contact details masked."""
    def join(broken: re.Match[str]) -> str:
        left, right = broken.group(1), broken.group(2)
        if right in _CONJUNCTIONS:
            return f"{left}- {right}"
        if (left[-1:].islower() and right[:1].islower()
                and f"{left}-{right}".casefold() not in hyphenated):
            return left + right
        return f"{left}-{right}"
    text = _SPACE.sub(" ", _BROKEN.sub(join, raw))
    return PHONE.sub(MASK, EMAIL.sub(MASK, text))


def _trim_start(text: str) -> str:
    """At most MAX_SIDE characters, the ones nearest the excerpt, cut at a space."""
    if len(text) <= MAX_SIDE:
        return text
    kept = text[-MAX_SIDE:]
    return ELLIPSIS + " " + (kept[kept.find(" ") + 1:] if " " in kept else kept)


def _trim_end(text: str) -> str:
    if len(text) <= MAX_SIDE:
        return text
    kept = text[:MAX_SIDE]
    return (kept[:kept.rfind(" ")] if " " in kept else kept) + " " + ELLIPSIS


def source_texts(sources: pd.DataFrame, directory: Path | None = None) -> dict[str, SourceText]:
    """The sources present in `directory` (config.sources_dir()) by source_id; a missing file
    is left out, so the others can still be shown."""
    texts, _ = present_source_texts(sources, directory)
    return {source_id: SourceText(text) for source_id, text in texts.items()}


def in_context(texts: dict[str, SourceText], source_id: str, excerpt: str) -> InContext:
    """`excerpt` of source `source_id` in its context, or marked not available when that
    source text is not here or no longer holds it."""
    text = texts.get(source_id)
    found = text.context(excerpt) if text is not None else None
    return found if found is not None else InContext(excerpt, False)
