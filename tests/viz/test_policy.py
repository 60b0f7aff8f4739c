"""The deck and the factsheet open with a Content-Security-Policy that forbids every request and
lets only their own inline scripts run (tests/browser/test_offline_files_browser.py checks
that Chromium draws them whole under it and blocks what it forbids)."""

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest

from dashboard.publish.policy import content_security_policy
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import factsheet_html

NOTHING = {"default-src 'none'", "connect-src 'none'", "form-action 'none'", "base-uri 'none'",
           "style-src 'unsafe-inline'"}


class Head(HTMLParser):
    """The first element in <head> and the text of every script that runs."""

    def __init__(self) -> None:
        super().__init__()
        self.first: tuple[str, dict] | None = None
        self.scripts: list[str] = []
        self._in_head = self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self._in_head = True
        elif self._in_head and self.first is None:
            self.first = (tag, dict(attrs))
        if tag == "script" and dict(attrs).get("type") is None:
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def policy_of(html: str) -> tuple[set[str], list[str]]:
    head = Head()
    head.feed(html)
    assert head.first is not None
    tag, attrs = head.first
    assert (tag, attrs["http-equiv"]) == ("meta", "Content-Security-Policy")
    return {d.strip() for d in attrs["content"].split(";")}, head.scripts


def digest(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_deck_runs_only_its_own_scripts_and_requests_nothing(ds, lang):
    directives, scripts = policy_of(deck_html(ds, lang))
    assert len(scripts) == 2  # plotly.js and the deck's own
    assert directives == NOTHING | {
        "script-src " + " ".join(f"'sha256-{digest(s)}'" for s in scripts), "font-src data:"}


def test_the_factsheet_runs_no_script_and_requests_nothing(ds):
    directives, scripts = policy_of(factsheet_html(ds, "assen", "nl"))
    assert scripts == []
    assert directives == NOTHING | {"script-src 'none'"}


def test_the_policy_names_no_address():
    policy = content_security_policy(("a", "b"), fonts=True)
    assert not re.search(r"https?:|\*|'self'|'unsafe-eval'|blob:", policy)
