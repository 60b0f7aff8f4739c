"""Netwerken's model: the programme's cards once per language, each network card once per
initiative."""

from dashboard.ui.models.networks import network_card, networks


def test_the_programme_its_figures_and_its_bridges(ds):
    page = networks(ds, "nl")
    assert page.lead.startswith("De bronnen noemen 16 organisaties bij 4 initiatieven")
    assert page.names["lent"] == "Dagarrangement Het Talent, Lent"
    assert page.metrics.title == "Netwerken vergeleken"
    assert page.metrics.rows == 5  # each initiative and the programme
    assert page.programme.title == (
        "Alert4you verbindt de meeste initiatieven: 2 van de 4 (bij nog 1 niet in praktijk)")
    assert page.bridges is not None and page.bridges.rows == 1  # Alert4you
    assert networks(ds, "nl") is page


def test_an_initiatives_network_card_names_who_has_no_described_tie(ds):
    made = network_card(ds, "nl", "assen", 520)
    assert made.empty is None and made.card is not None
    assert made.card.title == ("BSO-pilot Assen: alle 6 beschreven verbindingen lopen tussen "
                               "twee sectoren (en nog 1 niet in praktijk of afgeleid)")
    assert made.card.notes == ("Relatie niet beschreven in de bronnen: Alert4you; "
                               "Christelijke Onderwijsgroep Drenthe (COG) — afgeleid.")
    assert network_card(ds, "nl", "assen", 520) is made
