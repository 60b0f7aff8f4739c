"""Every fact in words, in the reader's language: what the Sources page lists and what a
card's "Hoe weten we dit?" shows beside each excerpt."""

from collections.abc import Callable, Iterable
from functools import partial

import pandas as pd

from dashboard.content import fact_words
from dashboard.data.dataset import Dataset
from dashboard.data.privacy import suppressed
from dashboard.data.refs import FACTS, fact_rows, inferred, rows_of
from dashboard.data.schemas import own_words
from dashboard.i18n import DEFAULT_LANGUAGE, label, t
from dashboard.i18n.formatting import figure_text, format_partial

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


def _each(f: pd.DataFrame, words: Callable[..., str], *columns: pd.Series) -> pd.Series:
    """`words` applied row by row to `columns`, as a string column on `f`'s index."""
    return pd.Series([words(*values) for values in zip(*columns, strict=True)], index=f.index,
                     dtype="string")


def _participant(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    return (_each(f, partial(fact_words.participant, lang=lang), _name(f["org_id"], n.org),
                  f["role"], f["modality"], inferred(f))
            + " — " + _name(f["initiative_id"], n.initiative))


def _relation(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    return _each(f, partial(fact_words.tie, lang=lang), _name(f["from_org_id"], n.org),
                 _name(f["to_org_id"], n.org), f["kind"], f["modality"], inferred(f))


def _approach(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    return (_name(f["initiative_id"], n.initiative) + ": "
            + _each(f, partial(fact_words.approach, lang=lang), f["approach"], f["modality"],
                    inferred(f)))


def _statement(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    return _each(f, partial(fact_words.statement, lang=lang), own_words(f, "summary_nl", lang),
                 f["modality"])


def _figure(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    subject = _name(f["initiative_id"], n.initiative)
    subject = subject.where(subject != "", _name(f["org_id"], n.org))
    subject = subject.where(subject != "", _name(f["event_id"], n.event))
    value = pd.Series([figure_text(v, mx, u, a, lang) for v, mx, u, a in zip(
        f["value"], f["value_max"], f["unit"], f["approximate"], strict=True)],
        index=f.index, dtype="string")
    what = _each(f, partial(fact_words.figure, lang=lang), f["metric"], f["per"],
                 f["modality"])
    return subject + ": " + what + " = " + value


def _event(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    when = [format_partial(d, p, lang)
            for d, p in zip(f["date"], f["date_precision"], strict=True)]
    return (pd.Series(when, index=f.index, dtype="string") + ": "
            + _each(f, partial(fact_words.event, lang=lang), own_words(f, "title", lang),
                    f["modality"]))


def _person(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    role = _text(own_words(f, "role", lang))
    return f["name"] + role.where(role == "", ", " + role)


def _rating(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    return (_name(f["location_id"], n.location) + ": " + own_words(f, "subject", lang) + " = "
            + _labels(f["rating"], "rating", lang))


def _result(f: pd.DataFrame, n: Names, lang: str) -> pd.Series:
    """'Initiative: indicator', and why a result on too few respondents has no excerpt beside
    it (data.privacy withholds it: it writes the number)."""
    why = " — " + t("monitor_suppressed_excerpt", lang)
    return (_name(f["initiative_id"], n.initiative) + ": "
            + own_words(f, "indicator", lang).astype("string")
            + suppressed(f).map({True: why, False: ""}).astype("string"))


# One short, readable description per row of each sourced table, in the reader's language:
# codes through their labels, our own words in their language; names and the sources' words
# (aliases, quotes) as written. Each kind of fact is worded by content.fact_words, with how
# sure it is, so the sentence stands on its own in a download too.
DESCRIBE: dict[str, Describe] = {
    "programmes": lambda f, n, lang: f["name"],
    "organisations": lambda f, n, lang: own_words(f, "name", lang),
    "initiatives": lambda f, n, lang: own_words(f, "name", lang),
    "participants": _participant,
    "relations": _relation,
    "people": _person,
    "locations": lambda f, n, lang: f["name"],
    "events": _event,
    "event_participants": lambda f, n, lang: (_name(f["org_id"], n.org) + " — "
                                              + _name(f["event_id"], n.event)),
    "figures": _figure,
    "approaches": _approach,
    "monitor_waves": lambda f, n, lang: own_words(f, "name", lang),
    "monitor_findings": lambda f, n, lang: own_words(f, "summary_nl", lang),
    "ratings": _rating,
    "monitor_indicators": _result,
    "statements": _statement,
    "aliases": lambda f, n, lang: (f["entity"] + " " + f["entity_id"] + " = “" + f["alias"]
                                   + "”"),
    "quotes": lambda f, n, lang: (f["person_id"] + ": “" + f["first_words"] + " … "
                                  + f["last_words"] + "”"),
}


def facts(ds: Dataset, lang: str = DEFAULT_LANGUAGE,
          refs: Iterable[str] | None = None) -> pd.DataFrame:
    """The sourced rows `refs` point at (every one, in table order, when None): ref,
    source_id, table, fact (description, in `lang`), evidence (all its excerpts; the sources'
    Dutch words in every language), excerpts (the same, one by one), modality and inferred."""
    names = Names(ds, lang)
    places = rows_of(refs)
    if not places:
        return fact_rows(ds, ()).assign(fact=pd.Series(dtype="string"))[
            ["ref", "source_id", "table", "fact", "evidence", "excerpts", "modality",
             "inferred"]]
    described = pd.concat([DESCRIBE[table](ds.history(table).loc[labels], names, lang)
                           .astype("string") for table, labels in places], ignore_index=True)
    rows = fact_rows(ds, refs)
    return pd.concat([rows[["ref", "source_id", "table"]], described.rename("fact"),
                      rows[["evidence", "excerpts", "modality", "inferred"]]], axis=1)


def evidence(ds: Dataset, table: pd.DataFrame, label_column: str,
             lang: str = DEFAULT_LANGUAGE) -> pd.DataFrame:
    """The facts behind each row of a shown table: one row per (shown row, fact), with the
    shown row's label, the fact, its excerpts, source, modality and whether it is inferred.

    Rows without facts (a "not known" row) have nothing to show and are left out.
    """
    pairs = [(label, r) for label, refs in zip(table[label_column], table[FACTS], strict=True)
             for r in refs]
    index = facts(ds, lang, [r for _, r in pairs]).set_index("ref")
    found = index.loc[[r for _, r in pairs]]
    return pd.DataFrame({
        "shown": [str(label) for label, _ in pairs],
        "ref": [r for _, r in pairs],
        "table": found["table"].to_numpy(),
        "fact": found["fact"].to_numpy(),
        "evidence": found["evidence"].to_numpy(),
        "excerpts": found["excerpts"].to_numpy(),
        "source_id": found["source_id"].to_numpy(),
        "modality": found["modality"].to_numpy(),
        "inferred": found["inferred"].to_numpy(),
    })


def source_line_parts(ds: Dataset, source_ids, lang: str = "nl") -> list[str]:
    """'Title (date)' for each distinct source id, in the order of sources.csv."""
    wanted = set(source_ids)
    sources = ds.sources
    return [f"{title} ({format_partial(published, precision, lang)})"
            for source_id, title, published, precision in zip(
                sources["source_id"], sources["title"], sources["published"],
                sources["published_precision"], strict=True)
            if source_id in wanted]
