"""Overzicht: the numbers a wethouder sees, written out for the fixture (tests/fixtures)."""

from dashboard.ui.models.overview import overview
from tests.pages.apptest import (
    charts,
    figures,
    metric_values,
    open_facts,
    page_text,
    run_app,
    shown_tables,
)

# The fixture's three cases, in the order the page shows them.
CASES = ["BSO-pilot Assen", "Samen in de BSO-groep", "Dagarrangement Het Talent, Lent"]


def test_headline_numbers():
    values = metric_values(run_app())
    # 8 pilots declared; Assen named as one, Groningen inferred; 22 organisations; the four
    # initiatives in Assen, Groningen, Almere and Nijmegen.
    assert values["BSO-pilots in het programma"] == "8"
    assert values["Daarvan te herkennen in de bronnen"] == "2"
    assert values["Nog niet geïdentificeerd"] == "6"
    assert values["Organisaties"] == "22"
    assert values["Gemeenten"] == "4"
    # The fixture's earliest fact is the 2005 motion, its latest Groningen's end in 2014.
    assert values["Periode in de bronnen"] == "2005–2014"


def test_every_case_with_its_source():
    at = run_app()
    names = [s.value for s in at.subheader]
    assert [name for name in names if name in CASES] == CASES
    assert sum("Bron: " in c.value for c in at.caption) >= 3


def test_every_chart_and_table_has_a_source_line():
    at = run_app()
    # A chart's table alternative is drawn only once opened: every table shown is a card.
    cards = len(charts(at)) + len(shown_tables(at))
    lines = [c.value for c in at.caption if c.value.startswith(("Bron:", "Bronnen:"))]
    assert cards == 2
    assert len(lines) >= cards + 3  # and one per case


def test_sector_chart_counts_all_organisations():
    [figure] = figures(run_app())
    assert sum(figure.data[0].x) == 22


def test_what_we_do_not_know():
    text = page_text(run_app())
    assert "Welke 6 BSO-pilots er nog meer zijn" in text
    assert "Cijfermatige resultaten van de monitor" in text


def test_in_english():
    at = run_app(lang="en")
    assert "BSO pilots in the programme" in metric_values(at)


def test_cards_offer_downloads_and_a_table_alternative():
    at = run_app()
    labels = [b.label for b in at.get("download_button")]
    assert labels.count("CSV") == 2
    assert labels.count("Excel") == 2
    assert [tab.label for tab in at.tabs][:3] == ["Grafiek", "Tabel", "Hoe weten we dit?"]


def test_one_factsheet_button_per_case_and_one_for_any_initiative():
    at = run_app()
    buttons = [b for b in at.get("download_button") if b.label == "Factsheet (afdrukbaar)"]
    assert [b.proto.id.split("-factsheet-")[-1] for b in buttons] == ["assen", "groningen",
                                                                       "lent", "any"]
    assert all(b.proto.deferred_file_id and b.proto.ignore_rerun for b in buttons)


def test_every_initiative_has_a_factsheet_also_one_that_is_no_case(ds):
    at = run_app()
    [picker] = [s for s in at.selectbox if s.key == "overview_factsheet"]
    # Every initiative of the fixture, in file order; the front-runner Almere is no case.
    assert picker.options == ["BSO-pilot Assen", "Samen in de BSO-groep",
                              "Dagarrangement Het Talent, Lent", "Gemeentelijke koploper Almere"]
    picker.select("koploper-almere").run()
    assert not at.exception
    assert [b for b in at.get("download_button") if b.proto.id.endswith("-factsheet-any")]
    files = {sheet.initiative_id: sheet.file for sheet in overview(ds, "nl").factsheets}
    assert files["koploper-almere"] == "factsheet-koploper-almere.html"


def test_sector_chart_title_states_the_takeaway():
    title = "**Kinderopvang en onderwijs zijn het vaakst betrokken**"
    assert any(m.value == title for m in run_app().markdown)
    english = run_app(lang="en").markdown
    # The fixture has four childcare and four education organisations, three municipalities.
    assert any(m.value == "**Childcare and education are involved most often**"
               for m in english)


def test_opens_with_the_core_in_plain_words_and_how_current_the_data_are():
    at = run_app()
    assert at.caption[0].value == "Stand van de gegevens: 2013, de datum van de nieuwste van 2 " \
                                  "bronnen."
    assert at.subheader[0].value == "Kern"
    assert at.markdown[0].value.replace("\\", "").splitlines() == [
        "- Het programma telt 8 BSO-pilots: 1 noemen de bronnen als pilot, 1 is uit de bronnen "
        "afgeleid, en de andere 6 noemen de bronnen niet.",
        "- De bronnen noemen 22 organisaties; de initiatieven liggen in 4 gemeenten, en wat de "
        "bronnen beschrijven loopt van 2005 tot januari 2014.",
        "- Kinderopvang en onderwijs zijn het vaakst betrokken.",
    ]
    english = run_app(lang="en")
    assert english.subheader[0].value == "In short"
    assert english.markdown[0].value.replace("\\", "").splitlines()[0] == (
        "- The programme has 8 BSO pilots: the sources name 1 as a pilot, 1 is inferred from "
        "them, and the sources do not name the other 6.")


def test_a_cards_excerpts_open_their_context_in_the_source():
    at = open_facts(run_app())
    listed = [e.value for e in at.get("html") if "Vindplaats (tabel:regel)" in e.value]
    assert listed and all('<small>In de bron</small></summary>' in html
                          for html in listed)
    assert any("<mark>" in html for html in listed)


def test_the_intro_claims_only_what_holds_for_every_initiative_listed():
    """The page also lists a municipal front-runner (Almere), whose source mentions no youth
    care, CJG or children needing extra support: the intro says what each kind is."""
    at = run_app()
    assert at.title[0].value == "BSO-pilots en verwante initiatieven in één oogopslag"
    intro = page_text(at)
    assert ("BSO-pilots en praktijkvoorbeelden waarin kinderopvang of BSO samenwerkt met "
            "jeugdzorg, scholen of het CJG, en de andere initiatieven die dezelfde nieuwsbrieven "
            "noemen: experimenten van scholen met dagarrangementen en gemeentelijke koplopers van "
            "Alert4you.") in intro
    assert "extra steun" not in intro


def test_the_count_of_known_pilots_says_one_is_inferred():
    at = run_app()
    [known] = [m for m in at.metric if m.label == "Daarvan te herkennen in de bronnen"]
    assert known.value == "2"
    assert known.proto.delta == "waarvan 1 afgeleid"
    assert any("BSO-project (afgeleid)" in m.value for m in [*at.markdown, *at.caption])
