"""Where things happen: municipalities by role, located places, partners and ties for the maps.

Coordinates are only ever taken from the data: a location's own lat/lon, or, for an
organisation whose sources only name its home municipality, the CBS representative point of
that municipality (marked with precision `municipality`). Nothing is placed by guess.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import pandas as pd

from dashboard.data import vocab
from dashboard.data.dataset import Dataset, initiative_names, organisation_names
from dashboard.data.dates import precision_of, span
from dashboard.data.refs import FACTS, inferred, pooled, with_facts
from dashboard.topics.membership import inferred_kinds
from dashboard.topics.overview import period_covered, with_places
from dashboard.topics.roles import roles

MUNICIPALITY = "municipality"  # coord_precision of a point that only stands for a municipality


# --- filtering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class InitiativeFilter:
    """The map's filter: initiative kinds, programmes (with their sub-programmes) and a year.

    Empty tuples and a None year mean "no restriction".
    """

    kinds: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    year: int | None = None

    @property
    def active(self) -> bool:
        return bool(self.kinds or self.programmes or self.year is not None)


@dataclass(frozen=True)
class Filtered:
    """Initiatives that pass a filter, and those kept only because their dates are unknown."""

    initiatives: pd.DataFrame
    undated: tuple[str, ...]  # initiative_ids kept despite a year filter: period (partly) unknown

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.initiatives["initiative_id"])


def programme_family(ds: Dataset, programme_ids: Iterable[str]) -> set[str]:
    """The programmes and every programme below them (Alert4you includes Alert4you in de BSO)."""
    wanted = set(programme_ids)
    parents = dict(zip(ds.programmes["programme_id"], ds.programmes["parent_programme_id"],
                       strict=True))
    changed = True
    while changed:
        found = {p for p, parent in parents.items() if isinstance(parent, str) and parent in wanted}
        changed = not found <= wanted
        wanted |= found
    return wanted


def period_overlap(start: str | None, start_precision: str | None, end: str | None,
                   end_precision: str | None, year: int) -> bool | None:
    """Whether a (partial) period overlaps `year`: True, False, or None when it cannot be told.

    A known start after the year or a known end before it rules the year out; otherwise the
    answer is True only when both ends are known.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    has_start, has_end = isinstance(start, str), isinstance(end, str)
    if isinstance(start, str) and span(start, start_precision or precision_of(start))[0] > last:
        return False
    if isinstance(end, str) and span(end, end_precision or precision_of(end))[1] < first:
        return False
    return True if has_start and has_end else None


def filter_initiatives(ds: Dataset, chosen: InitiativeFilter) -> Filtered:
    """Initiatives passing the filter (with FACTS); with a year, those whose period is unknown
    stay in."""
    frame = with_facts(ds.initiatives, "initiatives")
    if chosen.kinds:
        frame = frame[frame["kind"].isin(chosen.kinds)]
    if chosen.programmes:
        frame = frame[frame["programme_id"].isin(programme_family(ds, chosen.programmes))
                      .fillna(False).astype(bool)]
    undated: list[str] = []
    if chosen.year is not None:
        keep = []
        for row in frame.itertuples():
            overlap = period_overlap(_text(row.start), _text(row.start_precision),
                                     _text(row.end), _text(row.end_precision), chosen.year)
            keep.append(overlap is not False)
            if overlap is None:
                undated.append(row.initiative_id)
        frame = frame[keep]
    return Filtered(frame.reset_index(drop=True), tuple(undated))


def filter_years(ds: Dataset) -> list[int]:
    """Every year from the first to the last dated fact (choices for the year filter)."""
    first, last = period_covered(ds)
    return list(range(span(first.value, first.precision)[0].year,
                      span(last.value, last.precision)[1].year + 1))


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


# --- municipalities by role --------------------------------------------------------------------


def municipality_roles(ds: Dataset, initiatives: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per municipality with initiatives: its kinds, initiatives and programmes.

    Columns: gm_code, municipality, province, kinds (vocabulary order), main_kind (the first of
    them, which decides the map colour), initiative_ids, initiative_names, initiative_names_en,
    programme_ids, inferred_names, inferred_names_en (initiatives whose programme membership
    is inferred, to be marked so), inferred_kinds (kinds that only such initiatives give the
    municipality: a kind rests on the membership), FACTS (the initiative rows: those of
    `initiatives`, which has FACTS or the dataset's index).
    """
    frame = ds.initiatives if initiatives is None else initiatives
    if FACTS not in frame:
        frame = with_facts(frame, "initiatives")
    columns = ["gm_code", "municipality", "province", "kinds", "main_kind", "initiative_ids",
               "initiative_names", "initiative_names_en", "programme_ids", "inferred_names",
               "inferred_names_en", "inferred_kinds", FACTS]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for gm_code, group in with_places(ds, frame).groupby("gm_code", sort=True):
        kinds = [k for k in vocab.INITIATIVE_KINDS if k in set(group["kind"])]
        inferred = group["programme_basis"] == "inferred"
        rows.append({
            "gm_code": gm_code,
            "municipality": group["municipality"].iloc[0],
            "province": group["province"].iloc[0],
            "kinds": kinds,
            "main_kind": kinds[0],
            "initiative_ids": list(group["initiative_id"]),
            "initiative_names": list(group["name"]),
            "initiative_names_en": list(group["name_en"]),
            "programme_ids": sorted({p for p in group["programme_id"] if isinstance(p, str)}),
            "inferred_names": list(group.loc[inferred, "name"]),
            "inferred_names_en": list(group.loc[inferred, "name_en"]),
            "inferred_kinds": inferred_kinds(group),
            FACTS: pooled(group[FACTS]),
        })
    return pd.DataFrame(rows, columns=columns)


# --- located places ----------------------------------------------------------------------------


def location_places(ds: Dataset, initiative_ids: Iterable[str],
                    include_unlinked: bool = True) -> pd.DataFrame:
    """Locations of the initiatives (and, if asked, those tied to no initiative), grouped by spot.

    Several locations that share one point (e.g. two BSOs placed at their municipality's point)
    become one marker listing all of them, each name with the neighbourhood or place the source
    gives; venues (vocab.VENUE_KINDS) get markers of their own,
    so a meeting place never shares a marker with a place where an initiative is at work.
    Columns: lat, lon, coord_precision, venue, names, kinds, gm_codes, initiative_ids,
    source_ids, FACTS (the location rows).
    """
    wanted = set(initiative_ids)
    locations = ds.locations
    linked = locations["initiative_id"].isin(wanted).fillna(False).astype(bool)
    unlinked = locations["initiative_id"].isna() & include_unlinked
    chosen = with_facts(locations[linked | unlinked], "locations")
    columns = ["lat", "lon", "coord_precision", "venue", "names", "kinds", "gm_codes",
               "initiative_ids", "source_ids", FACTS]
    if chosen.empty:
        return pd.DataFrame(columns=columns)
    # The neighbourhood or place the source names goes with the name ("De Rode Pimpernel
    # (Beijum)"): a location drawn at its municipality's point still says where it is.
    named = [name if pd.isna(area) else f"{name} ({area})"
             for name, area in zip(chosen["name"], chosen["area"], strict=True)]
    chosen = chosen.assign(venue=chosen["kind"].isin(vocab.VENUE_KINDS), name=named)
    grouped = chosen.groupby(["lat", "lon", "coord_precision", "venue"], sort=True).agg(
        names=("name", list), kinds=("kind", list),
        gm_codes=("gm_code", lambda s: sorted({v for v in s if isinstance(v, str)})),
        initiative_ids=("initiative_id", lambda s: sorted({v for v in s if isinstance(v, str)})),
        source_ids=("source_id", lambda s: sorted(set(s))), **{FACTS: (FACTS, pooled)},
    ).reset_index()
    grouped["lat"] = grouped["lat"].astype(float)
    grouped["lon"] = grouped["lon"].astype(float)
    return grouped[columns]


# --- what a map names and explains ------------------------------------------------------------


def national_labels(roles: pd.DataFrame, places: pd.DataFrame,
                    points: pd.DataFrame) -> pd.DataFrame:
    """The municipalities the national map names: every one with a shown initiative, then every
    other one where a shown venue lies (a meeting place is easier to find by its town).

    Names and points are CBS's (geodata.load_municipality_points); a venue's name goes beside
    its marker. Initiatives come first, those with more initiatives before others, because a
    name placed earlier never gives way to a later one. Columns: gm_code, name, lat, lon, kind
    ("initiative" or "venue").
    """
    spots = points.set_index("gm_code")
    rows = [(code, spots.at[code, "name"], float(spots.at[code, "lat"]),
             float(spots.at[code, "lon"]), "initiative", -len(ids))
            for code, ids in zip(roles["gm_code"], roles["initiative_ids"], strict=True)]
    named = set(roles["gm_code"])
    venues = places[places["venue"].astype(bool)] if not places.empty else places
    for row in venues.itertuples(index=False):
        for code in row.gm_codes:
            if code not in named and code in spots.index:
                named.add(code)
                rows.append((code, spots.at[code, "name"], float(row.lat), float(row.lon),
                             "venue", 0))
    frame = pd.DataFrame(rows, columns=["gm_code", "name", "lat", "lon", "kind", "order"])
    frame["first"] = frame["kind"].eq("venue")
    frame = frame.sort_values(["first", "order", "name"], kind="stable")
    return frame[["gm_code", "name", "lat", "lon", "kind"]].reset_index(drop=True)


LEGEND_COLUMNS = ["section", "key"]


def _marker_entries(places: pd.DataFrame) -> list[tuple[str, str]]:
    """One entry per kind of marker drawn (place or venue) and precision, in vocabulary order."""
    if places.empty:
        return []
    drawn = set(zip(places["venue"].astype(bool), places["coord_precision"], strict=True))
    return [("venue" if venue else "place", precision)
            for venue in (False, True) for precision in vocab.COORD_PRECISIONS
            if (venue, precision) in drawn]


def national_legend(roles: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """What the national map draws, so its legend lists that and nothing else.

    Sections: "role" (the kinds that colour a municipality, then "none" for the grey ground),
    "note" ("several_roles" when a municipality has more roles than its colour shows), "place"
    and "venue" (each marker precision drawn).
    """
    shown = set(roles["main_kind"])
    entries = [("role", k) for k in vocab.INITIATIVE_KINDS if k in shown] + [("role", "none")]
    if any(len(kinds) > 1 for kinds in roles["kinds"]):
        entries.append(("note", "several_roles"))
    return pd.DataFrame(entries + _marker_entries(places), columns=LEGEND_COLUMNS)


def case_legend(kind: str, places: pd.DataFrame, partners: pd.DataFrame,
                ties: pd.DataFrame) -> pd.DataFrame:
    """What an initiative's map draws: its role, the other municipalities around it, markers,
    partners and the ties drawn as lines (by whether they are in practice)."""
    entries = [("role", kind), ("role", "other"), *_marker_entries(places)]
    entries += [("partner", p) for p in vocab.COORD_PRECISIONS
                if not partners.empty and p in set(partners["coord_precision"])]
    drawn = ties[~ties["same_place"].astype(bool)] if not ties.empty else ties
    practice = set(drawn["modality"].eq("in_practice") & ~drawn["inferred"]) \
        if not drawn.empty else set()
    entries += [("tie", name) for name, value in (("in_practice", True),
                                                  ("not_in_practice", False)) if value in practice]
    return pd.DataFrame(entries, columns=LEGEND_COLUMNS)


def located_partners(ds: Dataset, initiative_id: str,
                     points: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The initiative's participating organisations: (located, not located).

    An organisation is located when its home municipality is known; it then sits at that
    municipality's representative point from `points` (geodata.load_municipality_points) with
    precision `municipality`. Columns of both: org_id, name, name_en, sector, roles
    (`topics.roles.Role`s), gm_code, FACTS (the participant rows); the located frame adds
    municipality, lat, lon, coord_precision.
    """
    members = with_facts(ds.participants[ds.participants["initiative_id"] == initiative_id],
                         "participants")
    by_org = members.groupby("org_id", sort=False)
    taken = {org: roles(group) for org, group in by_org}
    orgs = ds.organisations.set_index("org_id").loc[list(taken)].reset_index()
    orgs["roles"] = list(taken.values())
    orgs[FACTS] = list(by_org[FACTS].agg(pooled))
    orgs = orgs[["org_id", "name", "name_en", "sector", "roles", "gm_code", FACTS]]
    known = orgs["gm_code"].notna()
    located = orgs[known].merge(
        points[["gm_code", "name", "lat", "lon"]].rename(columns={"name": "municipality"}),
        on="gm_code", how="inner")
    located["coord_precision"] = MUNICIPALITY
    located["lat"] = located["lat"].astype(float)
    located["lon"] = located["lon"].astype(float)
    return located.reset_index(drop=True), orgs[~known].reset_index(drop=True)


def located_relations(ds: Dataset, initiative_id: str, located: pd.DataFrame) -> pd.DataFrame:
    """The initiative's ties whose two ends are both located (see located_partners).

    Columns: from_org_id, to_org_id, kind, modality, inferred, source_id, FACTS, from_lat,
    from_lon, to_lat, to_lon, same_place (both ends at one point, so a line would have no length).
    """
    ties = with_facts(ds.relations[ds.relations["initiative_id"] == initiative_id], "relations")
    spots = located.set_index("org_id")[["lat", "lon"]]
    ties = ties[ties["from_org_id"].isin(spots.index) & ties["to_org_id"].isin(spots.index)]
    frame = ties[["from_org_id", "to_org_id", "kind", "modality", "source_id", FACTS]].copy()
    frame.insert(4, "inferred", inferred(ties))
    frame["from_lat"] = [spots.at[o, "lat"] for o in frame["from_org_id"]]
    frame["from_lon"] = [spots.at[o, "lon"] for o in frame["from_org_id"]]
    frame["to_lat"] = [spots.at[o, "lat"] for o in frame["to_org_id"]]
    frame["to_lon"] = [spots.at[o, "lon"] for o in frame["to_org_id"]]
    frame["same_place"] = ((frame["from_lat"] == frame["to_lat"])
                           & (frame["from_lon"] == frame["to_lon"]))
    return frame.reset_index(drop=True)


def national_map_facts(ds: Dataset, initiative_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The facts the national map draws: the initiatives shown and every located place."""
    shown = ds.initiatives[ds.initiatives["initiative_id"].isin(set(initiative_ids))]
    return pooled([*with_facts(shown, "initiatives")[FACTS],
                   *with_facts(ds.locations, "locations")[FACTS]])


def case_map_facts(ds: Dataset, initiative_id: str) -> tuple[str, ...]:
    """The facts an initiative's own map draws: its row, its places, partners and ties."""
    return pooled([*with_facts(ds.initiatives[ds.initiatives["initiative_id"] == initiative_id],
                               "initiatives")[FACTS]]
                  + [refs for table in ("locations", "participants", "relations")
                     for refs in with_facts(of_initiative(getattr(ds, table), initiative_id),
                                            table)[FACTS]])


def of_initiative(frame: pd.DataFrame, initiative_id: str) -> pd.DataFrame:
    """The rows of a table with an (optional) initiative_id that belong to the initiative."""
    return frame[frame["initiative_id"].eq(initiative_id).fillna(False).astype(bool)]


# --- a municipality in detail ------------------------------------------------------------------


def partners_by_sector(ds: Dataset, initiative_ids: Iterable[str]) -> pd.DataFrame:
    """Organisations taking part in the initiatives, per sector in vocabulary order, each with
    its role and how sure that is: a list of partners must not make an exploration or an
    inferred tie read as a partnership.

    Columns: sector, name, name_en, role, modality, inferred, FACTS (the participant rows).
    One row per organisation and role, modality and inference; sorted by name within a sector.
    """
    members = with_facts(ds.participants[ds.participants["initiative_id"]
                                         .isin(set(initiative_ids))], "participants")
    members = members.assign(inferred=inferred(members)).merge(
        ds.organisations[["org_id", "name", "name_en", "sector"]], on="org_id")
    keys = ["sector", "name", "name_en", "role", "modality", "inferred"]
    rows = (members.groupby(keys, sort=False, dropna=False)[FACTS]
            .agg(lambda groups: pooled(groups)).reset_index())
    rows["sector"] = pd.Categorical(rows["sector"], categories=vocab.SECTORS, ordered=True)
    rows = rows.sort_values(["sector", "name"], kind="stable").dropna(subset=["sector"])
    rows["sector"] = rows["sector"].astype(str)
    return rows.reset_index(drop=True)[[*keys, FACTS]]


def key_figures(ds: Dataset, initiative_ids: Iterable[str]) -> pd.DataFrame:
    """The figures about the given initiatives (figures.csv), in file order.

    Columns: initiative_id, initiative, initiative_en, org_id, organisation, organisation_en,
    metric, value, value_max, approximate, unit, per, modality, source_id, FACTS.
    """
    figures = with_facts(ds.figures[ds.figures["initiative_id"].isin(set(initiative_ids))
                                    .fillna(False).astype(bool)], "figures")
    frame = figures[["initiative_id", "org_id", "metric", "value", "value_max", "approximate",
                     "unit", "per", "modality", "source_id", FACTS]].copy()
    frame.insert(1, "initiative", frame["initiative_id"].map(initiative_names(ds)))
    frame.insert(2, "initiative_en", frame["initiative_id"].map(initiative_names(ds, "en")))
    frame.insert(4, "organisation", frame["org_id"].map(organisation_names(ds)))
    frame.insert(5, "organisation_en", frame["org_id"].map(organisation_names(ds, "en")))
    return frame.reset_index(drop=True)


class Amount(NamedTuple):
    """A figure's number as the source gives it, for `dashboard.i18n.formatting.figure_text`."""

    value: float
    value_max: float | None
    unit: str
    approximate: bool


def amounts(figures: pd.DataFrame) -> list[Amount]:
    """The Amount of each row of a figures table (an empty value_max becomes None)."""
    return [Amount(float(v), None if pd.isna(mx) else float(mx), u, bool(a))
            for v, mx, u, a in zip(figures["value"], figures["value_max"], figures["unit"],
                                   figures["approximate"], strict=True)]
