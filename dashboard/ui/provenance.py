"""Where a card's content comes from: its source line and, one click away, the facts behind it.

Both are derived from the FACTS references that derived tables carry per row
(data.refs), never chosen by a page: a card names exactly the sources of the rows it
shows, and a reader can check every number against the excerpt it rests on.
"""

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
import streamlit as st
from markupsafe import Markup

from dashboard import i18n
from dashboard.content.fact_search import source_titles
from dashboard.content.facts import evidence, source_line_parts
from dashboard.content.slides import sources_text
from dashboard.data import Dataset
from dashboard.data.context import InContext, SourceText, in_context, source_texts
from dashboard.data.refs import FACTS, pooled, sources_of
from dashboard.ui.cache import dataset, entry
from dashboard.ui.lang import current, t
from dashboard.ui.lazy import opened_popover
from dashboard.ui.text import md_escape, show_markup
from dashboard.viz.tables import Quotes, table_html


@dataclass(frozen=True)
class SourceLine:
    """The sources of what a card shows, as 'title (date)' parts in the reader's language."""

    parts: tuple[str, ...]
    lang: str

    def __post_init__(self) -> None:
        if not self.parts or not all(p.strip() for p in self.parts):
            raise ValueError("a card needs at least one source")

    @classmethod
    def of_facts(cls, ds: Dataset, refs: Iterable[str], lang: str) -> "SourceLine":
        """The sources of some facts (references from a FACTS column), in sources.csv order."""
        return cls(tuple(source_line_parts(ds, sources_of(ds, refs), lang)), lang)

    def text(self) -> str:
        """Plain text, for files that leave the dashboard."""
        return sources_text(self.parts, self.lang)

    def markdown(self) -> str:
        """For a caption on screen: source titles are data, so they are escaped."""
        key = "source_prefix" if len(self.parts) == 1 else "sources_prefix"
        return f"{i18n.t(key, self.lang)}: " + "; ".join(md_escape(p) for p in self.parts)


# The pages on which facts of each table can be shown (page = file stem in dashboard/views);
# Bronnen lists them with each fact, and the card test checks every card keeps to them.
SHOWN_ON: dict[str, tuple[str, ...]] = {
    "programmes": ("overzicht", "kaart"),
    "organisations": ("overzicht", "netwerken", "presentatie"),
    "initiatives": ("overzicht", "kaart", "vergelijken", "netwerken", "tijdlijn",
                    "presentatie"),
    "participants": ("kaart", "vergelijken", "netwerken", "presentatie"),
    "relations": ("kaart", "netwerken", "presentatie"),
    "people": (),
    "locations": ("kaart", "presentatie"),
    "events": ("overzicht", "tijdlijn", "presentatie"),
    "event_participants": (),
    "figures": ("kaart", "vergelijken", "presentatie"),
    "approaches": ("vergelijken", "presentatie"),
    "monitor_waves": ("overzicht", "tijdlijn", "monitor", "presentatie"),
    "monitor_findings": ("monitor", "presentatie"),
    "monitor_indicators": ("monitor",),
    "ratings": ("vergelijken",),
    "statements": (),
    "aliases": (),
    "quotes": (),
}


# The navigation title of each page that can show facts (SHOWN_ON).
PAGE_TITLES = {"overzicht": "nav_overview", "kaart": "nav_map", "vergelijken": "nav_compare",
               "netwerken": "nav_networks", "tijdlijn": "nav_timeline", "monitor": "nav_monitor",
               "presentatie": "nav_present"}


def page_names(table: str, lang: str) -> list[str]:
    """Where facts of a dataset table can be seen, as the navigation names those pages."""
    return [i18n.t(PAGE_TITLES[page], lang) for page in SHOWN_ON[table]]


def found_facts_table(ds: Dataset, found: pd.DataFrame, rows: int, lang: str) -> pd.DataFrame:
    """The first `rows` facts a search found (content.fact_search), as Bronnen's card shows
    them, with FACTS."""
    listed = found.head(rows)
    titles = source_titles(ds)
    return pd.DataFrame({
        i18n.t("col_table", lang): [i18n.label("table", name, lang) for name in listed["table"]],
        i18n.t("col_fact", lang): listed["fact"],
        i18n.t("col_evidence", lang): listed["evidence"],
        i18n.t("col_modality", lang): _modality_labels(listed["modality"], lang),
        i18n.t("col_source", lang): listed["source_id"].map(titles),
        i18n.t("col_inferred", lang): _inferred_labels(listed["inferred"], lang),
        i18n.t("col_shown_on", lang): [", ".join(page_names(table, lang))
                                       for table in listed["table"]],
        FACTS: [(r,) for r in listed["ref"]],
    })


def _modality_labels(modalities: Iterable, lang: str) -> list[str]:
    """How certain each fact is, in words; blank where its table does not say."""
    return [i18n.label("modality", m, lang) if isinstance(m, str) else "" for m in modalities]


def _inferred_labels(inferred: Iterable, lang: str) -> list[str]:
    """'ja, afgeleid' for each inferred fact, blank for a stated one."""
    return [i18n.t("inferred_yes", lang) if i else "" for i in inferred]


@dataclass(frozen=True)
class Behind:
    """The facts behind what a card shows: per shown row, its label and its references."""

    labels: tuple[str, ...]
    refs: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, table: pd.DataFrame) -> "Behind":
        """Each row of `table` (with FACTS), labelled by its first other column; a table
        without FACTS cannot say where it comes from."""
        if FACTS not in table:
            raise ValueError("a card's table needs a FACTS column: the facts behind each row")
        first = next((c for c in table.columns if c != FACTS), None)
        labels = ("",) * len(table) if first is None else tuple(map(str, table[first]))
        return cls(labels, tuple(map(tuple, table[FACTS])))

    @classmethod
    def refs_only(cls, refs: Iterable[str]) -> "Behind":
        """Facts behind something that is not a table (a case card, a map)."""
        return cls(("",), (tuple(refs),))

    def all_refs(self) -> tuple[str, ...]:
        return pooled(self.refs)


def evidence_table(ds: Dataset, behind: Behind, lang: str) -> pd.DataFrame:
    """The facts behind each shown row, as a reader sees them: what is shown, the fact, its
    excerpts, source, how certain and whether inferred."""
    return _evidence_table(ds, _evidence(ds, behind, lang), lang)


def _evidence(ds: Dataset, behind: Behind, lang: str) -> pd.DataFrame:
    return evidence(ds, pd.DataFrame({"shown": behind.labels, FACTS: behind.refs}), "shown",
                    lang)


def _evidence_table(ds: Dataset, found: pd.DataFrame, lang: str) -> pd.DataFrame:
    titles = dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))
    return pd.DataFrame({
        i18n.t("col_shown", lang): found["shown"],
        i18n.t("col_fact", lang): found["fact"],
        i18n.t("col_evidence", lang): found["evidence"],
        i18n.t("col_source", lang): found["source_id"].map(titles),
        i18n.t("col_modality", lang): _modality_labels(found["modality"], lang),
        i18n.t("col_inferred", lang): _inferred_labels(found["inferred"], lang),
        i18n.t("col_fact_ref", lang): found["ref"],
    })


@entry
def _sources_here(ds: Dataset) -> dict[str, SourceText]:
    """The source texts present here, read and cut into sentences once per data version, not
    on each rerun or for each list of excerpts."""
    return source_texts(ds.sources)


def in_source(ds: Dataset, source_ids: Iterable[str],
              excerpts: Iterable[tuple[str, ...]]) -> list[tuple[InContext, ...]]:
    """Per fact (its source and its excerpts), each excerpt in its context in the source
    (data.context): what a click on an excerpt opens."""
    texts = _sources_here(ds)
    return [tuple(in_context(texts, source_id, e) for e in row)
            for source_id, row in zip(source_ids, excerpts, strict=True)]


def evidence_column(found: pd.DataFrame, ds: Dataset, lang: str) -> dict[str, Quotes]:
    """The evidence column of a list of facts (with source_id and excerpts) with each excerpt's
    context, for viz.tables.table_html's `in_source`."""
    return {i18n.t("col_evidence", lang): in_source(ds, found["source_id"], found["excerpts"])}


@entry
def _evidence_html(ds: Dataset, behind: Behind, label: str, lang: str) -> Markup:
    """The list as the page shows it (viz.tables), each excerpt with its context in the
    source; made when a reader first opens it."""
    found = _evidence(ds, behind, lang)
    return table_html(_evidence_table(ds, found, lang), label, lang,
                      evidence_column(found, ds, lang))


def facts_list(behind: Behind, name: str = "") -> None:
    """The facts behind the shown rows, with their excerpts: what "Hoe weten we dit?" opens."""
    label = t("card_facts") + (f": {name}" if name else "")
    show_markup(_evidence_html(dataset(), behind, label, current()))


@dataclass(frozen=True)
class Sourced:
    """What is not a card's table (a case card, a panel, key figures): its source line and
    the facts behind it."""

    source: SourceLine
    behind: Behind
    key: str  # its popover's: named by what it lists, so it stays open across reruns

    @classmethod
    def of(cls, ds: Dataset, facts: Iterable[str] | pd.DataFrame, lang: str) -> "Sourced":
        """`facts` is a table with FACTS (its first column naming each row) or plain
        references."""
        behind = Behind.of(facts) if isinstance(facts, pd.DataFrame) else Behind.refs_only(facts)
        return cls(SourceLine.of_facts(ds, behind.all_refs(), lang), behind,
                   f"facts-{zlib.crc32(repr(behind).encode()):08x}")


def sourced_by(sourced: Sourced) -> None:
    """The source line with the facts behind it one click away, on one line."""
    line = st.container(horizontal=True, vertical_alignment="center")
    line.caption(sourced.source.markdown())
    with line:
        panel = opened_popover("card_tab_facts", sourced.key,
                               icon=":material/format_quote:")
    if panel is not None:
        with panel:
            facts_list(sourced.behind)
