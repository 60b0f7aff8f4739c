"""Page speed, payload size, cold start and scaling of the dashboard (`make bench`).

Timings are medians of warm AppTest reruns in this process, compared with a bare Streamlit
page measured the same way, so the ratios hold across machines even if the milliseconds
do not. The report is printed and written to benchmarks/results/latest.md.
"""

import ast
import datetime as dt
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest, app_test, local_script_runner

from benchmarks.synthetic import write_synthetic
from dashboard import config
from dashboard.data import load_dataset

APP = config.ROOT / "dashboard" / "app.py"
RESULTS = config.ROOT / "benchmarks" / "results" / "latest.md"
BARE_SCRIPT = config.ROOT / "benchmarks" / "bare_page.py"
BARE_PAGE = BARE_SCRIPT.read_text(encoding="utf-8")
# What every page pays for the frame: page config, the cached dataset, the sidebar.
SHELL_PAGE = """
import streamlit as st
from dashboard.ui import shell
from dashboard.ui.cache import dataset
st.set_page_config(layout="wide")
shell.sidebar(dataset())
st.title("Shell only")
"""
RUNS = 15
BARE_PER_PAGE_RUN = 3  # bare reruns taken before each page rerun
SCALE_RUNS = 5
SCALES = (1, 10, 100)
APPTEST_TIMEOUT_S = 600
STARTUP_TIMEOUT_S = 120

MAX_TIME_RATIO = 10.0
MAX_PAYLOAD_BYTES = 300 * 1024
MAX_SCALE_RATIO = 3.0

# A chart (ui.chart, a custom component) and a map send their JSON in the element's `json`.
CHART_TYPES = {"bidi_component": "json", "deck_gl_json_chart": "json"}
# "html": the tables on screen (viz.tables), and the page's style (under 1 KB).
TABLE_TYPES = {"dataframe", "arrow_data_frame", "table", "html"}
TEXT_TYPES = {"markdown", "caption", "title", "header", "subheader", "latex", "code"}


@dataclass(frozen=True)
class Page:
    script: str  # relative to app.py, as st.Page and AppTest.switch_page want it
    url_path: str

    @property
    def name(self) -> str:
        return Path(self.script).stem


@dataclass(frozen=True)
class Payload:
    charts: int
    tables: int
    text: int
    total: int


@dataclass(frozen=True)
class Measurement:
    median_s: float
    payload: Payload
    bare_s: float  # the bare page, measured in turns with the page, under the same load


def app_pages() -> list[Page]:
    """Every `st.Page(...)` in app.py, read from its syntax tree so new pages are measured."""
    pages = []
    for node in ast.walk(ast.parse(APP.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Page":
            options = {k.arg: k.value for k in node.keywords}
            url_path = options.get("url_path")
            pages.append(Page(node.args[0].value,
                              url_path.value if isinstance(url_path, ast.Constant) else ""))
    return pages


def payload(at: AppTest) -> Payload:
    """Bytes of every element the run sent, split into charts, tables and text."""
    charts = tables = text = total = 0
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is None or not hasattr(proto, "ByteSize"):
            continue
        size = proto.ByteSize()
        total += size
        if node.type in CHART_TYPES:
            charts += len(getattr(proto, CHART_TYPES[node.type]).encode())
        elif node.type in TABLE_TYPES:
            tables += size
        elif node.type in TEXT_TYPES:
            text += size
    return Payload(charts, tables, text, total)


def share_bytecode_between_reruns() -> None:
    """Compile each script once, as a running server does.

    AppTest gives every rerun a new ScriptCache, so it compiles app.py and the page file again
    each time (1-2 ms for a large page file); `streamlit run` keeps the bytecode. Sharing one
    cache between reruns, for the pages and the bare page alike, makes a warm AppTest rerun
    measure what a warm server does.
    """
    shared = ScriptCache()
    for module in (app_test, local_script_runner):
        module.ScriptCache = lambda: shared


def timed_run(at: AppTest) -> float:
    """Seconds of one warm rerun (the caller has already run it once)."""
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"the page failed: {[e.value for e in at.exception]}")
    return elapsed


def timed_runs(at: AppTest, runs: int) -> float:
    """Median seconds of `runs` warm reruns."""
    return statistics.median(timed_run(at) for _ in range(runs))


def measure_page(page: Page, runs: int) -> Measurement:
    """The page's and the bare page's warm reruns taken in turns, so that both medians are
    measured under the same machine load (a shared VM's speed drifts by a third in minutes)."""
    bare = AppTest.from_string(BARE_PAGE, default_timeout=APPTEST_TIMEOUT_S)
    bare.run()
    at = AppTest.from_file(str(APP), default_timeout=APPTEST_TIMEOUT_S)
    at.run()
    at.switch_page(page.script)
    at.run()
    page_times, bare_times = [], []
    for _ in range(runs):
        bare_times += [timed_run(bare) for _ in range(BARE_PER_PAGE_RUN)]
        page_times.append(timed_run(at))
    return Measurement(statistics.median(page_times), payload(at), statistics.median(bare_times))


def measure_script(script: str, runs: int) -> float:
    """Median warm rerun of a script given as text (the bare page, the shell)."""
    at = AppTest.from_string(script, default_timeout=APPTEST_TIMEOUT_S)
    at.run()
    return timed_runs(at, runs)


def cold_start() -> float:
    """Seconds from spawning `streamlit run` to a healthy server that served `/`."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
               "--server.headless", "true", "--server.address", "127.0.0.1",
               "--browser.gatherUsageStats", "false"]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=config.ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while not _answers(f"{url}/_stcore/health", b"ok"):
            if process.poll() is not None or time.perf_counter() - start > STARTUP_TIMEOUT_S:
                raise RuntimeError("streamlit did not start")
            time.sleep(0.05)
        if not _answers(f"{url}/", b"<"):
            raise RuntimeError("streamlit did not serve /")
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def _answers(url: str, starts_with: bytes) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().strip().startswith(starts_with)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def measure_scale(pages: list[Page], workdir: Path) -> tuple[dict, dict, dict, dict]:
    """Per size: row count and load_dataset seconds, and per page its time and payload."""
    rows, load_s, times, payloads = {}, {}, {}, {}
    previous = os.environ.get("BSO_DATA_DIR")
    try:
        for factor in SCALES:
            directory = write_synthetic(workdir / f"x{factor}", factor)
            start = time.perf_counter()
            synthetic = load_dataset(directory)
            load_s[factor] = time.perf_counter() - start
            rows[factor] = sum(len(frame) for frame in synthetic.tables().values())
            os.environ["BSO_DATA_DIR"] = str(directory)
            for page in pages:
                print(f"  {factor:>3}x {page.name}", flush=True)
                result = measure_page(page, SCALE_RUNS)
                times[page.name, factor] = result.median_s
                payloads[page.name, factor] = result.payload.total
    finally:
        if previous is None:
            os.environ.pop("BSO_DATA_DIR", None)
        else:
            os.environ["BSO_DATA_DIR"] = previous
    return rows, load_s, times, payloads


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def _kb(size: int) -> str:
    return f"{size / 1024:.1f}"


def _ok(passed: bool) -> str:
    return "yes" if passed else "**no**"


def report(pages, shell_s, measured, cold_s, scale, seconds) -> str:
    rows_of, load_s, times, payloads = scale
    bare_s = statistics.median(m.bare_s for m in measured.values())
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- Machine: {os.cpu_count()} CPUs (nproc), {platform.machine()}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}",
        f"- Method: median of {RUNS} warm AppTest reruns after one warm-up ({SCALE_RUNS} for "
        f"the scale runs). The bare page (`st.title` + three small elements) is rerun "
        f"{BARE_PER_PAGE_RUN} times before each rerun of a page, so both are measured under the "
        f"same machine load, and each page is divided by its own bare median; the median of "
        f"those over the pages is **{_ms(bare_s)} ms**. The app frame alone "
        f"(page config, cached dataset, sidebar, a title) takes **{_ms(shell_s)} ms**. Scripts "
        f"are compiled once, as by a running server (AppTest alone would recompile them on "
        f"every rerun).",
        f"- Benchmark took {seconds:.0f} s",
        "",
        "## Pages (real data)",
        "",
        f"Targets: warm run ≤ {MAX_TIME_RATIO:.0f}× the bare page; payload ≤ "
        f"{MAX_PAYLOAD_BYTES // 1024} KB.",
        "",
        "| Page | warm run (ms) | bare (ms) | × bare | payload (KB) | charts (KB) "
        "| tables (KB) | text (KB) | time ok | payload ok |",
        "|---|---:|---:|---:|---:|---:|---:|---:|:-:|:-:|",
    ]
    for page in pages:
        m = measured[page.name]
        ratio = m.median_s / m.bare_s
        lines.append(
            f"| {page.name} | {_ms(m.median_s)} | {m.bare_s * 1000:.1f} | {ratio:.1f} "
            f"| {_kb(m.payload.total)} "
            f"| {_kb(m.payload.charts)} | {_kb(m.payload.tables)} | {_kb(m.payload.text)} "
            f"| {_ok(ratio <= MAX_TIME_RATIO)} | {_ok(m.payload.total <= MAX_PAYLOAD_BYTES)} |")
    lines += [
        "",
        "## Scale (synthetic data: real rows cloned with suffixed ids)",
        "",
        f"Target: at 100× every page ≤ {MAX_SCALE_RATIO:.0f}× its time at 1×. "
        "load_dataset() time is outside the page times (the app caches the dataset).",
        "",
        "| Size | rows | load_dataset (ms) |",
        "|---|---:|---:|",
        *[f"| {f}× | {rows_of[f]} | {_ms(load_s[f])} |" for f in SCALES],
        "",
        "| Page | " + " | ".join(f"{f}× (ms)" for f in SCALES)
        + " | 100×/1× | payload 100× (KB) | ok |",
        "|---|" + "---:|" * len(SCALES) + "---:|---:|:-:|",
    ]
    for page in pages:
        base, top = times[page.name, SCALES[0]], times[page.name, SCALES[-1]]
        lines.append(
            f"| {page.name} | " + " | ".join(_ms(times[page.name, f]) for f in SCALES)
            + f" | {top / base:.1f} | {_kb(payloads[page.name, SCALES[-1]])} "
            f"| {_ok(top / base <= MAX_SCALE_RATIO)} |")
    lines += [
        "",
        "## Cold start",
        "",
        f"`streamlit run` spawned → `/_stcore/health` ok → `/` fetched: **{cold_s:.1f} s** "
        "(the first script run happens when a browser connects, and is not included).",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    started = time.perf_counter()
    share_bytecode_between_reruns()
    pages = app_pages()
    print(f"Pages: {', '.join(p.name for p in pages)}", flush=True)
    print("App frame", flush=True)
    shell_s = measure_script(SHELL_PAGE, RUNS)
    measured = {}
    for page in pages:
        print(f"Page {page.name}", flush=True)
        measured[page.name] = measure_page(page, RUNS)
    print("Cold start", flush=True)
    cold_s = cold_start()
    print("Scale", flush=True)
    with tempfile.TemporaryDirectory(prefix="bso-bench-") as workdir:
        scale = measure_scale(pages, Path(workdir))
    text = report(pages, shell_s, measured, cold_s, scale, time.perf_counter() - started)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
