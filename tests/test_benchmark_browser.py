"""The real-browser benchmark's pure helpers: reading CPU time, marking ratios, finding files."""

import os

from benchmarks.browser import Results, Visit, cpu_seconds, extra_files, quiet_cpu, ratio_cell


def test_cpu_seconds_of_this_process_grow_with_work():
    before = cpu_seconds(os.getpid())
    sum(i * i for i in range(300_000))
    assert cpu_seconds(os.getpid()) >= before > 0


def test_quiet_cpu_waits_until_the_reading_stops_growing():
    readings = iter([1.0, 1.1, 1.2, 1.3])
    last = [1.3]

    def read() -> float:
        return next(readings, last[0])

    assert quiet_cpu(read, quiet_s=0.01, step_s=0.001) == 1.3


def test_quiet_cpu_gives_up_at_its_timeout_with_the_last_reading():
    counter = iter(range(1_000_000))
    value = quiet_cpu(lambda: float(next(counter)), quiet_s=10, timeout_s=0.02, step_s=0.001)
    assert value > 0


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
