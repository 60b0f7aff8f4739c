"""Monitor page: waves, findings, ratings, and numeric results with n < 5 suppressed."""

from dashboard.admin import importer
from tests.pages.apptest import figures, page_text, run_app, tables

PAGE = "views/monitor.py"
HEADER = "wave_id,initiative_id,indicator,value,unit,n,source_id"
SOURCE = "samen-bso-nieuwsbrief-4"


def test_shows_the_findings_and_the_empty_state():
    at = run_app(PAGE)
    text = page_text(at)
    for summary in ("Werk aan samenwerking en dialoog met ouders.",
                    "De kinderopvang is nu vooral ingericht op gewone (reguliere) opvang.",
                    "Doel en visie van BSO extra/plus moeten verder worden ontwikkeld."):
        assert summary in text
    assert not figures(at), "the waves are a status table, not a chart"
    [waves] = [d for d in tables(at) if "Meting" in d.columns]
    assert list(waves["Status"]) == ["Afgerond", "Gepland"]
    assert any("geen cijfermatige uitkomsten" in i.value for i in at.info)
    assert not any("n (respondenten)" in d.columns for d in tables(at))


def test_chart_titles_state_the_takeaway():
    titles = {m.value for m in run_app(PAGE).markdown}
    assert ("**Eén meting afgerond (februari 2013: maand waarin de resultaten zijn "
            "gepresenteerd); de volgende gepland in juni 2013**") in titles
    english = {m.value for m in run_app(PAGE, lang="en").markdown}
    assert ("**One wave completed (February 2013: month in which the results were presented); "
            "the next planned for June 2013**") in english


def test_only_what_the_sources_tie_to_the_monitor(ds):
    """The teams' rating of a training is not tied to the NJI monitor by any source."""
    text = page_text(run_app(PAGE))
    assert ds.ratings["wave_id"].isna().all()
    assert "Training Positief opvoeden" not in text
    assert "Nederlands Jeugdinstituut" not in text  # neither source expands NJI


def test_imported_figures_appear_with_small_counts_suppressed(data_copy, monkeypatch):
    content = "\n".join([
        HEADER,
        f"nji-meting-1,groningen,synthetic-indicator-x,42.5,percent,12,{SOURCE}",
        f"nji-meting-1,assen,synthetic-indicator-x,77,percent,3,{SOURCE}",
    ]).encode()
    assert importer.import_indicators("synthetic.csv", content, data_copy).written
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    at = run_app(PAGE)
    [table] = [d for d in tables(at) if "n (respondenten)" in d.columns]
    rows = {r["Initiatief"]: r for r in table.to_dict("records")}
    assert rows["Samen in de BSO-groep"]["Waarde"] == "42,5"
    assert rows["Samen in de BSO-groep"]["n (respondenten)"] == "12"
    assert rows["BSO-pilot Assen"]["Waarde"] == "< 5"
    assert rows["BSO-pilot Assen"]["n (respondenten)"] == "< 5"
    assert "77" not in table.to_string()
    assert not any("geen cijfermatige uitkomsten" in i.value for i in at.info)
    assert any("1 waarde(n) niet getoond" in c.value.replace("\\", "") for c in at.caption)
    english = run_app(PAGE, lang="en")
    [table] = [d for d in tables(english) if "n (respondents)" in d.columns]
    assert "42.5" in set(table["Value"])
