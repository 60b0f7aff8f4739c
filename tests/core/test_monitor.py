"""Monitor core: suppression below n = 5, ordered ratings, findings in source order."""

import pandas as pd

from dashboard.content.results import result_lines
from dashboard.data import load_dataset
from dashboard.data.refs import fact_rows
from dashboard.data.vocab import RATING_SCALES
from dashboard.topics import monitor
from tests.monitor_results import SHOWN_EXCERPT, with_report


def test_suppression_threshold():
    assert monitor.is_suppressed(4) and monitor.is_suppressed(0)
    assert not monitor.is_suppressed(5)
    assert monitor.is_suppressed(pd.NA)
    assert monitor.shown_n(3) == "< 5" and monitor.shown_n(5) == "5"


def test_no_indicators_before_results_are_imported(ds):
    assert monitor.indicators(ds).empty


def test_suppressed_values_are_removed_before_display(data_copy, monkeypatch):
    table = monitor.indicators(load_dataset(with_report(data_copy, monkeypatch)))
    table = table.set_index("initiative_id")
    assert table.at["groningen", "value"] == 62 and not table.at["groningen", "suppressed"]
    assert pd.isna(table.at["assen", "value"]) and table.at["assen", "suppressed"]
    assert table.at["assen", "initiative"] == "BSO-pilot Assen"


def test_a_suppressed_result_keeps_its_source_but_not_its_excerpts(data_copy, monkeypatch):
    """The excerpt writes the number, so it is withheld wherever facts are listed."""
    ds = load_dataset(with_report(data_copy, monkeypatch))
    rows = fact_rows(ds, ["monitor_indicators:2", "monitor_indicators:3"]).set_index("ref")
    assert rows.at["monitor_indicators:2", "excerpts"] == (SHOWN_EXCERPT,)
    assert rows.at["monitor_indicators:3", "excerpts"] == ()
    assert rows.at["monitor_indicators:3", "source_id"] == "proefrapport"
    assert set(rows["modality"]) == {"in_practice"}


def test_results_per_wave_in_words(data_copy, monkeypatch):
    ds = load_dataset(with_report(data_copy, monkeypatch))
    found = monitor.results(ds, "nji-meting-1")
    assert result_lines(found, "nl") == (
        "BSO-pilot Assen: Proefindicator tevreden medewerkers — niet getoond: minder dan 5 "
        "antwoorden",
        "Samen in de BSO-groep: Proefindicator samenwerking met ouders — 62 procent (n = 40)")
    assert result_lines(found, "en")[1] == (
        "Samen in de BSO-groep: Test indicator cooperation with parents — 62 procent (n = 40)")
    assert monitor.results(ds, "nji-meting-2").empty


def test_ratings_are_ordered_on_the_full_scale(ds):
    ratings = monitor.ratings(ds)
    assert list(ratings["rating"].cat.categories) == list(RATING_SCALES["nl_oordeel"])
    assert ratings["rating"].cat.ordered
    codes = dict(zip(ratings["location_id"], ratings["rating"].cat.codes, strict=True))
    assert codes["rode-pimpernel"] < codes["merdeka"]  # voldoende < goed
    assert set(ratings["location"]) == set(ds.locations.set_index("location_id").loc[
        ds.ratings["location_id"], "name"])


def test_waves_and_findings_in_order(ds):
    waves = monitor.waves(ds)
    assert list(waves["first"]) == sorted(waves["first"])
    found = monitor.findings(ds, "nji-meting-1")
    assert list(found["rank"]) == sorted(ds.monitor_findings.loc[
        ds.monitor_findings["wave_id"] == "nji-meting-1", "rank"])
    assert monitor.findings(ds, "nji-meting-2").empty
