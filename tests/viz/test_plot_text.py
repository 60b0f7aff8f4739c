"""Text stays text in plotly: one escape (`viz.text.plot_text`) for every string from the data,
checked on every figure the deck draws from hostile data (the pages' figures are checked in
tests/robustness/test_hostile_text.py) and on the source of every figure builder."""

import ast
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape

from dashboard import config
from dashboard.data import load_dataset
from dashboard.viz.deck import deck_html
from dashboard.viz.text import plot_text
from tests.robustness.hostile import PLOTLY_PAYLOADS, hostile_env, write_hostile_copy
from tests.robustness.plotly_text import offences

FIGURES = re.compile(r'<script type="application/json" class="figure" data-target="([^"]+)">'
                     r"(.*?)</script>", re.S)


def test_markup_and_entities_become_text():
    assert plot_text('<b a="1">&\'') == "&lt;b a=&#34;1&#34;&gt;&amp;&#39;"
    assert plot_text("<b>vet</b> A&amp;B") == "&lt;b&gt;vet&lt;/b&gt; A&amp;amp;B"
    assert plot_text(12) == "12"
    hostile = '<script>alert("x")</script> & \'quoted\''
    assert plot_text(hostile) == str(escape(hostile))  # as the deck and factsheet templates


def test_right_to_left_text_is_isolated_and_overrides_dropped():
    assert plot_text("Assen") == "Assen"
    assert plot_text("שלום <b>") == "\u2068שלום &lt;b&gt;\u2069"
    assert plot_text("Assen\u202e nessA") == "\u2068Assen nessA\u2069"


def test_the_check_catches_what_it_forbids():
    figure = {"data": [{"hovertext": ['<a href="http://evil.example/x">x</a>', "A & B",
                                      "Assen\u202e", "שלום", "\u2068שלום\u2069"],
                        "hovertemplate": "Naam: %{text}<extra></extra>",
                        "text": ["<b>&lt;b&gt;</b><br>A &amp; B"]}],
              "layout": {"xaxis": {"ticktext": ["<span style='cursor:url(x)'>s</span>"]}}}
    assert sorted(o.split(": ")[1] for o in offences(figure)) == [
        "bare &", "bidi override", "right-to-left text not isolated",
        "tag </a>", "tag </span>", 'tag <a href="http://evil.example/x">',
        "tag <span style='cursor:url(x)'>", "text in a template"]
    assert offences({"data": [{"hovertemplate": "%{y}: %{x}<extra></extra>"}]}) == []


@pytest.fixture(scope="module")
def hostile_ds(tmp_path_factory):
    """The fixture data with plotly's markup, template references and right-to-left text in
    every free-text cell (names of organisations, initiatives, places and events included)."""
    data = write_hostile_copy(tmp_path_factory.mktemp("plotly") / "data", PLOTLY_PAYLOADS)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in hostile_env(data).items():
            patch.setenv(name, value)
        return load_dataset(data)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_figure_of_the_deck_draws_hostile_text_as_text(hostile_ds, lang):
    figures = {target: json.loads(text) for target, text in FIGURES.findall(
        deck_html(hostile_ds, lang))}
    assert any(target.endswith("-map") for target in figures)
    assert {target: offences(figure) for target, figure in figures.items()
            if offences(figure)} == {}
    shown = json.dumps(figures, ensure_ascii=False)
    # the payloads are there, as text
    assert "&lt;a href=&#34;http://evil.example/x&#34;&gt;" in shown
    assert "&lt;span style=&#34;cursor:url(http://evil.example/c),auto&#34;&gt;" in shown
    assert "%{x} %{text}" in shown and "A&amp;amp;B" in shown and "\u2068" in shown


# --- the source: a template never holds data ----------------------------------------------------

BUILDERS = sorted((config.ROOT / "dashboard" / "viz").glob("*.py"))
TEMPLATES = {"hovertemplate", "texttemplate"}


def template_offences(path: Path, root: Path = config.ROOT) -> list[str]:
    """Templates given anything but a string literal: data in one would be read as markup and
    its '%{…}' as references."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.keyword) and node.arg in TEMPLATES and not (
                isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            found.append(f"{path.relative_to(root)}:{node.value.lineno}: "
                         f"{node.arg}={ast.unparse(node.value)[:60]}")
    return found


def test_templates_are_literals():
    assert len(BUILDERS) > 10
    assert [o for path in BUILDERS for o in template_offences(path)] == []


def test_the_template_check_catches_what_it_forbids(tmp_path):
    bad = tmp_path / "dashboard" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("go.Scatter(hovertemplate=f'{name}: %{x}')\n"
                   "go.Scatter(hovertemplate='%{text}<extra></extra>')\n"
                   "go.Scatter(texttemplate=name + '%{y}')\n", encoding="utf-8")
    assert [o.split(": ", 1)[1] for o in template_offences(bad, tmp_path)] == [
        "hovertemplate=f'{name}: %{x}'", "texttemplate=name + '%{y}'"]
