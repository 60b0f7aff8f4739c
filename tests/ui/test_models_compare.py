"""Vergelijken's model: the picker, the cards and the profiles of a chosen pair, made once."""

from dashboard.ui.models.compare import choices, comparison


def test_the_picker_names_each_initiative_with_its_municipality(ds):
    picker = choices(ds, "nl")
    assert picker.options[:2] == ("assen", "groningen")
    assert picker.labels["assen"] == "BSO-pilot Assen — Assen"
    assert picker.lead.startswith("Van 3 van de 4 initiatieven noemen de bronnen onderdelen "
                                  "van de werkwijze.")
    assert choices(ds, "nl") is picker


def test_a_pair_is_compared_in_the_order_chosen(ds):
    page = comparison(ds, "nl", ("assen", "lent"))
    assert page.approach is not None
    assert page.approach.title == "Bij beide initiatieven genoemd: (sociale) wijkteams"
    assert page.coverage.title == "Geen initiatief brengt alle 6 kernsectoren samen; hooguit 5"
    assert page.sectors_count == ("BSO-pilot Assen: 5 van 6 · "
                                  "Dagarrangement Het Talent, Lent: 3 van 6")
    assert page.figures is None
    assert page.figures_note == ("De gekozen initiatieven hebben geen kerncijfer gemeen; de "
                                 "cijfers van elk staan op de kaarten hierboven.")
    assert [p.initiative_id for p in page.profiles] == ["assen", "lent"]
    assert page.profiles[1].place == ("Gemeente Nijmegen (Gelderland) · Experiment "
                                      "dagarrangement (afgeleid) · Loopt · Periode: niet bekend "
                                      "uit de bronnen")
    assert page.profiles[0].place == ("Gemeente Assen (Drenthe) · BSO-project · Loopt · "
                                      "Periode: niet bekend uit de bronnen")
    assert page.profiles[1].lists_md.startswith("**Partners per sector**\n\n"
                                                "- **Kinderopvang**: Goudwinde — partner\n")
    assert "- **Fonds / programma**: Alert4you — verkent deelname (gaande)" in (
        page.profiles[1].lists_md)
    assert page.ratings is None
    assert comparison(ds, "nl", ("assen", "lent")) is page
    assert comparison(ds, "nl", ("lent", "assen")) is not page
