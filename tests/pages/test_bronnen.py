"""Bronnen: each source and every fact from it, searchable and filterable."""

from dashboard.content.facts import facts
from dashboard.publish.open_data import package_files
from dashboard.ui.text import md_escape
from tests.fixture_data import FIXTURE_DATA_DIR
from tests.pages.apptest import metric_values, run_app, shown_tables, tables

PAGE = "views/bronnen.py"


def shown_facts(at):
    return shown_tables(at)[0]


def test_each_source_with_its_fact_count():
    at = run_app(PAGE)
    assert [s.value for s in at.subheader] == ["Samen in de BSO groep! Nieuwsbrief 4",
                                               "Nieuwsbrief Alert4you"]
    assert [m.value for m in at.metric] == ["41", "120"]


def test_all_facts_listed_with_evidence():
    at = run_app(PAGE)
    table = shown_facts(at)
    assert len(table) == 161  # all of the fixture's; over 300 are capped (see below)
    assert "Bewijs (letterlijk citaat)" in table.columns


def test_search_filters_facts_and_excerpts():
    at = run_app(PAGE)
    at.text_input[0].input("Yorneo").run()
    # Yorneo's own row, its participation, ties and the excerpts that name it.
    assert len(shown_facts(at)) == 18


def test_filter_by_source(ds):
    at = run_app(PAGE)
    at.multiselect[0].select("samen-bso-nieuwsbrief-4").run()
    table = shown_facts(at)
    assert set(table["Bron"]) == {"Samen in de BSO groep! Nieuwsbrief 4"}
    assert any(c.value == "Bron: Samen in de BSO groep! Nieuwsbrief 4 (2013)" for c in at.caption)


def test_no_match_says_so():
    at = run_app(PAGE)
    at.text_input[0].input("xyzzy-niets").run()
    assert not tables(at)
    assert "Geen feiten gevonden" in at.info[0].value


def test_metrics_labelled():
    assert "Feiten uit deze bron" in metric_values(run_app(PAGE))


def test_long_fact_lists_are_capped_with_a_note(tmp_path, monkeypatch):
    from benchmarks.synthetic import write_synthetic
    from dashboard.data import load_dataset

    write_synthetic(tmp_path / "data", 3, source=FIXTURE_DATA_DIR)  # about 500 facts
    total = len(facts(load_dataset(tmp_path / "data")))
    monkeypatch.setenv("BSO_DATA_DIR", str(tmp_path / "data"))
    at = run_app(PAGE)
    assert len(shown_facts(at)) == 300 < total
    assert any(f"De eerste 300 van {total} feiten" in c.value for c in at.caption)


def test_search_and_filters_live_in_the_url():
    at = run_app(PAGE)
    at.text_input[0].input("Yorneo").run()
    at.multiselect[1].select("organisations").run()
    assert at.query_params["zoek"] in ("Yorneo", ["Yorneo"])
    assert at.query_params["soort"] in ("organisations", ["organisations"])
    again = run_app(PAGE, zoek="Yorneo", soort="organisations")
    # Yorneo itself, and the CJG whose excerpt names it beside Yorneo.
    hits = ["Yorneo", "Centrum voor Jeugd en Gezin (Assen)"]
    assert list(shown_facts(again)["Feit"]) == hits
    assert list(shown_facts(at)["Feit"]) == hits


def test_unknown_filter_in_the_url_is_skipped_gently():
    at = run_app(PAGE, soort="geheimen")
    assert "bij 'soort' niet bruikbaar en genegeerd: geheimen." in at.info[0].value
    assert len(shown_facts(at)) > 0


def test_the_whole_dataset_is_offered_as_one_zip_with_its_file_list():
    at = run_app(PAGE)
    assert "Download de dataset (zip)" in [b.label for b in at.get("download_button")]
    listed = next(m.value for m in at.markdown if m.value.startswith("- "))
    for name in package_files():
        assert md_escape(name) in listed


def test_every_excerpt_opens_its_context_in_the_source(ds):
    at = run_app(PAGE)
    html = "".join(element.value for element in at.get("html"))
    excerpts = sum(len(e) for e in facts(ds)["excerpts"])
    assert html.count('<details>') == excerpts
    assert html.count('<small>In de bron</small></summary>') == excerpts
    # figures.csv line 3, printed "drie kinderop-\nvangvoorzieningen" in the newsletter.
    assert "(twaalf basisscholen, <mark>drie kinderopvangvoorzieningen</mark>, het" in html
