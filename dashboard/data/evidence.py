"""Checking that every evidence excerpt occurs in its source document.

The sources are PDF extractions: line breaks, hyphenation and typographic quotes differ
from how an excerpt is typed, so both sides are normalised the same way before searching.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.data.errors import Problem
from dashboard.data.files import MISSING, Refused, read_capped

_DROP = re.compile(r"[\s\-\u00ad\u2010-\u2015'\"\u2018\u2019\u201a\u201c\u201d\u201e`´]+")


def normalise(text: str) -> str:
    """Case-fold and drop whitespace, hyphens and quote characters."""
    return _DROP.sub("", text.casefold())


class SourcesMissing(FileNotFoundError):
    """The source texts are not where config.sources_dir() says."""


def present_source_texts(sources: pd.DataFrame,
                         directory: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """source_id -> full text of each source whose file is in `directory` (../shared/seeds or
    BSO_SOURCES_DIR), and the paths of those that are not."""
    directory = directory or config.sources_dir()
    texts, missing = {}, []
    for source_id, file in zip(sources["source_id"], sources["file"], strict=True):
        try:
            texts[source_id] = read_source(directory, file)
        except (Refused, UnicodeDecodeError):
            missing.append(str(directory / file))
    return texts, missing


def load_source_texts(sources: pd.DataFrame, directory: Path | None = None) -> dict[str, str]:
    """source_id -> full text, read from ../shared/seeds or BSO_SOURCES_DIR."""
    texts, missing = present_source_texts(sources, directory)
    if missing:
        raise SourcesMissing("source texts not found (set BSO_SOURCES_DIR to their folder): "
                             + ", ".join(missing))
    return texts


def source_texts_if_present(sources: pd.DataFrame) -> dict[str, str] | None:
    """The source texts when every one is where config.sources_dir() says, else None."""
    try:
        return load_source_texts(sources)
    except SourcesMissing:
        return None


def read_source(directory: Path, name: str) -> str:
    """The text of source file `name`, read as the data tables are (dashboard.data.files): a
    regular file inside the sources folder, of bounded size. The name comes from
    sources.csv, so '../' or a link must not reach a file elsewhere."""
    return read_capped(directory / name, directory, "the sources folder").decode("utf-8")


def check_sources(tables: dict[str, pd.DataFrame],
                  directory: Path | None = None) -> list[Problem]:
    """Every excerpt against its source, when the sources folder is there.

    A source whose file is not in the folder is a problem at its row of sources.csv (a misspelt
    name would otherwise switch its excerpts' check off); the other sources are still checked.
    Without the folder at all (a deployment without the newsletters) nothing is checked here.
    """
    directory = directory or config.sources_dir()
    if not directory.is_dir():
        return []
    texts, problems = {}, []
    for index, record in tables["sources"].iterrows():
        row, name = int(index) + 2, record["file"]
        try:
            texts[record["source_id"]] = read_source(directory, name)
        except Refused as refused:
            missing = str(refused) == MISSING
            problems.append(Problem("sources.csv", row, "file",
                                    f"{name!r} is not in the sources folder: its excerpts are "
                                    "unchecked" if missing else
                                    f"{name!r} {refused}; its excerpts are unchecked"))
        except UnicodeDecodeError:
            problems.append(Problem("sources.csv", row, "file",
                                    f"{name!r} cannot be read (not UTF-8 text): its excerpts "
                                    "are unchecked"))
    return problems + check_against_sources(tables, texts)


@dataclass(frozen=True)
class Excerpt:
    """One evidence cell: where it is and what it claims to quote."""

    table: str
    row: int
    column: str
    source_id: str
    text: str


def is_evidence_column(column: str) -> bool:
    """evidence, evidence_2, programme_evidence, programme_evidence_2, …"""
    return "evidence" in column.split("_")


def excerpts(tables: dict[str, pd.DataFrame]) -> list[Excerpt]:
    """Every non-empty evidence cell of the dataset (every evidence column of every table)."""
    found = []
    for name, frame in tables.items():
        if "source_id" not in frame:
            continue
        for column in (c for c in frame.columns if is_evidence_column(c)):
            given = frame[column].notna()
            found += [Excerpt(name, int(index) + 2, column, source_id, text)
                      for index, source_id, text in zip(frame.index[given],
                                                        frame.loc[given, "source_id"],
                                                        frame.loc[given, column], strict=True)]
    return found


def unmatched(found: list[Excerpt], texts: dict[str, str]) -> list[Excerpt]:
    """The excerpts that do not occur in the source their row names."""
    normalised = {source_id: normalise(text) for source_id, text in texts.items()}
    return [e for e in found if normalise(e.text) not in normalised.get(e.source_id, "")]


class Located:
    """A source's normalised text with, for each of its characters, its place in the raw text,
    so a match found after normalising can be looked at in the layout it was printed in."""

    def __init__(self, raw: str):
        self.raw = raw
        chars, places = [], []
        for place, char in enumerate(raw):
            for folded in char.casefold():
                if not _DROP.fullmatch(folded):
                    chars.append(folded)
                    places.append(place)
        self.text = "".join(chars)
        self.places = places

    def find_all(self, excerpt: str) -> list[tuple[int, int]]:
        """(start, end) in the normalised text of every occurrence of `excerpt`."""
        needle = normalise(excerpt)
        found, start = [], self.text.find(needle) if needle else -1
        while start >= 0:
            found.append((start, start + len(needle)))
            start = self.text.find(needle, start + 1)
        return found

    def raw_before(self, start: int, width: int = 160) -> str:
        place = self.places[start] if start < len(self.places) else len(self.raw)
        return self.raw[max(0, place - width):place]

    def raw_after(self, end: int, width: int = 160) -> str:
        place = self.places[end - 1] + 1 if end else 0
        return self.raw[place:place + width]


OPENING = "‘“'\"’„‚"
CLOSING = "’”'\"‘"


@dataclass(frozen=True)
class QuoteSpan:
    """A passage, in normalised positions of its source, that is one person's own words."""

    person_id: str
    source_id: str
    start: int
    end: int


def quote_spans(quotes: pd.DataFrame,
                located: dict[str, Located]) -> tuple[list[QuoteSpan], list[Problem]]:
    """Find each declared passage and check it is marked as the speaker's in the source:
    between quotation marks, or with its attribution (the row's evidence, which names the
    speaker) as the heading right before it or the signature right after it."""
    spans, problems = [], []
    for index, q in quotes.iterrows():
        row = int(index) + 2
        source = located.get(q["source_id"])
        if source is None:
            continue
        starts = source.find_all(q["first_words"])
        if not starts:
            problems.append(Problem("quotes.csv", row, "first_words", "not found in the source"))
            continue
        start = starts[0][0]
        ends = [e for _, e in source.find_all(q["last_words"]) if e > start]
        if not ends:
            problems.append(Problem("quotes.csv", row, "last_words",
                                    "not found after first_words in the source"))
            continue
        end = ends[0]
        problem = _marking(q["kind"], source, start, end, normalise(q["evidence"]))
        if problem:
            problems.append(Problem("quotes.csv", row, problem[0], problem[1]))
            continue
        spans.append(QuoteSpan(q["person_id"], q["source_id"], start, end))
    return spans, problems


def _marking(kind: str, source: Located, start: int, end: int,
             attribution: str) -> tuple[str, str] | None:
    before = source.raw_before(start).rstrip()
    after = source.raw_after(end).lstrip(" \t\r\n.,;:!?…")
    if kind == "quotation":
        if not before or before[-1] not in OPENING:
            return "first_words", "is not preceded by an opening quotation mark"
        if not after or after[0] not in CLOSING:
            return "last_words", "is not followed by a closing quotation mark"
    elif kind == "headed" and not normalise(before).endswith(attribution + ":"):
        return "first_words", "is not preceded by its attribution (evidence) and ':'"
    elif kind == "signed" and not normalise(after).startswith(attribution):
        return "last_words", "is not followed by its attribution (evidence) as signature"
    return None


def statements_outside_quotes(statements: pd.DataFrame, spans: list[QuoteSpan],
                              located: dict[str, Located]) -> list[Problem]:
    """A statement with a person_id must quote that person: each excerpt lies inside one of
    their passages. The newsletter's own narrative around a quote belongs to the source."""
    by_speaker: dict[tuple[str, str], list[QuoteSpan]] = {}
    for span in spans:
        by_speaker.setdefault((span.person_id, span.source_id), []).append(span)
    problems = []
    for index, s in statements.iterrows():
        if pd.isna(s["person_id"]) or s["source_id"] not in located:
            continue
        theirs = by_speaker.get((s["person_id"], s["source_id"]), [])
        for column in ("evidence", "evidence_2", "evidence_3"):
            if pd.isna(s[column]):
                continue
            # A quote's last words stop before its closing punctuation; so does the check.
            hits = located[s["source_id"]].find_all(s[column].strip().rstrip(".,;:!?…"))
            if not any(p.start <= a and b <= p.end for a, b in hits for p in theirs):
                problems.append(Problem("statements.csv", int(index) + 2, column,
                                        f"is not inside a quotation of {s['person_id']!r} "
                                        "(quotes.csv); the narrative belongs to the source"))
    return problems


def check_against_sources(tables: dict[str, pd.DataFrame],
                          texts: dict[str, str]) -> list[Problem]:
    """Every excerpt occurs in its source, and every statement by a person is in their quote;
    the excerpts of a source not in `texts` are left out (check_sources reports that source)."""
    given = [e for e in excerpts(tables) if e.source_id in texts]
    problems = [Problem(f"{e.table}.csv", e.row, e.column, "excerpt not found in source "
                        f"{e.source_id!r}") for e in unmatched(given, texts)]
    if {"quotes", "statements"} <= set(tables):
        located = {source_id: Located(text) for source_id, text in texts.items()}
        spans, found = quote_spans(tables["quotes"], located)
        problems += found + statements_outside_quotes(tables["statements"], spans, located)
    return problems
