"""A new BSO pilot added to a copy of the fixture dataset appears on every page, the factsheet
and the slides.

The README promises that adding a pilot is adding rows (data/README.md, "Adding a fact"); this
adds one the way an editor would — the initiative, two partners, their tie, a location in a
municipality the data did not know, a figure, a source and, through the importer, a monitor
result — and follows it through the app. The pilot is invented and called so everywhere
("Testpilot", source "Testbron"); its excerpts word their rows as the proof rules require, but
occur in no newsletter, so the app runs with the sources out of sight (as the hostile-text
tests do). It starts from the fixture (tests/fixtures/), so its numbers are known; nothing here
touches data/.
"""

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.admin import importer
from dashboard.content.slide_plan import slide_plan
from dashboard.data import Dataset, load_dataset
from dashboard.data.schemas import TABLES
from dashboard.topics.overview import pilot_count
from dashboard.viz.factsheet import SECTION_IDS, factsheet_html
from tests.conftest import read_rows, write_rows
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
from tests.robustness.hostile import hostile_env

PILOT = "testpilot"
NAME = "Testpilot Zwolle"
GM_CODE = "GM0193"  # Zwolle: in CBS 2013, not in the fixture's municipalities.csv
SOURCE = "testbron"
PARTNERS = {"testpilot-opvang": "Testopvang Zwolle", "testpilot-school": "Testschool Zwolle"}

NEW_ROWS: dict[str, list[dict[str, str]]] = {
    "sources": [{"source_id": SOURCE, "title": "Testbron (alleen voor tests)",
                 "publisher": "Testuitgever", "published": "2013", "published_precision": "year",
                 "file": "testbron.txt", "language": "nl"}],
    "municipalities": [{"gm_code": GM_CODE, "name": "Zwolle", "prov_code": "PV23",
                        "province": "Overijssel"}],
    "initiatives": [{
        "initiative_id": PILOT, "name": NAME, "name_en": NAME, "kind": "bso_pilot",
        "programme_id": "alert4you-bso", "programme_basis": "stated",
        "programme_evidence": f"{NAME} is een van de locaties van de pilot Alert4you in de BSO.",
        "gm_code": GM_CODE, "place": "Zwolle", "case_study": "true", "status": "running",
        "start": "2012-10", "start_precision": "month",
        "summary_nl": "Testgegevens: een verzonnen BSO-pilot die alleen in tests bestaat.",
        "summary_en": "Test data: an invented BSO pilot that exists only in tests.",
        "source_id": SOURCE, "evidence": f"{NAME} is in oktober 2012 gestart."}],
    "organisations": [
        {"org_id": org_id, "name": name, "name_en": name, "sector": sector, "gm_code": GM_CODE,
         "is_generic": "false", "source_id": SOURCE, "evidence": f"{name} doet mee."}
        for (org_id, name), sector in zip(PARTNERS.items(), ("kinderopvang", "onderwijs"),
                                          strict=True)],
    "participants": [
        {"initiative_id": PILOT, "org_id": org_id, "role": role, "modality": "in_practice",
         "source_id": SOURCE, "evidence": f"{name} werkt mee aan {NAME}."}
        for (org_id, name), role in zip(PARTNERS.items(), ("trekker", "partner"), strict=True)],
    "relations": [{"initiative_id": PILOT, "from_org_id": "testpilot-opvang",
                   "to_org_id": "testpilot-school", "kind": "samenwerking",
                   "modality": "in_practice", "source_id": SOURCE,
                   "evidence": "Testopvang Zwolle en Testschool Zwolle werken samen."}],
    "locations": [{"location_id": "testpilot-locatie", "name": "BSO Testlocatie Zwolle",
                   "kind": "bso_locatie", "initiative_id": PILOT, "org_id": "testpilot-opvang",
                   "gm_code": GM_CODE, "lat": "52.51500", "lon": "6.10634",
                   "coord_precision": "municipality", "source_id": SOURCE,
                   "evidence": "BSO Testlocatie Zwolle is de eerste locatie."}],
    "figures": [{"initiative_id": PILOT, "metric": "schools", "value": "2",
                 "approximate": "false", "unit": "count", "modality": "in_practice",
                 "source_id": SOURCE, "evidence": f"{NAME} werkt met twee scholen."}],
}
RESULT = (",".join(TABLES["monitor_indicators"].columns) + "\n"
          f"nji-meting-1,{PILOT},synthetic-indicator-testpilot,synthetic-indicator-testpilot,50,"
          f"percent,10,{SOURCE},{NAME} meldt 50 procent,,\n")


def add_rows(directory: Path, table: str, rows: list[dict[str, str]]) -> None:
    """Append rows as an editor would: every column of the table, unknown cells empty."""
    columns = TABLES[table].columns
    path = directory / TABLES[table].file
    write_rows(path, [*read_rows(path), *({c: row.get(c, "") for c in columns} for row in rows)],
               header=columns)


@pytest.fixture(scope="module")
def with_pilot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A copy of the fixture with the pilot added and its monitor result imported; the
    environment that serves it."""
    data = copy_of_fixture(tmp_path_factory.mktemp("new-pilot"))
    for table, rows in NEW_ROWS.items():
        add_rows(data, table, rows)
    env = hostile_env(data)
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
    [table] = [d for d in tables(at) if "n (respondenten)" in d.columns]
    row = table.set_index("Initiatief").loc[NAME]
    assert (row["Waarde"], row["n (respondenten)"]) == ("50", "10")


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
