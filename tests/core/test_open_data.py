"""The dataset as one zip: every CSV, the package that describes them, dictionary, attribution."""

import io
import json
import zipfile

from dashboard import config
from dashboard.data.schemas import TABLES
from dashboard.publish.datapackage import PACKAGE_FILE
from dashboard.publish.open_data import ATTRIBUTION_FILE, FOLDER, package_files, package_zip
from tests.fixture_data import FIXTURE_DATA_DIR
from tests.frictionless_validation import package_problems


def unzipped() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package_zip(FIXTURE_DATA_DIR))) as archive:
        return {name.removeprefix(f"{FOLDER}/"): archive.read(name)
                for name in archive.namelist()}


def test_the_zip_holds_exactly_the_listed_files_in_one_folder():
    files = unzipped()
    assert list(files) == package_files()
    assert {t.file for t in TABLES.values()} | {PACKAGE_FILE, "README.md", ATTRIBUTION_FILE} \
        == set(files)


def test_every_csv_is_the_file_as_written():
    files = unzipped()
    for table in TABLES.values():
        assert files[table.file] == (FIXTURE_DATA_DIR / table.file).read_bytes()


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
