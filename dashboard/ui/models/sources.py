"""Bronnen: each source document and every fact taken from it, searchable."""

from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.content.fact_search import fact_tables, find_facts, source_titles
from dashboard.content.facts import facts
from dashboard.content.leads import page_lead
from dashboard.data import Dataset
from dashboard.data.refs import source_overview
from dashboard.data.schemas import own_words
from dashboard.i18n import counted, t
from dashboard.i18n.formatting import format_partial
from dashboard.publish.open_data import package_files
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.ui.provenance import evidence_column, found_facts_table

# A table longer than this is not read on screen; searching narrows it (and keeps pages light).
MAX_ROWS = 300


@dataclass(frozen=True)
class Source:
    """One source document's block."""

    title: str
    publisher: str
    published: str  # the date as the source gives it, with our note on it if any
    file: str
    facts: int


@dataclass(frozen=True)
class Sources:
    """What the page shows whatever is searched: its lead, the sources, the files of the
    dataset's zip, and what the filters offer."""

    lead: str
    sources: tuple[Source, ...]
    package_files: tuple[str, ...]
    titles: dict[str, str]  # each source's title by its id, in sources.csv order
    tables: tuple[str, ...]  # the tables facts come from


@entry
def sources(ds: Dataset, lang: str) -> Sources:
    return Sources(
        lead=page_lead(ds, "sources", lang),
        sources=tuple(_source(row, lang) for row in source_overview(ds).itertuples()),
        package_files=tuple(package_files()),
        titles=source_titles(ds),
        tables=tuple(fact_tables(_all_facts(ds, lang))),
    )


def _source(row: Any, lang: str) -> Source:
    """One row of `source_overview` (a namedtuple) as its block shows it."""
    published = format_partial(row.published, row.published_precision, lang) or t("unknown", lang)
    note = own_words(row, "published_note", lang)
    return Source(title=row.title, publisher=row.publisher,
                  published=f"{published} ({note})" if pd.notna(note) else published,
                  file=row.file, facts=int(row.facts))


@entry
def _all_facts(ds: Dataset, lang: str) -> pd.DataFrame:
    """Every fact in the reader's language, made once: each new search text (a key of
    found_facts) then only filters it. Read-only, as everything an entry returns."""
    return facts(ds, lang)


@entry
def found_facts(ds: Dataset, lang: str, source_ids: tuple[str, ...], tables: tuple[str, ...],
                query: str) -> Card | None:
    """The facts from the chosen sources and tables (empty: all) that contain `query`, as a
    card of their first MAX_ROWS, each excerpt with its context in the source; None when none
    do."""
    shown = find_facts(_all_facts(ds, lang), source_ids, tables, query)
    if shown.empty:
        return None
    more = t("sources_first_rows", lang, shown=MAX_ROWS, count=len(shown)) \
        if len(shown) > MAX_ROWS else None
    return make_card(ds, lang, counted(len(shown), "sources_facts", lang),
                     found_facts_table(ds, shown, MAX_ROWS, lang), caption=more,
                     lists_its_facts=True,
                     in_source=evidence_column(shown.head(MAX_ROWS), ds, lang))
