"""Kaart's page model: what the filters offer, the national map, a municipality's panel and
the map of one initiative, each made once per data version, language and pick."""

import json

from dashboard.ui.models.map import case_map, detail, national, opening


def layer_ids(deck) -> list[str]:
    return [layer["id"] for layer in json.loads(deck.to_json())["layers"]]


def test_the_opening_says_where_the_initiatives_lie_and_what_can_be_chosen(ds):
    page = opening(ds, "nl")
    assert page.lead == "Initiatieven liggen in 4 gemeenten, verspreid over 4 provincies."
    assert page.kinds == ("bso_pilot", "dagarrangement", "koploper")
    assert page.years[0] == 2005
    assert page.municipalities["GM0106"] == "Assen (Drenthe)"
    assert page.programmes["alert4you-bso"] == "Alert4you in de BSO"
    assert opening(ds, "nl") is page


def test_the_national_map_follows_the_filter_and_outlines_a_pick_it_shows(ds):
    """The filter that leaves Assen out is day programmes and koplopers (Lent and Almere)."""
    everything = national(ds, "nl", (), (), None, "GM0106")
    assert everything.count == "4 initiatieven in 4 gemeenten"
    assert everything.picked == "GM0106" and everything.outside is None
    assert everything.initiatives_in["GM0106"] == ("assen",)
    assert everything.first_case == "assen"
    assert "selected" in layer_ids(everything.deck)
    assert national(ds, "nl", (), (), None, "GM0106") is everything

    elsewhere = national(ds, "nl", ("dagarrangement", "koploper"), (), None, "GM0106")
    # Lent's kind rests on its inferred membership of the day-programme experiments.
    assert elsewhere.count == "2 initiatieven (waarvan 1 afgeleid) in 2 gemeenten"
    assert elsewhere.picked is None
    assert elsewhere.outside == "Assen (Drenthe): geen initiatief bij het huidige filter."
    assert "selected" not in layer_ids(elsewhere.deck)


def test_one_initiative_is_counted_in_the_singular(ds):
    assert national(ds, "nl", ("koploper",), (), None, None).count == (
        "1 initiatief in 1 gemeente")
    assert national(ds, "en", ("koploper",), (), None, None).count == (
        "1 initiative in 1 municipality")


def test_a_year_keeps_the_undated_initiatives_and_says_so(ds):
    """Samen in de BSO-groep (April 2012 - January 2014) is left out of 2011; the three
    initiatives without a known period stay."""
    shown = national(ds, "en", (), (), 2011, None)
    assert shown.count == "3 initiatives in 3 municipalities"
    assert shown.undated.startswith("The period of 3 initiatives is not (fully) known from the "
                                    "sources, so they stay visible for the year 2011: "
                                    "BSO pilot Assen; ")


def test_the_panel_of_a_municipality(ds):
    panel = detail(ds, "nl", "GM0106", ("assen",))
    assert panel.title == "Assen (Drenthe)"
    [assen] = panel.initiatives
    assert assen.name == "BSO-pilot Assen"
    assert assen.line.startswith("BSO-project · Loopt · Onderdeel van Alert4you in de BSO")
    assert ("Jeugdzorg", "Yorneo — partner") in panel.partners
    assert panel.figures.title == "Kerncijfers" and panel.figures.rows == 3
    assert panel.sourced.source.markdown() == "Bron: Nieuwsbrief Alert4you (2012)"
    assert detail(ds, "nl", "GM0106", ("assen",)) is panel


def test_the_map_of_one_initiative(ds):
    lent = case_map(ds, "en", "lent")
    assert lent.title == "Day programme Het Talent, Lent in Nijmegen (Gelderland)"
    assert not lent.no_places
    assert lent.unlocated.startswith("Not on the map, because the sources do not give their "
                                     "home municipality: Goudwinde; ")
    assert lent.ties == ("0 of the 1 ties with two known places are drawn as lines; 1 connect "
                         "organisations in the same municipality (one point, so no line).")
    assert "partners" in layer_ids(lent.deck)
    assert case_map(ds, "en", "lent") is lent


def test_a_kind_resting_on_an_inferred_membership_says_so(ds):
    """Groningen is a BSO project only by its inferred membership of Alert4you in de BSO."""
    [groningen] = detail(ds, "nl", "GM0014", ("groningen",)).initiatives
    assert groningen.line.startswith("BSO-project (afgeleid) · Loopt · Onderdeel van Alert4you "
                                     "in de BSO: afgeleid uit de bron")
    assert national(ds, "nl", ("bso_pilot",), (), None, None).count == (
        "2 initiatieven (waarvan 1 afgeleid) in 2 gemeenten")
    assert national(ds, "en", ("bso_pilot",), (), None, None).count == (
        "2 initiatives (1 of them inferred) in 2 municipalities")
    assert national(ds, "nl", (), (), None, None).count == "4 initiatieven in 4 gemeenten"
