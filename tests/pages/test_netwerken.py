"""Netwerken: one or two networks from widget and URL, the figures table, the programme view."""

from tests.pages.apptest import figures, run_app, tables

PAGE = "views/netwerken.py"
UNKNOWN = "niet bekend uit de bronnen"

# Each fixture initiative's participants (participants.csv), by org_id.
ASSEN = {"alert4you", "assen-basisscholen", "assen-kinderopvang", "cjg-assen", "cog-drenthe",
         "gemeente-assen", "yorneo"}
GRONINGEN = {"elker", "gemeente-groningen", "renn4", "sksg"}
LENT = {"alert4you", "cjg-nijmegen", "goudwinde", "het-talent", "ministerie-onderwijs"}
ALMERE = {"alert4you", "gemeente-almere"}
# Every organisation in a tie or a participation; the programme-wide ties add
# Het Kinderopvangfonds, NJI and the kopgroep of wethouders.
PROGRAMME = ASSEN | GRONINGEN | LENT | ALMERE | {"het-kinderopvangfonds", "nji",
                                                 "kopgroep-wethouders-kindcentra"}


def node_ids(fig) -> set[str]:
    return {o for t in fig.data if t.meta and t.meta.get("role") == "nodes"
            for o in t.customdata}


def test_default_is_the_first_case_and_the_programme():
    at = run_app(PAGE)
    assert at.selectbox(key="networks_initiative").value == "assen"
    assert at.selectbox(key="networks_compare").value is None
    initiative, programme = figures(at)
    assert node_ids(initiative) == ASSEN
    assert len(PROGRAMME) == 19 and node_ids(programme) == PROGRAMME
    assert at.query_params["initiative"] == "assen" and "compare" not in at.query_params


def test_two_networks_side_by_side_from_the_url():
    at = run_app(PAGE, initiative="lent", compare="assen")
    left, right, _ = figures(at)
    assert node_ids(left) == LENT
    assert node_ids(right) == ASSEN


def test_widgets_change_the_networks_and_the_url():
    at = run_app(PAGE)
    at.selectbox(key="networks_initiative").set_value("groningen").run()
    at.selectbox(key="networks_compare").set_value("lent").run()
    assert not at.exception
    assert at.query_params["initiative"] == "groningen" and at.query_params["compare"] == "lent"
    assert [node_ids(f) for f in figures(at)[:2]] == [GRONINGEN, LENT]


def test_unknown_initiative_in_the_url_is_ignored_gently():
    at = run_app(PAGE, initiative="nergens", compare="ook-niet")
    assert sum("nergens" in i.value or "ook-niet" in i.value for i in at.info) == 2
    assert at.selectbox(key="networks_initiative").value == "assen"
    assert at.selectbox(key="networks_compare").value is None


def test_isolated_participants_are_named():
    at = run_app(PAGE, initiative="assen")
    captions = " ".join(c.value for c in at.caption)
    assert "Relatie niet beschreven in de bronnen: " in captions
    assert "Christelijke Onderwijsgroep Drenthe (COG)" in captions


def test_metrics_table_counts_each_network():
    at = run_app(PAGE)
    [table] = [d for d in tables(at) if "Dichtheid" in d.columns]
    # Assen, Groningen, Lent, Almere and all together. Lent's six ties join five pairs
    # (Goudwinde hands over to and works with Het Talent).
    # Counts say what they include that is not stated practice: Alert4you explores Lent, COG
    # takes part in Assen and the ministries support Lent by inference.
    assert list(table["Organisaties"]) == ["7 (waarvan 1 afgeleid)", "4",
                                           "5 (waarvan 1 gaande, 1 afgeleid)", "2",
                                           "19 (waarvan 2 afgeleid)"]
    assert list(table["Relaties"]) == [
        "7 (waarvan 1 afgeleid)", "2", "6 (waarvan 2 gaande, 1 gaande en afgeleid)", "1",
        "19 (waarvan 3 gaande, 1 gaande en afgeleid, 1 afgeleid)"]
    assert list(table["Dichtheid"]) == ["33%", "17%", "50%", "100%", "9%"]
    assert table["Netwerk"].iloc[-1] == "Alle initiatieven samen"


def titles(at) -> set[str]:
    return {m.value for m in at.markdown if m.value.startswith("**")}


def test_network_titles_state_the_takeaway_of_each_chosen_network():
    at = run_app(PAGE, initiative="groningen", compare="lent")
    # Alert4you takes part in Assen, Lent and Almere, not in Groningen.
    assert {"**Samen in de BSO-groep: de enige beschreven verbinding loopt tussen twee "
            "sectoren**",
            # Alert4you's talks in Lent are under way: said apart, not counted as links.
            "**Dagarrangement Het Talent, Lent: beide beschreven verbindingen lopen tussen "
            "twee sectoren (en nog 3 niet in praktijk of afgeleid)**",
            "**Alert4you verbindt de meeste initiatieven: 2 van de 4 "
            "(bij nog 1 niet in praktijk)**"} <= titles(at)
    english = run_app(PAGE, initiative="koploper-almere", lang="en")
    assert {"**Municipal front-runner Almere: its only described link joins two sectors**",
            "**Alert4you connects the most initiatives: 2 of 4 "
            "(and 1 more not in practice)**"} <= titles(english)


def test_programme_view_highlights_the_organisations_that_connect_initiatives():
    at = run_app(PAGE)
    programme = figures(at)[-1]
    assert any(t.meta and t.meta.get("role") == "bridge-legend" for t in programme.data)
    [table] = [d for d in tables(at) if "Initiatieven" in d.columns]
    assert list(table["Naam"]) == ["Alert4you"]  # the only one in several: Assen, Lent, Almere


def test_the_same_initiative_twice_is_one_network_never_an_error():
    at = run_app(PAGE, initiative="lent", compare="lent")
    assert at.selectbox(key="networks_compare").value is None
    assert "compare" not in at.query_params
    at.selectbox(key="networks_compare").set_value("assen").run()
    at.selectbox(key="networks_initiative").set_value("assen").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="networks_compare").value is None
    assert len(figures(at)) == 2  # the one network and the programme
