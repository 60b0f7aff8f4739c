"""Monitor page: waves, findings, ratings, and numeric results with n < 5 suppressed."""

from tests.monitor_results import (
    HIDDEN_EXCERPT,
    HIDDEN_VALUE,
    SHOWN_EXCERPT,
    SOURCE_TITLE,
    with_report,
)
from tests.pages.apptest import figures, page_text, run_app, shown_tables, tables

PAGE = "views/monitor.py"


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


def everything_shown(at) -> str:
    """Every text of a page: Markdown, captions, infos and the cells of its tables."""
    parts = [page_text(at), *(c.value for c in at.caption), *(i.value for i in at.info),
             *(d.to_string() for d in tables(at)), *(d.to_string() for d in shown_tables(at))]
    return " ".join(parts)


def test_results_appear_with_small_counts_suppressed(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_DATA_DIR", str(with_report(data_copy, monkeypatch)))
    at = run_app(PAGE)
    [table] = [d for d in tables(at) if "n (respondenten)" in d.columns]
    rows = {r["Initiatief"]: r for r in table.to_dict("records")}
    assert rows["Samen in de BSO-groep"]["Waarde"] == "62"
    assert rows["Samen in de BSO-groep"]["n (respondenten)"] == "40"
    assert rows["BSO-pilot Assen"]["Waarde"] == "niet getoond: minder dan 5 antwoorden"
    assert rows["BSO-pilot Assen"]["n (respondenten)"] == "< 5"
    assert not any("geen cijfermatige uitkomsten" in i.value for i in at.info)
    assert any("1 waarde(n) niet getoond" in c.value.replace("\\", "") for c in at.caption)
    text = page_text(at)
    # The wave's block shows its results and never says there are none.
    assert ("Samen in de BSO-groep: Proefindicator samenwerking met ouders — 62 procent "
            "(n = 40)") in text
    assert "BSO-pilot Assen: Proefindicator tevreden medewerkers — niet getoond" in text
    assert "Cijfers publiceren ze nog niet" not in text
    assert "Onderaan staan 2 cijfers per initiatief en meting." in text
    assert HIDDEN_VALUE not in everything_shown(at) and HIDDEN_EXCERPT not in text

    english = run_app(PAGE, lang="en")
    [table] = [d for d in tables(english) if "n (respondents)" in d.columns]
    assert set(table["Indicator"]) == {"Test indicator cooperation with parents",
                                       "Test indicator satisfied staff"}
    assert "not shown: fewer than 5 responses" in set(table["Value"])
    assert "Test indicator cooperation with parents — 62 procent (n = 40)" in page_text(english)
    assert HIDDEN_VALUE not in everything_shown(english)


def test_a_result_is_a_fact_with_its_excerpt_in_bronnen(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_DATA_DIR", str(with_report(data_copy, monkeypatch)))
    at = run_app("views/bronnen.py")
    at.text_input[0].input("Proefindicator").run()
    facts = shown_tables(at)[0]
    assert len(facts) == 2
    shown = facts.to_string()
    assert SHOWN_EXCERPT in shown and SOURCE_TITLE in shown
    assert "waarde en citaat niet getoond: minder dan 5 antwoorden" in shown
    assert HIDDEN_VALUE not in everything_shown(at)
    english = run_app("views/bronnen.py", lang="en")
    english.text_input[0].input("Test indicator").run()
    assert "Test indicator cooperation with parents" in shown_tables(english)[0].to_string()
