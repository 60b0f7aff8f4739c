"""Timeline core: spans at their precision, open ends, filters and lanes."""

from datetime import date

from dashboard.data import load_dataset
from dashboard.topics.timeline import (
    CONTEXT_LANE,
    MONITOR_LANE,
    TimelineFilter,
    data_date,
    event_span,
    initiative_period,
    initiative_spans,
    lane_of,
    outside_period,
    timeline_events,
    timeline_lanes,
    timeline_waves,
)
from tests.conftest import read_rows, write_rows


def test_a_month_or_year_is_its_whole_span():
    assert event_span("2013-02", "month") == (date(2013, 2, 1), date(2013, 2, 28))
    assert event_span("2005", "year") == (date(2005, 1, 1), date(2005, 12, 31))
    assert event_span("2012-09-27", "day") == (date(2012, 9, 27), date(2012, 9, 27))
    assert event_span("2012-09-27", "day", "2012-10") == (date(2012, 9, 27), date(2012, 10, 31))


def test_initiative_spans_keep_precision_and_list_the_undated(ds):
    spans = initiative_spans(ds).set_index("initiative_id")
    groningen = spans.loc["groningen"]
    assert (groningen["start_first"], groningen["end_last"]) == (date(2012, 4, 1),
                                                                 date(2014, 1, 31))
    assert not groningen["open_end"]
    undated = set(spans.index[~spans["dated"]])
    expected = set(ds.initiatives.loc[ds.initiatives["start"].isna()
                                      & ds.initiatives["end"].isna(), "initiative_id"])
    assert undated == expected and "assen" in undated


def test_unknown_end_is_open_never_invented(data_copy):
    rows = read_rows(data_copy / "initiatives.csv")
    assen = next(r for r in rows if r["initiative_id"] == "assen")
    # A start needs an excerpt that writes it; this one (true, about another fact) does.
    assen.update(start="2012", start_precision="year",
                 evidence_3="De Alert4you Community voor de leeftijd 0 tot 4 is in 2012")
    write_rows(data_copy / "initiatives.csv", rows)
    ds = load_dataset(data_copy)
    row = initiative_spans(ds).set_index("initiative_id").loc["assen"]
    assert row["dated"] and row["open_end"]
    assert row["end_first"] is None and row["end_last"] is None
    assert (row["start_first"], row["start_last"]) == (date(2012, 1, 1), date(2012, 12, 31))


def test_data_date_is_the_end_of_the_newest_source(ds):
    day, value, precision = data_date(ds)
    assert (value, precision) == ("2013", "year") and day == date(2013, 12, 31)


def test_events_take_their_initiatives_municipality_and_span(ds):
    events = timeline_events(ds).set_index("event_id")
    assert len(events) == len(ds.events)
    lent = events.loc["lent-tweede-gesprek"]
    assert lent["municipality"] == "Nijmegen" and lent["approximate"]
    motion = events.loc["motie-van-aartsen-bos"]
    assert motion["context"] and (motion["first"], motion["last"]) == (date(2005, 1, 1),
                                                                       date(2005, 12, 31))
    assert not events.loc["landelijke-werkplaats", "approximate"]
    assert list(timeline_events(ds)["first"]) == sorted(events["first"])


def test_filters_narrow_events_and_hide_unrelated_context(ds):
    only = timeline_events(ds, TimelineFilter(initiatives=("groningen",)))
    assert set(only["event_id"]) == set(ds.events.loc[ds.events["initiative_id"] == "groningen",
                                                      "event_id"])
    utrecht = timeline_events(ds, TimelineFilter(municipalities=("GM0344",)))
    assert list(utrecht["event_id"]) == ["landelijke-werkplaats"]  # context event in Utrecht
    kinds = timeline_events(ds, TimelineFilter(kinds=("start", "einde")))
    assert set(kinds["kind"]) == {"start", "einde"}
    spans = initiative_spans(ds, TimelineFilter(municipalities=("GM0014",)))
    assert list(spans["initiative_id"]) == ["groningen"]


def test_waves_follow_the_kind_filter_and_hide_under_a_place_filter(ds):
    assert len(timeline_waves(ds)) == len(ds.monitor_waves)
    assert timeline_waves(ds, TimelineFilter(kinds=("start",))).empty
    assert len(timeline_waves(ds, TimelineFilter(kinds=("monitor",)))) == len(ds.monitor_waves)
    assert timeline_waves(ds, TimelineFilter(initiatives=("groningen",))).empty


def test_lanes_context_first_then_by_earliest_date(ds):
    spans, events, waves = initiative_spans(ds), timeline_events(ds), timeline_waves(ds)
    lanes = timeline_lanes(spans, events, waves, "initiative")
    assert lanes[:2] == [CONTEXT_LANE, MONITOR_LANE]
    assert lanes.index("groningen") < lanes.index("lent")  # April 2012 before November 2012
    assert "assen" not in lanes  # nothing dated to draw
    by_place = timeline_lanes(spans, events, waves.iloc[0:0], "municipality")
    assert by_place == [CONTEXT_LANE, "GM0014", "GM0268"]
    assert lane_of(None, "GM0344", "municipality") == CONTEXT_LANE


def test_the_initiative_period_opens_on_the_first_year_and_reaches_the_data_date(ds):
    spans, events, waves = initiative_spans(ds), timeline_events(ds), timeline_waves(ds)
    as_of = data_date(ds)[0]
    first, last = initiative_period(spans, events, waves, as_of)
    tied = events[events["initiative_id"].notna()]
    dated = spans[spans["dated"]]
    assert first == date(min([*tied["first"], *dated["start_first"].dropna()]).year, 1, 1)
    assert last == max([as_of, *tied["last"], *waves["last"], *dated["end_last"].dropna()])
    context = events[events["initiative_id"].isna()]
    before = context[context["last"] < first]
    assert outside_period(events, waves, (first, last)) == len(before) + int(
        (context["first"] > last).sum())
    assert outside_period(events, waves, None) == 0


def test_without_a_dated_initiative_there_is_no_period(ds):
    spans, events, waves = initiative_spans(ds), timeline_events(ds), timeline_waves(ds)
    context = events[events["initiative_id"].isna()]
    assert initiative_period(spans[~spans["dated"]], context, waves.iloc[0:0],
                             data_date(ds)[0]) is None
