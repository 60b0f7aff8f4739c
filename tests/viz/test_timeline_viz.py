"""Timeline and monitor figures: precision bands, hollow planned markers, open ends, hover."""

import re
from datetime import date

import pandas as pd

from dashboard.data import load_dataset
from dashboard.i18n.formatting import when
from dashboard.topics import monitor
from dashboard.topics.timeline import (
    CONTEXT_LANE,
    data_date,
    initiative_period,
    initiative_spans,
    timeline_events,
    timeline_lanes,
    timeline_waves,
)
from dashboard.viz.monitor import ratings_figure
from dashboard.viz.palette import MARK
from dashboard.viz.timeline import MS_PER_DAY, date_ticks, timeline_figure
from tests.conftest import read_rows, write_rows


def build(ds, lang="nl", grouping="initiative"):
    spans, events, waves = initiative_spans(ds), timeline_events(ds), timeline_waves(ds)
    lanes = timeline_lanes(spans, events, waves, grouping)
    labels = {lane: lane for lane in lanes}
    return timeline_figure(spans, events, waves, grouping, lanes, labels, lang, data_date(ds))


def trace(fig, name):
    return next(t for t in fig.data if t.name == name)


def test_when_says_how_precisely_a_date_is_known():
    assert when("2013-02", "month", "nl") == "februari 2013 (maand bekend)"
    assert when("2005", "year", "en") == "2005 (only the year known)"
    assert when("2012-09-27", "day", "nl", "Jaar afgeleid") == "27 september 2012 (Jaar afgeleid)"
    assert when("2012-11", "month", "nl", "Eind november") == \
        "november 2012 (maand bekend; Eind november)"


def test_month_and_year_events_are_bands_with_a_diamond(ds):
    fig = build(ds)
    bands = trace(fig, "Maand of jaar bekend")
    approximate = timeline_events(ds)
    approximate = approximate[approximate["approximate"]]
    assert len(bands.y) == len(approximate) + len(ds.monitor_waves)
    motion = bands.base.index("2005-01-01")
    assert bands.x[motion] == 365 * MS_PER_DAY and bands.y[motion] == CONTEXT_LANE
    assert "alleen jaar bekend" in bands.hovertext[motion]
    happened = trace(fig, "Gebeurtenis")
    symbols = dict(zip(happened.x, happened.marker.symbol, strict=True))
    assert symbols["2005-07-02T12:00:00"] == "diamond"  # the motion, known to the year
    assert symbols["2012-09-27"] == "circle"  # the workshop, known to the day: no band


def test_every_event_is_one_dark_mark_and_the_legend_names_what_it_means(ds):
    scatter = [t for t in build(ds).data if t.type == "scatter" and t.showlegend is not False]
    assert {t.name for t in scatter} == {
        "Gebeurtenis", "Gebeurtenis (gepland)", "Meting NJI-monitor",
        "Meting NJI-monitor (gepland)"}
    assert {t.marker.color for t in scatter} == {MARK}


def test_events_not_yet_taken_place_are_hollow(ds):
    fig = build(ds)
    not_yet = "(gepland)"
    planned = [t for t in fig.data if t.type == "scatter" and t.name.endswith(not_yet)]
    assert planned
    assert all(all(s.endswith("-open") for s in t.marker.symbol) for t in planned)
    happened = [t for t in fig.data if t.type == "scatter" and t.mode == "markers" and
                not t.name.endswith(not_yet)]
    assert all(not any(s.endswith("-open") for s in t.marker.symbol) for t in happened)


def test_known_span_is_drawn_from_its_first_to_its_last_day(ds):
    spans = trace(build(ds), "Looptijd initiatief")
    starts = [b for b, y in zip(spans.base, spans.y, strict=True) if y == "groningen"]
    assert min(starts) == "2012-04-01"
    ends = [date.fromisoformat(b).toordinal() + x / MS_PER_DAY - 1
            for b, x, y in zip(spans.base, spans.x, spans.y, strict=True) if y == "groningen"]
    assert date.fromordinal(int(max(ends))) == date(2014, 1, 31)
    assert "/" in spans.marker.pattern.shape  # January 2014 lies after the data date
    assert "assen" not in spans.y


def test_open_end_fades_to_the_data_date_with_a_labelled_arrow(data_copy):
    rows = read_rows(data_copy / "initiatives.csv")
    # A start needs an excerpt that writes it; this true one (of the study trip) does.
    next(r for r in rows if r["initiative_id"] == "assen").update(
        start="2012-09", start_precision="month",
        evidence_3="De Alert4you Community voor de leeftijd 0 tot 4 is in 2012",
        evidence_2="Anki Duin bracht in september")
    write_rows(data_copy / "initiatives.csv", rows)
    ds = load_dataset(data_copy)
    fig = build(ds)
    spans = trace(fig, "Looptijd initiatief")
    assen = [(b, x, o) for b, x, o, y in zip(spans.base, spans.x, spans.marker.opacity, spans.y,
                                              strict=True) if y == "assen"]
    opacities = [o for _, _, o in assen[1:]]
    assert opacities == sorted(opacities, reverse=True) and len(opacities) == 4
    last_day = max(date.fromisoformat(b).toordinal() + x / MS_PER_DAY - 1 for b, x, _ in assen)
    assert date.fromordinal(int(last_day)) == data_date(ds)[0]
    arrows = trace(fig, "Einde niet bekend")
    assert "open" in arrows.text and "triangle-right" in arrows.marker.symbol
    hover = spans.hovertext[spans.y.index("assen")]
    assert "niet bekend uit de bronnen" in hover and "maand bekend" in hover


def test_a_span_hover_names_the_initiative_in_the_readers_language(data_copy):
    rows = read_rows(data_copy / "initiatives.csv")
    # name_en is ours to write: a different one shows which column the hover reads.
    next(r for r in rows if r["initiative_id"] == "groningen")["name_en"] = "Together in BSO"
    write_rows(data_copy / "initiatives.csv", rows)
    ds = load_dataset(data_copy)
    hovers = {lang: trace(build(ds, lang), name).hovertext[0]
              for lang, name in (("nl", "Looptijd initiatief"), ("en", "Initiative period"))}
    assert "<b>Samen in de BSO-groep</b>" in hovers["nl"]
    assert "<b>Together in BSO</b>" in hovers["en"]


def test_grouping_per_municipality_and_english(ds):
    fig = build(ds, lang="en", grouping="municipality")
    assert "GM0014" in trace(fig, "Initiative period").y
    assert any(a.text.startswith("Data up to 2013") for a in fig.layout.annotations)


def test_ratings_sit_on_their_whole_scale(ds):
    ratings = ratings_figure(monitor.ratings(ds), "nl")
    assert list(ratings.layout.xaxis.categoryarray) == [
        "onvoldoende", "voldoende", "ruim voldoende", "goed", "zeer goed"]
    assert sorted(x for t in ratings.data for x in t.x) == ["goed", "voldoende"]


def test_date_ticks_speak_the_chart_language_in_months_or_years():
    short = date_ticks(date(2013, 2, 1), date(2013, 6, 30), "nl")
    assert short["ticktext"][:2] == ["februari 2013", "maart 2013"]
    assert short["tickvals"][0] == "2013-02-01"
    assert date_ticks(date(2013, 2, 1), date(2013, 6, 30), "en")["ticktext"][0] == "February 2013"
    long = date_ticks(date(2005, 1, 1), date(2013, 12, 31), "nl")
    assert long["ticktext"][0] == "2005" and len(long["tickvals"]) <= 9
    assert len(date_ticks(date(2012, 4, 1), date(2014, 1, 31), "nl")["tickvals"]) <= 9


def test_points_on_the_same_spot_become_one_marker_that_names_them_all(ds):
    events = timeline_events(ds)
    doubled = pd.concat([events] * 8, ignore_index=True)
    spans = initiative_spans(ds)
    waves = timeline_waves(ds).iloc[0:0]
    lanes = timeline_lanes(spans, doubled, waves, "initiative")
    labels = {lane: lane for lane in lanes}
    once = timeline_figure(spans, events, waves, "initiative", lanes, labels, "nl", data_date(ds))
    eight = timeline_figure(spans, doubled, waves, "initiative", lanes, labels, "nl",
                            data_date(ds))
    markers = [t for t in eight.data if t.type == "scatter" and t.mode == "markers"]
    assert sum(len(t.x) for t in markers) == sum(
        len(t.x) for t in once.data if t.type == "scatter" and t.mode == "markers")
    assert all(re.search(r"en nog \d+ op deze plek", h) for t in markers for h in t.hovertext)


def test_the_axis_opens_on_the_initiative_years_and_marks_earlier_context_at_its_edge(ds):
    spans, events, waves = initiative_spans(ds), timeline_events(ds), timeline_waves(ds)
    lanes = timeline_lanes(spans, events, waves, "initiative")
    labels = {lane: lane for lane in lanes}
    as_of = data_date(ds)
    period = initiative_period(spans, events, waves, as_of[0])
    earlier = events[events["last"] < period[0]]
    assert not earlier.empty, "the fixture has context before the initiatives"
    fig = timeline_figure(spans, events, waves, "initiative", lanes, labels, "nl", as_of, period)
    start, end = (date.fromisoformat(x) for x in fig.layout.xaxis.range)
    assert start < period[0] <= period[1] < end and (end - start).days < 2 * 366 * 3
    assert all(re.fullmatch(r"[a-z]+ \d{4}", text) for text in fig.layout.xaxis.ticktext)
    edge = [a for a in fig.layout.annotations if a.text.startswith("◀")]
    assert [(a.y, a.text) for a in edge] == [
        (CONTEXT_LANE, f"◀ {min(earlier['first']).year}")]
    assert all(title in edge[0].hovertext for title in earlier["title"])
    whole = timeline_figure(spans, events, waves, "initiative", lanes, labels, "nl", as_of)
    assert whole.layout.xaxis.range is None
    assert not [a for a in whole.layout.annotations if a.text.startswith("◀")]
    assert whole.layout.xaxis.ticktext[0] == str(min(earlier["first"]).year)
