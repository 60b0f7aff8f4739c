"""Which fact comes from which source: the basis of the Sources page and every source line.

Provenance travels with the data: a derived table carries, per row, the references of the
fact rows it was made from (column FACTS, a tuple of refs such as "figures:12", the table and
the CSV line), also through aggregation. A card then names exactly the sources of the rows it
shows and can list their excerpts, instead of each page choosing source ids by hand.
"""

from collections.abc import Callable, Iterable

import pandas as pd

from dashboard.core.dataset import Dataset
from dashboard.core.memo import memo
from dashboard.core.schemas import EVIDENCE_COLUMNS
from dashboard.i18n import DEFAULT_LANGUAGE, label
from dashboard.i18n.formatting import figure_text, format_partial, own_words

Describe = Callable[[pd.DataFrame, "Names", str], pd.Series]


class Names:
    """Readable names for ids, so a fact reads 'Elker → SKSG' rather than 'elker → sksg'."""

    def __init__(self, ds: Dataset, lang: str):
        self.org = own_words(ds.organisations.set_index("org_id"), "name", lang)
        self.initiative = own_words(ds.initiatives.set_index("initiative_id"), "name", lang)
        self.event = own_words(ds.events.set_index("event_id"), "title", lang)
        self.location = ds.locations.set_index("location_id")["name"]


def _name(ids: pd.Series, names: pd.Series) -> pd.Series:
    return ids.map(names).fillna("").astype("string")


def _text(column: pd.Series) -> pd.Series:
    return column.astype("string").fillna("")


def _labels(codes: pd.Series, vocabulary: str, lang: str) -> pd.Series:
    """Vocabulary codes as the reader's words ('trekker' reads 'Lead' in English)."""
    return pd.Series([label(vocabulary, c, lang) for c in codes], index=codes.index,
                     dtype="string")


def _figure(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    subject = _name(f["initiative_id"], n.initiative)
    subject = subject.where(subject != "", _name(f["org_id"], n.org))
    subject = subject.where(subject != "", _name(f["event_id"], n.event))
    value = pd.Series([figure_text(v, mx, u, a, lang) for v, mx, u, a in zip(
        f["value"], f["value_max"], f["unit"], f["approximate"], strict=True)],
        index=f.index, dtype="string")
    return subject + ": " + _labels(f["metric"], "metric", lang) + " = " + value


def _event(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    when = [format_partial(d, p, lang)
            for d, p in zip(f["date"], f["date_precision"], strict=True)]
    return pd.Series(when, index=f.index, dtype="string") + ": " + own_words(f, "title", lang)


def _person(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    role = _text(own_words(f, "role", lang))
    return f["name"] + role.where(role == "", ", " + role)


def _rating(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    return (_name(f["location_id"], n.location) + ": " + own_words(f, "subject", lang) + " = "
            + _labels(f["rating"], "rating", lang))


# One short, readable description per row of each sourced table, built column-wise in the
# reader's language: codes through their labels, our own words in their language; names and
# the sources' words (aliases, quotes) as written.
DESCRIBE: dict[str, Describe] = {
    "programmes": lambda f, n, lang: f["name"],
    "organisations": lambda f, n, lang: own_words(f, "name", lang),
    "initiatives": lambda f, n, lang: own_words(f, "name", lang),
    "participants": lambda f, n, lang: (_name(f["org_id"], n.org) + " — "
                                        + _labels(f["role"], "role", lang) + " — "
                                        + _name(f["initiative_id"], n.initiative)),
    "relations": lambda f, n, lang: (_name(f["from_org_id"], n.org) + " → "
                                     + _name(f["to_org_id"], n.org) + " ("
                                     + _labels(f["kind"], "relation_kind", lang) + ")"),
    "people": _person,
    "locations": lambda f, n, lang: f["name"],
    "events": _event,
    "event_participants": lambda f, n, lang: (_name(f["org_id"], n.org) + " — "
                                              + _name(f["event_id"], n.event)),
    "figures": _figure,
    "approaches": lambda f, n, lang: (_name(f["initiative_id"], n.initiative) + ": "
                                      + _labels(f["approach"], "approach", lang)),
    "monitor_waves": lambda f, n, lang: own_words(f, "name", lang),
    "monitor_findings": lambda f, n, lang: own_words(f, "summary_nl", lang),
    "ratings": _rating,
    "monitor_indicators": lambda f, n, lang: (_name(f["initiative_id"], n.initiative) + ": "
                                              + f["indicator"]),
    "statements": lambda f, n, lang: own_words(f, "summary_nl", lang),
    "aliases": lambda f, n, lang: (f["entity"] + " " + f["entity_id"] + " = “" + f["alias"]
                                   + "”"),
    "quotes": lambda f, n, lang: (f["person_id"] + ": “" + f["first_words"] + " … "
                                  + f["last_words"] + "”"),
}


EXCERPT_JOIN = " | "

FACTS = "facts"  # per row: the refs of the fact rows it rests on

# The pages on which facts of each table can be shown (page = file stem in dashboard/views);
# Bronnen lists them with each fact, and the card test checks every card keeps to them.
SHOWN_ON: dict[str, tuple[str, ...]] = {
    "programmes": ("overzicht", "kaart"),
    "organisations": ("overzicht", "netwerken", "presentatie"),
    "initiatives": ("overzicht", "kaart", "vergelijken", "netwerken", "tijdlijn",
                    "presentatie"),
    "participants": ("kaart", "vergelijken", "netwerken", "presentatie"),
    "relations": ("kaart", "netwerken", "presentatie"),
    "people": (),
    "locations": ("kaart", "presentatie"),
    "events": ("overzicht", "tijdlijn", "presentatie"),
    "event_participants": (),
    "figures": ("kaart", "vergelijken", "presentatie"),
    "approaches": ("vergelijken", "presentatie"),
    "monitor_waves": ("overzicht", "tijdlijn", "monitor", "presentatie"),
    "monitor_findings": ("monitor", "presentatie"),
    "monitor_indicators": ("monitor",),
    "ratings": ("vergelijken",),
    "statements": (),
    "aliases": (),
    "quotes": (),
}


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
def facts(ds: Dataset, lang: str = DEFAULT_LANGUAGE) -> pd.DataFrame:
    """Every sourced row: ref, source_id, table, fact (description, in `lang`), evidence (all
    its excerpts, joined by EXCERPT_JOIN; the sources' Dutch words in every language),
    modality (where the table states it) and inferred, in table order."""
    names = Names(ds, lang)
    parts = []
    for table, describe in DESCRIBE.items():
        frame = getattr(ds, table)
        # Tables without excerpts (imported monitor numbers) still name their source.
        columns = [frame[c] for c in EVIDENCE_COLUMNS if c in frame]
        excerpts = [EXCERPT_JOIN.join(e for e in row if isinstance(e, str))
                    for row in zip(*columns, strict=True)] if columns else [""] * len(frame)
        parts.append(pd.DataFrame({
            "ref": [ref(table, label) for label in frame.index],
            "source_id": frame["source_id"], "table": table,
            "fact": describe(frame, names, lang).astype("string"),
            "evidence": pd.Series(excerpts, index=frame.index, dtype="string"),
            "modality": frame.get("modality", pd.NA),
            "inferred": _inferred(frame),
        }))
    return pd.concat(parts, ignore_index=True)


@memo
def fact_index(ds: Dataset, lang: str = DEFAULT_LANGUAGE) -> pd.DataFrame:
    """`facts` looked up by reference."""
    return facts(ds, lang).set_index("ref")


def sources_of(ds: Dataset, refs: Iterable[str]) -> list[str]:
    """The source ids behind some facts, in the order of sources.csv."""
    index = fact_index(ds)
    wanted = set(index.loc[list(dict.fromkeys(refs)), "source_id"])
    return [s for s in ds.sources["source_id"] if s in wanted]


def evidence(ds: Dataset, table: pd.DataFrame, label_column: str,
             lang: str = DEFAULT_LANGUAGE) -> pd.DataFrame:
    """The facts behind each row of a shown table: one row per (shown row, fact), with the
    shown row's label, the fact, its excerpts, source, modality and whether it is inferred.

    Rows without facts (a "not known" row) have nothing to show and are left out.
    """
    index = fact_index(ds, lang)
    pairs = [(label, r) for label, refs in zip(table[label_column], table[FACTS], strict=True)
             for r in refs]
    found = index.loc[[r for _, r in pairs]]
    return pd.DataFrame({
        "shown": [str(label) for label, _ in pairs],
        "ref": [r for _, r in pairs],
        "table": found["table"].to_numpy(),
        "fact": found["fact"].to_numpy(),
        "evidence": found["evidence"].to_numpy(),
        "source_id": found["source_id"].to_numpy(),
        "modality": found["modality"].to_numpy(),
        "inferred": found["inferred"].to_numpy(),
    })


@memo
def source_overview(ds: Dataset, all_facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each source with its publication date and the number of facts taken from it."""
    counts = (facts(ds) if all_facts is None else all_facts)["source_id"].value_counts()
    overview = ds.sources.copy()
    overview["facts"] = overview["source_id"].map(counts).fillna(0).astype(int)
    return overview


def source_line_parts(ds: Dataset, source_ids, lang: str = "nl") -> list[str]:
    """'Title (date)' for each distinct source id, in the order of sources.csv."""
    wanted = set(source_ids)
    sources = ds.sources
    return [f"{title} ({format_partial(published, precision, lang)})"
            for source_id, title, published, precision in zip(
                sources["source_id"], sources["title"], sources["published"],
                sources["published_precision"], strict=True)
            if source_id in wanted]


def row_evidence(ds: Dataset, groups: Iterable[Iterable[str]]) -> pd.DataFrame:
    """Per row of a shown table: the titles of its sources and its excerpts, for a download
    that must keep each row's proof beside it. Columns: sources, excerpts."""
    index = fact_index(ds)
    titles = dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))
    rows = []
    for refs in groups:
        found = index.loc[list(refs)]
        rows.append(("; ".join(dict.fromkeys(titles[s] for s in found["source_id"])),
                     EXCERPT_JOIN.join(e for e in found["evidence"] if e)))
    return pd.DataFrame(rows, columns=["sources", "excerpts"])
