"""Fuzzing every page's link: whatever the URL holds, the page runs without an exception, no
link, image, HTML, icon, emoji or colour from the URL comes alive, and there are at most a few
notices.

Values are known ids and codes, Markdown and HTML aimed at a foreign host, numbers in other
scripts or of thousands of digits, long and many-times-repeated values, and random text.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import app_of
from tests.robustness.strategies import FUZZ

# Each page's declared parameters (dashboard/views/*.py); every page also reads `lang`.
# Beheer is the admin app's page (ADMIN_APP), every other page the public app's.
PAGES = {
    "overzicht": (), "monitor": (), "beheer": (),
    "kaart": ("rol", "programma", "jaar", "gemeente", "initiatief"),
    "vergelijken": ("initiatives",),
    "netwerken": ("initiative", "compare"),
    "tijdlijn": ("initiatief", "gemeente", "soort", "rijen", "monitor", "periode"),
    "bronnen": ("zoek", "bron", "soort"),
    "presentatie": ("slide",),
}
MARKER = "evil"  # in every hostile value, so the elements echoing one can be found
KNOWN = ["assen", "lent", "groningen", "rotterdam", "GM0106", "gm0106", "pilot", "case",
         "gemeente", "start", "1", "3", "8", "2012", "en", "nl"]
HOSTILE = [
    "[log in](https://evil.example/login)", "![](https://evil.example/pixel.png)",
    "<img src=https://evil.example/x>", "<a href=https://evil.example>evil</a>",
    "https://evil.example/login", "www.evil.example", "beheer@evil.example",
    ":red[evil]", ":material/lock: evil", ":smile: evil", "$evil^2$", "**evil**", "`evil`",
    "# evil", "- evil", "1. evil", "evil\n\n[x]: https://evil.example", "&lt;evil&gt;",
]
NUMBERS = ["0", "-1", "²", "١٢", "３", "9" * 5000, "1e3", "03", " 3 ", "3.0", "99"]
single = st.one_of(st.sampled_from(KNOWN + HOSTILE + NUMBERS), st.text(max_size=30),
                   st.just("x" * 20_000))
repeated = st.builds(lambda value, times: ",".join([value] * times),
                     st.sampled_from(KNOWN + HOSTILE), st.integers(2, 3000))
listed = st.builds(lambda values: ",".join(values), st.lists(single, min_size=2, max_size=30))
value = st.one_of(single, repeated, listed)

# What would make text from the URL live: link or image syntax, HTML, maths, a scheme or
# 'www.' (autolinks), an e-mail address, a Streamlit directive, icon or shortcode.
LIVE = re.compile(r"(?<!\\)\]\(|(?<!\\)<[A-Za-z!/]|(?<!\\)\$|https?://|(?<![\w.])www\.|\w@\w"
                  r"|:[a-z-]+\[|:material/|:[a-z_+-]+:")
MAX_NOTICES = 6


def query(page: str) -> st.SearchStrategy[dict]:
    keys = st.sampled_from([*PAGES[page], "lang", "x"])
    return st.dictionaries(keys, st.one_of(value, st.lists(value, min_size=2, max_size=3)),
                           max_size=4)


def rendered(at: AppTest) -> list[str]:
    """Every text on the page that Streamlit renders as Markdown."""
    kinds = ("markdown", "caption", "info", "warning", "error", "success", "title", "header",
             "subheader")
    return [element.value for kind in kinds for element in getattr(at, kind)]


def open_link(page: str, params: dict[str, str | list[str]]) -> AppTest:
    """The page as a visitor following a link with these query parameters sees it."""
    at = AppTest.from_file(app_of(f"views/{page}.py"), default_timeout=60)
    for key, given_value in params.items():
        at.query_params[key] = given_value
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("page", sorted(PAGES))
@settings(FUZZ, max_examples=10)
@given(data=st.data())
def test_any_link_gives_a_working_page(page, data):
    at = open_link(page, data.draw(query(page), label="query"))
    echoed = [text for text in rendered(at) if MARKER in text]
    assert not [text for text in echoed if LIVE.search(text)], echoed
    notices = [*at.info, *at.warning, *at.error]
    assert len(notices) <= MAX_NOTICES, [n.value for n in notices]
    assert all(len(n.value) < 600 for n in notices), [n.value[:80] for n in notices]


@pytest.mark.parametrize(("page", "params"), [
    ("netwerken", {"initiative": "lent", "compare": "lent"}),
    ("presentatie", {"slide": "²"}),
    ("presentatie", {"slide": "9" * 5000}),
    ("kaart", {"gemeente": "[log in](https://evil.example/login)"}),
    ("tijdlijn", {"initiatief": ",".join(["nergens"] * 3000)}),
])
def test_links_that_broke_a_page_once(page, params):
    """Found by hand and by this fuzzing; each once gave a red error box or thousands of
    notices, or showed a live link."""
    at = open_link(page, params)
    assert len([n for n in [*at.info, *at.warning, *at.error] if "link" in n.value]) <= 1
    assert not [text for text in rendered(at) if MARKER in text and LIVE.search(text)]
