"""Monitor core: suppression below n = 5, ordered ratings, findings in source order."""

import pandas as pd

from dashboard.data import load_dataset
from dashboard.data.vocab import RATING_SCALES
from dashboard.topics import monitor
from tests.conftest import write_rows

HEADER = ["wave_id", "initiative_id", "indicator", "value", "unit", "n", "source_id"]


def test_suppression_threshold():
    assert monitor.is_suppressed(4) and monitor.is_suppressed(0)
    assert not monitor.is_suppressed(5)
    assert monitor.is_suppressed(pd.NA)
    assert monitor.shown_n(3) == "< 5" and monitor.shown_n(5) == "5"


def test_no_indicators_before_results_are_imported(ds):
    assert monitor.indicators(ds).empty


def test_suppressed_values_are_removed_before_display(data_copy):
    write_rows(data_copy / "monitor_indicators.csv", [
        dict(zip(HEADER, ["nji-meting-1", "groningen", "synthetic-a", "40", "percent", "12",
                          "samen-bso-nieuwsbrief-4"], strict=True)),
        dict(zip(HEADER, ["nji-meting-1", "assen", "synthetic-a", "75", "percent", "4",
                          "samen-bso-nieuwsbrief-4"], strict=True)),
    ], HEADER)
    table = monitor.indicators(load_dataset(data_copy)).set_index("initiative_id")
    assert table.at["groningen", "value"] == 40 and not table.at["groningen", "suppressed"]
    assert pd.isna(table.at["assen", "value"]) and table.at["assen", "suppressed"]
    assert table.at["assen", "initiative"] == "BSO-pilot Assen"


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
