"""The app's charts as functions of the tables topics derives: what each draws."""


from dashboard.data import initiative_names
from dashboard.data.refs import FACTS
from dashboard.topics import monitor
from dashboard.topics.compare import approach_matrix, sector_coverage
from dashboard.topics.network import bridging_organisations, initiative_network, programme_network
from dashboard.topics.overview import organisations_by_sector
from dashboard.topics.timeline import (
    TimelineFilter,
    data_date,
    initiative_spans,
    lane_names,
    shown_waves,
    timeline_events,
)
from dashboard.viz import charts, compare, network
from dashboard.viz import monitor as monitor_viz
from dashboard.viz import timeline as timeline_viz


def timeline(ds, chosen: TimelineFilter, show_waves: bool):
    return (initiative_spans(ds, chosen), timeline_events(ds, chosen),
            shown_waves(ds, chosen, show_waves))


def node_names(fig) -> set[str]:
    return {name for trace in fig.data if trace.meta and trace.meta.get("role") == "nodes"
            for name in trace.text if name}


def test_sector_chart_has_a_bar_per_sector_in_the_language(ds):
    counts = organisations_by_sector(ds)
    dutch, english = charts.sector_chart(counts, "nl"), charts.sector_chart(counts, "en")
    assert sorted(dutch.data[0].x) == sorted(counts["count"])
    assert list(dutch.data[0].y) != list(english.data[0].y)


def test_programme_network_outlines_the_organisations_that_connect_pilots(ds):
    fig = network.programme_network_chart(programme_network(ds).graph, "nl")
    bridges = bridging_organisations(programme_network(ds).graph)
    assert any(trace.meta.get("role") == "bridge-legend" for trace in fig.data if trace.meta)
    assert fig.layout.height == 680
    assert set(bridges["name"].map(lambda n: n[:10])) <= {n[:10] for n in node_names(fig)}


def test_initiative_network_has_the_asked_height(ds):
    graph = initiative_network(ds, "assen").graph
    assert network.initiative_network_chart(graph, "nl", 460).layout.height == 460


def test_comparison_grids_have_a_column_per_chosen_initiative(ds):
    chosen = ("assen", "lent")
    for chart, table in ((compare.approach_grid, approach_matrix),
                         (compare.coverage_grid, sector_coverage)):
        fig = chart(table(ds, chosen), initiative_names(ds), "nl")
        assert len(fig.layout.xaxis.tickvals or fig.data[0].x) >= len(chosen)


def test_timeline_is_none_when_the_filter_leaves_nothing_to_draw(ds):
    nothing = TimelineFilter(initiatives=("assen",), kinds=("monitor",))
    names, as_of = lane_names(ds), data_date(ds)
    assert timeline_viz.timeline_chart(*timeline(ds, nothing, False), "initiative", names, as_of,
                                  "nl") is None
    drawn = timeline_viz.timeline_chart(*timeline(ds, TimelineFilter(), True), "initiative", names,
                                   as_of, "nl", height=720)
    assert drawn is not None and drawn.layout.height == 720


def test_the_ratings_chart_draws_something(ds):
    assert len(monitor_viz.ratings_figure(monitor.ratings(ds), "en").data) > 0


def test_the_monitor_waves_are_a_status_table(ds):
    table = monitor_viz.waves_table(monitor.waves(ds), "nl")
    assert table.drop(columns=FACTS).to_dict("list") == {
        "Meting": ["Eerste meting NJI-monitor", "Tweede meting NJI-monitor"],
        "Datum": ["februari 2013 (maand bekend; Maand waarin de resultaten zijn gepresenteerd; "
                  "wanneer gemeten is, zeggen de bronnen niet)", "juni 2013 (maand bekend)"],
        "Status": ["Afgerond", "Gepland"]}



def test_a_very_large_programme_network_is_drawn_with_its_best_connected_organisations(
        ds, monkeypatch):
    monkeypatch.setattr(network, "PROGRAMME_DRAWN", 5)
    fig = network.programme_network_chart(programme_network(ds).graph, "nl")
    drawn = [o for trace in fig.data if trace.meta and trace.meta.get("role") == "nodes"
             for o in trace.customdata]
    graph = programme_network(ds).graph
    assert len(drawn) == 5
    assert set(bridging_organisations(graph)["org_id"]) <= set(drawn)


def test_a_timeline_with_too_many_lanes_draws_the_earliest_and_its_table_lists_all(
        ds, monkeypatch):
    rows = timeline(ds, TimelineFilter(), True)
    lanes = timeline_viz.timeline_lane_count(*rows, "initiative")
    assert lanes >= 2
    monkeypatch.setattr(timeline_viz, "TIMELINE_LANES", 1)
    fig = timeline_viz.timeline_chart(*rows, "initiative", lane_names(ds), data_date(ds), "nl")
    assert len(fig.layout.yaxis.tickvals) == 1
    drawn_lanes = {y for trace in fig.data for y in (trace.y or ()) if y is not None}
    assert drawn_lanes <= set(fig.layout.yaxis.tickvals)
    table = timeline_viz.timeline_table(*rows, "nl")
    assert len(table) > len(fig.layout.yaxis.tickvals)
