"""Which programme each initiative belongs to, and how that is known.

A membership may be stated in a source or inferred from it; an inferred one must say so
wherever it is shown, with the excerpts it rests on and the reasoning, so every page takes
it from here rather than reading `programme_basis` itself.
"""

from dataclasses import dataclass

import pandas as pd

from dashboard.data import vocab
from dashboard.data.dataset import Dataset


@dataclass(frozen=True)
class Membership:
    """One initiative's membership of one programme."""

    initiative_id: str
    programme_id: str
    programme: str
    inferred: bool
    reasoning_nl: str | None
    reasoning_en: str | None
    source_id: str
    excerpts: tuple[str, ...]

    def reasoning(self, lang: str) -> str | None:
        return self.reasoning_nl if lang == "nl" else self.reasoning_en


def _text(value) -> str | None:
    return None if pd.isna(value) else str(value)


def memberships(ds: Dataset) -> dict[str, Membership]:
    """initiative_id -> its membership, for every initiative that belongs to a programme."""
    names = dict(zip(ds.programmes["programme_id"], ds.programmes["name"], strict=True))
    found = {}
    for row in ds.initiatives[ds.initiatives["programme_id"].notna()].itertuples(index=False):
        found[row.initiative_id] = Membership(
            row.initiative_id, row.programme_id, names.get(row.programme_id, row.programme_id),
            row.programme_basis == "inferred", _text(row.programme_inference),
            _text(row.programme_inference_en), row.source_id,
            tuple(e for e in (_text(row.programme_evidence), _text(row.programme_evidence_2))
                  if e))
    return found


def inferred_kinds(initiatives: pd.DataFrame) -> list[str]:
    """The kinds among `initiatives` that rest only on inferred programme memberships (in
    vocabulary order): a municipality whose only BSO project is inferred to be one is a BSO
    project municipality by inference, and its kind label says so."""
    inferred = (initiatives["programme_basis"] == "inferred").fillna(False).astype(bool)
    return [k for k in vocab.INITIATIVE_KINDS
            if (initiatives["kind"] == k).any() and inferred[initiatives["kind"] == k].all()]
