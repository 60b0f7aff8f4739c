"""Presentatie: slide navigation through buttons and the URL, and every slide renders."""

import pytest

from dashboard import i18n
from tests.pages.apptest import charts, run_app

PAGE = "views/presentatie.py"
# The fixture's slides: the core, the overview, the three cases, the monitor, the timeline and
# what is not known.
SLIDES = 8
OVERVIEW, ASSEN, TIMELINE = 2, 3, 7


def counter(at) -> str:
    return next(m.value for m in at.markdown if m.value.startswith(("**Dia ", "**Slide ")))


def test_starts_at_the_first_slide_and_records_it_in_the_url():
    at = run_app(PAGE)
    assert counter(at).startswith("**Dia 1 / 8**")
    assert at.query_params["slide"] == ["1"] or at.query_params["slide"] == "1"
    assert at.button[0].disabled  # no previous slide


def test_next_and_previous():
    at = run_app(PAGE)
    at.button[1].click().run()
    assert counter(at).startswith("**Dia 2 /")
    assert at.title[0].value == "BSO-pilots en verwante initiatieven in één oogopslag"
    at.button[1].click().run()
    assert at.title[0].value == "BSO-pilot Assen"
    at.button[0].click().run()
    at.button[0].click().run()
    assert counter(at).startswith("**Dia 1 /")
    assert at.title[0].value == "Kern"


@pytest.mark.parametrize("number", range(1, SLIDES + 1))
def test_every_slide_renders_from_the_url(number):
    at = run_app(PAGE, slide=str(number))
    assert counter(at).startswith(f"**Dia {number} / {SLIDES}**")
    assert at.title, "every slide has a title"
    sources = [c.value for c in at.caption if c.value.startswith(("Bron", "Bronnen"))]
    assert sources, "every slide names its sources"
    assert len(at.expander) == 0, "nothing to open on a projected slide"


def test_case_slide_shows_map_network_figures_and_approach():
    at = run_app(PAGE, slide=str(ASSEN))
    assert at.title[0].value == "BSO-pilot Assen"
    assert len(at.get("deck_gl_json_chart")) == 1
    assert len(charts(at)) == 1
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "Scholen: **12**" in text
    assert "Eigen CJG-contactpersoon per locatie" in text
    assert any("CBS / Kadaster" in c.value for c in at.caption)


def test_unknown_slide_in_the_url_is_a_gentle_notice():
    at = run_app(PAGE, slide="99")
    assert "niet bruikbaar" in at.info[0].value and "99" in at.info[0].value
    assert counter(at).startswith("**Dia 1 /")


def test_in_english():
    at = run_app(PAGE, slide="1", lang="en")
    assert counter(at).startswith("**Slide 1 /")


def bold(at) -> set[str]:
    return {m.value for m in at.markdown if m.value.startswith("**")}


def test_chart_titles_are_the_takeaways_the_pages_show():
    sectors = "**Kinderopvang en onderwijs zijn het vaakst betrokken**"
    assert sectors in bold(run_app())
    assert sectors in bold(run_app(PAGE, slide=str(OVERVIEW)))
    case = ("**BSO-pilot Assen: alle 6 beschreven verbindingen lopen tussen twee sectoren "
            "(en nog 1 niet in praktijk of afgeleid)**")
    assert case in bold(run_app("views/netwerken.py", initiative="assen"))
    assert case in bold(run_app(PAGE, slide=str(ASSEN)))
    timeline = "**Alleen van Samen in de BSO-groep is de looptijd bekend, van 3 andere niet**"
    assert timeline == next(m.value for m in run_app("views/tijdlijn.py").markdown
                            if m.value.startswith("**"))
    assert timeline in bold(run_app(PAGE, slide=str(TIMELINE)))


def test_offers_the_deck_as_one_html_file_built_only_when_clicked():
    at = run_app(PAGE, lang="en")
    buttons = at.get("download_button")
    assert [b.label for b in buttons] == ["Download as one HTML file"]
    assert buttons[0].proto.deferred_file_id  # the deck is made on the click


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_leaving_opens_the_overview_in_the_same_language(lang):
    at = run_app(PAGE, slide="2", lang=lang)
    leave = next(b for b in at.button if b.label == i18n.t("present_exit", lang))
    leave.click().run()
    assert not at.exception
    assert at.title[0].value == i18n.t("overview_title", lang)
    assert at.query_params.get("lang", []) in (([lang], lang) if lang != "nl" else ([],))
