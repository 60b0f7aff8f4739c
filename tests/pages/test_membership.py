"""A membership line is true for every card it is shown on: it names the card's own programme,
says when it is inferred, and says so on every page that shows it (issue 12).

On the fixture: Assen is a BSO pilot as its source states; Groningen's BSO pilot membership
and Lent's place in the experiments with day programmes are inferred."""

from tests.pages.apptest import run_app

ASSEN = "Onderdeel van Alert4you in de BSO: genoemd in de bron"
GRONINGEN = "Onderdeel van Alert4you in de BSO: afgeleid uit de bron"
LENT = "Onderdeel van Experimenten dagarrangementen: afgeleid uit de bron"
ENGLISH = {"assen": "Part of Alert4you in de BSO: stated in the source",
           "groningen": "Part of Alert4you in de BSO: inferred from the source",
           "lent": "Part of Experimenten dagarrangementen: inferred from the source"}
# Why each inferred membership is inferred, as the sources give it.
GRONINGEN_WHY = {
    "nl": "De teams van het project bespraken de resultaten van het NJI-monitoronderzoek dat "
          "onder alle projecten van Alert4you in de BSO werd gehouden; dat het project zelf een "
          "van die BSO-pilots is, zegt geen van beide bronnen met zoveel woorden.",
    "en": "The project's teams discussed the results of the NJI monitor held among all "
          "projects of Alert4you in de BSO; neither source says in so many words that the "
          "project itself is one of those BSO pilots.",
}
LENT_WHY = {
    "nl": "In Lent experimenteren scholen met dagarrangementen, en de Lentse basisschool Het "
          "Talent biedt een dagarrangement aan; dat het dagarrangement van Het Talent dat "
          "experiment is, zegt de bron niet met zoveel woorden.",
    "en": "Schools in Lent experiment with day programmes, and Het Talent, a primary school in "
          "Lent, offers one; the source does not say in so many words that Het Talent's day "
          "programme is that experiment.",
}


def shown(at) -> str:
    """Markdown and captions as a reader sees them (escapes removed)."""
    return " ".join([*(m.value for m in at.markdown), *(c.value for c in at.caption)]
                    ).replace("\\", "")


def test_case_cards_show_each_case_its_own_membership_and_no_other():
    text = shown(run_app("views/overzicht.py"))
    assert [text.count(line) for line in (ASSEN, GRONINGEN, LENT)] == [1, 1, 1]
    # Neither the other way of knowing for the same programmes, nor Almere's (no case).
    for line in ("Onderdeel van Experimenten dagarrangementen: genoemd in de bron",
                 "Onderdeel van Alert4you vroegstimulering basisschoolleeftijd",
                 "Geen programma genoemd in de bronnen"):
        assert line not in text


def test_inferred_memberships_are_marked_with_their_reasoning_in_both_languages():
    dutch = shown(run_app("views/overzicht.py"))
    english = shown(run_app("views/overzicht.py", lang="en"))
    for why in (GRONINGEN_WHY, LENT_WHY):
        assert why["nl"] in dutch and why["en"] in english
    assert [english.count(line) for line in ENGLISH.values()] == [1, 1, 1]


def test_the_map_panel_marks_an_inferred_membership():
    text = shown(run_app("views/kaart.py", gemeente="GM0014"))
    assert GRONINGEN in text
    assert "Onderdeel van Alert4you in de BSO: genoemd in de bron" not in text


def test_a_case_slide_says_how_its_membership_is_known():
    at = run_app("views/presentatie.py", slide="4")  # Groningen's slide
    assert "Samen in de BSO-groep" in [title.value for title in at.title]
    assert GRONINGEN in shown(at)
