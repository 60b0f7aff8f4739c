"""Chart titles that state the takeaway, in the session's language.

The sentences live in `dashboard.content.takeaways` (pure Python, so the downloadable deck says
exactly what the pages and slides say); these bind them to the language of the run.
"""

from collections.abc import Mapping

import networkx as nx
import pandas as pd

from dashboard.content import takeaways
from dashboard.topics.overview import Headline, PartialDate
from dashboard.ui.lang import current


def core(key: Headline, sectors: pd.DataFrame) -> list[str]:
    return takeaways.core(key, sectors, current())


def currency(newest: PartialDate, sources: int) -> str:
    return takeaways.currency(newest, sources, current())


def sectors_title(counts: pd.DataFrame) -> str:
    return takeaways.sectors_title(counts, current())


def network_title(name: str, graph: nx.MultiDiGraph) -> str:
    return takeaways.network_title(name, graph, current())


def programme_title(graph: nx.MultiDiGraph) -> str:
    return takeaways.programme_title(graph, current())


def waves_title(waves: pd.DataFrame) -> str:
    return takeaways.waves_title(waves, current())


def ratings_title(ratings: pd.DataFrame) -> str:
    return takeaways.ratings_title(ratings, current())


def timeline_title(spans: pd.DataFrame, events: pd.DataFrame) -> str:
    return takeaways.timeline_title(spans, events, current())


def approach_title(matrix: pd.DataFrame) -> str:
    return takeaways.approach_title(matrix, current())


def coverage_title(frame: pd.DataFrame, names: Mapping[str, str]) -> str:
    return takeaways.coverage_title(frame, names, current())
