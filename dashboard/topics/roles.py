"""What an organisation does in the initiatives it takes part in, each role with how sure it
is: a role that is explored or rests on an inference must not be merged into one that is
practised."""

from typing import NamedTuple

import pandas as pd

from dashboard.data import vocab
from dashboard.data.refs import inferred


class Role(NamedTuple):
    """A participant role (participants.role) with its modality and whether it is inferred."""

    role: str
    modality: str | None
    inferred: bool


def roles(members: pd.DataFrame) -> tuple[Role, ...]:
    """The distinct roles of some participants rows, in vocabulary order (role, then
    modality)."""
    found = set(zip(members["role"], members.get("modality", pd.Series(
        "in_practice", index=members.index)), inferred(members), strict=True))
    order = {m: i for i, m in enumerate(vocab.MODALITIES)}
    return tuple(Role(r, m, bool(i)) for r, m, i in sorted(
        found, key=lambda x: (vocab.PARTICIPANT_ROLES.index(x[0]), order.get(x[1], -1), x[2])))


def sure(taken: tuple[Role, ...]) -> bool:
    """Whether an organisation takes part in practice on a stated tie through at least one of
    its roles (or has none recorded): only then is it counted or named without a marker."""
    return not taken or any(r.modality == "in_practice" and not r.inferred for r in taken)
