"""Each kind of fact in words, with how sure it is.

Cards, lists, tables, hovers, slides, the deck, the factsheet and the downloads all word a
fact through these functions, so a plan, an aim or an exploration never reads as practice and
an inference never as stated, whichever screen shows it. The marker itself is
`i18n.certainty`; these functions decide where it goes in each kind of fact.
"""

from collections.abc import Iterable

import pandas as pd

from dashboard.data.schemas import own_words
from dashboard.i18n import certainty, label, t, with_modality
from dashboard.i18n.formatting import metric_label
from dashboard.topics.roles import Role, sure


def _lower_first(text: str) -> str:
    """'Verkent deelname' → 'verkent deelname' inside parentheses; 'CJG' stays as it is."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def role(code: str, modality: str | None, inferred: bool, lang: str) -> str:
    """A participant's role with its certainty: 'Verkent deelname (gaande)'."""
    return with_modality(label("role", code, lang), modality, lang, inferred)


def roles(taken: Iterable[Role], lang: str) -> str:
    """Several roles, each with its certainty: 'Partner, Verkent deelname (gaande)'."""
    return ", ".join(role(r.role, r.modality, r.inferred, lang) for r in taken)


def organisation(name: str, taken: Iterable[Role], lang: str) -> str:
    """An organisation's name, marked when none of its roles is practised on a stated tie:
    'Alert4you — gaande' in a list of names that says nothing else about it. A dash, as for a
    participant, since many names carry parentheses of their own."""
    taken = tuple(taken)
    if sure(taken):
        return name
    return f"{name} — {certainty(taken[0].modality, taken[0].inferred, lang)}"


def how_sure(modality: str, inferred: bool, lang: str) -> str:
    """A 'Hoe zeker' cell: the modality in words, and 'afgeleid' when the fact rests on an
    inference ('Gaande; afgeleid'), so an inferred fact never reads as stated."""
    name = label("modality", modality, lang)
    return f"{name}; {certainty(None, True, lang)}" if inferred else name


def participant(name: str, code: str, modality: str | None, inferred: bool, lang: str) -> str:
    """An organisation taking part: 'Alert4you — verkent deelname (gaande)',
    'Goudwinde — partner'. A dash rather than parentheses, since many names carry their own."""
    return f"{name} — {_lower_first(role(code, modality, inferred, lang))}"


def relation(kind: str, modality: str | None, inferred: bool, lang: str) -> str:
    """A tie's kind with its certainty, for a row that names both ends apart:
    'Verkenning (gaande)'."""
    return with_modality(label("relation_kind", kind, lang), modality, lang, inferred)


def tie(source: str, target: str, kind: str, modality: str | None, inferred: bool,
        lang: str) -> str:
    """A tie in one line: 'Elker → SKSG: coaching', 'Alert4you → NJI: verkenning (gaande)'."""
    return f"{source} → {target}: {_lower_first(relation(kind, modality, inferred, lang))}"


def approach(code: str, modality: str | None, inferred: bool, lang: str) -> str:
    """An element of a way of working: 'Positief opvoeden (overwogen)', '(Sociale)
    wijkteams (afgeleid)'."""
    return with_modality(label("approach", code, lang), modality, lang, inferred)


def figure(metric: str, per: str | None, modality: str | None, lang: str) -> str:
    """What a figure counts, with its unit and certainty: 'Groepen per locatie (gepland,
    met datum)'."""
    return metric_label(metric, per, lang, modality)


def statement(summary: str, modality: str | None, lang: str) -> str:
    """A statement in our own words: 'Alert4you wil … (voornemen of doel)'."""
    return with_modality(summary, modality, lang)


def event(title: str, modality: str | None, lang: str) -> str:
    """An event's title: 'Tweede werkplaats (gepland, met datum)'."""
    return with_modality(title, modality, lang)


def partners_per_sector(partners: pd.DataFrame, lang: str) -> tuple[tuple[str, str], ...]:
    """('Kinderopvang', 'Goudwinde — partner'), …: a `topics.places.partners_by_sector` table
    as one line per sector, each organisation with its role and certainty."""
    lines: dict[str, list[str]] = {}
    for sector, name, code, modality, inferred in zip(
            partners["sector"], own_words(partners, "name", lang), partners["role"],
            partners["modality"], partners["inferred"], strict=True):
        lines.setdefault(sector, []).append(participant(name, code, modality, inferred, lang))
    return tuple((label("sector", sector, lang), "; ".join(names))
                 for sector, names in lines.items())


def count_of(total: int, unsure: Iterable[tuple[str | None, bool]], lang: str) -> str:
    """A count that says what it includes that is not stated practice, from each such item's
    (modality, inferred): '6 (waarvan 3 gaande)', '8 (waarvan 1 gaande en afgeleid, 2
    afgeleid)'."""
    kinds: dict[str, int] = {}
    for modality, guessed in unsure:
        parts = certainty(modality, guessed, lang).split("; ")
        marker = parts[0] if len(parts) == 1 else t("list_and", lang, rest=parts[0],
                                                    last=parts[1])
        kinds[marker] = kinds.get(marker, 0) + 1
    if not kinds:
        return str(total)
    rest = ", ".join(f"{n} {marker}" for marker, n in kinds.items())
    return t("count_with_unsure", lang, count=total, rest=rest)


def wave(name: str, status: str, lang: str) -> str:
    """A monitor wave by name, with its status when it is not yet held: 'Tweede meting
    NJI-monitor (gepland)'."""
    if status == "completed":
        return name
    return f"{name} ({_lower_first(label('wave_status', status, lang))})"
