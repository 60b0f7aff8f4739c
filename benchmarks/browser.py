"""Real-browser benchmark: what a visitor waits for, and what a visit costs the server.

    python -m benchmarks.browser [--rounds 3] [--pages kaart,tijdlijn] [--switch-only]

Two `streamlit run` servers with the same settings (same folder, same .streamlit/config.toml,
no file watcher): the dashboard and the bare page (`benchmarks/bare_page.py`), both warmed up
once. Every page of the app is then visited in turns with the bare page, for several rounds,
in headless Debian Chromium; every visit is a new Streamlit session, as a new person in the room.

- *Cold browser*: a fresh browser context (empty HTTP cache) for the visit.
- *Warm browser*: a context that has opened the same page once before (scripts, styles and
  fonts cached); the visit is a new tab, so a new session.
- *Finished drawing*: measured in the page, from navigation start (`performance.timeOrigin`)
  to the first animation frame in which Streamlit's script has finished, nothing is stale,
  every chart has drawn its plotly svg, every deck.gl map has painted its canvas, and from
  which the layout stays the same (checked for a few more frames).
- *Server CPU per visit*: user + system time of the server process, read before the
  navigation and after the page is drawn and the server has gone quiet (static files, the
  websocket and the script run all count).

- *Page switch*: in one tab that stays open (one session), a click on a page's link in the
  sidebar menu, from the default page, until the page is drawn; against a bare nine-page app
  (`benchmarks/bare_pages.py`) switching in its own tab in turns. `--switch-only` measures only
  this and replaces only its section of the results file.

Each page's times are divided by the bare page's visits taken in turns with it, so the ratios
hold when the machine's speed drifts. The browser never leaves the machine: it has a proxy that
does not exist for every host but the loopback, and every request to another host is counted
(page.route cannot be used: Playwright's request interception turns the HTTP cache off, and
the warm browser needs it). The report is printed and written to benchmarks/results/browser.md.
"""

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import streamlit
from playwright.sync_api import sync_playwright

from benchmarks.cpu import ServerClock
from benchmarks.run import BARE_SCRIPT
from dashboard import config
from tests.browser.conftest import (
    CANVAS_COLOURS_JS,
    CHARTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    LOCAL_HOSTS,
    PAINTED_COLOURS,
    VIEWPORT,
    _free_port,
    app_pages,
    start_server,
    stop_server,
    wait_healthy,
)

RESULTS = config.ROOT / "benchmarks" / "results" / "browser.md"
ROUNDS = 3
VISIT_TIMEOUT_S = 60
# Nothing listens on the discard port: a request through this proxy fails at once.
NO_PROXY = {"server": "http://127.0.0.1:9", "bypass": ",".join(sorted(LOCAL_HOSTS))}
# The page counts as drawn once its final state has held for this many frames and this long.
STABLE_FRAMES = 5
STABLE_MS = 300
CPU_LIMIT = 1.5
WARM_LIMIT = 2.0
WARM_LIMITS = {"kaart": 3.0}  # the national map draws thousands of shapes in WebGL
BARE_PAGES_SCRIPT = config.ROOT / "benchmarks" / "bare_pages.py"
# The bare app's pages by URL path: the first is its default, at the root like Overzicht.
BARE_PATHS = ["", *(f"page{number}" for number in range(2, 10))]
HOME = "overzicht"  # the name of the dashboard's default page, at path ""
SWITCH_LIMIT = 3.0
SWITCH_HEADING = "## Page switch"

# Runs in every document before the app does: on every animation frame it checks whether the
# page is drawn and remembers when its final state began (window.__drawn.since, in ms since
# navigation start), and when Streamlit first reported the script finished (scriptDone). A
# map is painted when its canvas has more than a few colours, as in the map's browser test.
# For a page switch (SWITCH_INIT_JS) the state also holds the page's URL path, which the page
# must be at to count as drawn, and whether the tab is paused; a visit leaves both unset.
FINISHED_INIT_JS = """(() => {
    performance.setResourceTimingBufferSize(2000);
    const colours = """ + CANVAS_COLOURS_JS + """;
    const painted = new WeakSet();
    const isPainted = canvas => {
        if (!painted.has(canvas) && colours(canvas) > """ + str(PAINTED_COLOURS) + """) {
            painted.add(canvas);
        }
        return painted.has(canvas);
    };
    const state = {since: null, frames: 0, sizes: null, scriptDone: null, path: null,
                   paused: false};
    const drawn = () => {
        const app = document.querySelector('[data-testid="stApp"]');
        if (app === null || app.dataset.testScriptState !== 'notRunning'
            || app.dataset.testConnectionState !== 'CONNECTED') return false;
        if (state.scriptDone === null && document.querySelector(
            '[data-testid="stMain"] [data-testid="stElementContainer"]') !== null) {
            state.scriptDone = performance.now();
        }
        if (document.querySelector('[data-testid="stSpinner"], [data-testid="stSkeleton"], '
                                   + '[data-stale="true"]') !== null) return false;
        if (document.querySelector('[data-testid="stMain"] [data-testid="stElementContainer"]')
            === null) return false;
        for (const chart of document.querySelectorAll('""" + CHARTS + """')) {
            if (chart.querySelector('.main-svg') === null) return false;
        }
        for (const map of document.querySelectorAll('[data-testid="stDeckGlJsonChart"]')) {
            const canvas = map.querySelector('canvas');
            if (canvas === null || !isPainted(canvas)) return false;
        }
        return true;
    };
    const layout = () => JSON.stringify([document.scrollingElement, ...document.querySelectorAll(
        '[data-testid="stMain"], [data-testid="stSidebar"], """ + CHARTS + """, '
        + '[data-testid="stDeckGlJsonChart"] canvas')].map(e => e === null ? null
        : [e.scrollWidth, e.scrollHeight, e.clientWidth, e.clientHeight]));
    window.__drawn = state;
    const look = () => {
        if (state.paused) {
            requestAnimationFrame(look);
            return;
        }
        if ((state.path !== null && location.pathname !== state.path) || !drawn()) {
            state.since = null;
        } else {
            const sizes = layout();
            if (state.since === null || sizes !== state.sizes) {
                Object.assign(state, {since: performance.now(), frames: 0, sizes});
            } else {
                state.frames += 1;
            }
        }
        requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
})()"""
FINISHED_JS = """([frames, ms]) => {
    const state = window.__drawn;
    return state !== undefined && state.since !== null && state.frames >= frames
        && performance.now() - state.since >= ms ? [state.scriptDone, state.since] : false;
}"""
# A page switch, in a tab that stays open (added after FINISHED_INIT_JS): the click on a menu
# link is timed by the event itself (its timeStamp, on the same clock as window.__drawn), and
# the page's final state must begin after the server's first websocket message following the
# click, so the page that was left can never count as the page arrived at.
SWITCH_INIT_JS = """(() => {
    document.addEventListener('click', event => {
        const state = window.__drawn;
        if (state.path !== null && state.clickAt === null) state.clickAt = event.timeStamp;
    }, true);
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
        constructor(...args) {
            super(...args);
            this.addEventListener('message', () => {
                const state = window.__drawn;
                if (state.clickAt != null && state.replyAt === null) {
                    Object.assign(state, {replyAt: performance.now(), since: null});
                }
            });
        }
    };
})()"""
# Arms the watcher for a switch to the page at `path` (and wakes a paused tab).
SWITCH_START_JS = """path => Object.assign(window.__drawn, {path, paused: false, clickAt: null,
    replyAt: null, since: null, frames: 0, sizes: null})"""
SWITCHED_JS = """([frames, ms]) => {
    const state = window.__drawn;
    return state.replyAt != null && state.since !== null && state.frames >= frames
        && performance.now() - state.since >= ms ? state.since - state.clickAt : false;
}"""
PAUSE_JS = "() => { window.__drawn.paused = true; }"
# What the visit loaded over HTTP: the document and every resource, from Resource Timing
# (a transferSize of 0 is a file taken from the browser's cache).
RESOURCES_JS = """() => [...performance.getEntriesByType('navigation'),
                         ...performance.getEntriesByType('resource')]
    .map(e => ({url: e.name, transfer: e.transferSize, encoded: e.encodedBodySize,
                decoded: e.decodedBodySize}))"""


@dataclass(frozen=True)
class Target:
    """What is visited: a page of the dashboard or the bare page."""

    name: str
    url: str


@dataclass
class Visit:
    """One visit: seconds until the script finished and until drawn, server CPU seconds, and
    what it loaded."""

    script_s: float
    drawn_s: float
    cpu_s: float
    resources: list[dict]
    ws_frames: int
    ws_bytes: int

    @property
    def requests(self) -> int:
        return len(self.resources)

    @property
    def transferred(self) -> int:
        return sum(r["transfer"] for r in self.resources)


@dataclass
class Results:
    """Every visit of a page and of the bare page taken in turns with it, per browser state."""

    page: dict[str, list[Visit]] = field(default_factory=lambda: {"cold": [], "warm": []})
    bare: dict[str, list[Visit]] = field(default_factory=lambda: {"cold": [], "warm": []})


@dataclass
class Switches:
    """Seconds of every switch to a page, and of the bare app's switches taken in turns."""

    page: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)


def child_processes(pid: int) -> list[int]:
    """The server's child processes: `streamlit run` serves from one process (checked)."""
    tasks = Path(f"/proc/{pid}/task")
    return [int(child) for task in tasks.iterdir()
            for child in (task / "children").read_text().split()]


@contextmanager
def server(script: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """`streamlit run script` on a free port, healthy, from the project folder."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_server(port, script=script)
    try:
        wait_healthy(process, url)
        yield url, process
    finally:
        stop_server(process)


class Visitor:
    """Opens pages in headless Chromium and measures each visit against one server."""

    def __init__(self, browser, external: list[str]):
        self.browser = browser
        self.external = external
        self.warm_contexts = {}

    def new_context(self):
        context = self.browser.new_context(viewport=VIEWPORT)
        context.add_init_script(FINISHED_INIT_JS)
        context.on("request", self._count_external)
        return context

    def _count_external(self, request) -> None:
        if request.url.startswith(("http:", "https:", "ws")) and \
                urlsplit(request.url).hostname not in LOCAL_HOSTS:
            self.external.append(request.url)

    def visit(self, context, target: Target, server: ServerClock) -> Visit:
        """Open `target` in a new tab of `context` and measure until drawn and quiet."""
        page = context.new_page()
        frames = [0, 0]

        def count(payload) -> None:
            frames[0] += 1
            frames[1] += len(payload)

        page.on("websocket", lambda ws: ws.on("framereceived", count))
        try:
            before = server.quiet()
            page.goto(target.url, timeout=VISIT_TIMEOUT_S * 1000)
            script_ms, drawn_ms = page.wait_for_function(
                FINISHED_JS, arg=[STABLE_FRAMES, STABLE_MS], polling=50,
                timeout=VISIT_TIMEOUT_S * 1000).json_value()
            after = server.quiet()
            check_no_exception(page, target.name)
            resources = page.evaluate(RESOURCES_JS)
        finally:
            page.close()
        return Visit(script_ms / 1000, drawn_ms / 1000, server.busy(before, after), resources,
                     *frames)

    def cold(self, target: Target, server: ServerClock) -> Visit:
        context = self.new_context()
        try:
            return self.visit(context, target, server)
        finally:
            context.close()

    def warm(self, target: Target, server: ServerClock) -> Visit:
        """A visit in the context kept for `target`, which has opened it once before."""
        if target.url not in self.warm_contexts:
            self.warm_contexts[target.url] = self.new_context()
            self.visit(self.warm_contexts[target.url], target, server)
        return self.visit(self.warm_contexts[target.url], target, server)

    def close(self) -> None:
        for context in self.warm_contexts.values():
            context.close()


def check_no_exception(page, name: str) -> None:
    """A page that shows an exception is drawn quickly, and its time would mean nothing."""
    shown = page.locator('[data-testid="stException"]')
    if shown.count():
        raise RuntimeError(f"{name}: exception on the page: {shown.first.inner_text()[:200]}")


class SwitchTab:
    """One tab that stays on one app, a single Streamlit session, and moves between its pages
    by the links in the sidebar menu, as someone browsing the dashboard does."""

    def __init__(self, visitor: Visitor, url: str):
        self.url = url
        self.context = visitor.new_context()
        self.context.add_init_script(SWITCH_INIT_JS)
        self.page = self.context.new_page()

    def open(self) -> None:
        """Load the app at its default page (a navigation, so a new session) until drawn."""
        self.page.goto(f"{self.url}/", timeout=VISIT_TIMEOUT_S * 1000)
        self.page.wait_for_function(FINISHED_JS, arg=[STABLE_FRAMES, STABLE_MS], polling=50,
                                    timeout=VISIT_TIMEOUT_S * 1000)
        check_no_exception(self.page, self.url)

    def link(self, path: str):
        """The menu link to the page at `path`; absent for a hidden page or a page that
        hides the sidebar."""
        return self.page.locator(f'[data-testid="stSidebarNav"] a[href="{self.url}/{path}"]')

    def has_link(self, path: str) -> bool:
        link = self.link(path)
        return link.count() == 1 and link.is_visible()

    def switch(self, path: str) -> float:
        """Click the menu link to `path`: seconds from the click until the page is drawn."""
        self.page.evaluate(SWITCH_START_JS, urlsplit(f"{self.url}/{path}").path)
        self.link(path).click(timeout=VISIT_TIMEOUT_S * 1000)
        seconds = self.page.wait_for_function(
            SWITCHED_JS, arg=[STABLE_FRAMES, STABLE_MS], polling=50,
            timeout=VISIT_TIMEOUT_S * 1000).json_value() / 1000
        check_no_exception(self.page, f"{self.url}/{path}")
        return seconds

    def home(self) -> float | None:
        """Back to the default page: by the menu (seconds of that switch), or, from a page
        without the menu, by loading the app again (None: not a switch)."""
        if self.has_link(""):
            seconds = self.switch("")
        else:
            self.open()
            seconds = None
        self.pause()
        return seconds

    def pause(self) -> None:
        """Stop watching frames while the other app's tab is measured: the watcher runs on
        every animation frame and would take CPU from the tab being timed."""
        self.page.evaluate(PAUSE_JS)

    def close(self) -> None:
        self.context.close()


def switch_targets(paths: list[str], tab: SwitchTab,
                   wanted: set[str] | None) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(name, path, bare path) of every page the menu links to but the default page, each
    paired with a bare page by its place in the app; and the pages the menu does not show."""
    targets, unlisted = [], []
    for index, path in enumerate(paths):
        name = path or HOME
        if not path or (wanted is not None and name not in wanted):
            continue
        if tab.has_link(path):
            targets.append((name, path, BARE_PATHS[index % len(BARE_PATHS)]))
        else:
            unlisted.append(name)
    return targets, unlisted


def measure_switches(targets: list[tuple[str, str, str]], app: SwitchTab, bare: SwitchTab,
                     rounds: int) -> dict[str, Switches]:
    """From the default page to every target and back, in the dashboard's tab and the bare
    app's, taking turns. The way back to the default page is measured too, as that page's
    switch (from every page with the menu), so the default page has a row as well."""
    results = {HOME: Switches(), **{name: Switches() for name, _, _ in targets}}
    for number in range(rounds + 1):
        for name, path, bare_path in targets:
            print(f"  switch {'warm-up' if number == 0 else f'round {number}/{rounds}'}: "
                  f"{name}", flush=True)
            bare_to = bare.switch(bare_path)
            bare_back = bare.home()
            app_to = app.switch(path)
            app_back = app.home()
            if number == 0:  # loads each page's element code once, as the visits' warm-up
                continue
            results[name].page.append(app_to)
            results[name].bare.append(bare_to)
            if app_back is not None and bare_back is not None:
                results[HOME].page.append(app_back)
                results[HOME].bare.append(bare_back)
    return results


def measure(pages: list[Target], bare: Target, clocks: dict[str, ServerClock], rounds: int,
            visitor: Visitor) -> dict[str, Results]:
    """Every page, each visit preceded by a bare-page visit in the same browser state."""
    results = {page.name: Results() for page in pages}
    for number in range(1, rounds + 1):
        for page in pages:
            print(f"  round {number}/{rounds}: {page.name}", flush=True)
            for state in ("cold", "warm"):
                take = getattr(visitor, state)
                results[page.name].bare[state].append(take(bare, clocks["bare"]))
                results[page.name].page[state].append(take(page, clocks["app"]))
    return results


def median(visits: list[Visit], value: Callable[[Visit], float]) -> float:
    return statistics.median(value(v) for v in visits)


def ratio_cell(value: float, bare: float, limit: float | None) -> str:
    """`value` as a multiple of `bare`, bold with a ✗ when over `limit`."""
    ratio = value / bare if bare > 0 else float("inf")
    if limit is None:
        return f"{ratio:.1f}×"
    return f"{ratio:.1f}× ✓" if ratio <= limit else f"**{ratio:.1f}× ✗**"


def extra_files(results: dict[str, Results], top: int = 12) -> list[tuple[str, dict]]:
    """The largest files the dashboard's cold visits loaded that the bare page's did not."""
    def files(visits: list[Visit]) -> dict[str, dict]:
        return {urlsplit(r["url"]).path: r for v in visits for r in v.resources}

    bare = files([v for r in results.values() for v in r.bare["cold"]])
    app = files([v for r in results.values() for v in r.page["cold"]])
    extra = [(path, entry) for path, entry in app.items()
             if path not in bare and path.startswith("/static/")]
    return sorted(extra, key=lambda item: -item[1]["decoded"])[:top]


def report(results: dict[str, Results], rounds: int, external: list[str],
           seconds: float, command: str, idle_per_s: dict[str, float]) -> str:
    bare_cold = [v for r in results.values() for v in r.bare["cold"]]
    bare_warm = [v for r in results.values() for v in r.bare["warm"]]
    lines = [
        "# Real-browser benchmark",
        "",
        f"- Date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- Machine: {os.cpu_count()} CPUs (nproc), {platform.machine()}, "
        f"Python {platform.python_version()}, Streamlit {streamlit.__version__}, "
        f"{platform.system()} {platform.release()}; browser and servers share the machine",
        f"- Command: `{command}` ({rounds} rounds, {seconds:.0f} s)",
        f"- Method: headless Debian Chromium, {VIEWPORT['width']}×{VIEWPORT['height']}; each "
        "visit is a new Streamlit session. *Cold*: a fresh browser context (empty cache). "
        "*Warm*: a new tab in a context that opened the page before. *Drawn*: navigation start "
        "→ first frame in which the script has finished, nothing is stale, every chart and map "
        f"is drawn and the layout stays put ({STABLE_FRAMES} frames, {STABLE_MS} ms). *CPU*: the "
        "server process's CPU time (every thread, from its CPU-time clock) from before the "
        "navigation until it is quiet after the page is drawn, less what it uses idle "
        f"(measured before the rounds: app {idle_per_s['app'] * 1000:.1f} ms/s, bare "
        f"{idle_per_s['bare'] * 1000:.1f} ms/s). Every page visit follows a bare-page visit "
        "in the same state; "
        "a page is divided by the median of its own bare visits.",
        f"- Bare page (`benchmarks/bare_page.py`), median of all its visits: cold "
        f"**{median(bare_cold, lambda v: v.drawn_s):.2f} s**, warm "
        f"**{median(bare_warm, lambda v: v.drawn_s):.2f} s**, server CPU "
        f"**{median([*bare_cold, *bare_warm], lambda v: v.cpu_s):.3f} s** per visit.",
        f"- Requests to other hosts: **{len(external)}**"
        + (f" ({', '.join(sorted(set(external))[:5])})" if external else " (offline)"),
        "",
        *time_table(results),
        "",
        *phase_table(results, bare_cold, bare_warm),
        "",
        *load_table(results, bare_cold, bare_warm),
        "",
        *files_table(results),
        "",
    ]
    return "\n".join(lines)


def time_table(results: dict[str, Results]) -> list[str]:
    """Per page: drawn and CPU, cold and warm, each also as a multiple of its bare visits."""
    lines = [
        f"Targets: server CPU per visit ≤ {CPU_LIMIT}× the bare page's (cold and warm "
        f"visits); warm-browser drawn ≤ {WARM_LIMIT:.0f}× the bare page "
        + ", ".join(f"({name} ≤ {limit:.0f}×)" for name, limit in WARM_LIMITS.items())
        + ". Cold-browser time is reported, not targeted.",
        "",
        "| page | cold (s) | × bare | warm (s) | × bare | CPU cold (s) | × bare "
        "| CPU warm (s) | × bare |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        cells = []
        for state, key, limit in (
                ("cold", "drawn_s", None),
                ("warm", "drawn_s", WARM_LIMITS.get(name, WARM_LIMIT)),
                ("cold", "cpu_s", CPU_LIMIT),
                ("warm", "cpu_s", CPU_LIMIT)):
            value = median(r.page[state], lambda v, k=key: getattr(v, k))
            bare = median(r.bare[state], lambda v, k=key: getattr(v, k))
            digits = 3 if key == "cpu_s" else 2
            cells += [f"{value:.{digits}f}", ratio_cell(value, bare, limit)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def _section(title: str, intro: str, columns: list[str]) -> list[str]:
    """A report section's heading, introduction and the head of its table (one row a page)."""
    return [f"## {title}", "", intro, "", "| page | " + " | ".join(columns) + " |",
            "|---|" + "---:|" * len(columns)]


def _visits_per_page(results: dict[str, Results], bare_cold: list[Visit],
                     bare_warm: list[Visit]) -> list[tuple[str, list[Visit], list[Visit]]]:
    """(name, cold visits, warm visits): the bare page first, then every page."""
    return [("bare page", bare_cold, bare_warm)] + [
        (name, r.page["cold"], r.page["warm"]) for name, r in results.items()]


def phase_table(results: dict[str, Results], bare_cold: list[Visit],
                bare_warm: list[Visit]) -> list[str]:
    """Per page: when the script had finished and when the page was drawn, cold and warm."""
    lines = _section(
        "Where a visit's time goes",
        "Medians, seconds from navigation start: *script done* is the first frame in which "
        "Streamlit reports the script finished (connection, session and script run are before "
        "it); from there to *drawn* the browser loads element code (plotly, deck.gl, tables) "
        "and draws.",
        ["cold: script done", "cold: drawn", "warm: script done", "warm: drawn"])
    for name, cold, warm in _visits_per_page(results, bare_cold, bare_warm):
        lines.append(" | ".join([f"| {name}", *(
            f"{median(visits, lambda v, k=key: getattr(v, k)):.2f}"
            for visits in (cold, warm) for key in ("script_s", "drawn_s"))]) + " |")
    return lines


def load_table(results: dict[str, Results], bare_cold: list[Visit],
               bare_warm: list[Visit]) -> list[str]:
    """Per page: requests and bytes over HTTP (cold and warm) and over the websocket."""
    lines = _section(
        "What a visit loads",
        "Medians per visit: HTTP requests and kilobytes over the wire (Resource Timing's "
        "transferSize: 0 for a file from the cache), websocket messages and kilobytes the "
        "server sent.",
        ["requests cold", "KB cold", "requests warm", "KB warm", "ws messages", "ws KB"])
    for name, cold, warm in _visits_per_page(results, bare_cold, bare_warm):
        lines.append(
            f"| {name} | {median(cold, lambda v: v.requests):.0f} "
            f"| {median(cold, lambda v: v.transferred) / 1024:.0f} "
            f"| {median(warm, lambda v: v.requests):.0f} "
            f"| {median(warm, lambda v: v.transferred) / 1024:.0f} "
            f"| {median(cold, lambda v: v.ws_frames):.0f} "
            f"| {median(cold, lambda v: v.ws_bytes) / 1024:.0f} |")
    return lines


def files_table(results: dict[str, Results]) -> list[str]:
    """The largest static files only the dashboard loads, and whether they came compressed."""
    lines = [
        "Largest static files the dashboard's pages load and the bare page does not "
        "(compressed: whether the server sent it smaller than it is):",
        "",
        "| file | KB | KB sent | compressed |",
        "|---|---:|---:|:-:|",
    ]
    for path, entry in extra_files(results):
        compressed = "yes" if entry["encoded"] < entry["decoded"] else "no"
        lines.append(f"| `{path.rsplit('/', 1)[-1]}` | {entry['decoded'] / 1024:.0f} "
                     f"| {entry['encoded'] / 1024:.0f} | {compressed} |")
    return lines


def switch_section(results: dict[str, Switches], unlisted: list[str], rounds: int,
                   seconds: float, command: str) -> list[str]:
    """The page-switch report: per page the median switch, the bare app's, and the ratio.

    It carries its own date and command, so a run with --switch-only can replace it in the
    results file and leave the visits' sections as they were measured."""
    bare_all = [s for r in results.values() for s in r.bare]
    lines = [
        SWITCH_HEADING,
        "",
        f"- Date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; command: `{command}` "
        f"({rounds} rounds, {seconds:.0f} s)",
        "- Method: one tab per app stays open (one Streamlit session, as someone browsing); "
        "from the default page a click on a page's link in the sidebar menu, then back. "
        "*Switch*: the click → the first frame of the page's final state (*drawn* as for a "
        "visit, at the page's URL, beginning after the server answered the click). The bare "
        "app (`benchmarks/bare_pages.py`: nine pages behind `st.navigation`, a title and a "
        "sentence each) switches in its own tab in turns with the dashboard; each page is "
        "divided by the median of its own bare switches. One unmeasured pass first (element "
        f"code loaded once). *{HOME}*: the switch back to it from every page with the menu.",
        f"- Bare app, median of all its switches: **{statistics.median(bare_all):.3f} s**"
        if bare_all else "- Bare app: no switches",
        "",
        f"Target: a page switch ≤ {SWITCH_LIMIT:.0f}× the bare app's."
        + (f" Not in the menu, so not measured: {', '.join(unlisted)}." if unlisted else ""),
        "",
        "| page | switch (s) | bare switch (s) | × bare |",
        "|---|---:|---:|---:|",
    ]
    for name, r in results.items():
        if r.page:
            page, bare = statistics.median(r.page), statistics.median(r.bare)
            lines.append(f"| {name} | {page:.3f} | {bare:.3f} "
                         f"| {ratio_cell(page, bare, SWITCH_LIMIT)} |")
    return lines


def with_section(text: str, section: str) -> str:
    """`text` with its page-switch section replaced by `section` (or `section` appended)."""
    head, found, tail = text.partition(SWITCH_HEADING)
    rest = tail.partition("\n## ")
    after = "\n## " + rest[2] if found and rest[1] else ""
    return head.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n" + after


def fresh_visits(app_url: str, app: subprocess.Popen, paths: list[str],
                 wanted: set[str] | None, rounds: int, visitor: Visitor,
                 ) -> tuple[dict[str, Results], dict[str, float]]:
    """Every page visited in turns with the bare page (`measure`), after warming both servers;
    with the idle CPU use of each server."""
    with server(BARE_SCRIPT) as (bare_url, bare):
        for process in (app, bare):
            if child_processes(process.pid):
                raise RuntimeError("streamlit run forked: its CPU time would be missed")
        pages = [Target(path or HOME, f"{app_url}/{path}") for path in paths
                 if wanted is None or (path or HOME) in wanted]
        bare_page = Target("bare", bare_url)
        print("Warming up both servers", flush=True)
        warm_up = {"app": ServerClock(app.pid, idle_sample_s=0),
                   "bare": ServerClock(bare.pid, idle_sample_s=0)}
        visitor.cold(bare_page, warm_up["bare"])
        for page in pages:
            visitor.cold(page, warm_up["app"])
        clocks = {"app": ServerClock(app.pid), "bare": ServerClock(bare.pid)}
        results = measure(pages, bare_page, clocks, rounds, visitor)
    return results, {name: clock.idle_per_s for name, clock in clocks.items()}


def page_switches(app_url: str, paths: list[str], wanted: set[str] | None, rounds: int,
                  visitor: Visitor) -> tuple[dict[str, Switches], list[str]]:
    """Every page's switch in one dashboard tab, in turns with the bare app's in another."""
    with server(BARE_PAGES_SCRIPT) as (bare_url, _):
        app, bare = SwitchTab(visitor, app_url), SwitchTab(visitor, bare_url)
        try:
            print("Opening both apps for page switches", flush=True)
            for tab in (app, bare):
                tab.open()
                tab.pause()
            targets, unlisted = switch_targets(paths, app, wanted)
            results = measure_switches(targets, app, bare, rounds)
        finally:
            app.close()
            bare.close()
    if wanted is not None and HOME not in wanted:
        del results[HOME]
    return results, unlisted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.browser", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--pages", help="comma-separated page names (default: every page)")
    parser.add_argument("--switch-only", action="store_true",
                        help="measure only page switches; replaces that section of the "
                             "results file and keeps the visits' sections")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing; install Debian's chromium", file=sys.stderr)
        return 2
    started = time.monotonic()
    paths = [path for path, _ in app_pages()]
    wanted = set(args.pages.split(",")) if args.pages else None
    external: list[str] = []
    visits = None
    with server(config.ROOT / "dashboard" / "app.py") as (app_url, app), \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS, proxy=NO_PROXY)
        visitor = Visitor(browser, external)
        try:
            if not args.switch_only:
                visits = fresh_visits(app_url, app, paths, wanted, args.rounds, visitor)
            switch_started = time.monotonic()
            switches, unlisted = page_switches(app_url, paths, wanted, args.rounds, visitor)
        finally:
            visitor.close()
            browser.close()
    command = "python -m benchmarks.browser" + (f" {' '.join(sys.argv[1:])}" if sys.argv[1:]
                                                 else "")
    section = "\n".join(switch_section(switches, unlisted, args.rounds,
                                       time.monotonic() - switch_started, command))
    if visits is not None:
        results, idle_per_s = visits
        text = report(results, args.rounds, external, time.monotonic() - started, command,
                      idle_per_s)
    elif RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
    else:
        text = "# Real-browser benchmark\n"
    if external:
        section += (f"\n\nRequests to other hosts: **{len(external)}** "
                    f"({', '.join(sorted(set(external))[:5])})")
    text = with_section(text, section)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(section if args.switch_only else text)
    return 0 if not external else 1


if __name__ == "__main__":
    sys.exit(main())
