"""Numeric monitor results added to a copy of the fixture dataset, for tests only.

The fixture has no results (data/ has none yet), so the tests that show them add two to a
temporary copy: one on enough respondents, one on fewer than five. Both come from a report
that does not exist ("Proefrapport", source `proefrapport`), registered in the copy with a
text file that `report_dir` writes; their values and indicators are invented and say so.
Nothing here touches data/ or the fixture itself.
"""

import shutil
from pathlib import Path

import pytest

from dashboard import config
from dashboard.data.schemas import TABLES
from tests.conftest import read_rows, write_rows

SOURCE = "proefrapport"
SOURCE_TITLE = "Proefrapport monitor (alleen voor tests)"
FILE = "proefrapport.txt"
WAVE = "nji-meting-1"  # the fixture's completed wave
SHOWN_EXCERPT = "Bij de proefpilot noemt 62 procent van de ouders de samenwerking goed"
HIDDEN_EXCERPT = "Van de proefmedewerkers is 87 procent tevreden"
# One excerpt that writes every value the import tests upload, so each row it proves passes
# the rule "contains the value as written".
UPLOAD_EXCERPT = "Proefwaarden: 0.25, 2, 3, 7, 8, 9, 12.5, 40, 42.5, 50, 61, 77 en 99"
TEXT = (f"Proefrapport monitor, alleen voor tests. {SHOWN_EXCERPT}. {HIDDEN_EXCERPT}, maar "
        f"zij waren met te weinigen. {UPLOAD_EXCERPT}.\n")
SHOWN = {"wave_id": WAVE, "initiative_id": "groningen",
         "indicator": "Proefindicator samenwerking met ouders",
         "indicator_en": "Test indicator cooperation with parents", "value": "62",
         "unit": "procent", "n": "40", "source_id": SOURCE, "evidence": SHOWN_EXCERPT,
         "evidence_2": "", "evidence_3": ""}
HIDDEN = {**SHOWN, "initiative_id": "assen", "indicator": "Proefindicator tevreden medewerkers",
          "indicator_en": "Test indicator satisfied staff", "value": "87", "n": "4",
          "evidence": HIDDEN_EXCERPT}
HIDDEN_VALUE = "87"  # must appear nowhere a reader sees
COLUMNS = TABLES["monitor_indicators"].columns
HEADER = ",".join(COLUMNS)


def add_results(directory: Path, rows: tuple[dict[str, str], ...] = (SHOWN, HIDDEN)) -> Path:
    """The report as a source and `rows` as results in the data copy `directory`."""
    sources = read_rows(directory / "sources.csv")
    sources.append({**{c: "" for c in sources[0]}, "source_id": SOURCE,
                    "title": SOURCE_TITLE, "publisher": "Proefuitgever", "published": "2013",
                    "published_precision": "year", "file": FILE, "language": "nl"})
    write_rows(directory / "sources.csv", sources)
    write_rows(directory / "monitor_indicators.csv", list(rows), COLUMNS)
    return directory


def with_report(directory: Path, monkeypatch: pytest.MonkeyPatch,
                rows: tuple[dict[str, str], ...] = (SHOWN, HIDDEN)) -> Path:
    """`add_results`, with the sources folder of this process holding the report, so every
    excerpt is looked up in its source."""
    add_results(directory, rows)
    sources = report_dir(directory.parent / "sources", config.sources_dir())
    monkeypatch.setenv("BSO_SOURCES_DIR", str(sources))
    return directory


def upload_row(indicator: str = "synthetic-a", value: str = "12.5", n: str = "8",
               wave: str = WAVE, initiative: str = "groningen", unit: str = "percent",
               source: str = SOURCE, sep: str = ",", evidence: str = UPLOAD_EXCERPT) -> str:
    """One line of an upload in the table's column order (test-only indicator names)."""
    return sep.join([wave, initiative, indicator, f"{indicator} (en)", value, unit, n,
                     source, f'"{evidence}"', "", ""])


def report_dir(target: Path, seeds: Path) -> Path:
    """A sources folder for the copy: the newsletters of `seeds` and the test report."""
    target.mkdir(parents=True, exist_ok=True)
    for text in seeds.glob("*.txt"):
        shutil.copy(text, target / text.name)
    (target / FILE).write_text(TEXT, encoding="utf-8")
    return target
