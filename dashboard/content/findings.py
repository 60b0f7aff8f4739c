"""The finding each chart shows, as data (counts, names, codes), never as sentences.

A chart card's title states its takeaway, like a newspaper chart. The words live in i18n and
are filled from these values, so a title stays true when the data or the user's choice
change. Ties are kept, never broken: when two share the top, both are named or counted, and
no title calls one of them "most".
"""

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from dashboard.data.schemas import own_words
from dashboard.i18n import DEFAULT_LANGUAGE
from dashboard.topics.network import UNKNOWN_SECTOR, ties
from dashboard.topics.overview import PartialDate

# --- shared ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Leaders:
    """Everything sharing the highest count, in the order given, and that count."""

    names: tuple[str, ...]
    count: int


def leaders(counts: Mapping[str, int]) -> Leaders | None:
    """Who shares the top; None when nothing counts above zero (there is no top)."""
    top = max(counts.values(), default=0)
    if top <= 0:
        return None
    return Leaders(tuple(name for name, count in counts.items() if count == top), top)


# --- networks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectorTies:
    """How many pairs a network ties in practice on a stated relation, how many of them join
    two known, different sectors (a pair with an organisation of unknown sector is never
    counted as crossing), and how many more pairs are tied only by relations not in practice
    or inferred: counted apart, so a title never counts a plan as a link."""

    ties: int
    cross: int
    unsure: int = 0


def sector_ties(graph: nx.MultiDiGraph) -> SectorTies:
    practised = graph.edge_subgraph([(a, b, k) for a, b, k, d in
                                     graph.edges(keys=True, data=True)
                                     if d["modality"] == "in_practice" and not d["inferred"]])
    simple = ties(practised)
    sectors = [(simple.nodes[a]["sector"], simple.nodes[b]["sector"]) for a, b in simple.edges]
    cross = sum(a != b and UNKNOWN_SECTOR not in (a, b) for a, b in sectors)
    return SectorTies(len(sectors), cross, ties(graph).number_of_edges() - len(sectors))


@dataclass(frozen=True)
class Bridges:
    """The organisations taking part in practice in the most initiatives (by org_id, in name
    order; none when no organisation takes part in practice in more than one), how many, in
    how many more the one leader takes part otherwise (exploring, planned), and the initiatives
    in the network. Ids, not names: the sentence names them in its own language."""

    org_ids: tuple[str, ...]
    count: int
    initiatives: int
    not_yet: int = 0


def top_bridges(graph: nx.MultiDiGraph) -> Bridges:
    """Who connects the most initiatives; ties in name order, so they always read the same."""
    order = sorted(graph.nodes, key=lambda o: (graph.nodes[o]["name"], o))
    joined = {o: len(graph.nodes[o]["practising"]) for o in order}
    top = leaders({o: n for o, n in joined.items() if n > 1})
    every = {i for o in order for i in graph.nodes[o]["initiatives"]}
    if top is None:
        return Bridges((), 0, len(every))
    only = top.names[0] if len(top.names) == 1 else None
    not_yet = len(graph.nodes[only]["initiatives"]) - top.count if only else 0
    return Bridges(tuple(top.names), top.count, len(every), not_yet)


# --- monitor -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaveProgress:
    """How far the monitor is: waves completed (and the latest), planned (and the first),
    each date with its note in `lang` (what the date stands for, e.g. the month the results
    were presented), so a title never passes such a date off as the day a wave was done."""

    completed: int
    planned: int
    last_completed: PartialDate | None
    next_planned: PartialDate | None
    last_note: str | None = None
    next_note: str | None = None


def wave_progress(waves: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> WaveProgress:
    """From `monitor.waves` (date order): done and planned waves with their dates."""
    done = waves[waves["status"] == "completed"]
    planned = waves[waves["status"] == "planned"]
    last = done.iloc[-1] if len(done) else None
    first = planned.iloc[0] if len(planned) else None
    return WaveProgress(
        len(done), len(planned),
        None if last is None else PartialDate(last["date"], last["date_precision"]),
        None if first is None else PartialDate(first["date"], first["date_precision"]),
        _note(last, lang), _note(first, lang))


def _note(wave: pd.Series | None, lang: str) -> str | None:
    """A wave's date note in `lang`, None without a wave or a note."""
    if wave is None or "date_note" not in wave.index:
        return None
    note = own_words(wave, "date_note", lang)
    return note if isinstance(note, str) and note else None


@dataclass(frozen=True)
class RatingSpread:
    """The lowest and highest rating given, over how many ratings and which subjects."""

    subjects: tuple[str, ...]
    count: int
    lowest: str | None
    highest: str | None


def rating_spread(ratings: pd.DataFrame, lang: str = DEFAULT_LANGUAGE) -> RatingSpread:
    """From `monitor.ratings` (rating is an ordered categorical, so min/max follow the scale);
    the subjects in `lang`, the ratings as scale codes ('voldoende') for the caller to label."""
    given = ratings["rating"].dropna()
    if given.empty:
        return RatingSpread((), 0, None, None)
    subjects = own_words(ratings.loc[given.index], "subject", lang)
    return RatingSpread(tuple(dict.fromkeys(subjects)), len(given),
                        str(given.min()), str(given.max()))


# --- timeline ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dating:
    """Which initiatives of a selection have a known period (drawn) and which do not."""

    dated: tuple[str, ...]
    undated: tuple[str, ...]


def dating(spans: pd.DataFrame) -> Dating:
    """From `timeline.initiative_spans`: initiative_ids with and without a known date."""
    dated = spans["dated"].astype(bool)
    return Dating(tuple(spans.loc[dated, "initiative_id"]),
                  tuple(spans.loc[~dated, "initiative_id"]))


# --- compare -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SharedApproaches:
    """The approach elements named for the most chosen initiatives, out of how many chosen."""

    top: Leaders | None
    initiatives: int


def shared_approaches(matrix: pd.DataFrame) -> SharedApproaches:
    """From `compare.approach_matrix`: per element, for how many initiatives the sources name
    it (any modality); elements in vocabulary order."""
    said = matrix[matrix["modality"].notna()]
    counts = said.groupby("approach", sort=False)["initiative_id"].nunique()
    return SharedApproaches(leaders(counts.to_dict()), matrix["initiative_id"].nunique())


@dataclass(frozen=True)
class Coverage:
    """How many core sectors each chosen initiative brings together, out of how many."""

    sectors: int
    complete: tuple[str, ...]  # initiative_ids that bring every sector together
    most: int  # the highest number any one of them brings together


def coverage(frame: pd.DataFrame) -> Coverage:
    """From `compare.sector_coverage`, initiatives in the order chosen."""
    covered = frame.groupby("initiative_id", sort=False)["covered"].sum()
    sectors = frame["sector"].nunique()
    return Coverage(sectors, tuple(i for i, c in covered.items() if sectors and c == sectors),
                    int(covered.max()) if len(covered) else 0)
