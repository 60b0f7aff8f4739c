"""Checking that every evidence excerpt occurs in its source document.

The sources are PDF extractions: line breaks, hyphenation and typographic quotes differ
from how an excerpt is typed, so both sides are normalised the same way before searching.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard import config

_DROP = re.compile(r"[\s\-\u00ad\u2010-\u2015'\"\u2018\u2019\u201a\u201c\u201d\u201e`´]+")


def normalise(text: str) -> str:
    """Case-fold and drop whitespace, hyphens and quote characters."""
    return _DROP.sub("", text.casefold())


class SourcesMissing(FileNotFoundError):
    """The source texts are not where config.sources_dir() says."""


def load_source_texts(sources: pd.DataFrame, directory: Path | None = None) -> dict[str, str]:
    """source_id -> full text, read from ../shared/seeds or BSO_SOURCES_DIR."""
    directory = directory or config.sources_dir()
    texts, missing = {}, []
    for record in sources.itertuples():
        path = directory / record.file
        if path.is_file():
            texts[record.source_id] = path.read_text(encoding="utf-8")
        else:
            missing.append(str(path))
    if missing:
        raise SourcesMissing("source texts not found (set BSO_SOURCES_DIR to their folder): "
                             + ", ".join(missing))
    return texts


@dataclass(frozen=True)
class Excerpt:
    """One evidence cell: where it is and what it claims to quote."""

    table: str
    row: int
    column: str
    source_id: str
    text: str


def excerpts(tables: dict[str, pd.DataFrame]) -> list[Excerpt]:
    """Every non-empty evidence cell of the dataset (any column whose name ends in 'evidence')."""
    found = []
    for name, frame in tables.items():
        if "source_id" not in frame:
            continue
        for column in (c for c in frame.columns if c.endswith("evidence")):
            for index, record in frame.iterrows():
                if pd.notna(record[column]):
                    found.append(Excerpt(name, int(index) + 2, column, record["source_id"],
                                         record[column]))
    return found


def unmatched(found: list[Excerpt], texts: dict[str, str]) -> list[Excerpt]:
    """The excerpts that do not occur in the source their row names."""
    normalised = {source_id: normalise(text) for source_id, text in texts.items()}
    return [e for e in found if normalise(e.text) not in normalised.get(e.source_id, "")]
