"""data/datapackage.json and the column tables of data/README.md match the schema declarations,
and the real CSVs are a valid Frictionless Data Package."""


from dashboard import config
from dashboard.publish.datapackage import (
    DICTIONARY_FILE,
    PACKAGE_FILE,
    REGENERATE,
    package_json,
    with_dictionary,
)
from tests.frictionless_validation import package_problems

STALE = f"is out of date with dashboard/data/schemas.py: run `{REGENERATE}` (or make datapackage)"


def test_datapackage_json_is_up_to_date():
    written = (config.DATA_DIR / PACKAGE_FILE).read_text(encoding="utf-8")
    assert written == package_json(config.DATA_DIR), f"data/{PACKAGE_FILE} {STALE}"


def test_dictionary_tables_are_up_to_date():
    written = (config.DATA_DIR / DICTIONARY_FILE).read_text(encoding="utf-8")
    assert written == with_dictionary(written), f"data/{DICTIONARY_FILE} {STALE}"


def test_the_data_is_a_valid_package():
    assert package_problems(str(config.DATA_DIR / PACKAGE_FILE)) == []
