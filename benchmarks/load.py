"""Werkatelier load test: N people open the presentation at once, without N browsers.

    python -m benchmarks.load [--sessions 25 50 100] [--spread 5] [--timeout 120] [--no-bare]

A room of professionals opening the link the presenter shows is N new Streamlit sessions
within seconds. Each simulated person speaks Streamlit's own protocol over one WebSocket,
with the protobuf messages of the installed package (`benchmarks/stream.py`), against one
`streamlit run` server on the loopback interface: it opens the presentation, and when that
first run has finished it switches to Overzicht the way the frontend does, waits for that run
to finish and leaves. Static files (the frontend's JavaScript) are not fetched: they are the
same files for everyone and browsers cache them; what a session costs the server is its
script runs and their messages.

Per N a fresh server is started and warmed by one visit (the presenter has the app open), so
every N starts from the same state and the server's peak memory belongs to that N. The people
start evenly spread over `--spread` seconds (default 5 s: a room opening a link; 0 starts all
at once) and all must be done within `--timeout` seconds. The same is measured for a bare
Streamlit app (the benchmarks' bare page on both pages) as a reference. The report is printed
and written to benchmarks/results/load.md (or `--out`).

The server inherits the environment, so a Streamlit option can be tried without editing
.streamlit/config.toml, e.g. `STREAMLIT_SERVER_FILE_WATCHER_TYPE=none`; the report names
every STREAMLIT_* variable that was set.
"""

import argparse
import asyncio
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import streamlit

from benchmarks.cpu import cpu_seconds
from benchmarks.run import BARE_PAGE
from benchmarks.stream import Visit, visit
from dashboard import config
from tests.browser.conftest import _free_port, start_server, stop_server, wait_healthy

RESULTS = config.ROOT / "benchmarks" / "results" / "load.md"
SESSIONS = (25, 50, 100)
SPREAD_S = 5.0
TIMEOUT_S = 120.0
TARGET_SESSIONS, TARGET_P95_S = 100, 10.0
FIRST_PAGE = "presentatie"  # the link the presenter shows
RSS_EVERY_S = 0.1
# The bare page of benchmarks/run.py on both pages, behind the same navigation as the app.
BARE_APP = (
    "import streamlit as st\n\n\ndef bare():\n"
    + "".join(f"    {line}\n" for line in BARE_PAGE.strip().splitlines()[1:])
    + "\n\nst.navigation([\n"
    '    st.Page(bare, title="Overzicht", url_path="overzicht", default=True),\n'
    f'    st.Page(bare, title="Presentatie", url_path="{FIRST_PAGE}"),\n'
    "]).run()\n"
)


@dataclass
class Round:
    """One N against one fresh server: every person's visit and what the server spent."""

    app: str
    visits: list[Visit]
    wall_s: float
    server_cpu_s: float
    client_cpu_s: float
    rss_before_mb: float
    peak_rss_mb: float
    log_errors: list[str]

    @property
    def served(self) -> list[Visit]:
        return [v for v in self.visits if v.served]

    @property
    def errors(self) -> int:
        return sum(len(v.errors) for v in self.visits) + len(self.log_errors)



def rss_mb(pid: int) -> float:
    """Resident memory of a process now, in MB (VmRSS of Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise KeyError("VmRSS")


class PeakMemory:
    """The highest resident memory of a process while the `with` block runs, sampled every
    RSS_EVERY_S in a thread: the kernel's own peak (VmHWM) would still hold the data load."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_mb = pid, rss_mb(pid)
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.wait(RSS_EVERY_S):
            self.peak_mb = max(self.peak_mb, rss_mb(self.pid))

    def __enter__(self) -> "PeakMemory":
        self._sampler.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._done.set()
        self._sampler.join()
        self.peak_mb = max(self.peak_mb, rss_mb(self.pid))


async def room(url: str, people: int, spread_s: float, timeout_s: float) -> list[Visit]:
    """`people` visits, started evenly over `spread_s`, all cut off `timeout_s` after the start."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    return list(await asyncio.gather(*(
        visit(url, FIRST_PAGE, number=i, delay_s=spread_s * i / people, deadline=deadline)
        for i in range(people))))


def measure(app: str, script: Path, people: int, spread_s: float, timeout_s: float) -> Round:
    """Start a server for `script`, warm it with one visit, send the room, stop the server."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(port, script=script)
    try:
        wait_healthy(server, url)
        warm = asyncio.run(room(url, 1, 0, timeout_s))[0]
        if not warm.served:
            raise RuntimeError(f"the warm-up visit failed: {warm.errors}")
        cpu_before, client_before = cpu_seconds(server.pid), time.process_time()
        rss_before, started = rss_mb(server.pid), time.monotonic()
        with PeakMemory(server.pid) as memory:
            visits = asyncio.run(room(url, people, spread_s, timeout_s))
        wall = time.monotonic() - started
        cpu_used = cpu_seconds(server.pid) - cpu_before
        client_used = time.process_time() - client_before
        peak = memory.peak_mb
    finally:
        stop_server(server)
    log_errors = [line for line in server.stderr.read().splitlines()
                  if "Error" in line or "Traceback" in line]
    return Round(app, visits, wall, cpu_used, client_used, rss_before, peak, log_errors)


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile (nearest rank), so p95 of 20 values is the 19th smallest."""
    ordered = sorted(values)
    return ordered[max(0, round(share * len(ordered) + 0.5) - 1)] if ordered else float("nan")


def _row(r: Round) -> str:
    firsts = [v.first_run_s for v in r.served]
    overviews = [v.overview_s for v in r.served]
    people = len(r.visits)
    return (f"| {r.app} | {people} | {len(r.served)} | {r.errors} "
            f"| {statistics.median(firsts) if firsts else float('nan'):.2f} "
            f"| {percentile(firsts, 0.95):.2f} | {max(firsts, default=float('nan')):.2f} "
            f"| {statistics.median(overviews) if overviews else float('nan'):.2f} "
            f"| {percentile(overviews, 0.95):.2f} "
            f"| {r.server_cpu_s / people:.3f} | {r.peak_rss_mb:.0f} "
            f"| {(r.peak_rss_mb - r.rss_before_mb) / people:.2f} | {r.wall_s:.1f} |")


def report(rounds: list[Round], spread_s: float, timeout_s: float, command: str) -> str:
    """The Markdown report: one row per app and N, the target's verdict, every error named."""
    options = [f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("STREAMLIT_")]
    machine = (f"{dt.date.today().isoformat()} · {platform.node()} · {os.cpu_count()} CPU · "
               f"Python {platform.python_version()} · Streamlit {streamlit.__version__} · "
               f"`{command}` · server options from the environment: "
               f"{', '.join(f'`{o}`' for o in options) or 'none'}")
    lines = [
        "# Werkatelier load test", "", machine, "",
        f"N people open `/{FIRST_PAGE}` against one fresh, warmed `streamlit run` server on "
        f"loopback, started evenly over {spread_s:g} s, each over one WebSocket speaking "
        "Streamlit's protocol (no browser); when the presentation's first run has finished "
        "each switches to Overzicht, waits for that run and leaves. All must be done within "
        f"{timeout_s:g} s. *First run*: from the start of the visit (the HTTP request that "
        "fetches the XSRF cookie) to the presentation's `script_finished`, its last message. "
        "*Overzicht*: from asking for the page to its `script_finished`. Errors: failed "
        "connections, exceptions shown, a page not found, a run that did not finish "
        "successfully, unexpected closes, timeouts and errors in the server's log.",
        "",
        "| app | N | served | errors | first run p50 (s) | p95 (s) | max (s) "
        "| Overzicht p50 (s) | p95 (s) | server CPU per session (s) | peak RSS (MB) "
        "| RSS per session (MB) | wall (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: |",
        *(_row(r) for r in rounds), "",
    ]
    target = [r for r in rounds if r.app == "dashboard" and len(r.visits) == TARGET_SESSIONS]
    for r in target:
        firsts = [v.first_run_s for v in r.served]
        met = (len(r.served) == TARGET_SESSIONS and r.errors == 0
               and percentile(firsts, 0.95) <= TARGET_P95_S)
        lines += [f"**Target ({TARGET_SESSIONS} sessions served, 0 errors, first run p95 ≤ "
                  f"{TARGET_P95_S:g} s): {'met' if met else 'not met'}.**", ""]
    lines += ["The server's CPU per session is its user + system time during the round divided "
              "by N; RSS per session is the rise of its resident memory from before the round "
              "to its peak, divided by N. The load generator ran on the same machine and used "
              + ", ".join(f"{r.client_cpu_s:.1f} s ({r.app}, N={len(r.visits)})" for r in rounds)
              + " of CPU.", ""]
    if any(r.errors for r in rounds):
        lines += ["## Errors", "", *(line for r in rounds for line in _errors(r)), ""]
    return "\n".join(lines)


def _errors(r: Round) -> list[str]:
    """One line per kind of error in a round: how many people met it, and the first few."""
    people: dict[str, list[int]] = {}
    for v in r.visits:
        for error in v.errors:
            people.setdefault(error, []).append(v.number)
    lines = [f"- {r.app}, N={len(r.visits)}: {error} — {len(numbers)}× (person "
             f"{', '.join(map(str, numbers[:5]))}{', …' if len(numbers) > 5 else ''})"
             for error, numbers in people.items()]
    return lines + [f"- {r.app}, N={len(r.visits)}, server log: `{line[:200]}`"
                    for line in r.log_errors[:10]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=list(SESSIONS))
    parser.add_argument("--spread", type=float, default=SPREAD_S,
                        help="seconds over which the people start (0: all at once)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S,
                        help="seconds within which every person of a round must be done")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare reference app")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the report")
    args = parser.parse_args(argv)
    rounds = []
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare_app.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        apps = [("dashboard", config.ROOT / "dashboard" / "app.py")]
        apps += [] if args.no_bare else [("bare", bare)]
        for people in args.sessions:
            for app, script in apps:
                rounds.append(measure(app, script, people, args.spread, args.timeout))
                print(_row(rounds[-1]), flush=True)
    command = "python -m benchmarks.load " + " ".join(argv if argv is not None else sys.argv[1:])
    text = report(rounds, args.spread, args.timeout, command.strip())
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0 if all(r.errors == 0 and len(r.served) == len(r.visits) for r in rounds) else 1


if __name__ == "__main__":
    sys.exit(main())
