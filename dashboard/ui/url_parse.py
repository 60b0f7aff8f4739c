"""Reading a link's parameters against what each may hold, and writing values back as text.

A link may be old, mistyped, truncated or crafted. Each parameter declares what it may hold
(known values, a whole number in a range, free text of bounded length, one of a few words);
`parse` turns the raw values into clean ones plus, per parameter, what was refused. It never
raises, whatever the link holds, and it bounds the work: a parameter keeps at most `limit`
values, a value longer than MAX_VALUE_LENGTH is refused without being looked at, and repeated
values fold into one. `to_text` is its inverse, so a value survives the round trip through a
shared link. No Streamlit here: `ui.url` does the reading and writing of the page's URL.
"""

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

MAX_VALUE_LENGTH = 100  # longer than any id, code or number of this dataset
MAX_VALUES = 20  # a shared link chooses a handful of initiatives, never hundreds
MAX_REFUSED_SHOWN = 3  # a notice names this many refused values, then counts the rest
# ASCII digits only: str.isdigit() also accepts '²' and '١٢', which int() then refuses.
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Choice:
    """Values from a known set; `many` reads a comma-separated list of at most `limit`."""

    allowed: Collection[str]
    many: bool = False
    limit: int = MAX_VALUES


@dataclass(frozen=True)
class Number:
    """A whole number written in ASCII digits, from `low` to `high` inclusive."""

    low: int
    high: int


@dataclass(frozen=True)
class Text:
    """Free text (a search), cut to `max_length` characters."""

    max_length: int = 200


@dataclass(frozen=True)
class Word:
    """One of a few words, each standing for a value (`?monitor=1` for a switch that is on).

    No usable word stands for `default`, which a link leaves out: the plain link is the page's
    opening view, and only a change from it is written.
    """

    means: Mapping[str, object]
    default: object = None


Kind = Choice | Number | Text | Word


@dataclass(frozen=True)
class Parsed:
    """The clean value of each parameter of the schema and what was refused, per parameter.

    A value is None (single), an empty list (many), "" (text) or the word's default when the
    link does not give a usable one.
    """

    values: dict[str, object]
    refused: dict[str, list[str]] = field(default_factory=dict)


def parse(schema: Mapping[str, Kind], raw: Mapping[str, Sequence[str]]) -> Parsed:
    """Each parameter of `schema` read from `raw` (every value given for a key, in order)."""
    values: dict[str, object] = {}
    refused: dict[str, list[str]] = {}
    for key, kind in schema.items():
        given = list(raw.get(key, ()))
        value, bad = _read(kind, given)
        values[key] = value
        if bad:
            refused[key] = bad
    return Parsed(values, refused)


def to_text(kind: Kind, value: object) -> str:
    """`value` as a link writes it; "" for an empty value (or a word's default), which the
    link then leaves out."""
    if isinstance(kind, Word):
        if value == kind.default:
            return ""
        return next((word for word, meant in kind.means.items() if meant == value), "")
    if isinstance(kind, Choice) and kind.many:
        return ",".join(value) if isinstance(value, list | tuple) else ""
    return "" if value is None else str(value)


def _read(kind: Kind, given: list[str]) -> tuple[object, list[str]]:
    if isinstance(kind, Text):
        text = given[-1] if given else ""
        if len(text) > kind.max_length:
            return text[: kind.max_length], [text]
        return text, []
    if isinstance(kind, Choice) and kind.many:
        parts = [p.strip() for value in given for p in _split(value)]
        return _choose(kind, [p for p in parts if p], kind.limit)
    candidates = [v.strip() for v in given if v.strip()]
    chosen, bad = _choose(kind, candidates, 1)
    if isinstance(kind, Word):
        return (kind.means[chosen[0]] if chosen else kind.default), bad
    return (chosen[0] if chosen else None), bad


def _split(value: str) -> list[str]:
    # An overlong value is refused whole rather than split into thousands of parts.
    return [value] if len(value) > MAX_VALUES * MAX_VALUE_LENGTH else value.split(",")


def _choose(kind: Choice | Number | Word, candidates: list[str],
            limit: int) -> tuple[list, list[str]]:
    """Known values in order, duplicates folded, at most `limit`; the rest is refused."""
    chosen: list = []
    refused: list[str] = []
    for candidate in dict.fromkeys(candidates):
        value = _known(kind, candidate)
        if value is None:
            refused.append(candidate)
        elif value not in chosen:
            if len(chosen) < limit:
                chosen.append(value)
            else:
                refused.append(candidate)
    return chosen, refused


def _known(kind: Choice | Number | Word, candidate: str) -> object:
    if len(candidate) > MAX_VALUE_LENGTH:
        return None
    if isinstance(kind, Choice):
        return candidate if candidate in kind.allowed else None
    if isinstance(kind, Word):
        return candidate if candidate in kind.means else None
    if not _DIGITS.fullmatch(candidate) or len(candidate) > len(str(kind.high)):
        return None  # checked before int(): no huge or non-ASCII number is converted
    number = int(candidate)
    return number if kind.low <= number <= kind.high else None


def shown(refused: list[str], width: int = 40) -> tuple[str, int]:
    """The first refused values as one short text (each cut to `width`) and how many more."""
    cut = [v if len(v) <= width else v[: width - 1] + "…" for v in refused[:MAX_REFUSED_SHOWN]]
    return "; ".join(cut), max(0, len(refused) - MAX_REFUSED_SHOWN)
