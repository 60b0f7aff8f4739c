"""Monitor's page model: the waves' status table, their findings and the empty indicators."""

from dashboard.ui.models.monitor import monitor


def test_the_model_holds_what_the_page_shows(ds):
    page = monitor(ds, "nl")
    # The fixture's first wave is dated by when its results were presented (its date note).
    assert page.waves.title == ("Eén meting afgerond (februari 2013: maand waarin de resultaten "
                                "zijn gepresenteerd); de volgende gepland in juni 2013")
    first, second = page.findings.waves
    assert first.heading == ("Eerste meting NJI-monitor (Afgerond) — februari 2013: maand waarin "
                             "de resultaten zijn gepresenteerd")
    assert second.heading == "Tweede meting NJI-monitor (Gepland) — juni 2013"
    assert first.findings[0] == "Werk aan samenwerking en dialoog met ouders."
    assert first.sourced.source.parts == ("Samen in de BSO groep! Nieuwsbrief 4 (2013)",)
    assert second.findings == () and second.sourced is None
    assert page.findings.count == 2
    assert page.indicators is None  # the sources publish no numeric results yet
    assert page.lead.startswith("Metingen van de monitor: 1 afgerond, 1 gepland.")


def test_in_english(ds):
    page = monitor(ds, "en")
    assert page.waves.title == ("One wave completed (February 2013: month in which the results "
                                "were presented); the next planned for June 2013")
    assert page.findings.waves[0].heading == (
        "First measurement of the NJI monitor (Completed) — February 2013: month in which the "
        "results were presented")


def test_computed_once_per_dataset_and_language(ds):
    assert monitor(ds, "nl") is monitor(ds, "nl")
