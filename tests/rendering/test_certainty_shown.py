"""Every text that shows a fact says how sure it is, wherever it is shown (issue 27).

A copy of the fixture gets one fact per kind that is planned, intended, considered or
inferred, each on a subject nothing else names (tests/rendering/broken.py). Everything a
reader can see or download is then collected as small text units (tests/rendering/collect.py):
every page in both languages with its tables and facts open, every slide, every card's
downloads, every factsheet, the offline deck and the dataset zip. Each unit that shows one of
those facts must carry its words of `i18n.certainty` ("gepland, met datum", "afgeleid"); the
failure lists, per kind, the texts that do not, with where they were seen.
"""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from dashboard.data import Dataset, load_dataset
from dashboard.data.schemas import EVIDENCE_COLUMNS
from tests.fixture_data import copy_of_fixture
from tests.rendering.broken import CONTROL, KINDS, Fact, break_data
from tests.rendering.check import EXEMPTIONS, language, shows, stray, unmarked
from tests.rendering.collect import everything
from tests.rendering.units import Unit
from tests.robustness.hostile import hostile_env

SHOWN = 160  # characters of a unit's text in a failure message
STATES = (" (tabel)", " (hoe weten we dit)")
EXCERPTS = (*EVIDENCE_COLUMNS, "programme_evidence", "programme_evidence_2")


@dataclass(frozen=True)
class Rendered:
    units: list[Unit]
    excerpts: frozenset[str]


def _excerpts(ds: Dataset) -> Iterator[str]:
    for frame in ds.tables().values():
        for column in EXCERPTS:
            if column in frame:
                yield from (str(v) for v in frame[column].dropna() if str(v).strip())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Everything a reader gets of the fixture with the broken facts added."""
    data = break_data(copy_of_fixture(tmp_path_factory.mktemp("certainty")))
    env = hostile_env(data)
    with pytest.MonkeyPatch.context() as patch:
        units = everything(env, patch)
        ds = load_dataset(data)
    return Rendered(units, frozenset(_excerpts(ds)))


def _where(place: str) -> str:
    """A view's place without which of its tabs was open: the same text in two states is
    one finding."""
    for state in STATES:
        place = place.removesuffix(state)
    return place


def shown(text: str, fact: Fact) -> str:
    """A long text as its start and the part around the fact's subject."""
    if len(text) <= SHOWN:
        return text
    at = min((i for word in (*fact.subject["nl"], *fact.subject["en"])
              if (i := text.casefold().find(word.casefold())) >= 0), default=0)
    if at < SHOWN // 2:
        return text[:SHOWN] + "…"
    return f"{text[:SHOWN // 3]}…{text[at - SHOWN // 6:at + SHOWN // 2]}…"


def report(fact: Fact, found: list[Unit], what: str) -> str:
    """Per distinct text, where it was seen; short enough to read, precise enough to find."""
    places: dict[str, list[str]] = {}
    for unit in found:
        seen = places.setdefault(shown(unit.text, fact), [])
        if _where(unit.place) not in seen:
            seen.append(_where(unit.place))
    words = " / ".join(f"'{fact.marker(lang)}' ({lang})" for lang in ("nl", "en"))
    lines = [f"{fact.kind}: {len(places)} texts {what} {words if fact.marker('nl') else ''}"]
    for text, seen in places.items():
        lines.append(f"- {text!r}\n    at {'; '.join(seen)}")
    return "\n".join(lines)


def test_the_broken_facts_are_shown(rendered):
    """The harness finds each broken fact somewhere in both languages: a kind that is shown
    nowhere would pass the test below for the wrong reason."""
    for fact in (*KINDS, CONTROL):
        others = tuple(rendered.excerpts - fact.excerpts())
        langs = {language(u) for u in rendered.units
                 if language(u) and shows(fact, u, language(u), others)}
        assert langs == {"nl", "en"}, fact.kind


@pytest.mark.parametrize("fact", KINDS, ids=[fact.kind for fact in KINDS])
def test_every_text_that_shows_a_fact_says_how_sure_it_is(rendered, fact):
    found = unmarked(fact, rendered.units, rendered.excerpts)
    if found:
        pytest.fail(report(fact, found, "lack"), pytrace=False)


def test_every_exemption_is_needed(rendered):
    """An exemption that no unit needs any more is taken out of the list."""
    used: set[str] = set()
    for fact in KINDS:
        unmarked(fact, rendered.units, rendered.excerpts, used)
    assert {e.reason for e in EXEMPTIONS} == used


def test_a_stated_fact_in_practice_is_not_marked(rendered):
    found = stray(CONTROL, KINDS, rendered.units, rendered.excerpts)
    if found:
        pytest.fail(report(CONTROL, found, "carry a certainty word:"), pytrace=False)
