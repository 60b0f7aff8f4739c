"""Kaart: where the initiatives are, in which role, and who works with whom where.

Four entries, because the page's choices depend on one another: what the filters offer
(`opening`) comes before the filter, the national map and the municipalities it lets a reader
pick (`national`) follow from the filter, and the panel of the picked municipality (`detail`)
and the map of one initiative (`case_map`) each from their own pick.
"""

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import pydeck as pdk

from dashboard.content import fact_words
from dashboard.content.fact_words import partners_per_sector
from dashboard.content.leads import page_lead
from dashboard.data import Dataset, initiative_names, vocab
from dashboard.data.characters import isolate
from dashboard.data.refs import FACTS, pooled, with_facts
from dashboard.data.schemas import own_words
from dashboard.i18n import counted, kind_label, label, membership_line, t
from dashboard.i18n.formatting import figure_text, period_text
from dashboard.topics.membership import memberships
from dashboard.topics.places import (
    InitiativeFilter,
    amounts,
    case_map_facts,
    filter_years,
    key_figures,
    national_map_facts,
    partners_by_sector,
)
from dashboard.ui import maps
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.ui.maps import Legend
from dashboard.ui.provenance import Sourced, SourceLine
from dashboard.viz.factsheet import factsheet_filename


@dataclass(frozen=True)
class Opening:
    """The page before anything is chosen: its lead, and what the filters, pickers and the
    link's parameters can name."""

    lead: str
    kinds: tuple[str, ...]  # initiative kinds in the data, in vocabulary order
    programmes: Mapping[str, str]  # programme_id -> name
    years: tuple[int, ...]
    municipalities: Mapping[str, str]  # gm_code -> 'Assen (Drenthe)', every municipality
    initiatives: Mapping[str, str]  # initiative_id -> name in the reader's language


@entry
def opening(ds: Dataset, lang: str) -> Opening:
    return Opening(
        lead=page_lead(ds, "map", lang),
        kinds=tuple(k for k in vocab.INITIATIVE_KINDS if k in set(ds.initiatives["kind"])),
        programmes=dict(zip(ds.programmes["programme_id"], ds.programmes["name"], strict=True)),
        years=tuple(filter_years(ds)),
        municipalities=maps.municipality_names(),
        initiatives=initiative_names(ds, lang),
    )


@dataclass(frozen=True)
class National:
    """What the filter lets through, on the national map and in the pickers below it."""

    count: str | None  # 'n initiatives in m municipalities'; None when none pass
    undated: str | None  # which initiatives stay for a year only because their period is unknown
    involved: tuple[str, ...]  # gm_codes with a shown initiative: what can be picked
    picked: str | None  # the pick asked for, if it is one of `involved`
    outside: str | None  # says the pick asked for has no initiative under this filter
    initiatives_in: Mapping[str, tuple[str, ...]]  # gm_code -> its shown initiative_ids
    cases: tuple[str, ...]  # the initiatives the map per initiative offers
    first_case: str | None  # the one it opens on: the first case study, else the first
    deck: pdk.Deck
    legend: Legend
    source: SourceLine


@entry
def national(ds: Dataset, lang: str, kinds: tuple[str, ...], programmes: tuple[str, ...],
             year: int | None, picked: str | None) -> National:
    """The national map for a filter, with `picked` outlined when the filter shows it: the
    outline is part of the deck, so the pick is part of the key."""
    names = opening(ds, lang)
    made = maps.national(ds, InitiativeFilter(kinds, programmes, year), lang, picked)
    involved = tuple(made.roles["gm_code"])
    outside = None
    if picked is not None and picked not in involved:
        outside = t("map_picked_outside", lang,
                    municipality=names.municipalities.get(picked, picked))
        picked = None
    shown = made.filtered.initiatives
    cases = tuple(shown["initiative_id"])
    studies = [i for i, study in zip(cases, shown["case_study"], strict=True) if bool(study)]
    # A kind or programme filter counts by membership: an inferred one is counted as such.
    members = memberships(ds)
    inferred = sum(bool(members.get(i) and members[i].inferred) for i in cases
                   ) if kinds or programmes else 0
    return National(
        count=t("map_filter_count_inferred" if inferred else "map_filter_count", lang,
                initiatives=counted(len(shown), "map_count_initiatives", lang),
                municipalities=counted(len(involved), "map_count_municipalities", lang),
                **({"inferred": inferred} if inferred else {}))
        if cases else None,
        undated=counted(len(made.filtered.undated), "map_undated_note", lang, year=year,
                         names="; ".join(isolate(names.initiatives[i])
                                        for i in made.filtered.undated))
        if made.filtered.undated else None,
        involved=involved,
        picked=picked,
        outside=outside,
        initiatives_in={code: tuple(here["initiative_id"])
                        for code, here in shown.groupby("gm_code", sort=False)},
        cases=cases,
        first_case=next(iter(studies), cases[0] if cases else None),
        deck=made.deck,
        legend=made.legend,
        source=SourceLine.of_facts(ds, national_map_facts(ds, made.filtered.ids), lang),
    )


@dataclass(frozen=True)
class Initiative:
    """One initiative in a municipality's panel."""

    initiative_id: str
    name: str
    line: str  # kind · status · programme · period
    summary: str
    factsheet_file: str


@dataclass(frozen=True)
class Detail:
    """The panel of a picked municipality: its initiatives, partners and key figures."""

    title: str
    initiatives: tuple[Initiative, ...]
    partners: tuple[tuple[str, str], ...]  # (sector, the names of its organisations)
    figures: Card | None  # None when the sources give none
    sourced: Sourced


@entry
def detail(ds: Dataset, lang: str, gm_code: str, initiative_ids: tuple[str, ...]) -> Detail:
    """The panel of `gm_code` showing `initiative_ids`, the initiatives there that the filter
    lets through."""
    initiatives = with_facts(ds.initiatives, "initiatives")
    here = initiatives[initiatives["initiative_id"].isin(initiative_ids)]
    members = memberships(ds)
    shown = []
    for row in here.to_dict("records"):
        member = members.get(row["initiative_id"])
        summary = own_words(row, "summary_nl", lang)
        shown.append(Initiative(
            initiative_id=row["initiative_id"],
            name=own_words(row, "name", lang),
            line=" · ".join([kind_label(row["kind"], bool(member and member.inferred), lang),
                             label("initiative_status", row["status"], lang),
                             membership_line(member.programme if member else None,
                                             bool(member and member.inferred), lang),
                             period_text(row["start"], row["start_precision"], row["end"],
                                         row["end_precision"], lang)]),
            summary=summary if pd.notna(summary) else t("unknown", lang),
            factsheet_file=factsheet_filename(ds, row["initiative_id"]),
        ))
    sectors = partners_by_sector(ds, initiative_ids)
    return Detail(
        title=opening(ds, lang).municipalities[gm_code],
        initiatives=tuple(shown),
        partners=partners_per_sector(sectors, lang),
        figures=_figures(ds, lang, initiative_ids),
        sourced=Sourced.of(ds, pooled([*here[FACTS], *sectors[FACTS]]), lang),
    )


def _figures(ds: Dataset, lang: str, initiative_ids: tuple[str, ...]) -> Card | None:
    """The key figures of the initiatives as a table card: about whom, which figure, value."""
    figures = key_figures(ds, initiative_ids)
    if figures.empty:
        return None
    table = pd.DataFrame({
        t("map_col_subject", lang): [org if pd.notna(org) else ini for ini, org in
                                     zip(own_words(figures, "initiative", lang),
                                         own_words(figures, "organisation", lang),
                                         strict=True)],
        t("map_col_metric", lang): [fact_words.figure(m, p, mod, lang)
                                    for m, p, mod in zip(figures["metric"], figures["per"],
                                                         figures["modality"], strict=True)],
        t("map_col_value", lang): [figure_text(*a, lang=lang) for a in amounts(figures)],
        FACTS: figures[FACTS],
    })
    return make_card(ds, lang, t("map_detail_figures", lang), table)


@dataclass(frozen=True)
class CaseMap:
    """One initiative's map: its municipality amid its neighbours, its places and partners."""

    title: str
    deck: pdk.Deck
    legend: Legend
    source: SourceLine
    no_places: bool  # the sources name no location of it
    unlocated: str | None  # names the partners left off the map, their municipality unknown
    ties: str  # how many ties are drawn as lines


@entry
def case_map(ds: Dataset, lang: str, initiative_id: str) -> CaseMap:
    initiative = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    made = maps.case(ds, initiative_id, lang)
    unlocated, ties = made.partners.unlocated, made.partners.ties
    same = int(ties["same_place"].sum()) if not ties.empty else 0
    return CaseMap(
        title=t("map_case_title", lang, initiative=own_words(initiative, "name", lang),
                municipality=opening(ds, lang).municipalities[initiative["gm_code"]]),
        deck=made.deck,
        legend=made.legend,
        source=SourceLine.of_facts(ds, case_map_facts(ds, initiative_id), lang),
        no_places=ds.locations[ds.locations["initiative_id"] == initiative_id].empty,
        unlocated=t("map_case_unlocated", lang,
                    names="; ".join(map(isolate, own_words(unlocated, "name", lang))))
        if not unlocated.empty else None,
        ties=t("map_case_ties", lang, drawn=len(ties) - same, total=len(ties), same=same),
    )
