"""The public server as `make serve` starts it (dashboard/tools/serve.py): nginx in front of the
public app and the admin app, tested over HTTP and in Chromium.

The public pages load through the proxy and draw without a console or Content-Security-Policy
error; Streamlit's upload endpoint of the public app is closed, in nginx and in the app itself;
the admin app answers nothing without the proxy's password, and with it refuses a body over
Streamlit's upload limit; every answer carries the security headers; the rate limits answer 429.
The requests that exhaust a rate limit come from another loopback address (127.0.0.2), so the
limits they use up are not those of the other tests.
"""

import http.client
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from base64 import b64encode
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard import config
from dashboard.tools import serve
from tests.browser.conftest import (
    CHARTS,
    ON_FIXTURE,
    STARTUP_TIMEOUT_S,
    VIEWPORT,
    _free_port,
    app_paths,
    open_page,
    wait_for_run,
)
from tests.browser.test_pages_browser import assert_clean

pytestmark = pytest.mark.browser

PROXY_USER = "beheer"
PROXY_PASSWORD = "synthetic-proxy-password"
ADMIN_PASSWORD = "synthetic-admin-password"
# Every violation of the page's Content-Security-Policy, reported as a console error.
REPORT_CSP = """document.addEventListener('securitypolicyviolation', event =>
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`))"""
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
UPLOAD = "/_stcore/upload_file/a-session/a-file"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Served:
    url: str  # nginx
    public_app: str  # the public app itself, behind nginx
    host: str
    port: int


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    """`python -m dashboard.tools.serve` on free ports over the fixture dataset; at the end it
    is stopped as Ctrl-C would, and must stop cleanly."""
    if not Path(serve.nginx_binary()).exists():
        pytest.skip("nginx is missing; install Debian's nginx to run the proxy tests")
    ports = serve.Ports(f"127.0.0.1:{_free_port()}", _free_port(), _free_port())
    # nginx's workers (nobody, when the tests run as root) read the password file in here.
    run_dir = Path(tempfile.mkdtemp(prefix="bso-serve-"))
    run_dir.chmod(0o755)
    env = {**os.environ, **ON_FIXTURE, "BSO_PROXY_USER": PROXY_USER,
           "BSO_PROXY_PASSWORD": PROXY_PASSWORD, "BSO_ADMIN_PASSWORD": ADMIN_PASSWORD}
    command = [sys.executable, "-m", "dashboard.tools.serve", "--listen", ports.listen,
               "--public-port", str(ports.public), "--admin-port", str(ports.admin),
               "--run-dir", str(run_dir)]
    process = subprocess.Popen(command, cwd=config.ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        ready = process.stdout.readline()
        assert ready.startswith("Serving "), ready + process.stdout.read()
        host, port = ports.listen.split(":")
        yield Served(f"http://{ports.listen}", f"http://127.0.0.1:{ports.public}", host,
                     int(port))
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=STARTUP_TIMEOUT_S)
        finally:
            if process.poll() is None:
                process.kill()
            shutil.rmtree(run_dir, ignore_errors=True)
        assert code == 0
        assert not (run_dir / "nginx.pid").exists()


def request(url: str, method: str = "GET", body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of one request; an error status is an answer, not a raise."""
    message = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(message, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def credentials(user: str = PROXY_USER, password: str = PROXY_PASSWORD) -> dict[str, str]:
    return {"Authorization": "Basic " + b64encode(f"{user}:{password}".encode()).decode()}


def statuses(served: Served, path: str, count: int, headers: dict[str, str]) -> list[int]:
    """The status of `count` requests in a row on one connection from 127.0.0.2."""
    connection = http.client.HTTPConnection(served.host, served.port, timeout=30,
                                            source_address=("127.0.0.2", 0))
    try:
        answers = []
        for _ in range(count):
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            answers.append(response.status)
        return answers
    finally:
        connection.close()


@pytest.mark.parametrize("path", app_paths())
def test_public_pages_load_through_the_proxy_with_security_headers(served, path):
    status, headers, body = request(f"{served.url}/{path}")
    assert status == 200 and b"<html" in body
    assert {name: headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "'unsafe-eval'" not in policy
    assert "camera=()" in headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in headers  # no TLS here


@pytest.mark.parametrize("path", ["", "kaart"], ids=["overzicht", "kaart"])
def test_pages_draw_in_chromium_under_the_content_security_policy(browser_page, served, path):
    browser_page.add_init_script(REPORT_CSP)
    open_page(browser_page, served.url, path)
    assert browser_page.locator(f"{CHARTS} .main-svg, canvas").count() >= 1
    assert_clean(browser_page)


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("path", [UPLOAD, "/x/..%2F_stcore/upload_file/a/b",
                                  "//_stcore/upload_file/a/b", "/_stcore/upload_file"])
def test_the_public_upload_endpoint_is_closed_in_nginx(served, method, path):
    status, headers, _ = request(f"{served.url}{path}", method, b"x" * 1000)
    assert status == 403
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("method", ["PUT", "POST"])
def test_the_public_app_itself_refuses_uploads_too(served, method):
    form = (b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
            b"Content-Type: text/csv\r\n\r\na,b\r\n--b--\r\n")
    status, _, body = request(f"{served.public_app}{UPLOAD}", method, form,
                              {"Content-Type": "multipart/form-data; boundary=b"})
    assert (status, body) == (405, b"Uploads are not accepted here.")


def test_the_public_side_takes_no_request_bodies(served):
    status, _, _ = request(f"{served.url}/", "POST", b"x" * 32 * 1024)
    assert status == 413


@pytest.mark.parametrize("path", ["/beheer/", UPLOAD.replace("/_stcore", "/beheer/_stcore"),
                                  "/beheer/_stcore/stream", "/beheer/_stcore/health"])
@pytest.mark.parametrize("who", [{}, credentials(password="guess"), credentials(user="admin")],
                         ids=["anonymous", "wrong-password", "wrong-user"])
def test_the_admin_app_needs_the_proxys_password(served, path, who):
    status, headers, _ = request(f"{served.url}{path}", "PUT" if "upload" in path else "GET",
                                 b"x" if "upload" in path else None, who)
    assert status == 401
    assert headers["WWW-Authenticate"].startswith("Basic")
    assert headers["X-Frame-Options"] == "DENY"


def test_the_admin_app_answers_with_the_proxys_password(served):
    status, headers, body = request(f"{served.url}/beheer/", headers=credentials())
    assert status == 200 and b"<html" in body
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    connection = http.client.HTTPConnection(served.host, served.port, timeout=30)
    connection.request("GET", "/beheer")
    response = connection.getresponse()
    assert (response.status, response.headers["Location"]) == (301, "/beheer/")
    connection.close()


def test_a_body_over_the_upload_limit_is_refused_before_the_admin_app(served):
    limit = int(serve.admin_body_limit().removesuffix("k")) * 1024
    over, _, _ = request(f"{served.url}/beheer{UPLOAD}", "PUT", b"x" * (limit + 1),
                         credentials())
    # A file of exactly Streamlit's 5 MB passes nginx (and is refused by Streamlit for this
    # session and token, which are made up).
    at_limit, _, body = request(f"{served.url}/beheer{UPLOAD}", "PUT", b"x" * (5 * MIB),
                                credentials())
    assert over == 413
    assert at_limit not in (413, 401), body


def test_beheer_works_through_the_proxy_and_takes_an_upload(browser, served):
    """The admin's way in: the proxy's password (here the browser's credentials), then the
    app's own; the uploader's file reaches the app and is checked. The upload endpoint takes
    files for this session only while Beheer is unlocked (admin.upload_gate)."""
    context = browser.new_context(viewport=VIEWPORT, http_credentials={
        "username": PROXY_USER, "password": PROXY_PASSWORD})
    page = context.new_page()
    page.external_requests, page.console_errors = [], []
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error"
            else None)
    page.add_init_script(REPORT_CSP)
    uploads: list[int] = []
    page.on("response", lambda r: uploads.append(r.status) if "upload_file" in r.url else None)
    sent: list = []
    page.on("request", lambda r: sent.append(r) if "upload_file" in r.url else None)
    try:
        open_page(page, f"{served.url}/beheer")
        assert page.get_by_test_id("stFileUploader").count() == 0
        page.get_by_label("Beheerderswachtwoord").fill(ADMIN_PASSWORD)
        page.get_by_role("button", name="Ontgrendelen").click()
        wait_for_run(page)
        page.locator('input[type="file"]').set_input_files(files=[{
            "name": "wave.csv", "mimeType": "text/csv", "buffer": b"a,b\n1,2\n"}])
        page.get_by_text("er is niets opgeslagen").first.wait_for()
        assert uploads == [204]
        assert_clean(page)
        # The same request again, sent by hand: taken while unlocked, refused once locked.
        assert replay(context, sent[0]) == 204
        page.get_by_role("button", name="Vergrendelen").click()
        wait_for_run(page)
        assert replay(context, sent[0]) == 405
    finally:
        context.close()


def replay(context, request) -> int:
    """`request` (an upload the page made) sent again with its own headers and a new file."""
    headers = {name: value for name, value in request.headers.items()
               if name.lower() not in ("content-type", "content-length")}
    response = context.request.fetch(request.url, method="PUT", headers=headers, multipart={
        "file": {"name": "again.csv", "mimeType": "text/csv", "buffer": b"a,b\n1,2\n"}})
    return response.status


def test_new_sessions_beyond_the_burst_get_429(served):
    answers = statuses(served, "/_stcore/stream", 130, {})
    assert 429 in answers
    assert 429 not in answers[:100]  # a room of 100 opening the link at once


def test_guessing_the_proxys_password_is_slowed_to_429(served):
    answers = statuses(served, "/beheer/", 260, credentials(password="guess"))
    assert set(answers[:200]) == {401}
    assert 429 in answers[200:]
