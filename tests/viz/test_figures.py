"""The app's charts as functions of the dataset: what each draws, and that it can be cached."""

import pytest

from dashboard.core.network import bridging_organisations, programme_network
from dashboard.core.overview import organisations_by_sector
from dashboard.core.timeline import TimelineFilter
from dashboard.viz import figures


def node_names(fig) -> set[str]:
    return {name for trace in fig.data if trace.meta and trace.meta.get("role") == "nodes"
            for name in trace.text if name}


def test_sector_chart_has_a_bar_per_sector_in_the_language(ds):
    counts = organisations_by_sector(ds)
    dutch, english = figures.sector_chart(ds, "nl"), figures.sector_chart(ds, "en")
    assert sorted(dutch.data[0].x) == sorted(counts["count"])
    assert list(dutch.data[0].y) != list(english.data[0].y)


def test_programme_network_outlines_the_organisations_that_connect_pilots(ds):
    fig = figures.programme_network_chart(ds, "nl")
    bridges = bridging_organisations(programme_network(ds).graph)
    assert any(trace.meta.get("role") == "bridge-legend" for trace in fig.data if trace.meta)
    assert fig.layout.height == 680
    assert set(bridges["name"].map(lambda n: n[:10])) <= {n[:10] for n in node_names(fig)}


def test_initiative_network_has_the_asked_height(ds):
    assert figures.initiative_network_chart(ds, "assen", "nl", 460).layout.height == 460


def test_comparison_grids_have_a_column_per_chosen_initiative(ds):
    chosen = ("assen", "lent")
    for chart in (figures.approach_chart, figures.coverage_chart):
        fig = chart(ds, chosen, "nl")
        assert len(fig.layout.xaxis.tickvals or fig.data[0].x) >= len(chosen)


def test_timeline_is_none_when_the_filter_leaves_nothing_to_draw(ds):
    nothing = TimelineFilter(initiatives=("assen",), kinds=("monitor",))
    assert figures.timeline_chart(ds, nothing, "initiative", False, "nl") is None
    drawn = figures.timeline_chart(ds, TimelineFilter(), "initiative", True, "nl", height=720)
    assert drawn is not None and drawn.layout.height == 720


@pytest.mark.parametrize("chart", [figures.waves_chart, figures.ratings_chart])
def test_monitor_charts_draw_something(ds, chart):
    assert len(chart(ds, "en").data) > 0



def test_a_very_large_programme_network_is_drawn_with_its_best_connected_organisations(
        ds, monkeypatch):
    monkeypatch.setattr(figures, "PROGRAMME_DRAWN", 5)
    fig = figures.programme_network_chart(ds, "nl")
    drawn = [o for trace in fig.data if trace.meta and trace.meta.get("role") == "nodes"
             for o in trace.customdata]
    graph = programme_network(ds).graph
    assert len(drawn) == 5
    assert set(bridging_organisations(graph)["org_id"]) <= set(drawn)


def test_a_timeline_with_too_many_lanes_draws_the_earliest_and_its_table_lists_all(
        ds, monkeypatch):
    everything = TimelineFilter()
    lanes = figures.timeline_lane_count(ds, everything, "initiative", True)
    assert lanes >= 2
    monkeypatch.setattr(figures, "TIMELINE_LANES", 1)
    fig = figures.timeline_chart(ds, everything, "initiative", True, "nl")
    assert len(fig.layout.yaxis.tickvals) == 1
    drawn_lanes = {y for trace in fig.data for y in (trace.y or ()) if y is not None}
    assert drawn_lanes <= set(fig.layout.yaxis.tickvals)
    table = figures.timeline_table(ds, everything, True, "nl")
    assert len(table) > len(fig.layout.yaxis.tickvals)
