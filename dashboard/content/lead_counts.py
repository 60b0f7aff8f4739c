"""What each page opens with, as counts: the plain sentences under a page's title are filled
from these (i18n.leads), so they stay true for every row when a newsletter is added.

Each counts the whole dataset, not a reader's selection: the opening says what the sources
hold, the cards below what is chosen.
"""

from dataclasses import dataclass

from dashboard.content.findings import Leaders, leaders
from dashboard.data import Dataset
from dashboard.data.refs import all_refs
from dashboard.data.vocab import APPROACHES
from dashboard.topics.network import bridging_organisations, programme_network
from dashboard.topics.overview import PartialDate, newest_source


@dataclass(frozen=True)
class TimelineLead:
    """Events the sources date, the years they span, how many had happened, were under way or
    were still to come when the newest source appeared, and how many initiatives have a known
    start or end."""

    events: int
    first_year: int | None
    last_year: int | None
    happened: int
    under_way: int
    dated: int
    initiatives: int

    @property
    def ahead(self) -> int:
        """Planned, intended or considered: not begun when the newest source appeared."""
        return self.events - self.happened - self.under_way


def timeline_lead(ds: Dataset) -> TimelineLead:
    years = [int(str(value)[:4]) for value in ds.events["date"].dropna()]
    dated = ds.initiatives["start"].notna() | ds.initiatives["end"].notna()
    return TimelineLead(
        events=len(ds.events), first_year=min(years, default=None),
        last_year=max(years, default=None),
        happened=int((ds.events["modality"] == "in_practice").sum()),
        under_way=int((ds.events["modality"] == "under_way").sum()),
        dated=int(dated.sum()), initiatives=len(ds.initiatives))


@dataclass(frozen=True)
class MonitorLead:
    """The monitor's waves by status, the findings the sources give, and the numeric results
    they publish."""

    completed: int
    planned: int
    findings: int
    results: int


def monitor_lead(ds: Dataset) -> MonitorLead:
    status = ds.monitor_waves["status"]
    return MonitorLead(completed=int((status == "completed").sum()),
                       planned=int((status == "planned").sum()),
                       findings=len(ds.monitor_findings), results=len(ds.monitor_indicators))


@dataclass(frozen=True)
class NetworksLead:
    """Organisations named as taking part, in how many initiatives, the relations the sources
    describe between organisations (and how many of them are practice), and how many
    organisations take part in more than one initiative."""

    organisations: int
    initiatives: int
    relations: int
    in_practice: int
    bridges: int


def networks_lead(ds: Dataset) -> NetworksLead:
    relations = ds.relations
    return NetworksLead(
        organisations=ds.participants["org_id"].nunique(),
        initiatives=ds.participants["initiative_id"].nunique(),
        relations=len(relations),
        in_practice=int((relations["modality"] == "in_practice").sum()),
        bridges=len(bridging_organisations(programme_network(ds).graph)))


@dataclass(frozen=True)
class CompareLead:
    """How many initiatives the sources describe the way of working of, out of all, and the
    parts of that approach most often described as practice (ties kept), when more than one
    initiative shares them; a part in practice in one initiative is no pattern."""

    described: int
    initiatives: int
    in_practice: Leaders | None


def compare_lead(ds: Dataset) -> CompareLead:
    approaches = ds.approaches
    practice = approaches[approaches["modality"] == "in_practice"]
    counts = practice.groupby("approach")["initiative_id"].nunique()
    ordered = {a: int(counts.get(a, 0)) for a in APPROACHES}
    found = leaders(ordered)
    return CompareLead(described=approaches["initiative_id"].nunique(),
                       initiatives=len(ds.initiatives),
                       in_practice=found if found is None or found.count > 1 else None)



@dataclass(frozen=True)
class MapLead:
    """Municipalities with an initiative, the provinces they lie in, and the initiatives the
    sources place in no municipality."""

    municipalities: int
    provinces: int
    unplaced: int


def map_lead(ds: Dataset) -> MapLead:
    placed = ds.initiatives["gm_code"].dropna()
    provinces = ds.municipalities.loc[ds.municipalities["gm_code"].isin(placed), "prov_code"]
    return MapLead(municipalities=placed.nunique(), provinces=provinces.nunique(),
                   unplaced=int(ds.initiatives["gm_code"].isna().sum()))


@dataclass(frozen=True)
class SourcesLead:
    """How many sources the dashboard rests on, when the newest appeared, and how many facts
    were taken from them."""

    sources: int
    newest: PartialDate
    facts: int


def sources_lead(ds: Dataset) -> SourcesLead:
    return SourcesLead(sources=len(ds.sources), newest=newest_source(ds), facts=len(all_refs(ds)))
