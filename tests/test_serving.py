"""How the apps are served, without starting them: the public app's upload guard and the parts
of `make serve` that need no server (the proxy itself is tested in
tests/browser/test_proxy_browser.py)."""

import asyncio
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import streamlit

from dashboard.admin import upload_gate
from dashboard.no_uploads import NoUploads, nobody, session_of
from dashboard.tools import serve


def called(path: str, kind: str = "http",
           may_upload: Callable[[str], bool] = nobody) -> tuple[list[dict], bool]:
    """What the guard sends for a request to `path`, and whether it passed it on."""
    passed: list[bool] = []

    async def inner(scope, receive, send):
        passed.append(True)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    scope = {"type": kind, "path": path, "method": "PUT", "headers": [], "query_string": b""}
    # In a thread of its own: a browser test in the same process may hold the main thread's
    # event loop (Playwright's).
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, NoUploads(inner, may_upload)(scope, receive, send)).result()
    return sent, bool(passed)


@pytest.mark.parametrize("path", ["/_stcore/upload_file/s/f", "/base/_stcore/upload_file/s/f",
                                  "//_stcore/upload_file/s/f", "/_stcore/upload_file"])
def test_the_public_app_refuses_every_upload_request_unread(path):
    sent, passed = called(path)
    assert not passed
    assert sent[0]["status"] == 405
    assert sent[1]["body"] == b"Uploads are not accepted here."


@pytest.mark.parametrize(("path", "kind"), [("/", "http"), ("/_stcore/health", "http"),
                                            ("/app/static/plotly-basic.min.js", "http"),
                                            ("/_stcore/stream", "websocket")])
def test_everything_else_passes(path, kind):
    assert called(path, kind) == ([], True)


@pytest.mark.parametrize(("path", "session"), [("/_stcore/upload_file/abc/f", "abc"),
                                               ("/beheer/_stcore/upload_file/abc/f", "abc"),
                                               ("//_stcore/upload_file//abc", "abc"),
                                               ("/_stcore/upload_file", "")])
def test_the_session_is_read_from_the_upload_path(path, session):
    assert session_of(path) == session


def test_the_admin_app_takes_uploads_only_for_an_unlocked_session():
    upload_gate.allow("unlocked")
    try:
        assert called("/beheer/_stcore/upload_file/unlocked/f", may_upload=upload_gate.allowed) \
            == ([], True)
        sent, passed = called("/beheer/_stcore/upload_file/other/f",
                              may_upload=upload_gate.allowed)
        assert not passed and sent[0]["status"] == 405
    finally:
        upload_gate.revoke("unlocked")
    assert not upload_gate.allowed("unlocked")


def test_the_admin_entry_gates_uploads_by_unlocked_session():
    text = serve.ADMIN_APP.read_text()
    assert re.search(r'^app = st\.App\("beheer_app\.py", middleware=\[Middleware\(NoUploads, '
                     r'may_upload=upload_gate\.allowed\)\]\)$', text, re.M)


def test_the_public_entry_wraps_the_public_app():
    text = (serve.PUBLIC_APP).read_text()
    assert re.search(r'^app = st\.App\("app\.py", middleware=\[Middleware\(NoUploads\)\]\)$',
                     text, re.M)


def test_the_admin_body_limit_is_streamlits_upload_limit_and_the_forms_framing(tmp_path):
    assert serve.admin_body_limit() == f"{5 * 1024 + serve.FORM_FRAMING_KB}k"
    other = tmp_path / "config.toml"
    other.write_text("[server]\nmaxUploadSize = 2\n")
    assert serve.admin_body_limit(other) == f"{2 * 1024 + serve.FORM_FRAMING_KB}k"


def test_the_policy_allows_streamlits_own_inline_script_by_its_hash():
    index = Path(streamlit.__file__).parent / "static" / "index.html"
    hashes = serve.inline_script_hashes().split()
    assert len(hashes) == index.read_text().count("<script>") >= 1
    assert all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", h) for h in hashes)


def test_every_value_of_the_template_is_filled_in(tmp_path):
    template = tmp_path / "nginx.conf"
    template.write_text("listen {{listen}}; root {{root}};")
    assert serve.render({"listen": "1", "root": "2"}, template) == "listen 1; root 2;"
    with pytest.raises(ValueError, match="root"):
        serve.render({"listen": "1"}, template)


def test_the_proxy_password_comes_from_a_file_before_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("BSO_PROXY_PASSWORD_FILE", raising=False)
    monkeypatch.delenv("BSO_PROXY_PASSWORD", raising=False)
    assert serve.proxy_password() is None
    monkeypatch.setenv("BSO_PROXY_PASSWORD", "from-the-environment")
    assert serve.proxy_password() == "from-the-environment"
    secret = tmp_path / "password"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("BSO_PROXY_PASSWORD_FILE", str(secret))
    assert serve.proxy_password() == "from-a-file"


def test_serve_refuses_to_start_without_the_proxy_password(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("BSO_PROXY_PASSWORD_FILE", raising=False)
    monkeypatch.delenv("BSO_PROXY_PASSWORD", raising=False)
    assert serve.main(["--run-dir", str(tmp_path)]) == 2
    assert "BSO_PROXY_PASSWORD" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
