"""The dataset as one zip: every CSV, the package that describes them, dictionary, attribution."""

import csv
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from dashboard import config
from dashboard.data.files import Refused
from dashboard.data.schemas import TABLES
from dashboard.publish.datapackage import PACKAGE_FILE
from dashboard.publish.open_data import ATTRIBUTION_FILE, FOLDER, package_files, package_zip
from tests.fixture_data import FIXTURE_DATA_DIR, copy_of_fixture
from tests.frictionless_validation import package_problems


def package_file(data_dir: Path, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(package_zip(data_dir))) as archive:
        return archive.read(f"{FOLDER}/{name}")


def unzipped() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package_zip(FIXTURE_DATA_DIR))) as archive:
        return {name.removeprefix(f"{FOLDER}/"): archive.read(name)
                for name in archive.namelist()}


def test_the_zip_holds_exactly_the_listed_files_in_one_folder():
    files = unzipped()
    assert list(files) == package_files()
    assert {t.file for t in TABLES.values()} | {PACKAGE_FILE, "README.md", ATTRIBUTION_FILE} \
        == set(files)


def rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))


def test_every_csv_holds_the_rows_as_written_every_cell_quoted():
    files = unzipped()
    for table in TABLES.values():
        assert rows(files[table.file]) == rows((FIXTURE_DATA_DIR / table.file).read_bytes())
        header = files[table.file].decode().split("\n", 1)[0]
        assert header == ",".join(f'"{name}"' for name in table.columns)


def test_the_csvs_are_defused_and_numbers_stay_numbers(tmp_path):
    data = copy_of_fixture(tmp_path)
    path = data / "organisations.csv"
    table = rows(path.read_bytes())
    at = table[0].index("name")
    table[1][at] = '=HYPERLINK("http://x","y")'
    table[2][at] = "Regel\r@SUM(A1)\x0b-1\x07"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(table)
    written = rows(package_file(data, "organisations.csv"))
    assert written[1][at] == '\'=HYPERLINK("http://x","y")'
    assert written[2][at] == "Regel\n'@SUM(A1)\n'-1\ufffd"
    assert [r[:at] + r[at + 1:] for r in written] == [r[:at] + r[at + 1:] for r in table]
    figures = rows((data / "figures.csv").read_bytes())
    value = figures[0].index("value")
    figures[1][value] = "-3.5"
    with (data / "figures.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(figures)
    assert rows(package_file(data, "figures.csv"))[1][value] == "-3.5"


def test_the_attribution_escapes_what_the_sources_table_says(tmp_path):
    data = copy_of_fixture(tmp_path)
    path = data / "sources.csv"
    table = rows(path.read_bytes())
    header = table[0]
    table[1][header.index("title")] = "[klik](https://evil.example) ![](https://evil.example/p.png)"
    table[1][header.index("publisher")] = "<img src=x onerror=alert(1)>\n# Kop\u202e"
    table[1][header.index("source_id")] = "a`b"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(table)
    listed = package_file(data, ATTRIBUTION_FILE).decode().splitlines()[4]
    assert listed == ("- \\[klik\\](https:\u2060//evil.example) "
                      "!\\[\\](https:\u2060//evil.example/p.png)"
                      " — \\<img src=x onerror=alert(1)\\> \\# Kop, 2013 (`ab`)")


def test_the_package_inside_describes_the_zipped_data(tmp_path):
    with zipfile.ZipFile(io.BytesIO(package_zip(FIXTURE_DATA_DIR))) as archive:
        archive.extractall(tmp_path)
    package = tmp_path / FOLDER / PACKAGE_FILE
    assert [r["path"] for r in json.loads(package.read_text())["resources"]] == \
        [t.file for t in TABLES.values()]
    assert package_problems(str(package)) == []


def test_the_dictionary_and_the_attribution_are_inside():
    files = unzipped()
    assert files["README.md"] == (config.DATA_DIR / "README.md").read_bytes()
    attribution = files[ATTRIBUTION_FILE].decode()
    assert "Bron: CBS / Kadaster" in attribution
    assert "Licence: none is stated" in attribution
    for line in (FIXTURE_DATA_DIR / "sources.csv").read_text(encoding="utf-8").splitlines()[1:]:
        assert f"(`{line.split(',')[0]}`)" in attribution


def test_the_same_data_gives_the_same_zip():
    assert package_zip(FIXTURE_DATA_DIR) == package_zip(FIXTURE_DATA_DIR)


def test_a_table_replaced_by_a_pipe_after_loading_is_refused_not_waited_for(tmp_path):
    """The zip is built when it is asked for: what sits at a table's name then is read the one
    safe way, so a named pipe there cannot hold the download (and the server thread) forever."""
    data = copy_of_fixture(tmp_path / "data")
    (data / "events.csv").unlink()
    os.mkfifo(data / "events.csv")
    with pytest.raises(Refused, match="named pipe"):
        package_zip(data)
