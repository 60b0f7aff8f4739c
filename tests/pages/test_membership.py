"""A membership line is true for every card it is shown on: it names the card's own programme,
says when it is inferred, and says so on every page that shows it (issue 12)."""

from collections import Counter

from dashboard.content.slide_plan import slide_plan
from dashboard.i18n import membership_line
from dashboard.topics.membership import memberships
from tests.pages.apptest import run_app


def shown(at) -> str:
    """Markdown and captions as a reader sees them (escapes removed)."""
    return " ".join([*(m.value for m in at.markdown), *(c.value for c in at.caption)]
                    ).replace("\\", "")


def case_lines(ds, lang: str = "nl") -> Counter:
    members = memberships(ds)
    cases = ds.initiatives.loc[ds.initiatives["case_study"], "initiative_id"]
    return Counter(membership_line(members[i].programme, members[i].inferred, lang)
                   if i in members else membership_line(None, False, lang) for i in cases)


def test_case_cards_show_each_case_its_own_membership_and_no_other(ds):
    text = shown(run_app("views/overzicht.py"))
    expected = case_lines(ds)
    for line, count in expected.items():
        assert text.count(line) == count, line
    every = {membership_line(m.programme, inferred)
             for m in memberships(ds).values() for inferred in (True, False)}
    assert not [line for line in every - set(expected) if line in text]


def test_inferred_memberships_are_marked_with_their_reasoning_in_both_languages(ds):
    cases = set(ds.initiatives.loc[ds.initiatives["case_study"], "initiative_id"])
    inferred = [m for m in memberships(ds).values() if m.inferred and m.initiative_id in cases]
    assert inferred
    dutch = shown(run_app("views/overzicht.py"))
    english = shown(run_app("views/overzicht.py", lang="en"))
    for member in inferred:
        assert member.reasoning("nl") in dutch and member.reasoning("en") in english
    for line, count in case_lines(ds, "en").items():
        assert english.count(line) == count, line


def test_the_map_panel_marks_an_inferred_membership(ds):
    member = next(m for m in memberships(ds).values() if m.inferred)
    gm_code = ds.initiatives.set_index("initiative_id").loc[member.initiative_id, "gm_code"]
    text = shown(run_app("views/kaart.py", gemeente=gm_code))
    assert membership_line(member.programme, True) in text
    assert membership_line(member.programme, False) not in text


def test_a_case_slide_says_how_its_membership_is_known(ds):
    member = next(m for m in memberships(ds).values() if m.inferred)
    name = ds.initiatives.set_index("initiative_id").loc[member.initiative_id, "name"]
    [number] = [n for n, slide in enumerate(slide_plan(ds), start=1)
                if slide.initiative_id == member.initiative_id]
    at = run_app("views/presentatie.py", slide=str(number))
    assert name in [title.value for title in at.title]
    assert membership_line(member.programme, True) in shown(at)
