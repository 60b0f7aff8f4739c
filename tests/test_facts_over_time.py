"""A later source updates an earlier fact without erasing it (docs/decisions/0009).

A copy of the fixture gets a fictional later source ("Tijdbron", September 2013) that says the
second monitor wave, planned in the spring-2013 newsletter for June 2013, has been held: one
more row for the wave and one for its event, each with the same id as the planned row. Both
states are facts, each of its own source. The rows are invented and called so; their excerpts
occur in no newsletter, so the copy is served with the sources out of sight (as
tests/test_new_pilot.py does). Nothing here touches data/ or the fixture itself.
"""

import io
import zipfile
from pathlib import Path

import pytest

from dashboard.data import Dataset, load_dataset
from dashboard.data.errors import DataValidationError
from dashboard.data.refs import FACTS, fact_rows, with_facts
from dashboard.data.schemas import TABLES
from dashboard.publish.open_data import package_zip
from tests.conftest import read_rows, write_rows
from tests.fixture_data import copy_of_fixture
from tests.frictionless_validation import package_problems
from tests.pages.apptest import figures, open_facts, run_app, shown_tables, tables
from tests.robustness.hostile import hostile_env

SOURCE = "tijdbron"
TITLE = "Tijdbron (alleen voor tests)"
SPRING = "samen-bso-nieuwsbrief-4"
WAVE = "nji-meting-2"
EVENT = "tweede-monitormeting"
HELD = "De tweede meting van het monitoronderzoek is in juni 2013 gehouden."
PLANNED = "In juni 2013 zal de tweede meting van het monitoronderzoek worden gehouden"

LATER: dict[str, list[dict[str, str]]] = {
    "sources": [{"source_id": SOURCE, "title": TITLE, "publisher": "Testuitgever",
                 "published": "2013-09", "published_precision": "month",
                 "file": "tijdbron.txt", "language": "nl"}],
    "monitor_waves": [{"wave_id": WAVE, "programme_id": "alert4you-bso",
                       "name": "Tweede meting NJI-monitor",
                       "name_en": "Second measurement of the NJI monitor", "date": "2013-06",
                       "date_precision": "month", "status": "completed",
                       "research_org_id": "nji", "source_id": SOURCE, "evidence": HELD}],
    "events": [{"event_id": EVENT, "date": "2013-06", "date_precision": "month",
                "title": "Tweede meting van het monitoronderzoek",
                "title_en": "Second measurement of the monitor study", "kind": "monitor",
                "modality": "in_practice", "year_basis": "stated",
                "programme_id": "alert4you-bso", "source_id": SOURCE, "evidence": HELD}],
}


def add_rows(directory: Path, table: str, rows: list[dict[str, str]]) -> None:
    """Append rows as a curator would: every column of the table, unknown cells empty."""
    columns = TABLES[table].columns
    path = directory / TABLES[table].file
    write_rows(path, [*read_rows(path), *({c: row.get(c, "") for c in columns} for row in rows)],
               header=columns)


def later_copy(parent: Path) -> Path:
    data = copy_of_fixture(parent)
    for table, rows in LATER.items():
        add_rows(data, table, rows)
    return data


@pytest.fixture(scope="module")
def later(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment that serves the copy with the later source."""
    return hostile_env(later_copy(tmp_path_factory.mktemp("later")))


@pytest.fixture
def serving(later: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in later.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def after(later: dict[str, str], serving: None) -> Dataset:
    return load_dataset(later["BSO_DATA_DIR"])


def problems_of(directory: Path) -> list[tuple[str, int | None, str | None, str]]:
    with pytest.raises(DataValidationError) as raised:
        load_dataset(directory)
    return [(p.file, p.row, p.column, p.message) for p in raised.value.problems]


def test_the_current_state_is_the_later_sources_and_the_earlier_stays(after):
    wave = after.monitor_waves.set_index("wave_id").loc[WAVE]
    assert (wave["status"], wave["source_id"]) == ("completed", SOURCE)
    assert list(after.monitor_waves["wave_id"]) == ["nji-meting-1", WAVE]  # one row per id
    history = after.history("monitor_waves")
    assert list(zip(history["wave_id"], history["status"], history["source_id"],
                    strict=True)) == [("nji-meting-1", "completed", SPRING),
                                      (WAVE, "planned", SPRING), (WAVE, "completed", SOURCE)]
    event = after.events.set_index("event_id").loc[EVENT]
    assert (event["modality"], event["source_id"]) == ("in_practice", SOURCE)
    assert len(after.tables()["events"]) == len(after.events) + 1


def test_the_evidence_of_the_current_row_is_its_whole_history_oldest_first(after):
    waves = with_facts(after.monitor_waves, "monitor_waves", after).set_index("wave_id")
    # CSV lines: the planned row is line 3 of monitor_waves.csv, the later one line 4.
    assert waves.loc[WAVE, FACTS] == ("monitor_waves:3", "monitor_waves:4")
    assert waves.loc["nji-meting-1", FACTS] == ("monitor_waves:2",)
    rows = fact_rows(after, waves.loc[WAVE, FACTS])
    assert list(zip(rows["source_id"], rows["evidence"], rows["modality"], strict=True)) == [
        (SPRING, PLANNED, "planned"), (SOURCE, HELD, "in_practice")]


def test_the_zip_carries_both_rows_in_a_valid_package(later, tmp_path):
    data = Path(later["BSO_DATA_DIR"])
    with zipfile.ZipFile(io.BytesIO(package_zip(data))) as archive:
        [name] = [n for n in archive.namelist() if n.endswith("/monitor_waves.csv")]
        text = archive.read(name).decode()
        archive.extractall(tmp_path)
    assert PLANNED in text and HELD in text
    [package] = tmp_path.glob("*/datapackage.json")
    assert package_problems(str(package)) == []  # key (wave_id, source_id), references by id


def test_the_same_id_twice_from_one_source_is_a_problem(tmp_path):
    data = later_copy(tmp_path)
    add_rows(data, "monitor_waves", [{**LATER["monitor_waves"][0], "date": "2013-07"}])
    assert ("monitor_waves.csv", 5, "wave_id, source_id",
            "duplicate key (wave_id, source_id)") in problems_of(data)


def test_a_row_cannot_update_one_from_a_newer_source(tmp_path):
    data = later_copy(tmp_path)
    path = data / "monitor_waves.csv"
    rows = read_rows(path)
    rows[1], rows[2] = rows[2], rows[1]  # the held row first, the planned one after it
    write_rows(path, rows)
    assert problems_of(data) == [(
        "monitor_waves.csv", 4, "source_id",
        f"updates {WAVE!r} of {SOURCE!r} (published 2013-09) but {SPRING!r} is older "
        "(published 2013): the rows of one id follow the order of their sources")]


PAGES = ("overzicht", "kaart", "vergelijken", "netwerken", "tijdlijn", "monitor", "bronnen",
         "presentatie")
HELD_ACCORDING = "Afgerond, volgens Tijdbron (alleen voor tests) (september 2013)"
WAS_PLANNED = "eerder: Gepland, met datum — volgens Samen in de BSO groep! Nieuwsbrief 4 (2013)"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_later_data(serving, page):
    at = run_app(f"views/{page}.py")
    assert not at.exception, page


def test_the_monitor_shows_the_wave_held_according_to_the_later_source(serving):
    at = run_app("views/monitor.py")
    [waves] = [d for d in tables(at) if "Meting" in d.columns]
    assert dict(zip(waves["Meting"], waves["Status"], strict=True)) == {
        "Eerste meting NJI-monitor": "Afgerond",
        "Tweede meting NJI-monitor": HELD_ACCORDING}
    listed = " ".join(" ".join(d.astype(str).to_numpy().ravel()) for d in tables(open_facts(at)))
    assert PLANNED in listed and HELD in listed  # the wave's history, both facts


def test_the_timeline_says_what_was_planned_and_what_happened(serving):
    at = run_app("views/tijdlijn.py")
    hovers = [h for f in figures(at) for trace in f.data for h in (trace.hovertext or ())]
    held = [h for h in hovers if "Tweede meting van het monitoronderzoek" in h]
    assert held and all("In praktijk" in h and WAS_PLANNED in h for h in held)
    assert all("volgens Tijdbron (alleen voor tests) (september 2013)" in h for h in held)
    shown = run_app("views/tijdlijn.py", monitor="1")  # the monitor's waves on their lane
    waves = [h for f in figures(shown) for trace in f.data for h in (trace.hovertext or ())
             if "Tweede meting NJI-monitor" in h]
    assert waves and all("Afgerond" in h and "eerder: Gepland — volgens Samen in de BSO groep! "
                         "Nieuwsbrief 4 (2013)" in h for h in waves)


def test_the_earlier_fact_stays_listed_under_its_own_source(serving):
    at = run_app("views/bronnen.py")
    cards = dict(zip((s.value for s in at.subheader), (m.value for m in at.metric), strict=True))
    # The fixture's counts stay; the later source adds its two rows.
    assert cards == {"Samen in de BSO groep! Nieuwsbrief 4": "41", "Nieuwsbrief Alert4you": "120",
                     TITLE: "2"}
    at.multiselect[0].select(SPRING).run()
    assert PLANNED in set(shown_tables(at)[0]["Bewijs (letterlijk citaat)"])


def test_in_english_the_state_says_which_source_it_follows(serving):
    at = run_app("views/monitor.py", lang="en")
    [waves] = [d for d in tables(at) if "Wave" in d.columns]
    assert waves.set_index("Wave").loc["Second measurement of the NJI monitor", "Status"] == (
        "Completed, according to Tijdbron (alleen voor tests) (September 2013)")
