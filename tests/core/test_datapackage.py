"""The Frictionless Data Package and the dictionary's tables, made from the schema declarations."""

import shutil
from pathlib import Path

import pytest

from dashboard.data.schemas import TABLES
from dashboard.publish import datapackage
from dashboard.publish.datapackage import BEGIN, END, descriptor, with_dictionary
from tests.fixture_data import FIXTURE_DATA_DIR
from tests.frictionless_validation import package_problems


def problems(data_dir: Path) -> list[list]:
    return package_problems(descriptor(data_dir), basepath=str(data_dir))


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    for csv in FIXTURE_DATA_DIR.glob("*.csv"):
        shutil.copy(csv, tmp_path)
    return tmp_path


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_data_is_a_valid_package():
    assert problems(FIXTURE_DATA_DIR) == []


def test_every_table_and_column_is_a_resource_field():
    resources = {r["name"]: r for r in descriptor(FIXTURE_DATA_DIR)["resources"]}
    assert list(resources) == list(TABLES)
    for table in TABLES.values():
        schema = resources[table.name]["schema"]
        assert [f["name"] for f in schema["fields"]] == table.columns
        assert all(f["description"] for f in schema["fields"])
        assert schema.get("primaryKey", []) == list(table.key)


def test_references_become_foreign_keys_and_self_references_name_no_resource():
    schema = next(r["schema"] for r in descriptor(FIXTURE_DATA_DIR)["resources"]
                  if r["name"] == "organisations")
    references = {fk["fields"][0]: fk["reference"] for fk in schema["foreignKeys"]}
    assert references["parent_org_id"] == {"resource": "", "fields": ["org_id"]}
    assert references["source_id"] == {"resource": "sources", "fields": ["source_id"]}


def test_a_dangling_reference_fails_validation(fixture_copy):
    participants = fixture_copy / "participants.csv"
    initiative_id, org_id = participants.read_text(encoding="utf-8").splitlines()[1].split(",")[:2]
    replace_in(participants, f"{initiative_id},{org_id},", f"{initiative_id},no-such-org,")
    assert [p[0] for p in problems(fixture_copy)] == ["foreign-key"]


def test_a_code_outside_the_vocabulary_fails_validation(fixture_copy):
    replace_in(fixture_copy / "figures.csv", ",count,", ",dozens,")
    assert [p[0] for p in problems(fixture_copy)] == ["constraint-error"]


def test_partial_dates_are_valid_and_a_malformed_date_is_not(fixture_copy):
    text = (fixture_copy / "sources.csv").read_text(encoding="utf-8")
    assert any(len(line.split(",")[3]) < 10 for line in text.splitlines()[1:])  # YYYY or YYYY-MM
    first = text.splitlines()[1].split(",")
    replace_in(fixture_copy / "sources.csv", f",{first[3]},", ",27-09-2012,")
    assert [p[0] for p in problems(fixture_copy)] == ["constraint-error"]


def test_glosses_explain_codes_of_their_vocabulary():
    for table in TABLES.values():
        for field in table.fields:
            unknown = {code for code, _ in field.glosses} - set(field.vocab)
            assert not unknown, f"{table.name}.{field.name}: glosses of unknown codes {unknown}"


def test_no_licence_is_invented():
    package = descriptor(FIXTURE_DATA_DIR)
    assert "licenses" not in package
    assert "Licence: none is stated" in package["description"]
    assert len(package["sources"]) == len(datapackage.read_sources(FIXTURE_DATA_DIR))


def test_the_description_claims_only_what_holds_for_every_initiative():
    """The data holds day-programme experiments and municipal front-runners too, whose sources
    mention no youth care or CJG: the description says what each kind is."""
    package = descriptor(FIXTURE_DATA_DIR)
    assert package["title"] == ("BSO pilots, cases and related initiatives, as newsletters "
                                "describe them")
    assert package["description"].startswith(
        "The curated dataset behind the BSO-pilots dashboard: BSO pilots and cases in which "
        "childcare or after-school care (BSO) works with youth care, schools or the CJG, and the "
        "other initiatives the same newsletters name (schools' experiments with day programmes, "
        "municipal front-runners of Alert4you).")


def test_only_the_generated_block_of_the_dictionary_is_replaced():
    readme = f"# Prose before\n\n{BEGIN}\nstale tables\n{END}\n\nProse after.\n"
    new = with_dictionary(readme)
    assert new.startswith("# Prose before\n\n") and new.endswith("\n\nProse after.\n")
    assert "stale tables" not in new
    for table in TABLES.values():
        assert f"### `{table.file}`" in new
    assert with_dictionary(new) == new


def test_a_dictionary_without_markers_is_refused():
    with pytest.raises(ValueError, match="generated block"):
        with_dictionary("# Hand-written tables only\n")


def test_write_reports_only_what_changed(fixture_copy):
    (fixture_copy / "README.md").write_text(f"Intro\n\n{BEGIN}\n{END}\n", encoding="utf-8")
    assert {p.name for p in datapackage.write(fixture_copy)} == {"datapackage.json", "README.md"}
    assert datapackage.write(fixture_copy) == []
    assert package_problems(str(fixture_copy / "datapackage.json")) == []
