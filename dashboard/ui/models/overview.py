"""Overzicht: the programme at a glance, for a wethouder with five minutes."""

from dataclasses import dataclass

import pandas as pd

from dashboard.content import takeaways
from dashboard.content.slides import unknown_line
from dashboard.data import Dataset, initiative_names
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n import kind_label, label, membership_line, t
from dashboard.i18n.formatting import format_partial, period_text
from dashboard.topics.membership import memberships
from dashboard.topics.overview import (
    Headline,
    case_studies,
    headline,
    municipalities_involved,
    newest_source,
    organisations_by_sector,
    unknowns,
)
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.ui.provenance import Sourced
from dashboard.viz.charts import municipalities_table, sector_chart, sector_table
from dashboard.viz.factsheet import factsheet_filename


@dataclass(frozen=True)
class Case:
    """One case study's card: what it is, where, for how long, and in which programme."""

    initiative_id: str
    name: str
    place: str
    summary: str
    known: tuple[str, ...]
    sourced: Sourced
    factsheet_file: str


@dataclass(frozen=True)
class Factsheet:
    """One initiative in the list of factsheets: every initiative, case or not."""

    initiative_id: str
    name: str
    file: str


@dataclass(frozen=True)
class Overview:
    currency: str
    core: tuple[str, ...]
    key: Headline
    period: str  # the key figures' period in full, for its help text
    key_facts: Sourced
    cases: tuple[Case, ...]
    factsheets: tuple[Factsheet, ...]  # every initiative, in file order
    sectors: Card
    municipalities: Card
    unknowns: tuple[str, ...]


@entry
def overview(ds: Dataset, lang: str) -> Overview:
    key = headline(ds)
    sectors = organisations_by_sector(ds)
    first, last = key.first, key.last
    shown_as = {"pilots": t("metric_pilots_identified", lang),
                "organisations": t("metric_organisations", lang),
                "municipalities": t("metric_municipalities", lang),
                "period": t("metric_period", lang)}
    key_facts = {t("compare_col_figure", lang): [shown_as[name] for name, _ in key.facts],
                 FACTS: [refs for _, refs in key.facts]}
    return Overview(
        currency=takeaways.currency(newest_source(ds), len(ds.sources), lang),
        core=tuple(takeaways.core(key, sectors, lang)),
        key=key,
        period=(f"{format_partial(first.value, first.precision, lang)} – "
                f"{format_partial(last.value, last.precision, lang)}"),
        key_facts=Sourced.of(ds, pd.DataFrame(key_facts), lang),
        cases=_cases(ds, lang),
        factsheets=tuple(Factsheet(initiative_id, name, factsheet_filename(ds, initiative_id))
                         for initiative_id, name in initiative_names(ds, lang).items()),
        sectors=make_card(ds, lang, takeaways.sectors_title(sectors, lang),
                          sector_chart(sectors, lang),
                          caption=t("overview_sectors_caption", lang),
                          data=sector_table(sectors, lang)),
        municipalities=make_card(ds, lang, t("overview_municipalities", lang),
                                 municipalities_table(municipalities_involved(ds), lang)),
        unknowns=tuple(unknown_line(u, lang) for u in unknowns(ds)),
    )


def _cases(ds: Dataset, lang: str) -> tuple[Case, ...]:
    members = memberships(ds)
    made = []
    for case in case_studies(ds).to_dict("records"):
        known = [period_text(case["start"], case["start_precision"], case["end"],
                             case["end_precision"], lang)]
        member = members.get(case["initiative_id"])
        known.append(membership_line(member.programme if member else None,
                                     bool(member and member.inferred), lang))
        if member and member.inferred:
            known.append(t("membership_inferred", lang, reasoning=member.reasoning(lang)))
        made.append(Case(
            initiative_id=case["initiative_id"],
            name=own_words(case, "name", lang),
            place=" · ".join([
                t("case_place", lang, municipality=case["municipality"],
                  province=case["province"]),
                kind_label(case["kind"], bool(member and member.inferred), lang),
                label("initiative_status", case["status"], lang)]),
            summary=own_words(case, "summary_nl", lang),
            known=tuple(known),
            sourced=Sourced.of(ds, case[FACTS], lang),
            factsheet_file=factsheet_filename(ds, case["initiative_id"]),
        ))
    return tuple(made)
