"""Which fact comes from which source: the basis of the Sources page and every source line."""

from collections.abc import Callable

import pandas as pd

from dashboard.core.dataset import Dataset
from dashboard.core.schemas import EVIDENCE_COLUMNS
from dashboard.i18n.formatting import figure_text, format_partial

Describe = Callable[[pd.DataFrame, "Names"], pd.Series]


class Names:
    """Readable names for ids, so a fact reads 'Elker → SKSG' rather than 'elker → sksg'."""

    def __init__(self, ds: Dataset):
        self.org = ds.organisations.set_index("org_id")["name"]
        self.initiative = ds.initiatives.set_index("initiative_id")["name"]
        self.event = ds.events.set_index("event_id")["title"]
        self.location = ds.locations.set_index("location_id")["name"]


def _name(ids: pd.Series, names: pd.Series) -> pd.Series:
    return ids.map(names).fillna("").astype("string")


def _text(column: pd.Series) -> pd.Series:
    return column.astype("string").fillna("")


def _figure(f: pd.DataFrame, n: Names) -> pd.Series:
    subject = _name(f["initiative_id"], n.initiative)
    subject = subject.where(subject != "", _name(f["org_id"], n.org))
    subject = subject.where(subject != "", _name(f["event_id"], n.event))
    value = pd.Series([figure_text(v, mx, u, a) for v, mx, u, a in zip(
        f["value"], f["value_max"], f["unit"], f["approximate"], strict=True)],
        index=f.index, dtype="string")
    return subject + ": " + f["metric"] + " = " + value


def _event(f: pd.DataFrame, n: Names) -> pd.Series:
    when = [format_partial(d, p) for d, p in zip(f["date"], f["date_precision"], strict=True)]
    return pd.Series(when, index=f.index, dtype="string") + ": " + f["title"]


def _person(f: pd.DataFrame, n: Names) -> pd.Series:
    role = _text(f["role"])
    return f["name"] + role.where(role == "", ", " + role)


# One short, readable description per row of each sourced table, built column-wise.
DESCRIBE: dict[str, Describe] = {
    "programmes": lambda f, n: f["name"],
    "organisations": lambda f, n: f["name"],
    "initiatives": lambda f, n: f["name"],
    "participants": lambda f, n: (_name(f["org_id"], n.org) + " — " + f["role"] + " — "
                                  + _name(f["initiative_id"], n.initiative)),
    "relations": lambda f, n: (_name(f["from_org_id"], n.org) + " → "
                               + _name(f["to_org_id"], n.org) + " (" + f["kind"] + ")"),
    "people": _person,
    "locations": lambda f, n: f["name"],
    "events": _event,
    "event_participants": lambda f, n: (_name(f["org_id"], n.org) + " — "
                                        + _name(f["event_id"], n.event)),
    "figures": _figure,
    "approaches": lambda f, n: _name(f["initiative_id"], n.initiative) + ": " + f["approach"],
    "monitor_waves": lambda f, n: f["name"],
    "monitor_findings": lambda f, n: f["summary_nl"],
    "ratings": lambda f, n: (_name(f["location_id"], n.location) + ": " + f["subject"]
                             + " = " + f["rating"]),
    "statements": lambda f, n: f["summary_nl"],
    "aliases": lambda f, n: f["entity"] + " " + f["entity_id"] + " = “" + f["alias"] + "”",
    "quotes": lambda f, n: (f["person_id"] + ": “" + f["first_words"] + " … "
                            + f["last_words"] + "”"),
}


EXCERPT_JOIN = " | "


def facts(ds: Dataset) -> pd.DataFrame:
    """Every sourced row: source_id, table, fact (description), evidence (all its excerpts,
    joined by EXCERPT_JOIN) and modality (where the table states it), in table order."""
    names = Names(ds)
    parts = []
    for table, describe in DESCRIBE.items():
        frame = getattr(ds, table)
        excerpts = frame[list(EVIDENCE_COLUMNS)].apply(
            lambda row: EXCERPT_JOIN.join(e for e in row if isinstance(e, str)), axis=1)
        parts.append(pd.DataFrame({
            "source_id": frame["source_id"], "table": table,
            "fact": describe(frame, names).astype("string"),
            "evidence": excerpts.astype("string"),
            "modality": frame.get("modality", pd.NA),
        }))
    return pd.concat(parts, ignore_index=True)


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
