"""Tijdlijn: the figure, filters in the URL, the undated list and the table of events."""

from dashboard.topics.timeline import CONTEXT_LANE
from tests.pages.apptest import figures, open_tables, run_app, shown_tables

PAGE = "views/tijdlijn.py"
# The fixture's seven events (events.csv), in date order.
EVENTS = [
    "Motie Van Aartsen-Bos: scholen regelen BSO als ouders erom vragen",
    "Start Samen in de BSO-groep",
    "Landelijke werkplaats Alert4you in Utrecht",
    "Tweede gesprek over Alert4you in het dagarrangement van Het Talent",
    "Resultaten eerste monitoronderzoek NJI onder alle projecten van Alert4you in de BSO "
    "gepresenteerd",
    "Tweede meting van het monitoronderzoek",
    "Einde Samen in de BSO-groep (gepland)",
]


def events_table(at):
    return next(d for d in shown_tables(at) if "Bewijs (letterlijk citaat)" in d.columns)


def lanes(at) -> list[str]:
    return list(figures(at)[0].layout.yaxis.ticktext)


def test_default_view(ds):
    at = run_app(PAGE)
    assert len(figures(at)) == 1
    assert lanes(at)[0] == "Beleid en programma (context)"
    assert "Samen in de BSO-groep" in lanes(at)
    table = events_table(at)
    assert sorted(table["Gebeurtenis"]) == sorted(EVENTS)
    assert set(table["Bewijs (letterlijk citaat)"]) == set(ds.events["evidence"])
    assert "februari 2013 (maand bekend)" in set(table["Datum"])
    assert "2005 (alleen jaar bekend)" in set(table["Datum"])
    undated = " ".join(i.value for i in at.info)
    assert "Looptijd niet bekend uit de bronnen" in undated and "BSO-pilot Assen" in undated
    captions = " ".join(c.value for c in at.caption)
    assert "Bron" in captions and "Nieuwsbrief" in captions


def chart_title(at) -> str:
    """The first card's title: the timeline's (the events table's comes after it)."""
    return next(m.value for m in at.markdown if m.value.startswith("**"))


def test_the_chart_title_states_what_the_selection_shows():
    assert chart_title(run_app(PAGE)) == (
        "**Alleen van Samen in de BSO-groep is de looptijd bekend, van 3 andere niet**")
    assert chart_title(run_app(PAGE, initiatief="groningen")) == (
        "**Samen in de BSO-groep: van april 2012 tot januari 2014**")
    assert chart_title(run_app(PAGE, initiatief="groningen,lent")) == (
        "**Alleen van Samen in de BSO-groep is de looptijd bekend, van het andere initiatief "
        "niet**")
    assert chart_title(run_app(PAGE, initiatief="lent,assen")) == (
        "**Van geen van de 2 initiatieven is de looptijd bekend**")
    assert chart_title(run_app(PAGE, gemeente="GM0344")) == (
        "**Geen initiatief in deze keuze, alleen één gebeurtenis**")
    assert chart_title(run_app(PAGE, lang="en")) == (
        "**Period known only for Samen in de BSO-groep, not for 3 others**")


def test_filters_from_the_url():
    at = run_app(PAGE, initiatief="groningen", soort="start")
    assert list(events_table(at)["Gebeurtenis"]) == ["Start Samen in de BSO-groep"]
    assert lanes(at) == ["Samen in de BSO-groep"]
    assert at.multiselect(key="timeline_initiatives").value == ["groningen"]


def test_filters_write_the_url_and_group_per_municipality():
    at = run_app(PAGE)
    at.multiselect(key="timeline_kinds").set_value(["werkplaats"]).run()
    assert at.query_params["soort"] in ("werkplaats", ["werkplaats"])
    assert list(events_table(at)["Gebeurtenis"]) == ["Landelijke werkplaats Alert4you in Utrecht"]
    at = run_app(PAGE, rijen="gemeente", monitor="1")
    assert lanes(at)[:2] == ["Beleid en programma (context)", "NJI-monitor"]
    assert "Groningen" in lanes(at)
    assert CONTEXT_LANE in figures(at)[0].layout.yaxis.tickvals


def test_unknown_url_values_are_ignored_gently():
    at = run_app(PAGE, initiatief="atlantis", soort="ufo", rijen="planeet")
    notes = " ".join(i.value for i in at.info)
    assert "atlantis" in notes and "ufo" in notes and "planeet" in notes
    assert figures(at)


def test_nothing_to_show_says_so():
    at = run_app(PAGE, initiatief="assen")  # no known dates and no events
    assert any("niets te tonen" in w.value for w in at.warning)
    assert not figures(at)


def test_in_english():
    at = run_app(PAGE, lang="en")
    assert [t.value for t in at.title] == ["How far along is each initiative?"]
    assert "Policy and programme (context)" in lanes(at)


def test_the_chart_has_a_table_alternative():
    at = run_app(PAGE)
    assert "Tabel" in [tab.label for tab in at.tabs]
    alternative = shown_tables(open_tables(at))[0]
    assert len(alternative) == 1 + 7  # Groningen's period (the only one known), the events
    assert "Looptijd: april 2012 – januari 2014" in set(alternative["Datum"])


def edge_marks(at) -> list[str]:
    return [a.text for a in figures(at)[0].layout.annotations if a.text.startswith("◀")]


def test_the_axis_opens_on_the_initiative_years_and_the_whole_period_is_one_click_away():
    at = run_app(PAGE)
    assert edge_marks(at) == ["◀ 2005"]  # the motion, years before the initiatives
    assert "staat met zijn jaartal aan de rand" in " ".join(c.value for c in at.caption)
    at.toggle(key="timeline_whole").set_value(True).run()
    assert at.query_params["periode"] in ("alles", ["alles"])
    assert not edge_marks(at)
    assert "aan de rand" not in " ".join(c.value for c in at.caption)
    assert not edge_marks(run_app(PAGE, periode="alles"))


def test_an_unknown_municipality_is_a_grey_dash_explained_once_under_the_table():
    at = run_app(PAGE)
    table = events_table(at)
    # The motion and both monitor waves happened nowhere in particular.
    assert (table["Gemeente"] == "–").sum() == 3
    assert "niet bekend uit de bronnen" not in set(table["Gemeente"])
    legend = [c.value for c in at.caption if "– betekent: niet bekend uit de bronnen." in c.value]
    assert len(legend) == 1
