"""The factsheet: one self-contained, escaped, printable page per initiative, true to the data."""

import dataclasses
import re
import tomllib
from datetime import date
from html import escape, unescape
from html.parser import HTMLParser

import pandas as pd
import pytest
from markupsafe import escape as markup_escape

from dashboard import config
from dashboard.data import vocab
from dashboard.data.schemas import EVIDENCE_COLUMNS
from dashboard.i18n import label, t
from dashboard.i18n.formatting import format_partial
from dashboard.topics.overview import newest_source
from dashboard.viz.factsheet import SECTION_IDS, factsheet_filename, factsheet_html

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> "quotes" & more'
# Tables whose rows about an initiative carry the excerpts a factsheet may quote.
EVIDENCE_TABLES = ("figures", "participants", "approaches", "events", "statements")


class Page(HTMLParser):
    """A parsed factsheet: every tag must close in order; text and table rows per section."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.ids: list[str] = []
        self.stack: list[tuple[str, str | None]] = []
        self.errors: list[str] = []
        self.text: dict[str, str] = {}
        self.rows: dict[str, list[list[str]]] = {}
        self.feed(html)
        self.close()

    def _section(self) -> str | None:
        return next((i for _, i in reversed(self.stack) if i in SECTION_IDS), None)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, name, value) for name, value in attrs]
        element_id = dict(attrs).get("id")
        if element_id:
            self.ids.append(element_id)
        section = self._section()
        if section:  # a tag separates words, as a browser would show them
            self.handle_data(" ")
        if tag == "tr" and section:
            self.rows.setdefault(section, []).append([])
        if tag in ("td", "th") and section:
            self.rows[section][-1].append("")
        if tag not in VOID:
            self.stack.append((tag, element_id))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unexpected </{tag}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        section = self._section()
        if section is None:
            return
        self.text[section] = self.text.get(section, "") + data
        if any(tag in ("td", "th") for tag, _ in self.stack):
            self.rows[section][-1][-1] += data

    def section_text(self, section: str) -> str:
        return " ".join(self.text.get(section, "").split())

    def table(self, section: str) -> list[list[str]]:
        """Body rows of the section's table, cells with whitespace collapsed."""
        return [[" ".join(c.split()) for c in row] for row in self.rows.get(section, [])[1:]]


def quotes(html: str) -> list[str]:
    """The evidence excerpts listed in the sources section."""
    sources = html[html.index('id="sources"'):html.index('id="footer"')]
    return [unescape(q) for q in re.findall(r"<li>“(.*?)”</li>", sources, flags=re.S)]


def initiative_evidence(ds, initiative_id: str) -> set[str]:
    row = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    found = {row[c] for c in (*EVIDENCE_COLUMNS, "programme_evidence", "programme_evidence_2")}
    for name in EVIDENCE_TABLES:
        frame = getattr(ds, name)
        mine = frame[(frame["initiative_id"] == initiative_id).fillna(False).astype(bool)]
        for column in EVIDENCE_COLUMNS:
            found |= set(mine[column])
    return {e for e in found | programme_evidence(ds, row["programme_id"])
            if isinstance(e, str)}


def programme_evidence(ds, programme_id) -> set[str]:
    """The excerpts behind the programme section: the programme's row, its waves and their
    findings, and the ties, events and statements about the programme and no initiative."""
    if not isinstance(programme_id, str):
        return set()
    waves = ds.monitor_waves[ds.monitor_waves["programme_id"] == programme_id]
    frames = [ds.programmes[ds.programmes["programme_id"] == programme_id], waves,
              ds.monitor_findings[ds.monitor_findings["wave_id"].isin(waves["wave_id"])]]
    for frame in (ds.relations, ds.events, ds.statements):
        frames.append(frame[(frame["programme_id"] == programme_id).fillna(False).astype(bool)
                            & frame["initiative_id"].isna()])
    return {e for frame in frames for column in EVIDENCE_COLUMNS for e in frame[column]}


@pytest.fixture(scope="module")
def sheets(ds) -> dict[tuple[str, str], str]:
    return {(i, lang): factsheet_html(ds, i, lang)
            for i in ds.initiatives["initiative_id"] for lang in ("nl", "en")}


# --- self-contained and well-formed ------------------------------------------------------------


def test_every_initiative_parses_with_all_sections_in_order(ds, sheets):
    for (initiative, lang), html in sheets.items():
        page = Page(html)
        assert not page.errors and not page.stack, (initiative, lang, page.errors, page.stack)
        assert [i for i in page.ids if i in SECTION_IDS] == list(SECTION_IDS), initiative
        assert html.startswith("<!DOCTYPE html>")
        assert f'<html lang="{lang}">' in html


def test_nothing_is_loaded_from_anywhere(sheets):
    for key, html in sheets.items():
        page = Page(html)
        lowered = html.lower()
        assert "<script" not in lowered, key
        assert "@import" not in lowered and "url(" not in lowered, key
        assert not {"script", "link", "img", "iframe", "object", "embed", "svg"} & set(page.tags)
        for tag, name, value in page.attrs:
            assert name not in ("src", "srcset", "href", "action", "formaction"), (key, tag)
            assert not name.startswith("on"), (key, tag, name)
            assert "http" not in (value or "") and "//" not in (value or ""), (key, tag, value)


def test_template_and_stylesheet_are_installed_with_the_package():
    declared = tomllib.loads((config.ROOT / "pyproject.toml").read_text())
    patterns = declared["tool"]["setuptools"]["package-data"]["dashboard.viz"]
    folder = config.ROOT / "dashboard" / "viz"
    files = [p.relative_to(folder) for p in (folder / "templates").iterdir()]
    assert {"factsheet.html.j2", "factsheet.css"} <= {f.name for f in files}
    assert all(any(f.match(pattern) for pattern in patterns) for f in files), files


def test_printable_on_a4_with_system_fonts(sheets, ds):
    html = sheets[(ds.initiatives["initiative_id"].iloc[0], "nl")]
    assert "@page { size: A4; margin: 15mm; }" in html
    assert "font-size: 10pt" in html  # the smallest text the sheet prints
    assert "@font-face" not in html
    assert "break-inside: avoid" in html
    assert "break-before: page" in html  # the appendix starts on a page of its own


# --- escaping ----------------------------------------------------------------------------------


def hostile(ds):
    """The dataset with attack text in a name, an organisation, a summary and an excerpt."""
    initiatives = ds.initiatives.copy()
    assen = initiatives["initiative_id"] == "assen"
    initiatives.loc[assen, "name"] = HOSTILE
    initiatives.loc[assen, "summary_nl"] = HOSTILE
    organisations = ds.organisations.copy()
    organisations.loc[organisations["org_id"] == "yorneo", "name"] = HOSTILE
    figures = ds.figures.copy()
    first = figures.index[(figures["initiative_id"] == "assen").fillna(False)][0]
    figures.loc[first, "evidence"] = HOSTILE
    return dataclasses.replace(ds, initiatives=initiatives, organisations=organisations,
                               figures=figures)


def test_hostile_text_appears_only_escaped(ds):
    html = factsheet_html(hostile(ds), "assen")
    page = Page(html)
    assert not page.errors and not page.stack
    assert "<script" not in html and "<img" not in html
    assert not {"script", "img"} & set(page.tags)
    assert not [name for _, name, _ in page.attrs if name.startswith("on")]
    assert '"quotes"' not in html and "& more" not in html
    # title, heading, summary, organisation and excerpt
    assert html.count(str(markup_escape(HOSTILE))) >= 5
    assert HOSTILE in page.section_text("partners")
    assert HOSTILE in quotes(html)


# --- content -----------------------------------------------------------------------------------


def test_assen_key_figures_are_the_sources(sheets):
    rows = Page(sheets[("assen", "nl")]).table("key-figures")
    values = {row[0]: row[1] for row in rows}
    assert values["Scholen"] == "12"
    assert values["Kinderopvangvoorzieningen"] == "3"
    assert values["Wijken"] == "3"


def test_groningen_groups_are_a_range_per_location(sheets):
    rows = Page(sheets[("groningen", "nl")]).table("key-figures")
    assert ["Groepen per locatie", "2–3", "[1]"] in rows


def test_initiative_without_figures_says_unknown(ds, sheets):
    without = sorted(set(ds.initiatives["initiative_id"])
                     - set(ds.figures["initiative_id"].dropna()))
    assert without
    for initiative in without:
        page = Page(sheets[(initiative, "nl")])
        assert "niet bekend uit de bronnen" in page.section_text("key-figures")
        assert not page.table("key-figures")


def test_approximate_figures_say_ca(ds):
    figures = ds.figures.copy()
    locations = (figures["initiative_id"] == "groningen") & (figures["metric"] == "locations")
    figures.loc[locations, "approximate"] = True
    html = factsheet_html(dataclasses.replace(ds, figures=figures), "groningen")
    assert ["Locaties", "ca. 2", "[1]"] in Page(html).table("key-figures")


def test_lent_figures_say_which_organisation_and_percent(sheets):
    rows = Page(sheets[("lent", "nl")]).table("key-figures")
    assert any(r[1] == "5" and r[2] == "Basisschool Het Talent" for r in rows)


def test_english_uses_english_labels(sheets):
    html = sheets[("assen", "en")]
    page = Page(html)
    assert "Key figures" in html and "Kerncijfers" not in html
    assert {r[0]: r[1] for r in page.table("key-figures")}["Schools"] == "12"
    partners = page.section_text("partners")
    assert label("sector", "jeugdzorg", "en") in partners
    assert label("role", "opdrachtgever", "en") in partners
    assert "not known from the sources" in page.section_text("timeline")
    assert "Data up to" in page.section_text("footer")


def test_header_place_status_period_and_programme(ds, sheets):
    lent = Page(sheets[("lent", "nl")]).section_text("header")
    assert "Nijmegen" in lent and "Gelderland" in lent
    assert label("initiative_kind", "dagarrangement") in lent
    groningen = Page(sheets[("groningen", "nl")]).section_text("header")
    assert "april 2012 – januari 2014" in groningen
    assert "Onderdeel van Alert4you in de BSO: afgeleid uit de bron" in groningen
    assert "Afgeleid, niet met zoveel woorden gezegd:" in groningen
    assert "Onderdeel van Alert4you in de BSO: genoemd in de bron" in Page(
        sheets[("assen", "nl")]).section_text("header")
    assert "Onderdeel van Experimenten dagarrangementen: afgeleid uit de bron" in lent
    assert "Periode niet bekend uit de bronnen" in Page(
        sheets[("assen", "nl")]).section_text("header")


def test_header_of_an_initiative_without_a_programme(ds):
    initiatives = ds.initiatives.copy()
    lent = initiatives["initiative_id"] == "lent"
    initiatives.loc[lent, ["programme_id", "programme_basis"]] = pd.NA
    html = factsheet_html(dataclasses.replace(ds, initiatives=initiatives), "lent")
    header = Page(html).section_text("header")
    assert t("factsheet_no_programme") in header
    assert "Onderdeel van" not in header


def test_summary_follows_the_language(ds, sheets):
    row = ds.initiatives.set_index("initiative_id").loc["lent"]
    assert row["summary_nl"] in Page(sheets[("lent", "nl")]).section_text("summary")
    assert row["summary_en"] in Page(sheets[("lent", "en")]).section_text("summary")


def test_partners_with_sector_role_and_generic_marked(ds, sheets):
    page = Page(sheets[("assen", "nl")])
    rows = page.table("partners")
    members = ds.participants[ds.participants["initiative_id"] == "assen"]
    assert len(rows) == members["org_id"].nunique()
    generic = set(ds.organisations.loc[ds.organisations["is_generic"], "name"])
    for row in rows:
        marked = t("factsheet_generic") in row[0]
        assert marked == any(row[0].startswith(name) for name in generic), row
    assert ["Gemeente Assen", "Gemeente", "Opdrachtgever", "[1]"] in rows
    assert 'style="background-color:#D55E00"' in sheets[("assen", "nl")]  # youth care colour


def test_approach_elements_with_status(ds, sheets):
    rows = Page(sheets[("lent", "nl")]).table("approach")
    lent = ds.approaches[ds.approaches["initiative_id"] == "lent"]
    assert len(rows) == len(lent)
    # The CJG's aim for the region, tied to the day programme by inference: it says so.
    assert ["(Sociale) wijkteams", "Voornemen of doel; afgeleid", "[1]"] in rows
    order = [label("modality", m) for m in vocab.MODALITIES]
    said = [r[1].removesuffix("; afgeleid") for r in rows]
    assert said == sorted(said, key=order.index)


def test_a_partner_that_takes_part_by_inference_says_so(sheets):
    rows = Page(sheets[("lent", "nl")]).table("partners")
    assert ["Ministerie van Onderwijs", "Rijksoverheid", "Ondersteuner (afgeleid)", "[1]"] in rows
    english = Page(sheets[("lent", "en")]).table("partners")
    assert any(r[2] == "Supporter (inferred)" for r in english), english


def test_timeline_is_chronological_and_marks_planned(sheets):
    rows = Page(sheets[("groningen", "nl")]).table("timeline")
    assert [r[0].split(" Medio")[0] for r in rows] == ["april 2012", "januari 2014"]
    planned = label("modality", "planned")
    assert planned not in rows[0][1] and planned in rows[1][1]
    lent = Page(sheets[("lent", "nl")]).table("timeline")
    assert lent and all(planned in r[1] for r in lent)


def test_initiative_dates_without_an_event_are_on_the_timeline(ds):
    initiatives = ds.initiatives.copy()
    lent = initiatives["initiative_id"] == "lent"
    initiatives.loc[lent, ["start", "start_precision", "end", "end_precision"]] = [
        "2012", "year", "2015-08", "month"]
    html = factsheet_html(dataclasses.replace(ds, initiatives=initiatives), "lent")
    rows = Page(html).table("timeline")
    assert rows[0][:2] == ["2012", t("factsheet_initiative_start")]
    assert rows[-1][0] == "augustus 2015"
    assert "gepland (volgens de bron)" in rows[-1][1]  # after the source appeared


def speaker(people: pd.DataFrame, person_id) -> str:
    """How the factsheet names who said something: name and role, the name alone when the
    source gives no role, or the newsletter's own narrative."""
    if pd.isna(person_id):
        return t("factsheet_narrative")
    person = people.loc[person_id]
    return person["name"] if pd.isna(person["role"]) else f"{person['name']} {person['role']}"


def test_statements_name_the_speaker_and_role(ds, sheets):
    rows = Page(sheets[("assen", "nl")]).table("statements")
    mine = ds.statements[ds.statements["initiative_id"] == "assen"]
    assert len(rows) == len(mine)
    people = ds.people.set_index("person_id")
    speakers = dict(zip(mine["summary_nl"], mine["person_id"], strict=True))
    shown = {row[3] for row in rows}
    assert t("factsheet_narrative") in shown and len(shown) > 2  # narrative and speakers
    for row in rows:
        assert row[3] == speaker(people, speakers[row[1]])
        assert row[2] in {label("modality", m) for m in vocab.MODALITIES}


def test_every_excerpt_shown_is_from_the_initiative_and_all_are_shown(ds, sheets):
    for (initiative, lang), html in sheets.items():
        shown = quotes(html)
        assert len(shown) == len(set(shown)), initiative
        assert set(shown) == initiative_evidence(ds, initiative), (initiative, lang)


def test_sources_are_numbered_with_title_and_date(ds, sheets):
    for (initiative, _), html in sheets.items():
        text = Page(html).section_text("sources")
        refs = set(re.findall(r"\[(\d+)\]", " ".join(
            Page(html).section_text(s) for s in SECTION_IDS if s != "sources")))
        listed = re.findall(r'<div class="source" id="source-(\d+)">', html)
        assert refs == set(listed), initiative
        for source in ds.sources.itertuples():
            if f">{escape(source.title)}<" in html:
                assert format_partial(source.published, source.published_precision) in text


def test_footer_has_the_data_version(ds, sheets):
    newest = newest_source(ds)
    footer = Page(sheets[("assen", "nl")]).section_text("footer")
    assert f"Gegevens t/m {format_partial(newest.value, newest.precision)}" in footer
    dated = factsheet_html(ds, "assen", generated=date(2025, 3, 4))
    assert "Gemaakt op 4 maart 2025." in Page(dated).section_text("footer")


def test_file_name_and_unknown_initiative(ds):
    assert factsheet_filename(ds, "assen") == "factsheet-assen.html"
    with pytest.raises(KeyError):
        factsheet_html(ds, "nergens")


def test_missing_summary_reads_unknown(ds):
    initiatives = ds.initiatives.copy()
    initiatives.loc[initiatives["initiative_id"] == "assen", "summary_en"] = pd.NA
    html = factsheet_html(dataclasses.replace(ds, initiatives=initiatives), "assen", "en")
    assert "not known from the sources" in Page(html).section_text("summary")


def test_a_partner_that_only_explores_says_so(sheets):
    rows = Page(sheets[("lent", "nl")]).table("partners")
    assert ["Alert4you", "Fonds / programma", "Verkent deelname (gaande)", "[1]"] in rows


def test_a_kind_resting_on_an_inferred_membership_says_so(sheets):
    """Groningen is a BSO project only by its inferred membership: the kind line says so."""
    assert "<dd>BSO-project (afgeleid)</dd>" in sheets[("groningen", "nl")]
    assert "<dd>BSO project (inferred)</dd>" in sheets[("groningen", "en")]
    assert "<dd>BSO-project</dd>" in sheets[("assen", "nl")]


def section_text(html: str, section: str) -> str:
    start = html.index(f'<section id="{section}"')
    text = re.sub(r"<[^>]+>", " ", html[start:html.index("</section>", start)])
    return " ".join(unescape(text).split())


def test_programme_facts_stand_under_a_heading_of_their_own(sheets):
    """The NJI monitor and the programme's ties belong to Alert4you in de BSO, not to
    Groningen, whose membership of it is inferred: the sheet says both."""
    text = section_text(sheets[("groningen", "nl")], "programme")
    assert text.startswith(
        "Over het programma Alert4you in de BSO (lidmaatschap afgeleid) Wat de bronnen over "
        "het programma als geheel zeggen, niet over Samen in de BSO-groep zelf. Dat Samen in "
        "de BSO-groep bij het programma hoort, is afgeleid uit de bron.")
    assert ("Eerste meting NJI-monitor (Afgerond) — februari 2013: maand waarin de resultaten "
            "zijn gepresenteerd [1] Werk aan samenwerking en dialoog met ouders.") in text
    assert "Tweede meting NJI-monitor (Gepland) — juni 2013" in text
    assert "NJI Onderzoek Alert4you In praktijk" in text
    assert "Alert4you Verkenning NJI Gaande" in text
    assert "Els Rienstra" in text
    # None of it is listed as the initiative's own.
    assert "Els Rienstra" not in section_text(sheets[("groningen", "nl")], "statements")


def test_a_stated_membership_and_a_programme_with_only_its_summary(sheets):
    text = section_text(sheets[("koploper-almere", "en")], "programme")
    assert text.startswith(
        "About the programme Alert4you vroegstimulering basisschoolleeftijd What the sources say "
        "about the programme as a whole, not about Municipal front-runner Almere itself. That "
        "Municipal front-runner Almere belongs to the programme is stated in the source.")
    assert "Monitor waves" not in text
