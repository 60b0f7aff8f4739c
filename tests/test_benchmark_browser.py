"""The real-browser benchmark's pure helpers: reading CPU time, marking ratios, finding files,
the page-switch section."""

import os

import pytest

from benchmarks.browser import (
    SWITCH_HEADING,
    Results,
    Switches,
    Visit,
    extra_files,
    ratio_cell,
    switch_section,
    with_section,
)
from benchmarks.cpu import Reading, ServerClock, cpu_seconds, quiet_reading


def test_cpu_seconds_of_this_process_grow_with_work():
    before = cpu_seconds(os.getpid())
    sum(i * i for i in range(300_000))
    assert cpu_seconds(os.getpid()) >= before > 0


def test_a_quiet_reading_waits_until_the_cpu_time_stops_growing():
    readings = iter([1.0, 1.1, 1.2, 1.3])

    def read() -> float:
        return next(readings, 1.3001)  # then only an idle hum, under the growth allowed

    assert quiet_reading(read, quiet_s=0.01, growth_s=0.002, step_s=0.001).cpu_s == 1.3001


def test_a_quiet_reading_gives_up_at_its_timeout_with_the_last_reading():
    counter = iter(range(1_000_000))
    reading = quiet_reading(lambda: float(next(counter)), quiet_s=10, timeout_s=0.02,
                            step_s=0.001)
    assert reading.cpu_s > 0


def test_the_server_clock_takes_the_idle_hum_off_a_visit():
    clock = ServerClock(os.getpid(), idle_sample_s=0)
    clock.idle_per_s = 0.004
    assert clock.busy(Reading(1.0, 10.0), Reading(1.05, 15.0)) == pytest.approx(0.03)
    assert clock.busy(Reading(1.0, 10.0), Reading(1.01, 15.0)) == 0.0  # never below nothing


def test_ratio_cells_mark_the_target():
    assert ratio_cell(0.3, 0.2, 1.5) == "1.5× ✓"
    assert ratio_cell(0.4, 0.2, 1.5) == "**2.0× ✗**"
    assert ratio_cell(1.0, 0.5, None) == "2.0×"
    assert ratio_cell(1.0, 0.0, 1.5) == "**inf× ✗**"


def _visit(*paths: str) -> Visit:
    resources = [{"url": f"http://127.0.0.1:1{p}", "transfer": 10, "encoded": 10,
                  "decoded": 10 * len(p)} for p in paths]
    return Visit(0.5, 1.0, 0.1, resources, 3, 100)


def test_extra_files_are_the_dashboards_static_files_the_bare_page_does_not_load():
    results = Results()
    results.bare["cold"].append(_visit("/", "/static/js/index.js"))
    results.page["cold"].append(_visit("/kaart", "/static/js/index.js", "/static/js/Deck.js",
                                       "/static/js/PlotlyChart.js"))
    assert [path for path, _ in extra_files({"kaart": results})] == [
        "/static/js/PlotlyChart.js", "/static/js/Deck.js"]


def test_a_switch_only_run_replaces_its_section_and_keeps_the_visits():
    visits = "# Real-browser benchmark\n\n| page | cold (s) |\n\n## What a visit loads\n\nrows\n"
    first = with_section(visits, f"{SWITCH_HEADING}\n\nFIRST")
    assert first == f"{visits}\n{SWITCH_HEADING}\n\nFIRST\n"
    assert with_section(first, f"{SWITCH_HEADING}\n\nSECOND") == first.replace("FIRST", "SECOND")
    later = with_section(f"{first}\n## Later\n\nkept\n", f"{SWITCH_HEADING}\n\nSECOND")
    assert later == f"{visits}\n{SWITCH_HEADING}\n\nSECOND\n\n## Later\n\nkept\n"


def test_the_switch_table_marks_pages_against_the_bare_app_and_names_unlisted_pages():
    results = {"overzicht": Switches([0.2, 0.3, 0.25], [0.1, 0.1, 0.1]),
               "kaart": Switches([2.0, 3.0, 2.5], [0.1, 0.2, 0.1])}
    lines = switch_section(results, ["beheer"], 3, 60, "python -m benchmarks.browser")
    assert lines[0] == SWITCH_HEADING
    assert "| overzicht | 0.250 | 0.100 | 2.5× ✓ |" in lines
    assert "| kaart | 2.500 | 0.100 | **25.0× ✗** |" in lines
    assert any("not measured: beheer" in line for line in lines)
