"""Initiatives side by side: profile, key figures, approach elements and sector coverage.

Every table here keeps "the sources say nothing" apart from a value: a missing figure is
None (shown as "niet bekend uit de bronnen"), never zero; an approach or sector the sources
do not mention is marked as not mentioned, not as absent.
"""

from collections.abc import Iterable, Sequence

import pandas as pd

from dashboard.data import vocab
from dashboard.data.dataset import Dataset
from dashboard.data.refs import FACTS, inferred, pooled, with_facts
from dashboard.topics.overview import with_places
from dashboard.topics.places import amounts, key_figures, of_initiative
from dashboard.topics.roles import Role

MIN_CHOICE = 2
MAX_CHOICE = 4


# --- the selection -----------------------------------------------------------------------------


def default_selection(ds: Dataset) -> tuple[str, ...]:
    """The featured cases (case_study = true), in file order, at most MAX_CHOICE."""
    cases = ds.initiatives[ds.initiatives["case_study"].fillna(False).astype(bool)]
    return tuple(cases["initiative_id"])[:MAX_CHOICE]


# --- profiles ----------------------------------------------------------------------------------


def profiles(ds: Dataset, initiative_ids: Sequence[str]) -> pd.DataFrame:
    """One row per chosen initiative, in the order chosen, with municipality and province.

    Columns: the initiatives.csv columns plus municipality, province and FACTS (the
    initiative's own row).
    """
    frame = with_places(ds, with_facts(ds.initiatives[ds.initiatives["initiative_id"]
                                                      .isin(set(initiative_ids))], "initiatives"))
    order = {i: n for n, i in enumerate(initiative_ids)}
    frame = frame.assign(_order=frame["initiative_id"].map(order)).sort_values("_order")
    return frame.drop(columns="_order").reset_index(drop=True)


def figure_table(ds: Dataset, initiative_ids: Sequence[str]) -> pd.DataFrame:
    """Key figures side by side, one row per metric (and 'per' unit, and modality: a planned
    figure never shares a row with one in practice) any chosen one has.

    A figure about an organisation counts for an initiative when its initiative_id says so
    (e.g. Het Talent's units for Lent). Columns: metric, per, organisations, organisations_en
    (names of the organisations figures are about, or empty), FACTS (the figure rows of the
    row), then one column per initiative_id holding its figures as a tuple of
    `places.Amount` (written by `i18n.formatting.figures_text`), missing (None) when the
    sources give none.
    """
    figures = key_figures(ds, initiative_ids)
    rows = []
    keys = list(dict.fromkeys(zip(figures["metric"], figures["per"].astype(object)
                                  .where(figures["per"].notna(), None), figures["modality"],
                                  strict=True)))
    keys.sort(key=lambda k: (vocab.METRICS.index(k[0]), k[1] or "", vocab.MODALITIES.index(k[2])))
    for metric, per, modality in keys:
        same = figures[(figures["metric"] == metric) & (figures["modality"] == modality)
                       & (figures["per"].isna() if per is None else figures["per"] == per)]
        row = {"metric": metric, "per": per, "modality": modality,
               "organisations": tuple(dict.fromkeys(same["organisation"].dropna())),
               "organisations_en": tuple(dict.fromkeys(same["organisation_en"].dropna())),
               FACTS: pooled(same[FACTS])}
        for initiative in initiative_ids:
            mine = same[same["initiative_id"] == initiative]
            row[initiative] = tuple(amounts(mine)) or None
        rows.append(row)
    return pd.DataFrame(rows, columns=["metric", "per", "modality", "organisations",
                                       "organisations_en", FACTS, *initiative_ids])


# --- approach elements -------------------------------------------------------------------------


def approach_matrix(ds: Dataset, initiative_ids: Sequence[str]) -> pd.DataFrame:
    """Every approach element of the vocabulary × every chosen initiative (long form).

    Columns: approach, initiative_id, modality (missing when the sources do not mention it),
    inferred (the row rests on an inference), evidence, source_id, FACTS (the approach row, or
    none). Rows in vocabulary order, then in
    the order chosen.
    """
    said = with_facts(ds.approaches[ds.approaches["initiative_id"].isin(set(initiative_ids))],
                      "approaches")
    found = {(r.approach, r.initiative_id): r for r in said.itertuples(index=False)}
    rows = []
    for approach in vocab.APPROACHES:
        for initiative in initiative_ids:
            hit = found.get((approach, initiative))
            rows.append({"approach": approach, "initiative_id": initiative,
                         "modality": hit.modality if hit else None,
                         "inferred": hit is not None and str(hit.basis) == "inferred",
                         "evidence": hit.evidence if hit else None,
                         "source_id": hit.source_id if hit else None,
                         FACTS: getattr(hit, FACTS) if hit else ()})
    return pd.DataFrame(rows, columns=["approach", "initiative_id", "modality", "inferred",
                                       "evidence", "source_id", FACTS])


# --- sectors -----------------------------------------------------------------------------------


def sector_coverage(ds: Dataset, initiative_ids: Sequence[str],
                    sectors: Iterable[str] = vocab.CORE_SECTORS) -> pd.DataFrame:
    """Which sectors each initiative brings together, from its participants' sectors.

    Columns: sector, initiative_id, covered (bool: a participant of the sector takes part in
    practice, on a stated tie), named (bool: the sources name a participant of the sector at
    all, however sure), organisations, organisations_en (names sorted, one per participant
    row), roles (the `topics.roles.Role` of each, aligned), FACTS (the participant rows). One
    row per sector × initiative. A sector counts as brought together only when `covered`: an
    exploration or an inferred tie is named apart, never counted. `named` False means the
    sources name no participant of that sector, not that the sector is proven absent.
    """
    members = with_facts(ds.participants[ds.participants["initiative_id"]
                                         .isin(set(initiative_ids))], "participants")
    members = members.assign(inferred=inferred(members))
    orgs = members.merge(ds.organisations[["org_id", "name", "name_en", "sector"]],
                         on="org_id").sort_values(["name", "role"], kind="stable")
    rows = []
    for sector in sectors:
        for initiative in initiative_ids:
            here = orgs[(orgs["initiative_id"] == initiative) & (orgs["sector"] == sector)]
            sure = here["modality"].eq("in_practice") & ~here["inferred"]
            rows.append({"sector": sector, "initiative_id": initiative,
                         "covered": bool(sure.any()), "named": not here.empty,
                         "organisations": tuple(here["name"]),
                         "organisations_en": tuple(here["name_en"]),
                         "roles": tuple(Role(r, m, bool(i)) for r, m, i in zip(
                             here["role"], here["modality"], here["inferred"], strict=True)),
                         FACTS: pooled(here[FACTS])})
    return pd.DataFrame(rows, columns=["sector", "initiative_id", "covered", "named",
                                       "organisations", "organisations_en", "roles", FACTS])


def profile_facts(ds: Dataset, initiative_id: str) -> tuple[str, ...]:
    """The facts behind an initiative's profile card: its own row, its participants, its
    figures."""
    found: list[tuple[str, ...]] = []
    for table in ("initiatives", "participants", "figures"):
        found += with_facts(of_initiative(getattr(ds, table), initiative_id), table)[FACTS].tolist()
    return pooled(found)


def sectors_covered(coverage: pd.DataFrame) -> tuple[dict[str, int], int]:
    """How many of the sectors in `coverage` (sector_coverage) each initiative brings
    together, and how many sectors there are."""
    covered = coverage.groupby("initiative_id", sort=False)["covered"].sum()
    return {initiative: int(count) for initiative, count in covered.items()}, \
        int(coverage["sector"].nunique())


def shared_figures(figures: pd.DataFrame, initiative_ids: Sequence[str]) -> pd.DataFrame:
    """The rows of `figure_table` that at least two of the initiatives have a value for: a
    comparison needs two values, and a row of unknowns compares nothing. Every figure of one
    initiative stays on its profile card."""
    if figures.empty:
        return figures
    known = figures[list(initiative_ids)].notna().sum(axis=1)
    return figures[known >= min(2, len(initiative_ids))]
