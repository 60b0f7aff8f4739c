"""Finding facts on the Sources page: by source, by table and by words in the fact or the
source's own words. Pure, so the search a page offers can be tested and reused without it."""

import pandas as pd

from dashboard.data.dataset import Dataset


def source_titles(ds: Dataset) -> dict[str, str]:
    """Each source's title by its id, in the order of sources.csv (what the filter offers)."""
    return dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))


def fact_tables(all_facts: pd.DataFrame) -> list[str]:
    """The tables facts come from, in the order of content.facts.facts."""
    return list(dict.fromkeys(all_facts["table"]))


def find_facts(all_facts: pd.DataFrame, source_ids: tuple[str, ...], tables: tuple[str, ...],
               query: str) -> pd.DataFrame:
    """The facts from any of `source_ids` and any of `tables` (empty: no restriction) whose
    description (in the language `all_facts` was made in, content.facts.facts) or evidence
    (the sources' Dutch) contains `query`, ignoring case."""
    shown = all_facts
    if source_ids:
        shown = shown[shown["source_id"].isin(source_ids)]
    if tables:
        shown = shown[shown["table"].isin(tables)]
    if query:
        needle = query.casefold()
        hit = (shown["fact"].str.casefold().str.contains(needle, regex=False)
               | shown["evidence"].str.casefold().str.contains(needle, regex=False))
        shown = shown[hit]
    return shown
