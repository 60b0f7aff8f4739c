"""The overview's sector chart."""

from dashboard.topics.overview import municipalities_involved, organisations_by_sector
from dashboard.viz.charts import municipalities_table, sector_bar
from dashboard.viz.palette import SECTOR_COLOURS


def test_sector_bar_has_one_bar_per_sector_in_its_colour(ds):
    counts = organisations_by_sector(ds)
    fig = sector_bar(counts, {s: s.upper() for s in counts["sector"]})
    [bar] = fig.data
    assert len(bar.y) == len(counts)
    assert sum(bar.x) == len(ds.organisations)
    for name, colour in zip(bar.y, bar.marker.color, strict=True):
        assert SECTOR_COLOURS[name.lower()] == colour
    assert list(bar.x) == sorted(bar.x)


def test_the_municipalities_table_marks_a_kind_resting_on_an_inference(ds):
    table = municipalities_table(municipalities_involved(ds), "nl").set_index("Gemeente")
    assert table.at["Groningen", "Soort"] == "BSO-project (afgeleid)"
    assert table.at["Nijmegen", "Soort"] == "Experiment dagarrangement (afgeleid)"
    assert table.at["Assen", "Soort"] == "BSO-project"
