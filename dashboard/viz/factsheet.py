"""One initiative on one printable page: a self-contained HTML factsheet.

The sheet is saved, mailed and printed outside the dashboard, so it carries everything
itself: inline CSS, no scripts, fonts, images or links to anything. Names, summaries and
excerpts come from editable CSV files, so every data string is HTML-escaped. Each fact
points to its source by number, and the sources section lists per source the exact
excerpts behind the facts on the sheet, so a reader can check it against the newsletters.
"""

from collections.abc import Iterable
from datetime import date

import pandas as pd

from dashboard.core import vocab
from dashboard.core.dataset import Dataset
from dashboard.core.dates import precision_of, span
from dashboard.core.export import file_stem
from dashboard.core.membership import memberships
from dashboard.core.overview import newest_source, with_places
from dashboard.core.schemas import EVIDENCE_COLUMNS
from dashboard.i18n import label, membership_line, t, with_modality
from dashboard.i18n.formatting import (
    figure_text,
    format_partial,
    html_text,
    metric_label,
    period_text,
)
from dashboard.viz.palette import NEUTRAL, SECTOR_COLOURS

# The id of every section, in page order (tests and print anchors rely on them).
SECTION_IDS = ("header", "summary", "key-figures", "partners", "approach", "timeline",
               "statements", "sources", "footer")


def factsheet_filename(ds: Dataset, initiative_id: str) -> str:
    """'factsheet-assen.html': the id as a bounded file stem (ids are slugs of any length).

    Asked for every case on every run of the home page, so it only checks the id exists.
    """
    if not ds.initiatives["initiative_id"].eq(initiative_id).any():
        raise KeyError(f"unknown initiative {initiative_id!r}")
    return f"factsheet-{file_stem(initiative_id)}.html"


def factsheet_html(ds: Dataset, initiative_id: str, lang: str = "nl", *,
                   generated: date | None = None) -> str:
    """The whole factsheet as one HTML document; raises KeyError for an unknown initiative.

    `generated` adds "made on <date>" to the footer; without it the output depends on the
    data alone, so the same data always gives the same file.
    """
    row = _initiative(ds, initiative_id)
    cite = _Citations()
    parts = [
        _header(ds, row, lang, cite),
        "<main>",
        _summary(row, lang, cite),
        _figures(ds, initiative_id, lang, cite),
        _partners(ds, initiative_id, lang, cite),
        _approach(ds, initiative_id, lang, cite),
        _timeline(ds, row, lang, cite),
        _statements(ds, initiative_id, lang, cite),
        _sources(ds, cite, lang),
        "</main>",
        _footer(ds, lang, generated),
    ]
    title = _e(t("factsheet_title", lang, name=row["name"]))
    return (f'<!DOCTYPE html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")


# --- building blocks ---------------------------------------------------------------------------


class _Citations:
    """Numbers sources in order of first use and keeps the excerpts shown, per source."""

    def __init__(self) -> None:
        self.excerpts: dict[str, list[str]] = {}

    def __call__(self, source_id: object, evidence: object = None) -> str:
        """The reference marker '[n]' for a row; remembers its excerpt for the sources list."""
        source = _text(source_id)
        if source is None:
            return ""
        shown = self.excerpts.setdefault(source, [])
        excerpt = _text(evidence)
        if excerpt is not None and excerpt not in shown:
            shown.append(excerpt)
        return f'<span class="ref">[{list(self.excerpts).index(source) + 1}]</span>'

    def row(self, record: object) -> str:
        """The marker for a fact row, remembering every one of its excerpts."""
        marker = ""
        for column in EVIDENCE_COLUMNS:
            marker = self(_field(record, "source_id"), _field(record, column))
        return marker


def _field(record: object, name: str) -> object:
    """A cell of a row given as a Series or as a named tuple (None when it has no such cell)."""
    return record.get(name) if isinstance(record, pd.Series) else getattr(record, name, None)


def _e(value: object) -> str:
    return html_text(value)


def _text(value: object) -> str | None:
    """A non-empty string, or None for NA and empty cells."""
    return value if isinstance(value, str) and value else None


def _true(value: object) -> bool:
    """A boolean cell that is set and true (NA counts as not true)."""
    return not pd.isna(value) and bool(value)


def _refs(markers: Iterable[str]) -> str:
    return " ".join(dict.fromkeys(m for m in markers if m))


def _of(frame: pd.DataFrame, initiative_id: str) -> pd.DataFrame:
    """The rows of a table about one initiative (rows without an initiative left out)."""
    return frame[(frame["initiative_id"] == initiative_id).fillna(False).astype(bool)]


def _initiative(ds: Dataset, initiative_id: str) -> pd.Series:
    found = ds.initiatives[ds.initiatives["initiative_id"] == initiative_id]
    if found.empty:
        raise KeyError(f"unknown initiative {initiative_id!r}")
    return with_places(ds, found).iloc[0]


def _unknown(lang: str) -> str:
    return f'<p class="unknown">{_e(t("unknown", lang))}</p>'


def _section(section_id: str, heading: str, body: str) -> str:
    return f'<section id="{section_id}">\n<h2>{_e(heading)}</h2>\n{body}\n</section>'


def _table(headings: list[str], rows: list[list[str]], css_class: str = "") -> str:
    """A table from already-escaped cell HTML."""
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in headings)
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for cells in rows)
    return (f'<table class="{css_class}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n'
            "</tbody>\n</table>")


def _date(value: object, precision: object, lang: str) -> str | None:
    text = _text(value)
    return format_partial(text, _text(precision) or precision_of(text), lang) if text else None


# --- sections ----------------------------------------------------------------------------------


def _header(ds: Dataset, row: pd.Series, lang: str, cite: _Citations) -> str:
    unknown = t("unknown", lang)
    period = period_text(row["start"], row["start_precision"], row["end"], row["end_precision"],
                         lang, "factsheet_period_value", "unknown")
    marker = cite.row(row)
    facts = [
        (t("factsheet_kind", lang), _e(label("initiative_kind", row["kind"], lang))),
        (t("factsheet_place", lang), _e(_text(row["place"]) or unknown)),
        (t("factsheet_municipality", lang), _e(_text(row["municipality"]) or unknown)),
        (t("factsheet_province", lang), _e(_text(row["province"]) or unknown)),
        (t("factsheet_status", lang), _e(label("initiative_status", row["status"], lang))),
        (t("factsheet_period", lang), f"{_e(period)} {marker}"),
        (t("factsheet_programme", lang), _programme(ds, row, lang, cite)),
    ]
    items = "\n".join(f"<dt>{_e(name)}</dt><dd>{value}</dd>" for name, value in facts)
    return (f'<header id="header">\n<p class="kicker">{_e(t("factsheet_kicker", lang))}</p>\n'
            f'<h1>{_e(row["name"])}</h1>\n<dl class="facts">\n{items}\n</dl>\n</header>')


def _programme(ds: Dataset, row: pd.Series, lang: str, cite: _Citations) -> str:
    """Programme name with how the membership is known; an inferred one with its reasoning."""
    member = memberships(ds).get(row["initiative_id"])
    if member is None:
        return _e(t("factsheet_no_programme", lang))
    text = _e(membership_line(member.programme, member.inferred, lang))
    if member.inferred:
        text += "<br>" + _e(t("membership_inferred", lang, reasoning=member.reasoning(lang)))
    return f"{text} " + " ".join(cite(member.source_id, e) for e in member.excerpts)


def _summary(row: pd.Series, lang: str, cite: _Citations) -> str:
    summary = _text(row[f"summary_{lang}"])
    body = (f"<p>{_e(summary)} {cite.row(row)}</p>" if summary
            else _unknown(lang))
    return _section("summary", t("factsheet_summary", lang), body)


def _figures(ds: Dataset, initiative_id: str, lang: str, cite: _Citations) -> str:
    figures = _of(ds.figures, initiative_id)
    figures = figures.assign(_order=figures["metric"].map(vocab.METRICS.index)).sort_values(
        "_order", kind="stable")
    orgs = dict(zip(ds.organisations["org_id"], ds.organisations["name"], strict=True))
    about = figures["org_id"].notna().any()
    rows = []
    for fig in figures.itertuples(index=False):
        cells = [_e(metric_label(fig.metric, fig.per, lang, fig.modality)),
                 _e(figure_text(fig.value, fig.value_max, fig.unit, fig.approximate, lang))]
        if about:
            cells.append(_e(orgs.get(fig.org_id, "")) if _text(fig.org_id) else "")
        rows.append([*cells, cite.row(fig)])
    headings = [t("factsheet_col_metric", lang), t("factsheet_col_value", lang)]
    if about:
        headings.append(t("factsheet_col_about", lang))
    body = (_table([*headings, t("col_source", lang)], rows, "figures") if rows
            else _unknown(lang))
    return _section("key-figures", t("factsheet_figures", lang), body)


def _partners(ds: Dataset, initiative_id: str, lang: str, cite: _Citations) -> str:
    """One row per organisation, its roles together, leads first."""
    members = _of(ds.participants, initiative_id)
    orgs = ds.organisations.set_index("org_id")
    by_org: dict[str, list] = {}
    for member in members.itertuples(index=False):
        by_org.setdefault(member.org_id, []).append(member)
    rank = {r: n for n, r in enumerate(vocab.PARTICIPANT_ROLES)}

    def order(org_id: str) -> tuple[int, str]:
        name = orgs.at[org_id, "name"] if org_id in orgs.index else org_id
        return min(rank.get(m.role, len(rank)) for m in by_org[org_id]), str(name).casefold()

    rows = []
    for org_id in sorted(by_org, key=order):
        org = orgs.loc[org_id] if org_id in orgs.index else None
        name = _e(org["name"] if org is not None else org_id)
        if org is not None and _true(org["is_generic"]):
            name += f'<br><span class="note">{_e(t("factsheet_generic", lang))}</span>'
        sector = _text(org["sector"]) if org is not None else None
        colour = SECTOR_COLOURS.get(sector or "", NEUTRAL)
        roles = sorted({(m.role, m.modality) for m in by_org[org_id]},
                       key=lambda r: rank.get(r[0], len(rank)))
        markers = [cite.row(m) for m in by_org[org_id]]
        if org is not None:
            markers.append(cite(org["source_id"]))
        rows.append([
            name,
            f'<span class="sector"><span class="swatch" style="background-color:{_e(colour)}">'
            f"</span>{_e(label('sector', sector, lang))}</span>",
            _e(", ".join(with_modality(label("role", r, lang), m, lang) for r, m in roles)),
            _refs(markers),
        ])
    headings = [t("factsheet_col_organisation", lang), t("col_sector", lang), t("col_role", lang),
                t("col_source", lang)]
    body = _table(headings, rows, "partners") if rows else _unknown(lang)
    return _section("partners", t("factsheet_partners", lang), body)


def _approach(ds: Dataset, initiative_id: str, lang: str, cite: _Citations) -> str:
    """Elements in practice first, then by modality (see vocab); vocabulary order within."""
    elements = _of(ds.approaches, initiative_id)
    status_rank = {s: n for n, s in enumerate(vocab.MODALITIES)}
    element_rank = {a: n for n, a in enumerate(vocab.APPROACHES)}
    ordered = sorted(elements.itertuples(index=False), key=lambda a: (
        status_rank.get(a.modality, len(status_rank)), element_rank.get(a.approach, 0)))
    rows = [[_e(label("approach", a.approach, lang)),
             _e(label("modality", a.modality, lang)),
             cite.row(a)] for a in ordered]
    headings = [t("factsheet_col_element", lang), t("col_modality", lang), t("col_source", lang)]
    body = _table(headings, rows, "approach") if rows else _unknown(lang)
    return _section("approach", t("factsheet_approach", lang), body)


def _timeline(ds: Dataset, row: pd.Series, lang: str, cite: _Citations) -> str:
    """Events of the initiative plus its own start and end, oldest first.

    The start or end of the initiative is left out when an event of kind start/einde on the
    same date already tells it. An initiative date after its source appeared is planned.
    """
    events = _of(ds.events, row["initiative_id"])
    entries = []
    for event in events.itertuples(index=False):
        first, last = span(event.date, event.date_precision)
        when = _date(event.date, event.date_precision, lang)
        if _text(event.end_date):
            last = span(event.end_date, precision_of(event.end_date))[1]
            when = f"{when} – {_date(event.end_date, None, lang)}"
        entries.append(((first, last), when, _text(event.date_note), _e(event.title),
                        label("event_kind", event.kind, lang),
                        None if event.modality == "in_practice"
                        else label("modality", event.modality, lang),
                        cite.row(event)))
    told = {(e.kind, e.date) for e in events.itertuples(index=False)}
    published = _published_end(ds, row["source_id"])
    for column, kind, key in (("start", "start", "factsheet_initiative_start"),
                              ("end", "einde", "factsheet_initiative_end")):
        value = _text(row[column])
        if value is None or (kind, value) in told:
            continue
        first, last = span(value, row[f"{column}_precision"])
        planned = published is not None and first > published
        entries.append(((first, last), _date(value, row[f"{column}_precision"], lang), None,
                        _e(t(key, lang)), label("event_kind", kind, lang),
                        t("factsheet_planned", lang) if planned else None, cite.row(row)))
    entries.sort(key=lambda e: e[0])
    rows = []
    for _, when, note, title, kind, not_yet, marker in entries:
        when_html = _e(when)
        if note:
            when_html += f'<br><span class="note">{_e(note)}</span>'
        if not_yet:
            title += f'<br><span class="planned">{_e(not_yet)}</span>'
        rows.append([when_html, title, _e(kind), marker])
    headings = [t("col_date", lang), t("factsheet_col_event", lang), t("col_kind", lang),
                t("col_source", lang)]
    body = _table(headings, rows, "timeline") if rows else _unknown(lang)
    return _section("timeline", t("factsheet_timeline", lang), body)


def _published_end(ds: Dataset, source_id: object) -> date | None:
    """Last day the source may have appeared on: later dates were still to come."""
    found = ds.sources[ds.sources["source_id"] == source_id]
    if found.empty or not _text(found.iloc[0]["published"]):
        return None
    source = found.iloc[0]
    return span(source["published"], source["published_precision"])[1]


def _statements(ds: Dataset, initiative_id: str, lang: str, cite: _Citations) -> str:
    statements = _of(ds.statements, initiative_id)
    people = ds.people.set_index("person_id")
    rows = []
    for s in statements.itertuples(index=False):
        summary = _text(getattr(s, f"summary_{lang}")) or t("unknown", lang)
        speaker, markers = "", [cite.row(s)]
        person_id = _text(s.person_id)
        if person_id and person_id in people.index:
            person = people.loc[person_id]
            role = _text(person["role"])
            speaker = _e(person["name"]) + (f'<br><span class="note">{_e(role)}</span>'
                                            if role else "")
            markers.append(cite(person["source_id"]))
        if not speaker:
            speaker = f'<span class="note">{_e(t("factsheet_narrative", lang))}</span>'
        rows.append([_e(label("topic", s.topic, lang)), _e(summary),
                     _e(label("modality", s.modality, lang)), speaker, _refs(markers)])
    headings = [t("factsheet_col_topic", lang), t("factsheet_col_statement", lang),
                t("col_modality", lang), t("factsheet_col_speaker", lang), t("col_source", lang)]
    body = _table(headings, rows, "statements") if rows else _unknown(lang)
    return _section("statements", t("factsheet_statements", lang), body)


def _sources(ds: Dataset, cite: _Citations, lang: str) -> str:
    """Every source cited above, numbered as cited, with the excerpts shown from it."""
    sources = ds.sources.set_index("source_id")
    blocks = []
    for number, (source_id, excerpts) in enumerate(cite.excerpts.items(), start=1):
        if source_id in sources.index:
            source = sources.loc[source_id]
            when = _date(source["published"], source["published_precision"], lang)
            details = [d for d in (_text(source["publisher"]),
                                   t("factsheet_published", lang, date=when) if when else None)
                       if d]
            title = f"<strong>{_e(source['title'])}</strong>"
            if details:
                title += " — " + _e(", ".join(details))
        else:
            title = f"<strong>{_e(source_id)}</strong>"
        quotes = ("<ul class=\"evidence\">\n" + "\n".join(
            f"<li>“{_e(excerpt)}”</li>" for excerpt in excerpts) + "\n</ul>") if excerpts else (
            f'<p class="note">{_e(t("factsheet_no_evidence", lang))}</p>')
        blocks.append(f'<div class="source" id="source-{number}">\n<p><span class="ref">'
                      f"[{number}]</span> {title}</p>\n{quotes}\n</div>")
    body = f'<p class="note">{_e(t("factsheet_sources_intro", lang))}</p>\n' + "\n".join(blocks)
    return _section("sources", t("factsheet_sources", lang), body)


def _footer(ds: Dataset, lang: str, generated: date | None) -> str:
    newest = newest_source(ds)
    lines = [t("data_version", lang, date=format_partial(newest.value, newest.precision, lang)),
             t("factsheet_note", lang)]
    if generated is not None:
        lines.append(t("factsheet_generated", lang, date=format_partial(
            generated.isoformat(), "day", lang)))
    return ('<footer id="footer">\n' + "\n".join(f"<p>{_e(line)}</p>" for line in lines)
            + "\n</footer>")


# System fonts only, black on white, ≥ 10pt: prints sharply without anything to download.
CSS = """
@page { size: A4; margin: 15mm; }
html { background: #ffffff; color: #000000; }
body {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 11pt; line-height: 1.4; margin: 0 auto; max-width: 180mm; padding: 0;
}
@media screen { body { padding: 12mm 8mm; } }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 6pt; }
h2 {
  font-size: 13pt; margin: 14pt 0 4pt; padding-bottom: 2pt; border-bottom: 1pt solid #000000;
  break-after: avoid; page-break-after: avoid;
}
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
.kicker { font-size: 10pt; font-weight: bold; letter-spacing: 0.05em; text-transform: uppercase; }
dl.facts {
  display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 6pt;
}
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; }
thead { display: table-header-group; }
th, td {
  text-align: left; vertical-align: top; padding: 3pt 5pt 3pt 0;
  border-bottom: 0.5pt solid #595959;
}
th { font-weight: bold; border-bottom: 1pt solid #000000; }
tr, li, .source { break-inside: avoid; page-break-inside: avoid; }
td:last-child, th:last-child { width: 1%; white-space: nowrap; padding-right: 0; }
.sector { white-space: nowrap; }
.ref { font-size: 10pt; color: #333333; white-space: nowrap; }
.note { font-size: 10pt; color: #333333; }
.planned { font-size: 10pt; font-style: italic; }
.unknown { font-style: italic; }
.swatch {
  display: inline-block; width: 9pt; height: 9pt; margin-right: 4pt; vertical-align: -1pt;
  border: 0.5pt solid #000000; -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
ul.evidence { margin: 0 0 8pt; padding-left: 16pt; }
ul.evidence li { margin-bottom: 2pt; }
.source p { margin-bottom: 2pt; }
footer { margin-top: 14pt; padding-top: 4pt; border-top: 1pt solid #000000; font-size: 10pt; }
"""
