"""A new newsletter naming a new BSO pilot, added to a copy of the fixture dataset, appears on
every page, the factsheet and the slides.

The README promises that adding a pilot is adding rows (data/README.md, "Adding a fact"); this
adds a source the way a curator would — its text file beside the real ones, the initiative,
two partners, their tie, a location in a municipality the data did not know, a figure and,
through the importer, a monitor result — and follows it through the app. The newsletter and
the pilot are invented and called so everywhere (tests/synthetic_newsletter.py); its text is
written into a temporary copy of the sources folder, so the loader checks every excerpt
against it as it does the real ones. It starts from the fixture (tests/fixtures/), so its
numbers are known; nothing here touches data/ or the real sources.
"""

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import config
from dashboard.admin import importer
from dashboard.content.slide_plan import slide_plan
from dashboard.data import Dataset, load_dataset
from dashboard.data.errors import DataValidationError
from dashboard.data.schemas import TABLES
from dashboard.topics.overview import pilot_count
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import SECTION_IDS, factsheet_html
from tests.conftest import read_rows, write_rows
from tests.english_parity import dutch_left_in_english, views
from tests.fixture_data import copy_of_fixture
from tests.pages.apptest import (
    charts,
    figures,
    metric_values,
    open_tables,
    page_text,
    run_app,
    shown_tables,
    tables,
)
from tests.synthetic_newsletter import (
    GM_CODE,
    NAME,
    NAME_EN,
    NEW_ROWS,
    PARTNERS,
    PILOT,
    RESULT_EXCERPT,
    SOURCE,
    UPDATED_WAVE,
    add_newsletter,
    copy_sources,
)

RESULT = (",".join(TABLES["monitor_indicators"].columns) + "\n"
          f"nji-meting-1,{PILOT},synthetic-indicator-testpilot,synthetic-indicator-testpilot,50,"
          f"percent,10,{SOURCE},{RESULT_EXCERPT},,\n")


@pytest.fixture(scope="module")
def with_pilot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A copy of the fixture with the pilot added and its monitor result imported; the
    environment that serves it."""
    folder = tmp_path_factory.mktemp("new-pilot")
    data = copy_of_fixture(folder)
    sources = copy_sources(config.sources_dir(), folder / "sources")
    add_newsletter(data, sources)
    env = {"BSO_DATA_DIR": str(data), "BSO_SOURCES_DIR": str(sources)}
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        assert importer.import_indicators("result.csv", RESULT.encode(), data).written
    yield env


@pytest.fixture(autouse=True)
def serving(with_pilot: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in with_pilot.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def after(with_pilot: dict[str, str]) -> Dataset:
    return load_dataset(with_pilot["BSO_DATA_DIR"])


def test_the_pilot_is_counted_on_the_overview(after):
    at = run_app()
    values = metric_values(at)
    # The fixture: 8 declared pilots, Assen stated and Groningen inferred, 22 organisations,
    # initiatives in 4 municipalities.
    assert (pilot_count(after).declared, pilot_count(after).stated) == (8, 2)
    assert values["BSO-pilots in het programma"] == "8"
    assert values["Daarvan te herkennen in de bronnen"] == "3"
    assert values["Nog niet geïdentificeerd"] == "5"
    assert values["Organisaties"] == "24"
    assert values["Gemeenten"] == "5"
    assert NAME in [s.value for s in at.subheader]  # a case card, with its factsheet button
    assert any(b.proto.id.endswith(f"-factsheet-{PILOT}") for b in at.get("download_button"))


def test_the_map_shows_its_municipality_figure_and_partners():
    at = run_app("views/kaart.py", gemeente=GM_CODE, initiatief=PILOT)
    assert "Zwolle (Overijssel)" in [s.value for s in at.subheader]
    [table] = shown_tables(at)
    assert [NAME, "Scholen", "2"] in table.astype(str).values.tolist()
    national, case = ({layer["id"]: layer["data"] for layer in json.loads(chart.proto.json)[
        "layers"]} for chart in at.get("deck_gl_json_chart"))
    assert GM_CODE in {r["gm_code"] for r in national["roles"]}  # coloured by its role
    partners = " ".join(r["tooltip"] for r in case["partners"])
    assert all(name in partners for name in PARTNERS.values())


def test_it_can_be_compared():
    at = run_app("views/vergelijken.py", initiatives=f"{PILOT},assen")
    assert [s.value for s in at.subheader] == [NAME, "BSO-pilot Assen"]
    text = page_text(at)
    assert "Scholen: **2**" in text and all(name in text for name in PARTNERS.values())


def test_its_network_is_its_partners_and_their_tie():
    at = run_app("views/netwerken.py", initiative=PILOT)
    network = figures(at)[0]
    nodes = {o for t in network.data if t.meta and t.meta.get("role") == "nodes"
             for o in t.customdata}
    assert nodes == set(PARTNERS)
    assert f"**{NAME}: de enige beschreven verbinding loopt tussen twee sectoren**" in page_text(at)


def test_the_timeline_draws_its_period():
    at = run_app("views/tijdlijn.py", initiatief=PILOT)
    assert list(figures(at)[0].layout.yaxis.ticktext) == [NAME]
    assert "Looptijd: oktober 2012 – niet bekend uit de bronnen" in set(
        tables(open_tables(at))[0]["Datum"])


def test_the_monitor_shows_its_imported_result():
    at = run_app("views/monitor.py")
    assert "Onderaan staat 1 cijfer per initiatief en meting." in page_text(at)
    [table] = [d for d in tables(at) if "n (respondenten)" in d.columns]
    row = table.set_index("Initiatief").loc[NAME]
    assert (row["Waarde"], row["n (respondenten)"]) == ("50", "10")


def test_its_word_on_an_earlier_fact_updates_it_and_keeps_the_earlier_one(after):
    """The spring newsletter planned the second wave; the new one says it was held. Both are
    facts, each of its source; the pages show the newer state and say whose it is."""
    ds = load_dataset()
    wave = ds.monitor_waves.set_index("wave_id").loc[UPDATED_WAVE]
    assert (wave["status"], wave["source_id"]) == ("completed", SOURCE)
    history = ds.history("monitor_waves")
    assert list(history.loc[history["wave_id"] == UPDATED_WAVE, "source_id"]) == [
        "samen-bso-nieuwsbrief-4", SOURCE]
    [waves] = [d for d in tables(run_app("views/monitor.py")) if "Status" in d.columns]
    assert waves.set_index("Meting").at["Tweede meting NJI-monitor", "Status"] == (
        "Afgerond, volgens Testbron (alleen voor tests) (2013)")


def test_its_source_and_facts_are_listed():
    at = run_app("views/bronnen.py")
    # Every added row is a fact of the new source, but the source and the municipality; so is
    # the imported monitor result.
    added = sum(len(rows) for table, rows in NEW_ROWS.items()
                if table not in ("sources", "municipalities")) + RESULT.count("\n") - 1
    cards = dict(zip((s.value for s in at.subheader), (m.value for m in at.metric), strict=True))
    assert cards["Testbron (alleen voor tests)"] == str(added)
    at.multiselect[0].select(SOURCE).run()
    facts = shown_tables(at)[0]
    assert len(facts) == added and set(facts["Bron"]) == {"Testbron (alleen voor tests)"}
    assert NAME in set(facts["Feit"])


def section_text(html: str, section: str) -> str:
    """The words of one factsheet section as a reader sees them (tags dropped)."""
    following = SECTION_IDS[SECTION_IDS.index(section) + 1]
    part = html[html.index(f'id="{section}"'):html.index(f'id="{following}"')]
    return " ".join(re.sub(r"<[^>]+>", " ", part).split())


def test_its_factsheet_holds_its_partners_and_figure(after):
    html = factsheet_html(after, PILOT)
    assert NAME in section_text(html, "header")
    assert all(name in section_text(html, "partners") for name in PARTNERS.values())
    assert "Scholen 2" in section_text(html, "key-figures")


def test_it_has_a_slide(after):
    plan = slide_plan(after)
    [number] = [n for n, s in enumerate(plan, start=1) if s.initiative_id == PILOT]
    at = run_app("views/presentatie.py", slide=str(number))
    assert [t.value for t in at.title] == [NAME]
    assert len(at.get("deck_gl_json_chart")) == 1 and len(charts(at)) == 1


def test_its_excerpts_are_checked_against_the_new_newsletter(with_pilot, tmp_path):
    """The new source is checked like the real ones: an excerpt its text does not hold is a
    listed problem, not a row."""
    data = Path(shutil.copytree(with_pilot["BSO_DATA_DIR"], tmp_path / "data"))
    rows = read_rows(data / "organisations.csv")
    # Still names the organisation (its proof rule holds), but the newsletter does not say it.
    next(r for r in rows if r["org_id"] == "testpilot-opvang")["evidence"] = (
        "Testopvang Zwolle doet ook mee.")
    write_rows(data / "organisations.csv", rows)
    load_dataset(with_pilot["BSO_DATA_DIR"])
    with pytest.raises(DataValidationError, match=r"organisations\.csv"):
        load_dataset(data)


def test_every_page_and_slide_runs_on_it_in_both_languages(after):
    for page, query in views(after):
        for lang in ("nl", "en"):
            at = run_app(f"views/{page}.py", lang=lang, **query)
            assert not at.exception, (page, query, lang)


def test_english_mode_names_it_in_english_everywhere(after, monkeypatch):
    """Every page, slide, factsheet, the deck and every download (tests/english_parity.py):
    the pilot's Dutch name, partly our words, stands nowhere in English mode."""
    assert dutch_left_in_english(after, monkeypatch) == {}


def test_its_factsheet_and_the_deck_in_both_languages(after):
    assert NAME in section_text(factsheet_html(after, PILOT, "nl"), "header")
    assert NAME_EN in section_text(factsheet_html(after, PILOT, "en"), "header")
    assert NAME in deck_html(after, "nl") and NAME_EN in deck_html(after, "en")


def test_its_factsheet_is_offered_on_the_overview_and_the_map():
    at = run_app()
    [picker] = [s for s in at.selectbox if s.key == "overview_factsheet"]
    assert NAME in picker.options
    kaart = run_app("views/kaart.py", gemeente=GM_CODE)
    assert any(b.proto.id.endswith(f"-map-factsheet-{PILOT}")
               for b in kaart.get("download_button"))
