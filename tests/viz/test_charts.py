"""The overview's sector chart."""

from dashboard.topics.overview import organisations_by_sector
from dashboard.viz.charts import sector_bar
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
