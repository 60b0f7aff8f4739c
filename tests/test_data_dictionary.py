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

# Both files follow the schemas and sources.csv: a new source or column makes them stale, and
# the fix is the same either way.
STALE = ("is out of date with the schemas or data/sources.csv: run `make datapackage` "
         f"(or `{REGENERATE}`) and commit the result")


def test_datapackage_json_is_up_to_date():
    written = (config.DATA_DIR / PACKAGE_FILE).read_text(encoding="utf-8")
    assert written == package_json(config.DATA_DIR), f"data/{PACKAGE_FILE} {STALE}"


def test_dictionary_tables_are_up_to_date():
    written = (config.DATA_DIR / DICTIONARY_FILE).read_text(encoding="utf-8")
    assert written == with_dictionary(written), f"data/{DICTIONARY_FILE} {STALE}"


def test_the_data_is_a_valid_package():
    assert package_problems(str(config.DATA_DIR / PACKAGE_FILE)) == []
