"""A live `streamlit run` server and a headless Debian Chromium driven by Playwright.

The tests' servers serve the fixture dataset (tests/fixtures/, see tests/fixture_data.py;
`ON_FIXTURE`) unless a test gives another data directory, and `ds` is that dataset: what a
browser test sees does not change when data/ grows. `make gallery` and the benchmarks, which
start servers with the helpers below, show the real data.

The browser never leaves the machine: every request to a host other than the local server
is recorded on `page.external_requests` and aborted, so a test can assert the app works
offline. Console errors and uncaught page errors are collected on `page.console_errors`.
"""

import ast
import itertools
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dashboard import config
from tests.fixture_data import FIXTURE_DATA_DIR, ds, on_fixture_data

__all__ = ["ds", "on_fixture_data"]

# The environment of a test server: the fixture dataset.
ON_FIXTURE = {"BSO_DATA_DIR": str(FIXTURE_DATA_DIR)}

CHROMIUM = Path("/usr/bin/chromium")
APP = config.ROOT / "dashboard" / "app.py"
# How the public app is served (`make run`, `make serve`): app.py with its upload endpoint closed.
SERVED = config.ROOT / "dashboard" / "public.py"
# The admin app (Beheer), served as `make beheer` serves it: uploads only once unlocked.
ADMIN_APP = config.ROOT / "dashboard" / "beheer_served.py"
STARTUP_TIMEOUT_S = 60
RUN_TIMEOUT_MS = 30_000
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

# --use-gl=swiftshader with --enable-unsafe-swiftshader gives headless Chromium a software
# WebGL context, which deck.gl needs to draw its canvas; the rest keeps Chromium quiet and
# offline (no update checks, sync or QUIC probes).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-gl=swiftshader",
    "--enable-unsafe-swiftshader",
    "--ignore-gpu-blocklist",
]
VIEWPORT = {"width": 1440, "height": 900}
# A chart on the page (ui.chart: a custom component whose script draws plotly's svg into it);
# the Kaart page's scroll helper (ui.maps.bring_into_view) is a custom component that draws
# nothing, and marks itself so.
CHARTS = '[data-testid="stBidiComponentRegular"]:not([data-bso-into-view])'

# A blank deck.gl canvas is one colour; a drawn map has the fills of its municipalities and
# provinces. A JavaScript function counting a canvas's colours through a small 2D copy, as a
# screenshot would see them; a map counts as painted above PAINTED_COLOURS.
CANVAS_COLOURS_JS = """canvas => {
    if (!canvas || !canvas.width || !canvas.height) return 0;
    const copy = document.createElement('canvas');
    copy.width = copy.height = 64;
    const context = copy.getContext('2d', {willReadFrequently: true});
    context.drawImage(canvas, 0, 0, 64, 64);
    const pixels = context.getImageData(0, 0, 64, 64).data;
    const seen = new Set();
    for (let i = 0; i < pixels.length; i += 4) seen.add(pixels.slice(i, i + 4).join());
    return seen.size;
}"""
PAINTED_COLOURS = 10


def app_paths() -> list[str]:
    """The URL path of every page registered in app.py, so new pages are covered unasked.

    The default page lives at "" (Streamlit redirects its url_path to the root).
    """
    return [path for path, _ in app_pages()]


def app_pages() -> list[tuple[str, str]]:
    """(URL path, script) of every `st.Page(...)` in app.py, read from its syntax tree."""
    pages = []
    for node in ast.walk(ast.parse(APP.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Page":
            options = {k.arg: k.value for k in node.keywords}
            default = options.get("default")
            is_default = isinstance(default, ast.Constant) and default.value is True
            url_path = options.get("url_path")
            path = url_path.value if isinstance(url_path, ast.Constant) else ""
            pages.append(("" if is_default else path, node.args[0].value))
    return pages


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, env: dict[str, str] | None = None,
                 script: Path = SERVED) -> subprocess.Popen:
    """`streamlit run dashboard/public.py` (or `script`) on 127.0.0.1:`port`, headless, no
    telemetry, from the project folder so that its .streamlit/config.toml applies."""
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.port", str(port),
        "--server.headless", "true",
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
    ]
    return subprocess.Popen(
        command, cwd=config.ROOT, env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def wait_healthy(process: subprocess.Popen, url: str, timeout_s: float = STARTUP_TIMEOUT_S) -> None:
    """Block until `url`/_stcore/health says ok; raise with the server's stderr otherwise."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}:\n"
                               f"{process.stderr.read()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().decode().strip() == "ok":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    process.terminate()
    _, stderr = process.communicate(timeout=10)
    raise RuntimeError(f"streamlit was not healthy within {timeout_s} s:\n{stderr}")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing; install Debian's chromium to run browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
        )
        yield chromium
        chromium.close()


@contextmanager
def live_app(browser, warm: bool = True, env: dict[str, str] | None = None,
             script: Path = SERVED) -> Iterator[str]:
    """A fresh server of the public app, or of `script` (with `env` added to its environment,
    e.g. BSO_DATA_DIR); with `warm`, the root page is opened once before yielding.

    Warming makes the first test pay for the imports and the data load, not for the page.
    The pages live in dashboard/views/, not pages/: a pages/ folder next to app.py would put
    Streamlit in its old folder mode until app.py first ran, and a deep link on a fresh server
    would show a page without the shell (test_deep_link_on_a_fresh_server_runs_the_shell).
    """
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_server(port, env, script)
    try:
        wait_healthy(process, url)
        if warm:
            context = browser.new_context()
            open_page(context.new_page(), url)
            context.close()
        yield url
    finally:
        stop_server(process)


@pytest.fixture(scope="session")
def app_url(browser) -> Iterator[str]:
    """One server on the fixture dataset for every browser test that does not change it."""
    with live_app(browser, env=ON_FIXTURE) as url:
        yield url


@pytest.fixture(scope="session")
def admin_url(browser) -> Iterator[str]:
    """The admin app (Beheer) on the fixture dataset, without an admin password."""
    with live_app(browser, env=ON_FIXTURE, script=ADMIN_APP) as url:
        yield url


def _base_path_probe(url: str) -> bool:
    """Streamlit's frontend, opened at /<page>, first probes /<page>/_stcore/health and
    /<page>/_stcore/host-config to find the server's base path; their 404s are expected."""
    path = urlsplit(url).path
    return re.fullmatch(r"/[^/]+/_stcore/(health|host-config)", path) is not None


@pytest.fixture
def browser_page(browser):
    """A fresh page that records (and blocks) external requests and collects console errors."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.external_requests = []
    page.console_errors = []

    def route(request_route):
        url = request_route.request.url
        if urlsplit(url).hostname in LOCAL_HOSTS or not url.startswith(("http:", "https:", "ws")):
            request_route.continue_()
        else:
            page.external_requests.append(url)
            request_route.abort()

    page.route("**/*", route)
    def console(message):
        if message.type == "error" and not _base_path_probe(message.location.get("url", "")):
            page.console_errors.append(f"{message.text} ({message.location.get('url')})")

    page.on("console", console)
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


# Streamlit marks its root with the script's run state and the connection's; a page is settled
# when the script is not running, nothing is stale or spinning, the main area and every chart
# are drawn — and that has held for SETTLED_LOOKS looks in a row, because a rerun starts a
# moment after the click that asks for it. The count restarts for each wait (a fresh `token`).
_SETTLED_JS = """([looks, token]) => {
    const app = document.querySelector('[data-testid="stApp"]');
    const status = document.querySelector('[data-testid="stStatusWidget"]');
    const idle = app !== null
        && app.dataset.testScriptState === 'notRunning'
        && app.dataset.testConnectionState === 'CONNECTED'
        && !(status !== null && /running|stop/i.test(status.innerText || ''))
        && document.querySelector(
            '[data-testid="stSpinner"], [data-testid="stSkeleton"], [data-stale="true"]') === null
        && document.querySelector(
            '[data-testid="stMain"] [data-testid="stElementContainer"]') !== null
        && [...document.querySelectorAll('""" + CHARTS + """')].every(
            chart => chart.querySelector('.main-svg') !== null);
    const last = window.__settled;
    const count = !idle ? 0 : (last && last.token === token ? last.count + 1 : 1);
    window.__settled = {token, count};
    return count >= looks;
}"""
SETTLED_LOOKS = 5
LOOK_EVERY_MS = 100
_waits = itertools.count()


def wait_for_run(page, timeout_ms: int = RUN_TIMEOUT_MS) -> None:
    """Wait until Streamlit has finished running the script and the network is quiet."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_function(_SETTLED_JS, arg=[SETTLED_LOOKS, next(_waits)],
                           polling=LOOK_EVERY_MS, timeout=timeout_ms)
    page.wait_for_load_state("networkidle", timeout=timeout_ms)


_FRAMES_JS = """() => new Promise(resolve =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))"""


def next_frames(page) -> None:
    """Wait until the browser has drawn two more frames: what a mouse move sets off (plotly's
    hover, deck.gl's picking and tooltip) has then run and been painted."""
    page.evaluate(_FRAMES_JS)


def open_page(page, app_url: str, path: str = "") -> None:
    """Navigate to a page of the app and wait until its script has run to the end."""
    page.goto(f"{app_url}/{path}", timeout=RUN_TIMEOUT_MS)
    wait_for_run(page)
