"""Which text units show a fact, and whether they say how sure it is.

A unit shows a broken fact (tests/rendering/broken.py) when it names the fact's subject
(`Fact.subject`, in the unit's language; `Fact.context` may stand in the heading it is
under), once the excerpts of other facts are taken out of it: a download row's excerpts
column quoting an organisation's register row does not show that organisation's
participation. A row of a list of facts (Bronnen, "Hoe weten we dit?") is the fact its excerpt
cell quotes, and shows ours when it quotes our fact's excerpt.

A unit that shows the fact is marked when it carries the words of `i18n.certainty` for the
fact in its language, case-insensitive (each part of "gaande; afgeleid" anywhere in it); a
row of a list of facts, when its "how certain" and "inferred" cells carry them (the two parts
stand in those two columns). A row of the raw data in the dataset zip speaks the data's
codes: a cell holds the fact's modality, basis or status code.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dashboard import i18n
from dashboard.data import vocab
from tests.rendering.broken import HOME_NAMES, KINDS, Fact
from tests.rendering.units import Unit

_LANG = re.compile(r"lang=(nl|en)\b|\((nl|en)\)")
RAW_DATA = "dataset zip"


@dataclass(frozen=True)
class Exemption:
    """Units that name a subject without showing its fact, and why."""

    kinds: tuple[str, ...]
    applies: Callable[[Unit, str, Fact], bool]
    reason: str


# Kept minimal: each names the subject but not the fact, for the reason given.
EXEMPTIONS = (
    # A factsheet lists, per source, the sources' own words its facts rest on: a verbatim
    # quote is the evidence, worded as the source words it, not the fact as the app states it.
    Exemption(tuple(fact.kind for fact in KINDS),
              lambda unit, lang, fact: unit.text in {f"“{e}”" for e in fact.excerpts()},
              "a verbatim excerpt in a factsheet's list of sources"),
    # The case map's square lists an initiative's partners, one a line: it names both
    # organisations of a tie as partners, not the tie (the map draws that as a line).
    Exemption(("relation",),
              lambda unit, lang, fact: unit.text.startswith(i18n.t("map_tip_partners", lang)),
              "the case map's list of partners"),
    # The register of organisations (organisations.csv) lists every organisation, whatever
    # it does; the organisation's participation or tie is in participants.csv/relations.csv.
    Exemption(("participant", "relation"),
              lambda unit, lang, fact: unit.place == f"{RAW_DATA} organisations.csv",
              "the raw register of organisations in the dataset zip"),
    # The approach grid has a cell for every chosen initiative and element: for those that do
    # not mention the element it says so, which is no fact of theirs and not ours either.
    Exemption(("approach",),
              lambda unit, lang, fact: unit.text.endswith(i18n.t("compare_not_mentioned", lang))
              and not any(name in unit.text for name in HOME_NAMES),
              "the comparison's cell of another initiative that does not mention the element"),
)


def language(unit: Unit) -> str | None:
    """The language the unit was made in; None for the raw data, which has none."""
    found = _LANG.search(unit.place)
    return (found.group(1) or found.group(2)) if found else None


def _without(text: str, excerpts: Iterable[str]) -> str:
    for excerpt in excerpts:
        text = text.replace(excerpt, " ")
    return text


def shows(fact: Fact, unit: Unit, lang: str, others: tuple[str, ...]) -> bool:
    if unit.excerpt is not None:
        return any(excerpt in unit.excerpt for excerpt in fact.excerpts())
    text = _without(unit.text, others).casefold()
    named = all(word.casefold() in text for word in fact.subject[lang])
    around = f"{text} {unit.context.casefold()}"
    return named and all(word.casefold() in around for word in fact.context)


def marked(fact: Fact, unit: Unit, lang: str | None) -> bool:
    if lang is None:
        return fact.code in re.split(r"\s*\|\s*", unit.text)
    text = (unit.text if unit.certainty is None else unit.certainty).casefold()
    if fact.context:
        # A fact said under a heading (a membership, under the initiative's name or the
        # programme's section) is marked when the heading says how sure it is.
        text = f"{text} {unit.context.casefold()}"
    return all(part.casefold() in text for part in fact.marker(lang).split("; "))


def excerpts_but(fact: Fact, excerpts: Iterable[str]) -> tuple[str, ...]:
    """The dataset's `excerpts` but `fact`'s, longest first (so a longer one is taken out
    before an excerpt inside it)."""
    return tuple(sorted(set(excerpts) - fact.excerpts(), key=len, reverse=True))


def unmarked(fact: Fact, units: Iterable[Unit], excerpts: Iterable[str],
             used: set[str] | None = None) -> list[Unit]:
    """The units that show `fact` without saying how sure it is, but the exempted (whose
    reasons are added to `used`). `excerpts` are every excerpt of the dataset."""
    others = excerpts_but(fact, excerpts)
    exemptions = [e for e in EXEMPTIONS if fact.kind in e.kinds]
    found = []
    for unit in units:
        lang = language(unit)
        for words in ([lang] if lang else list(i18n.LANGUAGES)):
            if not shows(fact, unit, words, others):
                continue
            if not marked(fact, unit, lang):
                exempt = [e.reason for e in exemptions if e.applies(unit, words, fact)]
                if used is not None:
                    used.update(exempt)
                if not exempt:
                    found.append(unit)
            break
    return found


def certainty_words(lang: str) -> set[str]:
    """Every word that marks a fact as not stated practice, in `lang`."""
    return {i18n.certainty(m, False, lang) for m in vocab.MODALITIES if m != "in_practice"} | {
        i18n.certainty(None, True, lang)}


def stray(control: Fact, facts: Iterable[Fact], units: Iterable[Unit],
          excerpts: Iterable[str]) -> list[Unit]:
    """The units that show `control` (a stated fact in practice) and carry a certainty word,
    among those that show none of `facts` (which may mark themselves beside it)."""
    excerpts = set(excerpts)
    others = {fact.kind: excerpts_but(fact, excerpts) for fact in (control, *facts)}
    found = []
    for unit in units:
        lang = language(unit)
        if lang is None or not shows(control, unit, lang, others[control.kind]):
            continue
        if any(shows(f, unit, lang, others[f.kind]) for f in facts):
            continue
        text = unit.text.casefold()
        if any(word.casefold() in text for word in certainty_words(lang)):
            found.append(unit)
    return found
