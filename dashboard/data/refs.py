"""Which fact comes from which source: the references every derived table carries.

Provenance travels with the data: a derived table carries, per row, the references of the
fact rows it was made from (column FACTS, a tuple of refs such as "figures:12", the table and
the CSV line), also through aggregation. A card then names exactly the sources of the rows it
shows and can list their excerpts, instead of each page choosing source ids by hand. The
facts in words live in `dashboard.content.facts`.
"""

from collections.abc import Iterable

import pandas as pd

from dashboard.data.dataset import Dataset
from dashboard.data.memo import memo
from dashboard.data.schemas import EVIDENCE_COLUMNS

EXCERPT_JOIN = " | "

FACTS = "facts"  # per row: the refs of the fact rows it rests on

# The tables whose rows are facts, in the order the Sources page lists them.
SOURCED_TABLES = (
    "programmes",
    "organisations",
    "initiatives",
    "participants",
    "relations",
    "people",
    "locations",
    "events",
    "event_participants",
    "figures",
    "approaches",
    "monitor_waves",
    "monitor_findings",
    "monitor_indicators",
    "ratings",
    "statements",
    "aliases",
    "quotes",
)


def ref(table: str, label: int) -> str:
    """The reference of row `label` (its 0-based index) of a dataset table: table and CSV line,
    so a reader can open the file at that line."""
    return f"{table}:{int(label) + 2}"


def with_facts(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Rows of `ds.<table>` (with their original index) plus FACTS: each row's own reference."""
    return frame.assign(**{FACTS: [(ref(table, label),) for label in frame.index]})


def pooled(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The references of several rows as one, in first-seen order: what an aggregate rests on."""
    return tuple(dict.fromkeys(r for group in groups for r in group))


def _inferred(frame: pd.DataFrame) -> pd.Series:
    """Whether a row rests on an inference (today: an inferred programme membership)."""
    if "programme_basis" not in frame:
        return pd.Series(False, index=frame.index)
    return frame["programme_basis"].eq("inferred").fillna(False).astype(bool)


@memo
def fact_rows(ds: Dataset) -> pd.DataFrame:
    """Every sourced row: ref, source_id, table, evidence (all its excerpts, joined by
    EXCERPT_JOIN), modality (where the table states it) and inferred, in table order."""
    parts = []
    for table in SOURCED_TABLES:
        frame = getattr(ds, table)
        # Tables without excerpts (imported monitor numbers) still name their source.
        columns = [frame[c] for c in EVIDENCE_COLUMNS if c in frame]
        excerpts = [EXCERPT_JOIN.join(e for e in row if isinstance(e, str))
                    for row in zip(*columns, strict=True)] if columns else [""] * len(frame)
        parts.append(pd.DataFrame({
            "ref": [ref(table, label) for label in frame.index],
            "source_id": frame["source_id"], "table": table,
            "evidence": pd.Series(excerpts, index=frame.index, dtype="string"),
            "modality": frame.get("modality", pd.NA),
            "inferred": _inferred(frame),
        }))
    return pd.concat(parts, ignore_index=True)


@memo
def _by_ref(ds: Dataset) -> pd.DataFrame:
    return fact_rows(ds).set_index("ref")


def sources_of(ds: Dataset, refs: Iterable[str]) -> list[str]:
    """The source ids behind some facts, in the order of sources.csv."""
    index = _by_ref(ds)
    wanted = set(index.loc[list(dict.fromkeys(refs)), "source_id"])
    return [s for s in ds.sources["source_id"] if s in wanted]


@memo
def source_overview(ds: Dataset) -> pd.DataFrame:
    """Each source with its publication date and the number of facts taken from it."""
    counts = fact_rows(ds)["source_id"].value_counts()
    overview = ds.sources.copy()
    overview["facts"] = overview["source_id"].map(counts).fillna(0).astype(int)
    return overview


def row_evidence(ds: Dataset, groups: Iterable[Iterable[str]]) -> pd.DataFrame:
    """Per row of a shown table: the titles of its sources and its excerpts, for a download
    that must keep each row's proof beside it. Columns: sources, excerpts."""
    index = _by_ref(ds)
    titles = dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))
    rows = []
    for refs in groups:
        found = index.loc[list(refs)]
        rows.append(("; ".join(dict.fromkeys(titles[s] for s in found["source_id"])),
                     EXCERPT_JOIN.join(e for e in found["evidence"] if e)))
    return pd.DataFrame(rows, columns=["sources", "excerpts"])
