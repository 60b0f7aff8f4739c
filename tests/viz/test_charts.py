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


def test_a_finished_figure_is_a_copy_and_a_cached_one_makes_its_dict_once(ds):
    import plotly.graph_objects as go

    from dashboard.topics.overview import organisations_by_sector
    from dashboard.viz.charts import finished
    from dashboard.viz.figures import sector_chart

    draft = go.Figure(go.Bar(x=[1, 2], y=["a", "b"]))
    done = finished(draft)
    draft.update_layout(height=999)
    assert done.to_dict()["data"] == go.Figure(go.Bar(x=[1, 2], y=["a", "b"])).to_dict()["data"]
    assert done.layout.height is None
    cached = sector_chart(organisations_by_sector(ds), "nl")
    assert cached.to_dict()["data"] is cached.to_dict()["data"]
