"""The plain sentences each page opens with, in words, from content.lead_counts.

They say what the whole dataset holds, as the corona dashboard opens a page with a sentence of
what we see before the numbers; they count only what they name.
"""

from collections.abc import Callable

from dashboard.content import lead_counts as counts
from dashboard.content.lead_counts import (
    CompareLead,
    MapLead,
    MonitorLead,
    NetworksLead,
    SourcesLead,
    TimelineLead,
)
from dashboard.content.takeaways import MAX_NAMED, joined
from dashboard.data import Dataset
from dashboard.i18n import counted, label, t
from dashboard.i18n.formatting import format_partial


def timeline_lead(lead: TimelineLead, lang: str) -> list[str]:
    if not lead.events:
        sentences = [t("lead_timeline_none", lang)]
    else:
        sentences = [counted(lead.events, "lead_timeline_events", lang, first=lead.first_year,
                              last=lead.last_year)]
        parts = [t(f"lead_timeline_{name}", lang, count=count) for name, count in
                 (("happened", lead.happened), ("under_way", lead.under_way),
                  ("ahead", lead.ahead)) if count]
        sentences.append(t("lead_timeline_status", lang, parts=", ".join(parts)))
    sentences.append(t("lead_timeline_dated", lang, dated=lead.dated, count=lead.initiatives))
    return sentences


def monitor_lead(lead: MonitorLead, lang: str) -> list[str]:
    sentences = [t("lead_monitor_waves", lang, completed=lead.completed, planned=lead.planned)]
    # Without findings in words, "no findings yet" would deny the figures named next.
    sentences.append(counted(lead.findings, "lead_monitor_findings", lang) if lead.findings
                     else t("lead_monitor_no_findings_in_words" if lead.results
                            else "lead_monitor_no_findings", lang))
    sentences.append(counted(lead.results, "lead_monitor_results", lang) if lead.results
                     else t("lead_monitor_no_results", lang))
    return sentences


def networks_lead(lead: NetworksLead, lang: str) -> list[str]:
    reach = t("lead_networks_reach", lang, organisations=lead.organisations,
              initiatives=lead.initiatives, relations=lead.relations,
              in_practice=lead.in_practice)
    bridges = (counted(lead.bridges, "lead_networks_bridges", lang) if lead.bridges
               else t("lead_networks_no_bridges", lang))
    return [reach, bridges]


def compare_lead(lead: CompareLead, lang: str) -> list[str]:
    sentences = [t("lead_compare_described", lang, described=lead.described,
                   count=lead.initiatives)]
    found = lead.in_practice
    if found is not None and len(found.names) <= MAX_NAMED:
        names = [label("approach", a, lang) for a in found.names]
        sentences.append(t("lead_compare_practice", lang, names=joined(names, lang),
                           count=found.count))
    return sentences


def map_lead(lead: MapLead, lang: str) -> list[str]:
    sentences = [t("lead_map_placed", lang, municipalities=lead.municipalities,
                   provinces=lead.provinces)]
    if lead.unplaced:
        sentences.append(counted(lead.unplaced, "lead_map_unplaced", lang))
    return sentences


def sources_lead(lead: SourcesLead, lang: str) -> list[str]:
    return [counted(lead.sources, "lead_sources", lang, facts=lead.facts,
                     date=format_partial(lead.newest.value, lead.newest.precision, lang))]


LEADS: dict[str, tuple[Callable[[Dataset], object], Callable[..., list[str]]]] = {
    "timeline": (counts.timeline_lead, timeline_lead),
    "monitor": (counts.monitor_lead, monitor_lead),
    "networks": (counts.networks_lead, networks_lead),
    "compare": (counts.compare_lead, compare_lead),
    "map": (counts.map_lead, map_lead),
    "sources": (counts.sources_lead, sources_lead),
}


def page_lead(ds: Dataset, page: str, lang: str) -> str:
    """The opening sentences of `page` (a key of LEADS), as one paragraph."""
    count, words = LEADS[page]
    return " ".join(words(count(ds), lang))
