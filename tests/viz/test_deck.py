"""The downloadable deck: every slide in order, in both languages, with the app's takeaway
titles and source lines, and nothing in the file that would load anything from elsewhere."""

import base64
import dataclasses
import re
from html.parser import HTMLParser

import pytest

from dashboard import config
from dashboard.content import takeaways
from dashboard.content.slide_plan import CaseSlide, slide_content, slide_plan
from dashboard.content.slides import slide_source
from dashboard.data.schemas import own_words
from dashboard.topics.overview import organisations_by_sector
from dashboard.viz.deck import deck_filename, deck_html, plotly_js

LANGUAGES = ("nl", "en")
HOSTILE = '<script>alert(1)</script> <!--<script> <img src=x onerror=alert(1)> "q" & more'


class Deck(HTMLParser):
    """The slides of a deck: kind, title, chart titles, source lines and text, per slide."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.slides: list[dict] = []
        self.scripts: list[dict[str, str | None]] = []
        self._in: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if tag == "section" and "page" in classes:
            self.slides.append({"kind": found["data-kind"], "id": found["id"], "h1": "",
                                "captions": [], "sources": [], "text": "", "plots": 0})
        if tag == "div" and "plot" in classes:
            self.slides[-1]["plots"] += 1
        if tag == "script":
            self.scripts.append(found)
        self._in.append("source" if tag == "p" and "source" in classes else tag)

    def handle_endtag(self, tag):
        self._in.pop()

    def handle_data(self, data):
        if not self.slides or "script" in self._in or "nav" in self._in:
            return
        slide = self.slides[-1]
        slide["text"] += data
        where = self._in[-1] if self._in else ""
        if where == "h1":
            slide["h1"] += data
        elif where == "figcaption":
            slide["captions"].append(data)
        elif where == "source":
            slide["sources"].append(data)


@pytest.fixture(scope="module", params=LANGUAGES)
def built(request, ds) -> tuple[str, str, Deck]:
    html = deck_html(ds, request.param)
    return request.param, html, Deck(html)


def test_every_slide_is_there_in_presentation_order(built, ds):
    _, _, deck = built
    plan = slide_plan(ds)
    assert [s["kind"] for s in deck.slides] == [s.kind for s in plan]
    assert [s["id"] for s in deck.slides] == [f"slide-{n}" for n in range(1, len(plan) + 1)]
    assert all(s["h1"].strip() for s in deck.slides)


def test_case_slides_are_the_cases_in_order(built, ds):
    lang, _, deck = built
    cases = [slide_content(ds, s) for s in slide_plan(ds) if s.kind == "case"]
    assert [s["h1"] for s in deck.slides if s["kind"] == "case"] == [
        own_words(c.initiative, "name", lang) for c in cases]


def test_takeaway_titles_are_the_apps(built, ds):
    lang, _, deck = built
    captions = [c for s in deck.slides for c in s["captions"]]
    assert takeaways.sectors_title(organisations_by_sector(ds), lang) == captions[0]
    for slide in slide_plan(ds):
        content = slide_content(ds, slide)
        if isinstance(content, CaseSlide):
            name = own_words(content.initiative, "name", lang)
            assert takeaways.network_title(name, content.graph, lang) in captions
    timeline = slide_content(ds, slide_plan(ds)[-2])
    assert takeaways.timeline_title(timeline.spans, timeline.events, lang) in captions


def test_dutch_titles_equal_what_the_pages_show(ds):
    """The deck's titles are the app's sentences (content.takeaways), word for word."""
    deck = Deck(deck_html(ds, "nl"))
    captions = [c for s in deck.slides for c in s["captions"]]
    assert takeaways.sectors_title(organisations_by_sector(ds), "nl") == captions[0]
    timeline = slide_content(ds, slide_plan(ds)[-2])
    assert takeaways.timeline_title(timeline.spans, timeline.events, "nl") in captions


def test_every_slide_names_its_sources_once_at_its_foot(built, ds):
    lang, _, deck = built
    for slide, plan in zip(deck.slides, slide_plan(ds), strict=True):
        assert slide["sources"] == [slide_source(ds, slide_content(ds, plan), lang)], slide["id"]
    assert deck.slides[2]["sources"] == [{
        "nl": "Bronnen: CBS / Kadaster (gemeente- en provinciegrenzen 2013); "
              "Nieuwsbrief Alert4you (2012)",
        "en": "Sources: CBS / Kadaster (municipal and provincial borders 2013); "
              "Nieuwsbrief Alert4you (2012)"}[lang]]


def test_charts_are_drawn_from_inline_json(built, ds):
    _, _, deck = built
    figures = [s for s in deck.scripts if s.get("class") == "figure"]
    plots = sum(s["plots"] for s in deck.slides)
    assert len(figures) == plots
    assert all(s.get("type") == "application/json" for s in figures)
    cases = sum(s.kind == "case" for s in slide_plan(ds))
    assert plots == 1 + 2 * cases + 1  # sectors, a map and a network per case, timeline


def test_nothing_in_the_file_loads_from_elsewhere(built):
    _, html, deck = built
    plotly = plotly_js()
    assert html.count(plotly) == 1
    assert html.count("plotly.js (basic - minified) v") == 1
    ours = html.replace(plotly, "")
    assert not re.search(r"https?://", ours)
    assert "<link" not in ours
    assert not re.search(r"\ssrc\s*=", ours)
    assert "@import" not in ours
    assert re.findall(r"url\(([^,)]*)", ours) == ["data:font/woff2;base64"]  # the font
    assert all("src" not in s for s in deck.scripts)


def test_the_deck_carries_the_apps_typeface_inside_itself(built):
    _, html, _ = built
    data = base64.b64encode(config.DECK_FONT.read_bytes()).decode("ascii")
    face = re.search(r"@font-face \{[^}]*\}", html).group(0)
    assert 'font-family: "Source Sans 3"' in face
    assert f"src: url(data:font/woff2;base64,{data}) format(\"woff2\")" in face
    assert re.search(r'body \{\s*font-family: "Source Sans 3",', html)
    assert (config.DECK_FONT.parent / "OFL.txt").read_text().count(
        "SIL OPEN FONT LICENSE Version 1.1") == 1


def test_print_style_gives_one_slide_per_a4_landscape_page(built):
    _, html, _ = built
    assert "@page { size: A4 landscape;" in html
    assert "break-after: page" in html


def test_hostile_text_appears_only_escaped(ds):
    initiatives = ds.initiatives.copy()
    initiatives.loc[initiatives["initiative_id"] == "assen", ["name", "summary_nl"]] = HOSTILE
    organisations = ds.organisations.copy()
    organisations.loc[organisations["org_id"] == "yorneo", "name"] = HOSTILE
    html = deck_html(dataclasses.replace(ds, initiatives=initiatives,
                                         organisations=organisations), "nl")
    deck = Deck(html)
    ours = html.replace(plotly_js(), "")
    assert "<script>alert" not in ours and "<img" not in ours
    assert len(deck.scripts) == 2 + sum(s["plots"] for s in deck.slides)  # plotly, keys, charts
    assert HOSTILE in [s["h1"] for s in deck.slides]
    assert "BSO-pilot Assen" not in html


def test_file_names_per_language():
    assert deck_filename("nl").endswith(".html")
    assert deck_filename("nl") != deck_filename("en")


def test_a_partner_on_a_case_map_says_its_role(ds):
    from dashboard.viz.deck_map import case_map
    fig = case_map(ds, "lent", "nl", 600)
    partners = [trace for trace in fig.data if trace.name == "Partnerorganisaties"]
    assert partners[0].text == ("Basisschool Het Talent — Onderwijs: Trekker",
                                "Centrum voor Jeugd en Gezin Nijmegen — CJG: Betrokken")


def test_a_monitor_wave_is_dated_by_what_its_date_is(ds):
    """The first wave's date is when its results were presented, not when it was measured."""
    [monitor] = [s for s in Deck(deck_html(ds, "nl")).slides if s["kind"] == "monitor"]
    assert ("Eerste meting NJI-monitor (Afgerond) — februari 2013: maand waarin de resultaten "
            "zijn gepresenteerd") in monitor["text"]
    assert "Tweede meting NJI-monitor (Gepland) — juni 2013" in monitor["text"]


def test_the_count_of_known_pilots_says_one_is_inferred(ds):
    [overview] = [s for s in Deck(deck_html(ds, "nl")).slides if s["kind"] == "overview"]
    assert "Daarvan te herkennen in de bronnen2waarvan 1 afgeleid" in overview["text"]
