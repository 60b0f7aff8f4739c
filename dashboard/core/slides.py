"""The order of a workshop presentation, derived from the data.

One slide per featured case, so adding a case to the data adds a slide; the rest frame the
story: the programme first, then the cases, what the monitor found, the timeline, and last
what is still unknown.
"""

from dataclasses import dataclass

from dashboard.core.dataset import Dataset
from dashboard.core.memo import memo
from dashboard.core.overview import case_studies


@dataclass(frozen=True)
class Slide:
    kind: str  # overview | case | monitor | timeline | unknowns
    initiative_id: str | None = None


@memo
def slide_plan(ds: Dataset) -> tuple[Slide, ...]:
    """Every slide in presentation order."""
    cases = tuple(Slide("case", i) for i in case_studies(ds)["initiative_id"])
    return (Slide("overview"), *cases, Slide("monitor"), Slide("timeline"), Slide("unknowns"))

