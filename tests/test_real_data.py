"""The real data in data/: every rule holds, every excerpt is in its source, the reference data
agrees with CBS, and every page runs on it showing the numbers that follow from it.

Only invariants: what is true whatever pilots, facts or monitor waves data/ holds, so adding
one breaks nothing here unless it breaks a rule. Specific numbers and names belong to the
fixture dataset (tests/fixtures/) that the core, page and viz tests run on.
"""

from html import escape

import pytest

from dashboard import config
from dashboard.content.slide_plan import slide_plan
from dashboard.data import Dataset, load_dataset
from dashboard.data.evidence import excerpts, load_source_texts, unmatched
from dashboard.data.geo import load_municipalities, load_municipality_points
from dashboard.tools.audit import TARGET_TABLES, audit, meets_target
from dashboard.topics.overview import pilot_count
from dashboard.viz.factsheet import factsheet_html
from tests.pages.apptest import metric_values, run_app

VIEWS = sorted(p.name for p in (config.ROOT / "dashboard" / "views").glob("*.py"))


@pytest.fixture(scope="module")
def real() -> Dataset:
    """data/ itself, whatever BSO_DATA_DIR the shell running the tests has set."""
    return load_dataset(config.DATA_DIR)


@pytest.fixture
def on_real_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BSO_DATA_DIR", str(config.DATA_DIR))


def test_every_excerpt_is_in_its_source(real):
    """Loading checks this only when the newsletters are present; here they must be."""
    missing = unmatched(excerpts(real.tables()), load_source_texts(real.sources))
    assert not missing, "\n".join(f"{e.table}.csv row {e.row} {e.column}: {e.text!r}"
                                  for e in missing)


def test_the_proof_rules_check_enough_of_every_table():
    audits, with_sources = audit(config.DATA_DIR)
    assert with_sources
    assert meets_target(audits), [(a.table, a.unchecked) for a in audits
                                  if a.table in TARGET_TABLES]


def test_every_municipality_exists_in_cbs_2013_with_its_name_and_province(real):
    cbs = load_municipalities().set_index("gm_code")
    for record in real.municipalities.itertuples():
        assert cbs.at[record.gm_code, "name"] == record.name
        assert cbs.at[record.gm_code, "prov_code"] == record.prov_code
        assert cbs.at[record.gm_code, "province"] == record.province


def test_municipality_precision_coordinates_are_the_cbs_representative_point(real):
    """A location whose source names only its municipality sits at a derived, not guessed, point."""
    points = load_municipality_points().set_index("gm_code")
    approximate = real.locations[real.locations["coord_precision"] == "municipality"]
    for record in approximate.itertuples():
        assert round(float(record.lat), 5) == points.at[record.gm_code, "lat"]
        assert round(float(record.lon), 5) == points.at[record.gm_code, "lon"]


def test_every_referenced_municipality_is_listed(real):
    used = set()
    for frame in (real.initiatives, real.organisations, real.locations, real.events):
        used |= set(frame["gm_code"].dropna())
    assert used <= set(real.municipalities["gm_code"])


@pytest.mark.parametrize("view", VIEWS)
def test_every_page_runs_on_the_real_data(on_real_data, view):
    run_app(f"views/{view}")


def test_every_slide_runs_on_the_real_data(on_real_data, real):
    for number in range(1, len(slide_plan(real)) + 1):
        run_app("views/presentatie.py", slide=str(number))


def test_every_initiative_has_a_factsheet(real):
    for row in real.initiatives.itertuples():
        assert f"<h1>{escape(row.name)}</h1>" in factsheet_html(real, row.initiative_id)


def test_the_overview_shows_the_numbers_that_follow_from_the_data(on_real_data, real):
    values = metric_values(run_app())
    pilots = pilot_count(real)
    assert pilots.identified <= (pilots.declared or pilots.identified)
    assert values["BSO-pilots in het programma"] == str(pilots.declared)
    assert values["Daarvan te herkennen in de bronnen"] == str(pilots.identified)
    assert values["Nog niet geïdentificeerd"] == str(pilots.unidentified)
    assert values["Organisaties"] == str(len(real.organisations))
    assert values["Gemeenten"] == str(real.initiatives["gm_code"].nunique())


def test_english_mode_shows_no_dutch_own_words(real, on_real_data, monkeypatch):
    """Every page, evidence list, slide, factsheet and download in English: our own words
    in English, the sources' Dutch only as marked quotes (tests/english_parity.py)."""
    from tests.english_parity import dutch_left_in_english

    assert dutch_left_in_english(real, monkeypatch) == {}


def test_generic_organisations_have_their_description_in_english(real):
    """A generic organisation's name is our own description ("twaalf basisscholen"), so its
    English name is a translation; equal to the Dutch, English mode would show Dutch words
    that the parity check takes for a proper name."""
    generic = real.organisations[real.organisations["is_generic"]]
    assert not generic.empty
    same = generic[generic["name"].str.casefold() == generic["name_en"].str.casefold()]
    assert same["org_id"].tolist() == []


# Expansions of abbreviations that the newsletters leave unexpanded (jeugd-GGZ, NJI, VWS, OCW,
# PO-raad): an English text spelling one out would state what the sources never say.
UNGIVEN_EXPANSIONS = ("mental health", "youth institute", "health, welfare", "welfare and sport",
                      "education, culture", "culture and science", "primary education council")


def test_english_text_expands_no_abbreviation_the_sources_leave_unexpanded(real):
    from dashboard import i18n
    from dashboard.data.schemas import TABLES, own_words_columns

    texts = [text for pair in i18n.catalogue().values() for text in pair]
    texts += [english for labels in i18n.LABELS.values() for _, english in labels.values()]
    for table in TABLES.values():
        frame = getattr(real, table.name)
        for english in own_words_columns(table).values():
            texts += [str(v) for v in frame[english].dropna()]
    found = [text for text in texts
             if any(expansion in text.casefold() for expansion in UNGIVEN_EXPANSIONS)]
    assert found == []
