"""Monitor results wherever they go: a result on enough respondents is shown with its excerpt,
its English indicator and its source; one on fewer than 5 is nowhere a number — not on the
page model, in a download (CSV and its evidence sheet), on the slide, in the deck, in the
factsheet or in the published zip — and says why. Test-only results (tests.monitor_results)
on a copy of the fixture."""

import io
import re
import zipfile

import pytest

from dashboard.content.slide_plan import MonitorSlide, slide_content, slide_plan
from dashboard.content.slides import slide_source
from dashboard.data import load_dataset
from dashboard.data.refs import FACTS, row_evidence
from dashboard.publish.export import csv_bytes
from dashboard.publish.open_data import FOLDER, package_zip
from dashboard.ui.models.monitor import monitor
from dashboard.ui.models.presentation import shown_slide
from dashboard.ui.provenance import evidence_table
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import factsheet_html
from tests.monitor_results import (
    HIDDEN_EXCERPT,
    HIDDEN_VALUE,
    SHOWN_EXCERPT,
    SOURCE_TITLE,
    with_report,
)

SHOWN_LINE = {"nl": "Samen in de BSO-groep: Proefindicator samenwerking met ouders — 62 procent "
                    "(n = 40)",
              "en": "Samen in de BSO-groep: Test indicator cooperation with parents — 62 procent "
                    "(n = 40)"}
WHY = {"nl": "niet getoond: minder dan 5 antwoorden", "en": "not shown: fewer than 5 responses"}


@pytest.fixture
def results(data_copy, monkeypatch):
    return load_dataset(with_report(data_copy, monkeypatch))


def never_the_hidden_number(text: str) -> None:
    assert HIDDEN_VALUE not in text and HIDDEN_EXCERPT not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_wave_block_shows_its_results_not_that_there_are_none(results, lang):
    page = monitor(results, lang)
    first = page.findings.waves[0]
    assert first.results[1] == SHOWN_LINE[lang]
    assert first.results[0].endswith(WHY[lang])
    assert page.findings.waves[1].results == ()  # the planned wave has none
    never_the_hidden_number(repr(page))


def test_the_download_keeps_each_row_proof_but_never_the_small_number(results):
    card = monitor(results, "nl").indicators
    sourced = card.sourced
    per_row = row_evidence(results, sourced[FACTS])
    download = csv_bytes(sourced.drop(columns=FACTS).assign(
        sources=per_row["sources"].to_numpy(), excerpts=per_row["excerpts"].to_numpy()),
        "Bron").decode("utf-8-sig")
    assert SHOWN_EXCERPT in download and SOURCE_TITLE in download
    assert WHY["nl"] in download
    never_the_hidden_number(download)
    sheet = evidence_table(results, card.behind, "nl").to_string()
    assert SHOWN_EXCERPT in sheet and "citaat niet getoond: minder dan 5 antwoorden" in sheet
    never_the_hidden_number(sheet)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_monitor_slide_shows_the_results_with_their_source(results, lang):
    [plan] = [s for s in slide_plan(results) if s.kind == "monitor"]
    content = slide_content(results, plan)
    assert isinstance(content, MonitorSlide)
    assert SOURCE_TITLE in slide_source(results, content, lang)
    number = slide_plan(results).index(plan) + 1
    shown = shown_slide(results, lang, number)
    assert shown.waves.waves[0].results[1] == SHOWN_LINE[lang]
    assert shown.note == ""  # results exist: no "no figures yet"
    never_the_hidden_number(repr(shown))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_deck_shows_the_results(results, lang):
    html = deck_html(results, lang)
    [slide] = re.findall(r'<section[^>]*data-kind="monitor".*?</section>', html, re.S)
    assert SHOWN_LINE[lang] in slide and WHY[lang] in slide
    assert SOURCE_TITLE in slide
    assert "geen cijfermatige uitkomsten" not in slide
    never_the_hidden_number(slide)
    assert HIDDEN_EXCERPT not in html


def test_the_factsheet_shows_the_initiative_results(results):
    shown = factsheet_html(results, "groningen", "nl")
    assert "Proefindicator samenwerking met ouders — 62 procent (n = 40)" in shown
    assert SHOWN_EXCERPT in shown
    hidden = factsheet_html(results, "assen", "nl")
    assert "Proefindicator tevreden medewerkers — " + WHY["nl"] in hidden
    never_the_hidden_number(hidden)


def test_the_published_zip_leaves_the_small_number_out(results, data_copy):
    with zipfile.ZipFile(io.BytesIO(package_zip(data_copy))) as archive:
        table = archive.read(f"{FOLDER}/monitor_indicators.csv").decode()
    assert SHOWN_EXCERPT in table
    never_the_hidden_number(table)


def test_a_wave_with_figures_but_no_findings_never_says_there_are_none(data_copy, monkeypatch):
    with_report(data_copy, monkeypatch)
    findings = data_copy / "monitor_findings.csv"
    findings.write_text(findings.read_text(encoding="utf-8").splitlines()[0] + "\n",
                        encoding="utf-8")
    page = monitor(load_dataset(data_copy), "nl")
    assert "nog geen uitkomsten." not in page.lead
    assert "De bronnen beschrijven nog geen uitkomsten in woorden." in page.lead
    first = page.findings.waves[0]
    assert first.findings == () and first.sourced is not None and len(first.results) == 2
