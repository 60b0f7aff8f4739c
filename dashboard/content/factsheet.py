"""What one initiative's factsheet says, as plain data: facts, figures, partners, approach,
timeline, statements and the sources with the excerpts behind them.

Kept apart from the HTML (dashboard.viz.factsheet and its template) so the content can be
checked, reused and translated without touching markup. Codes stay codes and dates stay
partial dates here; the template labels and formats them in the reader's language. Each fact
carries `refs`, the numbers of its sources in order of first citation on the sheet, and the
sources list gathers per source exactly the excerpts behind the facts shown.
"""

from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboard.content.results import result_lines
from dashboard.data import vocab
from dashboard.data.dataset import Dataset, organisation_names
from dashboard.data.dates import precision_of, span
from dashboard.data.privacy import is_suppressed
from dashboard.data.schemas import EVIDENCE_COLUMNS, own_words
from dashboard.topics.membership import memberships
from dashboard.topics.overview import PartialDate, newest_source, with_places
from dashboard.topics.places import Amount, amounts
from dashboard.topics.roles import Role, roles

Refs = tuple[int, ...]


@dataclass(frozen=True)
class Programme:
    """The programme the initiative belongs to; an inferred membership carries its reasoning."""

    name: str
    inferred: bool
    reasoning: str | None
    refs: Refs  # one per excerpt the membership rests on


@dataclass(frozen=True)
class FigureRow:
    metric: str
    per: str | None
    modality: str | None
    amount: Amount
    organisation: str | None  # the organisation a figure is about, when it is about one
    refs: Refs


@dataclass(frozen=True)
class PartnerRow:
    name: str
    generic: bool  # the source names only a type of organisation
    sector: str | None
    roles: tuple[Role, ...]  # leads first
    refs: Refs


@dataclass(frozen=True)
class ApproachRow:
    approach: str
    modality: str
    inferred: bool  # the row rests on an inference (its basis)
    refs: Refs


@dataclass(frozen=True)
class TimelineRow:
    """An event, or the initiative's own start or end (`own`: "start" / "end")."""

    date: PartialDate
    end_date: str | None
    note: str | None
    title: str | None  # the event's title; None for the initiative's own dates
    own: str | None
    kind: str
    modality: str | None  # of an event; None for the initiative's own dates
    planned: bool  # an initiative date after its source appeared was still to come
    refs: Refs


@dataclass(frozen=True)
class StatementRow:
    topic: str
    summary: str | None
    modality: str
    speaker: str | None  # None: the newsletter's own text, not a quotation
    speaker_role: str | None
    refs: Refs


@dataclass(frozen=True)
class WaveRow:
    """A monitor wave of the programme; `note` says what its date is the date of."""

    name: str
    status: str
    date: PartialDate
    note: str | None
    findings: tuple[str, ...]
    refs: Refs
    results: tuple[str, ...] = ()  # the initiative's numeric results (content.results)


@dataclass(frozen=True)
class RelationRow:
    """A tie between two organisations that the sources give for the programme as a whole."""

    source: str
    kind: str
    target: str
    modality: str | None
    refs: Refs


@dataclass(frozen=True)
class ProgrammeFacts:
    """What the sources say about the initiative's programme as a whole — rows with the
    programme's id and no initiative's — shown under their own heading, so none reads as a
    fact of the initiative; `inferred` is the initiative's membership, as in the header."""

    name: str
    inferred: bool
    summary: str | None
    summary_refs: Refs
    waves: tuple[WaveRow, ...]
    relations: tuple[RelationRow, ...]
    timeline: tuple[TimelineRow, ...]
    statements: tuple[StatementRow, ...]

    @property
    def empty(self) -> bool:
        return not (self.summary or self.waves or self.relations or self.timeline
                    or self.statements)


@dataclass(frozen=True)
class SourceEntry:
    number: int
    title: str  # the source id when sources.csv does not list it
    publisher: str | None
    published: PartialDate | None
    excerpts: tuple[str, ...]


@dataclass(frozen=True)
class Factsheet:
    initiative_id: str
    name: str
    kind: str
    place: str | None
    municipality: str | None
    province: str | None
    status: str
    start: PartialDate | None
    end: PartialDate | None
    period_refs: Refs
    programme: Programme | None
    summary: str | None
    summary_refs: Refs
    figures: tuple[FigureRow, ...]
    partners: tuple[PartnerRow, ...]
    approach: tuple[ApproachRow, ...]
    timeline: tuple[TimelineRow, ...]
    statements: tuple[StatementRow, ...]
    programme_facts: ProgrammeFacts | None
    sources: tuple[SourceEntry, ...]
    data_date: PartialDate

    @property
    def figures_about_organisations(self) -> bool:
        """Whether the figures table needs its 'about' column."""
        return any(f.organisation is not None for f in self.figures)


def factsheet(ds: Dataset, initiative_id: str, lang: str = "nl") -> Factsheet:
    """The content of one initiative's factsheet; raises KeyError for an unknown initiative.

    `lang` picks our own words (summaries, event titles and notes, roles, the reasoning, the
    names of initiatives and organisations) in that language; proper names and the sources'
    excerpts stay as written.
    """
    row = _initiative(ds, initiative_id)
    cite = _Citations()
    period_refs = cite.row(row)
    programme = _programme(ds, row, lang, cite)
    summary = _text(own_words(row, "summary_nl", lang))
    summary_refs = cite.row(row) if summary else ()
    figures = _figures(ds, initiative_id, lang, cite)
    partners = _partners(ds, initiative_id, lang, cite)
    approach = _approach(ds, initiative_id, cite)
    programme_facts = _programme_facts(ds, initiative_id, lang, cite)
    timeline = _timeline(ds, row, lang, cite)
    statements = _statements(ds, _of(ds.statements, initiative_id), lang, cite)
    return Factsheet(
        initiative_id=initiative_id, name=own_words(row, "name", lang), kind=row["kind"],
        place=_text(row["place"]), municipality=_text(row["municipality"]),
        province=_text(row["province"]), status=row["status"],
        start=_partial(row["start"], row["start_precision"]),
        end=_partial(row["end"], row["end_precision"]), period_refs=period_refs,
        programme=programme, summary=summary, summary_refs=summary_refs, figures=figures,
        partners=partners, approach=approach, timeline=timeline, statements=statements,
        programme_facts=programme_facts, sources=_sources(ds, cite), data_date=newest_source(ds),
    )


# --- building blocks ---------------------------------------------------------------------------


class _Citations:
    """Numbers sources in order of first use and keeps the excerpts shown, per source."""

    def __init__(self) -> None:
        self.excerpts: dict[str, list[str]] = {}

    def __call__(self, source_id: object, evidence: object = None) -> Refs:
        """The reference to a row's source; remembers its excerpt for the sources list."""
        source = _text(source_id)
        if source is None:
            return ()
        shown = self.excerpts.setdefault(source, [])
        excerpt = _text(evidence)
        if excerpt is not None and excerpt not in shown:
            shown.append(excerpt)
        return (list(self.excerpts).index(source) + 1,)

    def row(self, record: object) -> Refs:
        """The reference for a fact row, remembering every one of its excerpts."""
        refs: Refs = ()
        for column in EVIDENCE_COLUMNS:
            refs = self(_field(record, "source_id"), _field(record, column))
        return refs


def _field(record: object, name: str) -> object:
    """A cell of a row given as a Series or as a named tuple (None when it has no such cell)."""
    return record.get(name) if isinstance(record, pd.Series) else getattr(record, name, None)


def _text(value: object) -> str | None:
    """A non-empty string, or None for NA and empty cells."""
    return value if isinstance(value, str) and value else None


def _inferred(record: object) -> bool:
    """Whether a participant or approach row rests on an inference (its basis says so)."""
    return _text(_field(record, "basis")) == "inferred"


def _true(value: object) -> bool:
    """A boolean cell that is set and true (NA counts as not true)."""
    return not pd.isna(value) and bool(value)


def _partial(value: object, precision: object) -> PartialDate | None:
    text = _text(value)
    return PartialDate(text, _text(precision) or precision_of(text)) if text else None


def _distinct(*refs: Refs) -> Refs:
    return tuple(dict.fromkeys(n for r in refs for n in r))


def _of(frame: pd.DataFrame, initiative_id: str) -> pd.DataFrame:
    """The rows of a table about one initiative (rows without an initiative left out)."""
    return frame[(frame["initiative_id"] == initiative_id).fillna(False).astype(bool)]


def _initiative(ds: Dataset, initiative_id: str) -> pd.Series:
    found = ds.initiatives[ds.initiatives["initiative_id"] == initiative_id]
    if found.empty:
        raise KeyError(f"unknown initiative {initiative_id!r}")
    return with_places(ds, found).iloc[0]


# --- sections ----------------------------------------------------------------------------------


def _programme(ds: Dataset, row: pd.Series, lang: str, cite: _Citations) -> Programme | None:
    member = memberships(ds).get(row["initiative_id"])
    if member is None:
        return None
    refs = tuple(n for e in member.excerpts for n in cite(member.source_id, e))
    return Programme(member.programme, member.inferred,
                     member.reasoning(lang) if member.inferred else None, refs)


def _figures(ds: Dataset, initiative_id: str, lang: str,
             cite: _Citations) -> tuple[FigureRow, ...]:
    figures = _of(ds.figures, initiative_id)
    figures = figures.assign(_order=figures["metric"].map(vocab.METRICS.index)).sort_values(
        "_order", kind="stable")
    orgs = organisation_names(ds, lang)
    return tuple(
        FigureRow(fig.metric, _text(fig.per), _text(fig.modality), amount,
                  orgs.get(fig.org_id, "") if _text(fig.org_id) else None, cite.row(fig))
        for fig, amount in zip(figures.itertuples(index=False), amounts(figures), strict=True))


def _partners(ds: Dataset, initiative_id: str, lang: str,
              cite: _Citations) -> tuple[PartnerRow, ...]:
    """One row per organisation, its roles together, leads first."""
    members = _of(ds.participants, initiative_id)
    orgs = ds.organisations.set_index("org_id")
    by_org: dict[str, list] = {}
    for member in members.itertuples(index=False):
        by_org.setdefault(member.org_id, []).append(member)
    rank = {r: n for n, r in enumerate(vocab.PARTICIPANT_ROLES)}

    def order(org_id: str) -> tuple[int, str]:
        name = own_words(orgs.loc[org_id], "name", lang) if org_id in orgs.index else org_id
        return min(rank.get(m.role, len(rank)) for m in by_org[org_id]), str(name).casefold()

    rows = []
    for org_id in sorted(by_org, key=order):
        org = orgs.loc[org_id] if org_id in orgs.index else None
        refs = [cite.row(m) for m in by_org[org_id]]
        if org is not None:
            refs.append(cite(org["source_id"]))
        rows.append(PartnerRow(
            own_words(org, "name", lang) if org is not None else org_id,
            org is not None and _true(org["is_generic"]),
            _text(org["sector"]) if org is not None else None,
            roles(members[members["org_id"] == org_id]), _distinct(*refs)))
    return tuple(rows)


def _approach(ds: Dataset, initiative_id: str, cite: _Citations) -> tuple[ApproachRow, ...]:
    """Elements in practice first, then by modality (see vocab); vocabulary order within."""
    elements = _of(ds.approaches, initiative_id)
    status_rank = {s: n for n, s in enumerate(vocab.MODALITIES)}
    element_rank = {a: n for n, a in enumerate(vocab.APPROACHES)}
    ordered = sorted(elements.itertuples(index=False), key=lambda a: (
        status_rank.get(a.modality, len(status_rank)), element_rank.get(a.approach, 0)))
    return tuple(ApproachRow(a.approach, a.modality, _inferred(a), cite.row(a)) for a in ordered)


def _timeline(ds: Dataset, row: pd.Series, lang: str,
              cite: _Citations) -> tuple[TimelineRow, ...]:
    """Events of the initiative plus its own start and end, oldest first.

    The start or end of the initiative is left out when an event of kind start/einde on the
    same date already tells it. An initiative date after its source appeared is planned.
    """
    events = _of(ds.events, row["initiative_id"])
    entries = _event_entries(events, lang, cite)
    told = {(e.kind, e.date) for e in events.itertuples(index=False)}
    published = _published_end(ds, row["source_id"])
    for column, kind in (("start", "start"), ("end", "einde")):
        value = _text(row[column])
        if value is None or (kind, value) in told:
            continue
        first, last = span(value, row[f"{column}_precision"])
        planned = published is not None and first > published
        entries.append(((first, last), TimelineRow(
            PartialDate(value, row[f"{column}_precision"]), None, None, None, column, kind,
            None, planned, cite.row(row))))
    entries.sort(key=lambda e: e[0])
    return tuple(entry for _, entry in entries)


def _event_entries(events: pd.DataFrame, lang: str,
                   cite: _Citations) -> list[tuple[tuple[date, date], TimelineRow]]:
    """Events as timeline rows, each with its span to sort by."""
    entries = []
    for event in events.itertuples(index=False):
        first, last = span(event.date, event.date_precision)
        end_date = _text(event.end_date)
        if end_date:
            last = span(end_date, precision_of(end_date))[1]
        entries.append(((first, last), TimelineRow(
            PartialDate(event.date, event.date_precision), end_date,
            _text(own_words(event, "date_note", lang)), own_words(event, "title", lang), None,
            event.kind, _text(event.modality), False, cite.row(event))))
    return entries


def _published_end(ds: Dataset, source_id: object) -> date | None:
    """Last day the source may have appeared on: later dates were still to come."""
    found = ds.sources[ds.sources["source_id"] == source_id]
    if found.empty or not _text(found.iloc[0]["published"]):
        return None
    source = found.iloc[0]
    return span(source["published"], source["published_precision"])[1]


def _statements(ds: Dataset, statements: pd.DataFrame, lang: str,
                cite: _Citations) -> tuple[StatementRow, ...]:
    people = ds.people.set_index("person_id")
    rows = []
    for s in statements.itertuples(index=False):
        refs = [cite.row(s)]
        speaker = role = None
        person_id = _text(s.person_id)
        if person_id and person_id in people.index:
            person = people.loc[person_id]
            speaker, role = person["name"], _text(own_words(person, "role", lang))
            refs.append(cite(person["source_id"]))
        rows.append(StatementRow(s.topic, _text(own_words(s, "summary_nl", lang)), s.modality,
                                 speaker, role, _distinct(*refs)))
    return tuple(rows)


def _programme_facts(ds: Dataset, initiative_id: str, lang: str,
                     cite: _Citations) -> ProgrammeFacts | None:
    """The facts the sources give about the initiative's programme as a whole: its summary,
    monitor waves (with their findings), ties, events and statements that name the programme
    and no initiative. None when the initiative belongs to no programme."""
    member = memberships(ds).get(initiative_id)
    if member is None:
        return None
    programme_id = member.programme_id
    found = ds.programmes[ds.programmes["programme_id"] == programme_id]
    summary = _text(own_words(found.iloc[0], "summary_nl", lang)) if len(found) else None
    summary_refs = cite.row(found.iloc[0]) if summary else ()
    events = _of_programme(ds.events, programme_id)
    return ProgrammeFacts(
        member.programme, member.inferred, summary, summary_refs,
        _waves(ds, programme_id, initiative_id, lang, cite),
        _relations(ds, programme_id, lang, cite),
        tuple(row for _, row in sorted(_event_entries(events, lang, cite), key=lambda e: e[0])),
        _statements(ds, _of_programme(ds.statements, programme_id), lang, cite))


def _of_programme(frame: pd.DataFrame, programme_id: str) -> pd.DataFrame:
    """The rows of a table about a programme as a whole: its id, and no initiative's."""
    mine = (frame["programme_id"] == programme_id).fillna(False).astype(bool)
    if "initiative_id" in frame:
        mine &= frame["initiative_id"].isna()
    return frame[mine]


def _waves(ds: Dataset, programme_id: str, initiative_id: str, lang: str,
           cite: _Citations) -> tuple[WaveRow, ...]:
    """The programme's waves with their findings, and the results of the initiative itself."""
    waves = _of_programme(ds.monitor_waves, programme_id)
    measured = ds.monitor_indicators[ds.monitor_indicators["initiative_id"] == initiative_id]
    waves = waves.assign(_first=[span(v, p)[0] for v, p in
                                 zip(waves["date"], waves["date_precision"], strict=True)])
    rows = []
    for wave in waves.sort_values(["_first", "wave_id"]).itertuples(index=False):
        found = ds.monitor_findings[ds.monitor_findings["wave_id"] == wave.wave_id]
        found = found.sort_values("rank")
        numbers = measured[measured["wave_id"] == wave.wave_id].merge(
            ds.initiatives[["initiative_id", "name", "name_en"]].rename(
                columns={"name": "initiative", "name_en": "initiative_en"}), on="initiative_id")
        refs = [cite.row(wave), *(cite.row(f) for f in found.itertuples(index=False)),
                *(cite(r.source_id) if is_suppressed(r.n) else cite.row(r)
                  for r in numbers.itertuples(index=False))]
        rows.append(WaveRow(
            own_words(wave, "name", lang), wave.status,
            PartialDate(wave.date, wave.date_precision),
            _text(own_words(wave, "date_note", lang)),
            tuple(s for s in own_words(found, "summary_nl", lang) if _text(s)),
            _distinct(*refs), result_lines(numbers, lang)))
    return tuple(rows)


def _relations(ds: Dataset, programme_id: str, lang: str,
               cite: _Citations) -> tuple[RelationRow, ...]:
    orgs = organisation_names(ds, lang)
    return tuple(
        RelationRow(orgs.get(r.from_org_id, r.from_org_id), r.kind,
                    orgs.get(r.to_org_id, r.to_org_id), _text(r.modality), cite.row(r))
        for r in _of_programme(ds.relations, programme_id).itertuples(index=False))


def _sources(ds: Dataset, cite: _Citations) -> tuple[SourceEntry, ...]:
    """Every source cited above, numbered as cited, with the excerpts shown from it."""
    sources = ds.sources.set_index("source_id")
    entries = []
    for number, (source_id, excerpts) in enumerate(cite.excerpts.items(), start=1):
        if source_id in sources.index:
            source = sources.loc[source_id]
            entries.append(SourceEntry(
                number, source["title"], _text(source["publisher"]),
                _partial(source["published"], source["published_precision"]), tuple(excerpts)))
        else:
            entries.append(SourceEntry(number, source_id, None, None, tuple(excerpts)))
    return tuple(entries)
