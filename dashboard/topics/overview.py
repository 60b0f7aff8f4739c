"""Derived tables for the programme at a glance: counts, cases, sectors, places, unknowns."""

from dataclasses import dataclass

import pandas as pd

from dashboard.data import vocab
from dashboard.data.dataset import Dataset
from dashboard.data.dates import span
from dashboard.data.refs import FACTS, inferred, pooled, with_facts
from dashboard.topics.membership import inferred_kinds

BSO_PROGRAMME = "alert4you-bso"


@dataclass(frozen=True)
class PilotCount:
    """How many pilots a programme declares and how many the sources identify."""

    declared: int | None
    stated: int
    inferred: int

    @property
    def identified(self) -> int:
        return self.stated + self.inferred

    @property
    def unidentified(self) -> int | None:
        return None if self.declared is None else max(self.declared - self.identified, 0)


def pilot_count(ds: Dataset, programme_id: str = BSO_PROGRAMME) -> PilotCount:
    programme = ds.programmes.set_index("programme_id").loc[programme_id]
    members = ds.initiatives[ds.initiatives["programme_id"] == programme_id]
    basis = members["programme_basis"].value_counts()
    declared = programme["pilot_count"]
    return PilotCount(None if pd.isna(declared) else int(declared),
                      int(basis.get("stated", 0)), int(basis.get("inferred", 0)))


def with_places(ds: Dataset, frame: pd.DataFrame) -> pd.DataFrame:
    """Add municipality name and province to any frame with a gm_code column."""
    places = ds.municipalities.rename(columns={"name": "municipality"})
    return frame.merge(places[["gm_code", "municipality", "province"]], on="gm_code", how="left")


def case_studies(ds: Dataset) -> pd.DataFrame:
    """The featured cases (Assen, Rotterdam, Groningen, Lent) in a stable order, each with
    its own row as FACTS."""
    cases = with_facts(ds.initiatives[ds.initiatives["case_study"]], "initiatives")
    return with_places(ds, cases).reset_index(drop=True)


def organisations_by_sector(ds: Dataset) -> pd.DataFrame:
    """Organisation count per sector, in vocabulary order, sectors without any left out; FACTS
    holds the organisations counted."""
    orgs = with_facts(ds.organisations, "organisations")
    counted = orgs.groupby("sector", sort=False)[FACTS].agg(pooled)
    rows = [(s, len(counted[s]), counted[s]) for s in vocab.SECTORS if s in counted]
    return pd.DataFrame(rows, columns=["sector", "count", FACTS])


def leading_sectors(counts: pd.DataFrame, n: int = 2, most: int = 3) -> list[str]:
    """The takeaway of the sector chart: the `n` sectors with most organisations, in
    vocabulary order within a tie.

    A sector tied with the last of them is added, so a title never names one of two equals.
    When that makes more than `most`, only the sectors sharing the top count are kept (they
    may be more than `most`; the title then counts them instead of naming them).
    """
    ordered = counts[counts["count"] > 0].sort_values("count", ascending=False, kind="stable")
    if ordered.empty:
        return []
    cut = ordered["count"].iloc[min(n, len(ordered)) - 1]
    chosen = ordered[ordered["count"] >= cut]
    if len(chosen) > most:
        chosen = ordered[ordered["count"] == ordered["count"].iloc[0]]
    return chosen["sector"].tolist()


def municipalities_involved(ds: Dataset) -> pd.DataFrame:
    """Each municipality with an initiative: its initiatives (names in Dutch, `initiatives`,
    and English, `initiatives_en`) and their kinds, `inferred_kinds` those resting only on an
    inferred programme membership (FACTS: the initiative rows)."""
    joined = with_places(ds, with_facts(
        ds.initiatives[["initiative_id", "name", "name_en", "kind", "programme_basis",
                        "gm_code"]], "initiatives"))
    rows = []
    for (gm_code, municipality, province), group in joined.groupby(
            ["gm_code", "municipality", "province"], sort=True):
        rows.append({"gm_code": gm_code, "municipality": municipality, "province": province,
                     "initiatives": list(group["name"]), "initiatives_en": list(group["name_en"]),
                     "kinds": sorted(set(group["kind"])),
                     "inferred_kinds": inferred_kinds(group), FACTS: pooled(group[FACTS])})
    return pd.DataFrame(rows, columns=["gm_code", "municipality", "province", "initiatives",
                                       "initiatives_en", "kinds", "inferred_kinds", FACTS])


@dataclass(frozen=True)
class PartialDate:
    value: str
    precision: str


# Every dated column: (table, date column, precision column).
DATED = (("events", "date", "date_precision"),
         ("initiatives", "start", "start_precision"),
         ("initiatives", "end", "end_precision"),
         ("monitor_waves", "date", "date_precision"))


def dated_values(ds: Dataset) -> list[PartialDate]:
    """Every dated fact: events, initiative starts and ends, monitor waves."""
    found = []
    for table, column, precision in DATED:
        frame = getattr(ds, table)
        for value, prec in zip(frame[column], frame[precision], strict=True):
            if pd.notna(value):
                found.append(PartialDate(value, prec))
    return found


def period_covered(ds: Dataset) -> tuple[PartialDate, PartialDate]:
    """Earliest and latest dated fact, each at its own precision."""
    dates = dated_values(ds)
    first = min(dates, key=lambda d: span(d.value, d.precision)[0])
    last = max(dates, key=lambda d: span(d.value, d.precision)[1])
    return first, last


def newest_source(ds: Dataset) -> PartialDate:
    """The publication date of the newest source: how current the data is."""
    dates = [PartialDate(v, p) for v, p in
             zip(ds.sources["published"], ds.sources["published_precision"], strict=True)]
    return max(dates, key=lambda d: span(d.value, d.precision)[1])


@dataclass(frozen=True)
class Unknown:
    """Something the sources do not tell; `key` names its i18n text, `count` fills it.

    `parts` splits the count by what *is* known about those facts (key of the part's text,
    count), so a line never says of all of them what holds for some: of four locations drawn
    at their municipality's point, three have a known neighbourhood. `counted` is False for a
    yes/no unknown, whose count is only whether it applies.
    """

    key: str
    count: int
    parts: tuple[tuple[str, int], ...] = ()
    counted: bool = True


# The tables whose rows can rest on an inference of their own (their `basis`).
INFERABLE = ("participants", "relations", "approaches", "ratings")


def unknowns(ds: Dataset) -> list[Unknown]:
    """What we do not know yet, each with how many facts it concerns (zero ones left out)."""
    pilots = pilot_count(ds)
    initiatives = ds.initiatives
    found = [
        Unknown("unknown_pilots", pilots.unidentified or 0),
        Unknown("unknown_start", int(initiatives["start"].isna().sum())),
        Unknown("unknown_unnamed_orgs", int(ds.organisations["is_generic"].sum())),
        Unknown("unknown_org_sector", int((ds.organisations["sector"] == "onbekend").sum())),
        Unknown("unknown_org_place", int(ds.organisations["gm_code"].isna().sum())),
        _unknown_place(ds.locations),
        Unknown("unknown_monitor_numbers", int(ds.monitor_indicators.empty), counted=False),
        Unknown("unknown_inferred_membership", pilots.inferred),
        Unknown("unknown_inferred_other_membership",
                int(initiatives["programme_basis"].eq("inferred").sum()) - pilots.inferred),
        Unknown("unknown_inferred_rows", sum(int(inferred(getattr(ds, table)).sum())
                                             for table in INFERABLE)),
    ]
    return [u for u in found if u.count]


def _unknown_place(locations: pd.DataFrame) -> Unknown:
    """Locations drawn at their municipality's point: for how many the source still names a
    neighbourhood or place (`area`), for how many only the municipality."""
    at_municipality = locations[locations["coord_precision"] == "municipality"]
    with_area = int(at_municipality["area"].notna().sum())
    parts = (("unknown_location_area", with_area),
             ("unknown_location_municipality", len(at_municipality) - with_area))
    return Unknown("unknown_exact_location", len(at_municipality),
                   tuple(part for part in parts if part[1]))


@dataclass(frozen=True)
class Headline:
    """The programme's key figures, as the overview page and the first slide show them: one
    function, so a slide never counts differently from its page."""

    pilots: PilotCount
    organisations: int  # organisations the sources name (rows of organisations.csv)
    municipalities: int  # municipalities with at least one initiative
    first: PartialDate  # earliest dated fact
    last: PartialDate  # latest dated fact
    facts: tuple[tuple[str, tuple[str, ...]], ...]  # (figure, the facts it rests on)


def headline(ds: Dataset) -> Headline:
    first, last = period_covered(ds)
    programme = ds.programmes[ds.programmes["programme_id"] == BSO_PROGRAMME]
    members = ds.initiatives[ds.initiatives["programme_id"] == BSO_PROGRAMME]
    placed = ds.initiatives[ds.initiatives["gm_code"].notna()]
    facts = (
        ("pilots", pooled([*with_facts(programme, "programmes")[FACTS],
                           *with_facts(members, "initiatives")[FACTS]])),
        ("organisations", pooled(with_facts(ds.organisations, "organisations")[FACTS])),
        ("municipalities", pooled(with_facts(placed, "initiatives")[FACTS])),
        ("period", pooled([*_dated_facts(ds, first), *_dated_facts(ds, last)])),
    )
    return Headline(pilot_count(ds), len(ds.organisations),
                    int(ds.initiatives["gm_code"].nunique()), first, last, facts)


def _dated_facts(ds: Dataset, when: PartialDate) -> list[tuple[str, ...]]:
    """The rows that carry a date as written (value and precision): where a period ends."""
    found = []
    for table, column, precision in DATED:
        frame = getattr(ds, table)
        same = frame[(frame[column] == when.value).fillna(False).astype(bool)
                     & (frame[precision] == when.precision).fillna(False).astype(bool)]
        found += with_facts(same, table)[FACTS].tolist()
    return found
