"""Tijdlijn's page model: the pickers' options and the timeline of a choice."""

from dashboard.ui.models.timeline import choices, timeline

EVERYTHING = ((), (), (), "initiative", False, False)


def test_the_pickers_offer_what_occurs(ds):
    offered = choices(ds, "nl")
    assert offered.initiatives["groningen"] == "Samen in de BSO-groep"
    assert list(offered.places)[:2] == ["GM0034", "GM0106"]  # Almere, Assen: by name
    assert offered.kinds[:3] == ("beleid", "start", "einde")
    assert offered.lead.startswith("De bronnen dateren 7 gebeurtenissen, van 2005 tot 2014.")
    assert choices(ds, "en").initiatives["assen"] == "BSO pilot Assen"


def test_the_timeline_of_everything(ds):
    page = timeline(ds, "nl", *EVERYTHING)
    assert page.chart.title == (
        "Alleen van Samen in de BSO-groep is de looptijd bekend, van 3 andere niet")
    assert "staat met zijn jaartal aan de rand van de as" in page.chart.notes
    assert page.undated.startswith("Looptijd niet bekend uit de bronnen (niet getekend): "
                                   "BSO-pilot Assen;")
    assert page.events.title == "Getoonde gebeurtenissen (7)"


def test_a_choice_with_nothing_to_draw(ds):
    page = timeline(ds, "en", ("assen",), (), (), "initiative", False, False)
    assert page.chart is None and page.events is None
    assert page.undated == "Period not known from the sources (not drawn): BSO pilot Assen"


def test_computed_once_per_choice(ds):
    assert choices(ds, "nl") is choices(ds, "nl")
    assert timeline(ds, "nl", *EVERYTHING) is timeline(ds, "nl", *EVERYTHING)
    assert timeline(ds, "nl", *EVERYTHING) is not timeline(ds, "nl", (), (), (), "initiative",
                                                            True, False)
