"""Which fact comes from which source: the basis of the Sources page and every source line."""

from collections.abc import Callable

import pandas as pd

from dashboard.core.dataset import Dataset
from dashboard.core.dates import format_partial

Describe = Callable[[pd.Series, dict[str, dict[str, str]]], str]


def _names(ds: Dataset) -> dict[str, dict[str, str]]:
    return {
        "org": dict(zip(ds.organisations["org_id"], ds.organisations["name"], strict=True)),
        "initiative": dict(zip(ds.initiatives["initiative_id"], ds.initiatives["name"],
                               strict=True)),
        "event": dict(zip(ds.events["event_id"], ds.events["title"], strict=True)),
        "location": dict(zip(ds.locations["location_id"], ds.locations["name"], strict=True)),
    }


def _n(names: dict[str, str], key) -> str:
    return names.get(key, "") if isinstance(key, str) else ""


def _figure(r: pd.Series, n: dict) -> str:
    subject = (_n(n["initiative"], r["initiative_id"]) or _n(n["org"], r["org_id"])
               or _n(n["event"], r["event_id"]))
    value = f"{r['value']:g}" + (f"–{r['value_max']:g}" if pd.notna(r["value_max"]) else "")
    return f"{subject}: {r['metric']} = {value}"


# One short, readable description per row of each sourced table.
DESCRIBE: dict[str, Describe] = {
    "programmes": lambda r, n: r["name"],
    "organisations": lambda r, n: r["name"],
    "initiatives": lambda r, n: r["name"],
    "participants": lambda r, n: f"{_n(n['org'], r['org_id'])} — {r['role']} — "
                                 f"{_n(n['initiative'], r['initiative_id'])}",
    "relations": lambda r, n: f"{_n(n['org'], r['from_org_id'])} → {_n(n['org'], r['to_org_id'])}"
                              f" ({r['kind']})",
    "people": lambda r, n: f"{r['name']}" + (f", {r['role']}" if pd.notna(r["role"]) else ""),
    "locations": lambda r, n: r["name"],
    "events": lambda r, n: f"{format_partial(r['date'], r['date_precision'])}: {r['title']}",
    "event_participants": lambda r, n: f"{_n(n['org'], r['org_id'])} — "
                                       f"{_n(n['event'], r['event_id'])}",
    "figures": _figure,
    "approaches": lambda r, n: f"{_n(n['initiative'], r['initiative_id'])}: {r['approach']}",
    "monitor_waves": lambda r, n: r["name"],
    "monitor_findings": lambda r, n: r["summary_nl"],
    "monitor_ratings": lambda r, n: f"{_n(n['location'], r['location_id'])}: {r['subject']} = "
                                    f"{r['rating']}",
    "statements": lambda r, n: r["summary_nl"],
}


def facts(ds: Dataset) -> pd.DataFrame:
    """Every sourced row: source_id, table, fact (description), evidence, in table order."""
    names = _names(ds)
    rows = []
    for table, describe in DESCRIBE.items():
        for _, record in getattr(ds, table).iterrows():
            rows.append((record["source_id"], table, describe(record, names), record["evidence"]))
    return pd.DataFrame(rows, columns=["source_id", "table", "fact", "evidence"])


def source_overview(ds: Dataset) -> pd.DataFrame:
    """Each source with its publication date and the number of facts taken from it."""
    counts = facts(ds)["source_id"].value_counts()
    overview = ds.sources.copy()
    overview["facts"] = overview["source_id"].map(counts).fillna(0).astype(int)
    return overview


def source_line_parts(ds: Dataset, source_ids, lang: str = "nl") -> list[str]:
    """'Title (date)' for each distinct source id, in the order of sources.csv."""
    wanted = set(source_ids)
    parts = []
    for record in ds.sources.itertuples():
        if record.source_id in wanted:
            when = format_partial(record.published, record.published_precision, lang)
            parts.append(f"{record.title} ({when})")
    return parts
