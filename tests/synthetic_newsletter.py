"""A made-up third newsletter naming a new BSO pilot, added to a copy of a dataset the way a
curator adds the next real one: a source row, its text file, and the rows it proves.

Everything here is fictional and called so ("Testbron", "Testpilot", "Testopvang"); it lives
only in temporary folders (tests/test_new_pilot.py, and `python -m tests.synthetic_newsletter
DATA SOURCES` to grow a copy of data/ for running the whole suite on a grown dataset). The
pilot lies in a municipality that neither the fixture nor data/ holds, so a new map area, a
new lane and a new key-figure count follow from it. The newsletter's text is written from the
rows' excerpts, so the loader checks every excerpt against it as it does the real sources.
"""

import shutil
import sys
from pathlib import Path

from dashboard.data.schemas import TABLES
from tests.conftest import read_rows, write_rows

PILOT = "testpilot"
NAME = "Testpilot Zwolle"
NAME_EN = "Test pilot Zwolle"  # partly our words, so English mode must show this one
GM_CODE = "GM0193"  # Zwolle: in CBS 2013, neither in the fixture nor in data/
SOURCE = "testbron"
SOURCE_FILE = "testbron.txt"
SOURCE_TITLE = "Testbron (alleen voor tests)"
PARTNERS = {"testpilot-opvang": "Testopvang Zwolle", "testpilot-school": "Testschool Zwolle"}
UPDATED_WAVE = "nji-meting-2"  # planned in the spring newsletter; this one says it was held

NEW_ROWS: dict[str, list[dict[str, str]]] = {
    "sources": [{"source_id": SOURCE, "title": SOURCE_TITLE,
                 "publisher": "Testuitgever", "published": "2013", "published_precision": "year",
                 "file": SOURCE_FILE, "language": "nl"}],
    "municipalities": [{"gm_code": GM_CODE, "name": "Zwolle", "prov_code": "PV23",
                        "province": "Overijssel"}],
    "initiatives": [{
        "initiative_id": PILOT, "name": NAME, "name_en": NAME_EN, "kind": "bso_pilot",
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
    # A later word on an earlier fact: the wave the spring newsletter planned has been held.
    "monitor_waves": [{"wave_id": UPDATED_WAVE, "programme_id": "alert4you-bso",
                       "name": "Tweede meting NJI-monitor",
                       "name_en": "Second measurement of the NJI monitor", "date": "2013-06",
                       "date_precision": "month", "status": "completed",
                       "research_org_id": "nji", "source_id": SOURCE,
                       "evidence": "De tweede meting van het monitoronderzoek is in juni 2013 "
                                   "gehouden."}],
    "figures": [{"initiative_id": PILOT, "metric": "schools", "value": "2",
                 "approximate": "false", "unit": "count", "modality": "in_practice",
                 "source_id": SOURCE, "evidence": f"{NAME} werkt met twee scholen."}],
}
EXCERPT_COLUMNS = ("evidence", "evidence_2", "evidence_3", "programme_evidence")
# The monitor result the curator imports through Beheer quotes the newsletter too.
RESULT_EXCERPT = f"{NAME} meldt 50 procent."


def newsletter_text() -> str:
    """The made-up newsletter: a heading, then every excerpt the new rows quote, a line each."""
    excerpts = dict.fromkeys(row[column] for rows in NEW_ROWS.values() for row in rows
                             for column in EXCERPT_COLUMNS if row.get(column))
    return "\n".join(["Testbron: een verzonnen nieuwsbrief, alleen voor tests", "",
                      *excerpts, RESULT_EXCERPT]) + "\n"


def add_rows(directory: Path, table: str, rows: list[dict[str, str]]) -> None:
    """Append rows as a curator would: every column of the table, unknown cells empty."""
    columns = TABLES[table].columns
    path = directory / TABLES[table].file
    write_rows(path, [*read_rows(path), *({c: row.get(c, "") for c in columns} for row in rows)],
               header=columns)


def add_newsletter(data: Path, sources: Path) -> None:
    """Add the newsletter's rows to the dataset in `data` and its text to the folder of
    source files `sources` (both copies: never data/ or the real sources)."""
    for table, rows in NEW_ROWS.items():
        add_rows(data, table, rows)
    (sources / SOURCE_FILE).write_text(newsletter_text(), encoding="utf-8")


def copy_sources(real: Path, target: Path) -> Path:
    """A copy of the folder of source files, for a test to add a newsletter to."""
    shutil.copytree(real, target)
    return target


if __name__ == "__main__":
    add_newsletter(Path(sys.argv[1]), Path(sys.argv[2]))
