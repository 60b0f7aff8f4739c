"""Strings of the plain sentences each page opens with (i18n.leads)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lead_timeline_events": (
        "De bronnen dateren {count} gebeurtenissen, van {first} tot {last}.",
        "The sources date {count} events, from {first} to {last}."),
    "lead_timeline_events_one": (
        "De bronnen dateren één gebeurtenis, in {first}.",
        "The sources date one event, in {first}."),
    "lead_timeline_none": (
        "De bronnen dateren nog geen gebeurtenissen.",
        "The sources date no events yet."),
    "lead_timeline_status": ("Bij de nieuwste bron: {parts}.", "At the newest source: {parts}."),
    "lead_timeline_happened": ("{count} gebeurd", "{count} happened"),
    "lead_timeline_under_way": ("{count} gaande", "{count} under way"),
    "lead_timeline_ahead": ("{count} nog te komen", "{count} still to come"),
    "lead_timeline_dated": (
        "Van {dated} van de {count} initiatieven noemen de bronnen een begin of einde.",
        "For {dated} of the {count} initiatives the sources give a start or an end."),
    "lead_monitor_waves": (
        "Metingen van de monitor: {completed} afgerond, {planned} gepland.",
        "Waves of the monitor: {completed} completed, {planned} planned."),
    "lead_monitor_findings": (
        "De bronnen noemen {count} uitkomsten van de monitor.",
        "The sources name {count} findings of the monitor."),
    "lead_monitor_findings_one": (
        "De bronnen noemen één uitkomst van de monitor.",
        "The sources name one finding of the monitor."),
    "lead_monitor_no_findings": (
        "De bronnen noemen nog geen uitkomsten.",
        "The sources name no findings yet."),
    "lead_monitor_no_findings_in_words": (
        "De bronnen beschrijven nog geen uitkomsten in woorden.",
        "The sources describe no findings in words yet."),
    "lead_monitor_no_results": (
        "Cijfers publiceren ze nog niet.",
        "They publish no figures yet."),
    "lead_monitor_results": (
        "Onderaan staan {count} cijfers per initiatief en meting.",
        "Below are {count} figures per initiative and wave."),
    "lead_monitor_results_one": (
        "Onderaan staat {count} cijfer per initiatief en meting.",
        "Below is {count} figure per initiative and wave."),
    "lead_networks_reach": (
        "De bronnen noemen {organisations} organisaties bij {initiatives} initiatieven en "
        "beschrijven {relations} relaties tussen organisaties, waarvan {in_practice} in "
        "praktijk.",
        "The sources name {organisations} organisations in {initiatives} initiatives and "
        "describe {relations} relations between organisations, {in_practice} of them in "
        "practice."),
    "lead_networks_bridges": (
        "{count} organisaties worden bij meer dan één initiatief genoemd.",
        "{count} organisations are named in more than one initiative."),
    "lead_networks_bridges_one": (
        "Eén organisatie wordt bij meer dan één initiatief genoemd.",
        "One organisation is named in more than one initiative."),
    "lead_networks_no_bridges": (
        "Geen organisatie wordt bij meer dan één initiatief genoemd.",
        "No organisation is named in more than one initiative."),
    "lead_compare_described": (
        "Van {described} van de {count} initiatieven noemen de bronnen onderdelen van de "
        "werkwijze.",
        "For {described} of the {count} initiatives the sources name parts of the way of "
        "working."),
    "lead_compare_practice": (
        "In praktijk het vaakst beschreven: {names} (bij {count} initiatieven).",
        "Most often described as practice: {names} (in {count} initiatives)."),
    "lead_map_placed": (
        "Initiatieven liggen in {municipalities} gemeenten, verspreid over {provinces} "
        "provincies.",
        "Initiatives lie in {municipalities} municipalities across {provinces} provinces."),
    "lead_map_unplaced": (
        "Van {count} initiatieven noemen de bronnen geen gemeente; die staan niet op de kaart.",
        "For {count} initiatives the sources name no municipality; they are not on the map."),
    "lead_map_unplaced_one": (
        "Van één initiatief noemen de bronnen geen gemeente; het staat niet op de kaart.",
        "For one initiative the sources name no municipality; it is not on the map."),
    "lead_sources": (
        "Alles in dit dashboard komt uit {count} bronnen; de nieuwste verscheen in {date}. Er "
        "zijn {facts} feiten uit overgenomen, elk met een letterlijk citaat als bewijs.",
        "Everything in this dashboard comes from {count} sources; the newest appeared in "
        "{date}. {facts} facts were taken from them, each with an exact excerpt as evidence."),
    "lead_sources_one": (
        "Alles in dit dashboard komt uit één bron, verschenen in {date}. Er zijn {facts} feiten "
        "uit overgenomen, elk met een letterlijk citaat als bewijs.",
        "Everything in this dashboard comes from one source, which appeared in {date}. {facts} "
        "facts were taken from it, each with an exact excerpt as evidence."),
}
