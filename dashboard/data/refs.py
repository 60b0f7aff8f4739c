"""Which fact comes from which source: the references every derived table carries.

Provenance travels with the data: a derived table carries, per row, the references of the
fact rows it was made from (column FACTS, a tuple of refs such as "figures:12", the table and
the CSV line), also through aggregation. A card then names exactly the sources of the rows it
shows and can list their excerpts, instead of each page choosing source ids by hand. The
facts in words live in `dashboard.content.facts`.
"""

from collections.abc import Iterable

import pandas as pd

from dashboard.data import vocab
from dashboard.data.dataset import Dataset
from dashboard.data.privacy import suppressed
from dashboard.data.schemas import EVIDENCE_COLUMNS, over_time_tables

EXCERPT_JOIN = " | "

FACTS = "facts"  # per row: the refs of the fact rows it rests on
FACT_COLUMNS = ["ref", "source_id", "table", "evidence", "excerpts", "modality", "inferred"]

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


def with_facts(frame: pd.DataFrame, table: str, ds: Dataset | None = None) -> pd.DataFrame:
    """Rows of `ds.<table>` (with their original index) plus FACTS: each row's own reference.

    Given the dataset, a row of a table that later sources update rests on its id's whole
    history, oldest first: the state it shows and the states before it, each from its source.
    """
    id_column = over_time_tables().get(table)
    if ds is None or id_column is None:
        return frame.assign(**{FACTS: [(ref(table, label),) for label in frame.index]})
    history = ds.history(table)
    lines: dict[str, tuple[str, ...]] = {}
    for label, key in zip(history.index, history[id_column], strict=True):
        lines[key] = (*lines.get(key, ()), ref(table, label))
    return frame.assign(**{FACTS: [lines.get(key, (ref(table, label),))
                                   for label, key in zip(frame.index, frame[id_column],
                                                         strict=True)]})


# What an over-time row's state is: a wave's status, an event's modality.
STATE_COLUMNS = {"monitor_waves": "status", "events": "modality"}


def with_states(ds: Dataset, frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Rows of an over-time table plus, for an id a later source updated, which source the
    shown state follows and the states before it: `state_source` (its title),
    `state_published`, `state_precision` (its date), and `earlier_states`, oldest first, each
    (state, source title, published, precision). Empty (NA, ()) for an id stated once."""
    id_column = over_time_tables()[table]
    sources = ds.sources.set_index("source_id")
    described = {source_id: (row["title"], row["published"], row["published_precision"])
                 for source_id, row in sources.iterrows()}
    earlier: dict[str, tuple] = {}
    if table in ds.earlier:
        past = ds.earlier[table]
        for key, state, source_id in zip(past[id_column], past[STATE_COLUMNS[table]],
                                         past["source_id"], strict=True):
            earlier[key] = (*earlier.get(key, ()), (state, *described[source_id]))
    updated = frame[id_column].isin(set(earlier))
    shown = [described[s] if u else (pd.NA, pd.NA, pd.NA)
             for s, u in zip(frame["source_id"], updated, strict=True)]
    return frame.assign(
        state_source=pd.Series([d[0] for d in shown], index=frame.index, dtype="string"),
        state_published=pd.Series([d[1] for d in shown], index=frame.index, dtype="string"),
        state_precision=pd.Series([d[2] for d in shown], index=frame.index, dtype="string"),
        earlier_states=pd.Series([earlier.get(k, ()) for k in frame[id_column]],
                                 index=frame.index, dtype=object))


def pooled(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The references of several rows as one, in first-seen order: what an aggregate rests on."""
    return tuple(dict.fromkeys(r for group in groups for r in group))


def inferred(frame: pd.DataFrame) -> pd.Series:
    """Whether a row rests on an inference: an inferred programme membership
    (`programme_basis`) or a row whose own `basis` says so."""
    flags = pd.Series(False, index=frame.index)
    for column in ("programme_basis", "basis"):
        if column in frame:
            flags |= frame[column].eq("inferred").fillna(False).astype(bool)
    return flags


def located(refs: Iterable[str]) -> dict[str, list[int]]:
    """The row labels of some references per table, in SOURCED_TABLES order: what to read to
    resolve them, without touching the other rows."""
    wanted: dict[str, list[int]] = {}
    for r in dict.fromkeys(refs):
        table, line = r.rsplit(":", 1)
        wanted.setdefault(table, []).append(int(line) - 2)
    return {table: wanted[table] for table in SOURCED_TABLES if table in wanted}


def rows_of(refs: Iterable[str] | None) -> list[tuple[str, list[int] | slice]]:
    """The tables and row labels `refs` point at (`located`); every row of every sourced table
    when None."""
    if refs is None:
        return [(table, slice(None)) for table in SOURCED_TABLES]
    return list(located(refs).items())


def fact_rows(ds: Dataset, refs: Iterable[str] | None = None) -> pd.DataFrame:
    """The sourced rows `refs` point at (every one, in table order, when None): ref,
    source_id, table, evidence (all its excerpts, joined by EXCERPT_JOIN), excerpts (the same,
    a tuple: each one can be looked up in its source), modality (where the table states it)
    and inferred."""
    parts = [_rows(table, ds.history(table).loc[labels]) for table, labels in rows_of(refs)]
    if not parts:
        return pd.DataFrame(columns=FACT_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def _rows(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    # A result on too few respondents keeps its source but not its excerpts: they write the
    # number (privacy.is_suppressed).
    withheld = (suppressed(frame) if table == "monitor_indicators"
                else pd.Series(False, index=frame.index, dtype=bool))
    excerpts = [() if hidden else tuple(e for e in row if isinstance(e, str))
                for hidden, *row in zip(withheld, *(frame[c] for c in EVIDENCE_COLUMNS),
                                        strict=True)]
    return pd.DataFrame({
        "ref": [ref(table, label) for label in frame.index],
        "source_id": frame["source_id"], "table": table,
        "evidence": pd.Series([EXCERPT_JOIN.join(e) for e in excerpts], index=frame.index,
                              dtype="string"),
        "excerpts": pd.Series(excerpts, index=frame.index, dtype=object),
        "modality": _modality(frame),
        "inferred": inferred(frame),
    })


def _modality(frame: pd.DataFrame) -> pd.Series | object:
    """The rows' modality where the table states one; a monitor wave's follows its status."""
    if "modality" in frame:
        return frame["modality"]
    if "status" in frame and "wave_id" in frame:
        return frame["status"].map(vocab.WAVE_MODALITY)
    if "indicator" in frame:  # a measured result, of a completed wave (validation)
        return pd.Series(vocab.WAVE_MODALITY["completed"], index=frame.index, dtype="string")
    return pd.NA


def all_refs(ds: Dataset) -> tuple[str, ...]:
    """The reference of every sourced row, in table order."""
    return tuple(ref(table, label) for table in SOURCED_TABLES
                 for label in ds.history(table).index)


def sources_of(ds: Dataset, refs: Iterable[str]) -> list[str]:
    """The source ids behind some facts, in the order of sources.csv."""
    wanted = {source for table, labels in located(refs).items()
              for source in ds.history(table)["source_id"].loc[labels]}
    return [s for s in ds.sources["source_id"] if s in wanted]


def source_overview(ds: Dataset) -> pd.DataFrame:
    """Each source with its publication date and the number of facts taken from it."""
    counts = pd.concat([ds.history(t)["source_id"] for t in SOURCED_TABLES]).value_counts()
    overview = ds.sources.copy()
    overview["facts"] = overview["source_id"].map(counts).fillna(0).astype(int)
    return overview


def row_evidence(ds: Dataset, groups: Iterable[Iterable[str]]) -> pd.DataFrame:
    """Per row of a shown table: the titles of its sources and its excerpts, for a download
    that must keep each row's proof beside it. Columns: sources, excerpts."""
    groups = [tuple(refs) for refs in groups]
    index = fact_rows(ds, pooled(groups)).set_index("ref")
    titles = dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))
    rows = []
    for refs in groups:
        found = index.loc[list(refs)]
        rows.append(("; ".join(dict.fromkeys(titles[s] for s in found["source_id"])),
                     EXCERPT_JOIN.join(e for e in found["evidence"] if e)))
    return pd.DataFrame(rows, columns=["sources", "excerpts"])
