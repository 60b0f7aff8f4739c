"""The plain sentences each page opens with count what they name, on the fixture dataset."""

from dashboard.content import lead_counts as leads
from dashboard.content import leads as words
from dashboard.content.findings import Leaders


def test_the_timeline_opens_with_its_events_and_how_far_they_were(ds):
    lead = leads.timeline_lead(ds)
    assert lead == leads.TimelineLead(events=7, first_year=2005, last_year=2014, happened=4,
                                      under_way=0, dated=1, initiatives=4)
    assert words.timeline_lead(lead, "nl") == [
        "De bronnen dateren 7 gebeurtenissen, van 2005 tot 2014.",
        "Bij de nieuwste bron: 4 gebeurd, 3 nog te komen.",  # nothing under way: not named
        "Van 1 van de 4 initiatieven noemen de bronnen een begin of einde."]


def test_the_monitor_opens_with_its_waves_findings_and_missing_figures(ds):
    lead = leads.monitor_lead(ds)
    assert lead == leads.MonitorLead(completed=1, planned=1, findings=3, results=0)
    assert words.monitor_lead(lead, "en") == [
        "Waves of the monitor: 1 completed, 1 planned.",
        "The sources name 3 findings of the monitor.", "They publish no figures yet."]


def test_the_networks_open_with_who_is_named_and_what_ties_them(ds):
    lead = leads.networks_lead(ds)
    assert lead == leads.NetworksLead(organisations=16, initiatives=4, relations=19,
                                      in_practice=15, bridges=1)
    assert words.networks_lead(lead, "nl")[1] == (
        "Eén organisatie wordt bij meer dan één initiatief genoemd.")


def test_the_comparison_names_a_practice_only_when_initiatives_share_it(ds):
    lead = leads.compare_lead(ds)
    assert lead == leads.CompareLead(described=3, initiatives=4, in_practice=None)
    assert words.compare_lead(lead, "nl") == [
        "Van 3 van de 4 initiatieven noemen de bronnen onderdelen van de werkwijze."]
    shared = leads.CompareLead(described=3, initiatives=4,
                               in_practice=Leaders(("parent_involvement",), 2))
    assert words.compare_lead(shared, "en")[1] == (
        "Most often described as practice: Parent involvement (in 2 initiatives).")


def test_the_map_opens_with_where_the_initiatives_lie(ds):
    lead = leads.map_lead(ds)
    assert lead == leads.MapLead(municipalities=4, provinces=4, unplaced=0)
    assert words.map_lead(lead, "nl") == [
        "Initiatieven liggen in 4 gemeenten, verspreid over 4 provincies."]
    assert words.map_lead(leads.MapLead(4, 4, 1), "en")[1] == (
        "For one initiative the sources name no municipality; it is not on the map.")


def test_the_sources_page_opens_with_how_much_rests_on_how_many_sources(ds):
    lead = leads.sources_lead(ds)
    assert (lead.sources, lead.newest.value, lead.facts) == (2, "2013", 161)
    assert words.sources_lead(lead, "nl") == [
        "Alles in dit dashboard komt uit 2 bronnen; de nieuwste verscheen in 2013. Er zijn 161 "
        "feiten uit overgenomen, elk met een letterlijk citaat als bewijs."]
