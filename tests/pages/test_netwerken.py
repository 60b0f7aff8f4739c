"""Netwerken: one or two networks from widget and URL, the figures table, the programme view."""

from dashboard.i18n.formatting import number_text
from dashboard.topics.compare import default_selection
from dashboard.topics.network import bridging_organisations, metrics_table, programme_graph
from tests.pages.apptest import figures, run_app, tables

PAGE = "views/netwerken.py"
UNKNOWN = "niet bekend uit de bronnen"


def node_ids(fig) -> set[str]:
    return {o for t in fig.data if t.meta and t.meta.get("role") == "nodes"
            for o in t.customdata}


def members(ds, initiative_id) -> set[str]:
    return set(ds.participants.loc[ds.participants["initiative_id"] == initiative_id, "org_id"])


def test_default_is_the_first_case_and_the_programme(ds):
    at = run_app(PAGE)
    first = default_selection(ds)[0]
    assert at.selectbox(key="networks_initiative").value == first
    assert at.selectbox(key="networks_compare").value is None
    initiative, programme = figures(at)
    assert node_ids(initiative) == members(ds, first)
    assert node_ids(programme) == set(programme_graph(ds).nodes)
    assert at.query_params["initiative"] == first and "compare" not in at.query_params


def test_two_networks_side_by_side_from_the_url(ds):
    at = run_app(PAGE, initiative="lent", compare="assen")
    left, right, _ = figures(at)
    assert node_ids(left) == members(ds, "lent")
    assert node_ids(right) == members(ds, "assen")


def test_widgets_change_the_networks_and_the_url(ds):
    at = run_app(PAGE)
    at.selectbox(key="networks_initiative").set_value("groningen").run()
    at.selectbox(key="networks_compare").set_value("lent").run()
    assert not at.exception
    assert at.query_params["initiative"] == "groningen" and at.query_params["compare"] == "lent"
    assert [node_ids(f) for f in figures(at)[:2]] == [members(ds, "groningen"),
                                                      members(ds, "lent")]


def test_unknown_initiative_in_the_url_is_ignored_gently(ds):
    at = run_app(PAGE, initiative="nergens", compare="ook-niet")
    assert sum("nergens" in i.value or "ook-niet" in i.value for i in at.info) == 2
    assert at.selectbox(key="networks_initiative").value == default_selection(ds)[0]
    assert at.selectbox(key="networks_compare").value is None


def test_isolated_participants_are_named(ds):
    at = run_app(PAGE, initiative="assen")
    captions = " ".join(c.value for c in at.caption)
    assert "Relatie niet beschreven in de bronnen: " in captions
    assert "Christelijke Onderwijsgroep Drenthe (COG)" in captions


def test_metrics_table_equals_the_core_figures(ds):
    at = run_app(PAGE)
    [table] = [d for d in tables(at) if "Dichtheid" in d.columns]
    expected = metrics_table(ds, list(ds.initiatives["initiative_id"]), include_programme=True)
    assert list(table["Organisaties"]) == [number_text(n) for n in expected["organisations"]]
    assert list(table["Relaties"]) == [number_text(n) for n in expected["relations"]]
    assert list(table["Dichtheid"]) == [f"{v:.0%}" for v in expected["density"]]
    assert table["Netwerk"].iloc[-1] == "Alle initiatieven samen"


def titles(at) -> set[str]:
    return {m.value for m in at.markdown if m.value.startswith("**")}


def test_network_titles_state_the_takeaway_of_each_chosen_network(ds):
    alert4you = ds.participants.loc[ds.participants["org_id"] == "alert4you", "initiative_id"]
    count, total = alert4you.nunique(), len(ds.initiatives)
    at = run_app(PAGE, initiative="groningen", compare="lent")
    assert {"**Samen in de BSO-groep: beide beschreven verbindingen lopen tussen twee "
            "sectoren**",
            "**Dagarrangement Het Talent, Lent: alle 5 beschreven verbindingen lopen tussen "
            "twee sectoren**",
            f"**Alert4you verbindt de meeste initiatieven: {count} van de {total}**"} <= titles(at)
    english = run_app(PAGE, initiative="koploper-almere", lang="en")
    assert {"**Municipal front-runner Almere: its only described link joins two sectors**",
            f"**Alert4you connects the most initiatives: {count} of {total}**"} <= titles(english)


def test_programme_view_highlights_the_organisations_that_connect_initiatives(ds):
    at = run_app(PAGE)
    programme = figures(at)[-1]
    assert any(t.meta and t.meta.get("role") == "bridge-legend" for t in programme.data)
    [table] = [d for d in tables(at) if "Initiatieven" in d.columns]
    assert set(table["Naam"]) == set(bridging_organisations(programme_graph(ds))["name"])
    assert "Alert4you" in set(table["Naam"])  # in Assen, Lent and Almere


def test_the_same_initiative_twice_is_one_network_never_an_error(ds):
    at = run_app(PAGE, initiative="lent", compare="lent")
    assert at.selectbox(key="networks_compare").value is None
    assert "compare" not in at.query_params
    at.selectbox(key="networks_compare").set_value("assen").run()
    at.selectbox(key="networks_initiative").set_value("assen").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="networks_compare").value is None
    assert len(figures(at)) == 2  # the one network and the programme
