"""Load test: 20 browser sessions at once against one server, each opening every page in turn.

    python -m benchmarks.load [--sessions 20] [--timeout 300]

One `streamlit run` server (the browser harness's) and one headless Debian Chromium with a
context per session, all on the loopback interface: a request to any other host is counted as
an error and aborted. A page counts as rendered when it is drawn as benchmarks.browser defines
it (Streamlit has finished the script, nothing is stale, every chart and map is drawn and the
layout stays put); its render time runs from the start of the navigation to the first frame of
that state, measured in the page. Errors are failed or timed-out
navigations, uncaught page errors, console errors, exceptions shown on the page and external
requests. The report (p50 and p95 per page and overall) is printed and written to
benchmarks/results/load.md.
"""

import argparse
import asyncio
import datetime as dt
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.async_api import async_playwright

from benchmarks.browser import FINISHED_INIT_JS, FINISHED_JS, STABLE_FRAMES, STABLE_MS, cpu_seconds
from dashboard import config
from tests.browser.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    LOCAL_HOSTS,
    VIEWPORT,
    _base_path_probe,
    _free_port,
    app_pages,
    start_server,
    stop_server,
    wait_healthy,
)

RESULTS = config.ROOT / "benchmarks" / "results" / "load.md"
PAGE_TIMEOUT_S = 90


@dataclass
class Session:
    """What one browser session saw: render time per page, and every error."""

    number: int
    times: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    not_reached: list[str] = field(default_factory=list)


async def wait_rendered(page, timeout_s: float) -> float:
    """Seconds from the navigation's start until the page was drawn, as benchmarks.browser
    measures it in the page (script finished, charts and maps drawn, layout stable)."""
    finished = await page.wait_for_function(FINISHED_JS, arg=[STABLE_FRAMES, STABLE_MS],
                                             polling=50, timeout=timeout_s * 1000)
    _, drawn_ms = await finished.json_value()
    return drawn_ms / 1000


async def open_session(browser, number: int) -> tuple[Session, object]:
    """A browser context and page that count external requests and page errors."""
    session = Session(number)
    context = await browser.new_context(viewport=VIEWPORT)
    await context.add_init_script(FINISHED_INIT_JS)
    page = await context.new_page()

    async def route(request_route):
        target = request_route.request.url
        if urlsplit(target).hostname in LOCAL_HOSTS or not target.startswith(("http", "ws")):
            await request_route.continue_()
        else:
            session.errors.append(f"external request: {target}")
            await request_route.abort()

    def console(message):
        if message.type == "error" and not _base_path_probe(message.location.get("url", "")):
            session.errors.append(f"console: {message.text}")

    await page.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda error: session.errors.append(f"page error: {error}"))
    return session, page


async def run_session(session: Session, page, url: str, paths: list[str],
                      slots: asyncio.Semaphore, deadline: float) -> None:
    """Open every page in turn; a page's clock starts when its navigation starts."""
    for path in paths:
        name = path or "overzicht"
        async with slots:
            if time.monotonic() > deadline:
                session.not_reached.append(name)
                continue
            try:
                await page.goto(f"{url}/{path}", timeout=PAGE_TIMEOUT_S * 1000)
                session.times[name] = await wait_rendered(page, PAGE_TIMEOUT_S)
                shown = page.locator('[data-testid="stException"]')
                if await shown.count():
                    text = " ".join((await shown.first.inner_text()).split())[:200]
                    session.errors.append(f"{name}: exception shown on the page: {text}")
            except Exception as error:  # a failed or timed-out navigation is a result here
                session.errors.append(f"{name}: navigation failed: {error}".splitlines()[0])


async def run_load(url: str, paths: list[str], sessions: int, parallel: int,
                   timeout_s: float) -> list[Session]:
    """All sessions open (and connected, once their first page loaded) until the last one is
    done; at most `parallel` navigations are under way at any moment."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                                   args=CHROMIUM_ARGS)
        try:
            opened = [await open_session(browser, n) for n in range(sessions)]
            slots = asyncio.Semaphore(parallel)
            deadline = time.monotonic() + timeout_s
            # Sessions stop starting pages at the deadline; wait_for only guards against a hang.
            await asyncio.wait_for(asyncio.gather(
                *(run_session(s, page, url, paths, slots, deadline) for s, page in opened)),
                timeout=timeout_s + 2 * PAGE_TIMEOUT_S)
            return [s for s, _ in opened]
        finally:
            await browser.close()


def percentile(values: list[float], p: int) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def report(results: list[Session], paths: list[str], wall_s: float, parallel: int) -> str:
    names = [path or "overzicht" for path in paths]
    everything = [t for s in results for t in s.times.values()]
    errors = [f"session {s.number}: {e}" for s in results for e in s.errors]
    not_reached = sum(len(s.not_reached) for s in results)
    lines = [
        "# Load test",
        "",
        f"{dt.date.today().isoformat()} · {platform.node() or 'machine'} · "
        f"{os.cpu_count()} CPU · Python {platform.python_version()} · "
        f"`python -m benchmarks.load{' ' + ' '.join(sys.argv[1:]) if sys.argv[1:] else ''}`",
        "",
        f"{len(results)} concurrent browser sessions (one Chromium, one context each) against "
        f"one `streamlit run` server, each opening all {len(paths)} pages in turn, at most "
        f"{parallel} page loads under way at once (browser and server share this machine); "
        f"{len(everything)} page loads in {wall_s:.0f} s"
        + (f"; {not_reached} not started within the time limit." if not_reached else "."),
        "",
        f"**Errors: {len(errors)}** · **p50 {percentile(everything, 50):.2f} s** · "
        f"**p95 {percentile(everything, 95):.2f} s** (render time: navigation until "
        "the page is drawn)" if everything else f"**Errors: {len(errors)}**",
        "",
        "| page | loads | p50 (s) | p95 (s) | max (s) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        times = [s.times[name] for s in results if name in s.times]
        if times:
            lines.append(f"| {name} | {len(times)} | {percentile(times, 50):.2f} | "
                         f"{percentile(times, 95):.2f} | {max(times):.2f} |")
        else:
            lines.append(f"| {name} | 0 | – | – | – |")
    if errors:
        lines += ["", "## Errors", "", *(f"- {e}" for e in errors)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--parallel", type=int, default=4,
                        help="page loads under way at once (the machine's limit, not the app's)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds for the whole run")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing; install Debian's chromium", file=sys.stderr)
        return 2
    paths = [path for path, _ in app_pages()]
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    # No file watcher: a source file saved during the run must not change the app under test.
    server = start_server(port, {"STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"})
    load_before = os.getloadavg()[0]
    try:
        wait_healthy(server, url)
        asyncio.run(run_load(url, paths[:1], 1, 1, 120))  # warm: imports and data load
        started, cpu_before = time.monotonic(), cpu_seconds(server.pid)
        results = asyncio.run(run_load(url, paths, args.sessions, args.parallel, args.timeout))
        wall, cpu_after = time.monotonic() - started, cpu_seconds(server.pid)
        load_after = os.getloadavg()[0]
    finally:
        stop_server(server)
    logged = [line for line in server.stderr.read().splitlines()
              if "Error" in line or "Traceback" in line]
    text = report(results, paths, wall, args.parallel)
    text += (f"\nLoad average (1 min) before and after the run: {load_before:.1f} / "
             f"{load_after:.1f} on {os.cpu_count()} CPU.\n")
    loads = sum(len(s.times) for s in results)
    if loads:
        text += (f"Server CPU: {cpu_after - cpu_before:.0f} s in all, "
                 f"{(cpu_after - cpu_before) / loads:.2f} s per page load (the rest of the "
                 "machine's CPU went to the browsers).\n")
    if logged:
        text += "\n## Server log errors\n\n" + "\n".join(f"- `{line[:200]}`" for line in logged)
        text += "\n"
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    complete = all(not s.errors and not s.not_reached for s in results)
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
