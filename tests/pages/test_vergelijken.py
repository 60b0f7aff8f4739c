"""Vergelijken: the selection from widget and URL, the cards' numbers and unknowns as unknown."""

from tests.conftest import read_rows, write_rows
from tests.pages.apptest import figures, page_text, run_app, tables

PAGE = "views/vergelijken.py"
UNKNOWN = "niet bekend uit de bronnen"
ASSEN, GRONINGEN = "BSO-pilot Assen", "Samen in de BSO-groep"
LENT, ALMERE = "Dagarrangement Het Talent, Lent", "Gemeentelijke koploper Almere"


def card_titles(at) -> list[str]:
    return [s.value for s in at.subheader]


def test_default_shows_the_cases_and_puts_them_in_the_url():
    at = run_app(PAGE)
    assert at.multiselect(key="compare_initiatives").value == ["assen", "groningen", "lent"]
    assert card_titles(at) == [ASSEN, GRONINGEN, LENT]
    assert at.query_params["initiatives"] == "assen,groningen,lent"
    # Approach elements, sector coverage and Groningen's ratings.
    assert len(figures(at)) == 3


def test_ratings_of_a_chosen_initiative_are_shown_here_not_as_monitor_results():
    at = run_app(PAGE, initiatives="groningen,assen")
    titles = {m.value for m in at.markdown}
    assert "**Training Positief opvoeden (Elker): oordelen van voldoende tot goed**" in titles
    english = {m.value for m in run_app(PAGE, initiatives="groningen,assen", lang="en").markdown}
    assert ("**Training Positief opvoeden (positive parenting; Elker): ratings from "
            "‘sufficient’ to ‘good’**") in english
    ratings = figures(at)[-1]
    assert ratings.layout.xaxis.categoryarray[0] == "onvoldoende"
    assert len(figures(run_app(PAGE, initiatives="assen,lent"))) == 2


def test_changing_the_widget_changes_cards_and_url():
    at = run_app(PAGE)
    at.multiselect(key="compare_initiatives").set_value(["lent", "koploper-almere"]).run()
    assert not at.exception
    assert card_titles(at) == [LENT, ALMERE]
    assert at.query_params["initiatives"] == "lent,koploper-almere"
    # Each card offers its factsheet, also the front-runner's, which is no case.
    assert [b.proto.id.split("-compare-factsheet-")[-1] for b in at.get("download_button")
            if "-compare-factsheet-" in b.proto.id] == ["lent", "koploper-almere"]


def test_selection_from_the_url_with_an_unknown_id_and_a_municipality_code():
    at = run_app(PAGE, initiatives="lent,bestaat-niet,GM0106")
    assert card_titles(at) == [LENT, ASSEN]
    assert any("bestaat-niet" in i.value for i in at.info)


def test_one_initiative_asks_for_more():
    at = run_app(PAGE, initiatives="assen")
    assert any("minstens 2" in i.value for i in at.info)
    assert not figures(at) and not at.subheader


def test_numbers_on_the_cards_are_the_sources_figures():
    at = run_app(PAGE)
    text = page_text(at)
    # Assen: 12 schools, 3 childcare facilities, 3 neighbourhoods; Groningen: 2 locations,
    # 2 to 3 groups per location; Lent: 5 units, a figure about one organisation.
    for figure in ("Scholen: **12**", "Kinderopvangvoorzieningen: **3**", "Wijken: **3**",
                   "Locaties: **2**", "Groepen per locatie: **2–3**",
                   "Units (Basisschool Het Talent): **5**"):
        assert figure in text, figure
    # The fixture's cases share no key figure: no table of unknowns, one sentence instead.
    assert not [d for d in tables(at) if "Kerncijfer" in d.columns]
    assert "De gekozen initiatieven hebben geen kerncijfer gemeen; de cijfers van elk staan op " \
           "de kaarten hierboven." in text


def test_unknown_figures_and_partners_read_as_unknown(data_copy, monkeypatch):
    """Two initiatives of which the sources give no figure: Lent's are left out of a copy."""
    rows = read_rows(data_copy / "figures.csv")
    write_rows(data_copy / "figures.csv", [r for r in rows if r["initiative_id"] != "lent"])
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    at = run_app(PAGE, initiatives="koploper-almere,lent")
    text = page_text(at)
    assert text.count(f"**Kerncijfers**\n\n{UNKNOWN}") == 2  # one per card, never a zero
    assert "Kerncijfers: niet bekend uit de bronnen voor deze initiatieven." in text
    assert "Periode: niet bekend uit de bronnen" in " ".join(c.value for c in at.caption)


def test_english_labels_and_grids_follow_the_language():
    at = run_app(PAGE, lang="en")
    assert at.multiselect(key="compare_initiatives").label == "Initiatives (two to four)"
    approach = figures(at)[0]
    assert "Not mentioned in the sources" in {t.name for t in approach.data}


def grid_titles(at) -> set[str]:
    return {m.value for m in at.markdown if m.value.startswith("**")}


def test_grid_titles_state_the_takeaway_of_the_chosen_initiatives():
    at = run_app(PAGE)  # the fixture's three cases
    assert {"**Elk onderdeel wordt bij hooguit 2 van de 3 initiatieven genoemd**",
            "**Geen initiatief brengt alle 6 kernsectoren samen; hooguit 5**"} <= grid_titles(at)
    pair = run_app(PAGE, initiatives="assen,groningen")
    assert "**Bij beide initiatieven genoemd: positief opvoeden**" in grid_titles(pair)
    apart = run_app(PAGE, initiatives="lent,koploper-almere")
    assert {"**Geen onderdeel wordt bij meer dan één initiatief genoemd**",
            "**Geen initiatief brengt alle 6 kernsectoren samen; hooguit 3**"} <= grid_titles(apart)
    pair = run_app(PAGE, initiatives="assen,lent", lang="en")
    assert {"**Mentioned for both initiatives: neighbourhood teams**",
            "**No initiative brings all 6 core sectors together; at most 5**"} <= grid_titles(pair)


def test_a_link_naming_more_than_fit_shows_four_and_names_the_rest(data_copy, monkeypatch):
    """Two more initiatives in Assen (copies of its pilot, named by the same excerpt): its code
    then stands for three."""
    def add_copies(table: str, key: str, **changes: str) -> None:
        rows = read_rows(data_copy / f"{table}.csv")
        assen = next(r for r in rows if r[key] == "assen")
        write_rows(data_copy / f"{table}.csv",
                   rows + [{**assen, key: f"assen-{n}", **{k: v.format(n=n) for k, v in
                                                           changes.items()}} for n in (2, 3)])

    add_copies("initiatives", "initiative_id", name="Pilot {n}", case_study="false")
    add_copies("aliases", "entity_id")
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    at = run_app(PAGE, initiatives="lent,groningen,GM0106")
    assert card_titles(at) == [LENT, GRONINGEN, ASSEN, "Pilot 2"]
    assert [i.value for i in at.info if "niet getoond" in i.value] == [
        "Er passen er 4 naast elkaar; niet getoond: Pilot 3."]
    assert at.query_params["initiatives"] == "lent,groningen,assen,assen-2"


def test_a_link_with_nothing_usable_opens_the_default_cases_and_says_so():
    at = run_app(PAGE, initiatives="nergens,GM9999")
    assert card_titles(at) == [ASSEN, GRONINGEN, LENT]
    assert any("nergens; GM9999" in i.value for i in at.info)
