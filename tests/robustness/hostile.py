"""A copy of the fixture dataset (tests/fixtures/data/) whose every free-text cell carries
hostile text.

Script tags, event-handler images, `javascript:` links (HTML and Markdown), plotly's markup
(links, styles that fetch, template references), right-to-left text, Markdown that would
restyle a page, Streamlit colour directives, backticks that close a code span, spreadsheet
formulas, Streamlit's icons and emoji shortcodes, links to another host and bare addresses
that would be autolinked. Ids, codes, vocabularies, numbers and dates stay valid, so the data
still loads and every page runs on it. Each cell keeps its original text after the payload, so
names stay distinct (they are labels and options on the pages).
"""

import shutil
from pathlib import Path

from benchmarks.synthetic import own_name_aliases
from benchmarks.synthetic import read_rows as read_synthetic_rows
from dashboard.data.schemas import TABLES, own_words_columns
from tests.conftest import read_rows, write_rows
from tests.fixture_data import FIXTURE_DATA_DIR

PWNED = "window.__pwned"
# plotly's own markup in a chart or map label: a live link, a style that fetches from
# elsewhere, an image, template references, entities, and right-to-left text that could
# reorder the words around it.
EVIL_HOST = "evil.example"
PLOTLY_PAYLOADS = [
    f'<a href="http://{EVIL_HOST}/x">x</a>',
    f'<span style="cursor:url(http://{EVIL_HOST}/c),auto">stijl</span>',
    f"<img src=http://{EVIL_HOST}/i>", "%{x} %{text} %{customdata}", "<b>vet</b> A&amp;B",
    "שלום עולם",
]
PAYLOADS = [
    f"<script>{PWNED}=1</script>",
    f'<img src=x onerror="{PWNED}=1">',
    f"[klik](javascript:{PWNED}=1)",
    f'<a href="javascript:{PWNED}=1">klik</a>',
    "# heading",
    "**bold** _italic_ ~~strike~~",
    f"` [code](javascript:{PWNED}=1) `",
    f'<svg onload="{PWNED}=1"></svg>',
    ":red[rood] $x^2$ {{7*7}}",
    '=HYPERLINK("http://example.invalid","x")',
    "+1+1", "-2+3", "@SUM(A1)",
    f"<iframe src=javascript:{PWNED}=1></iframe>",
    # Streamlit's own Markdown and autolinks, which backslashes alone do not stop
    "[log in](https://evil.example/login)", "![](https://evil.example/pixel.png)",
    "https://evil.example/login", "www.evil.example", "beheer@evil.example",
    ":material/lock: :smile:", ":blue-background[blauw]",
    *PLOTLY_PAYLOADS,
]

# Free text that a rule still constrains: a rating must lie on its scale, an alias and a role
# must be written in their excerpts, a quotation's first and last words found in its source,
# a municipality's name and province be those of CBS 2013 (so no hostile text reaches them).
CONSTRAINED = {("ratings", "rating"), ("aliases", "alias"), ("people", "role"),
               ("quotes", "first_words"), ("quotes", "last_words"),
               ("municipalities", "name"), ("municipalities", "prov_code"),
               ("municipalities", "province")}

# Free text that a rule allows only on some rows: the reasoning of a row that rests on an
# inference (schemas.INFERENCE), so it is poisoned where `basis` is `inferred`.
REASONED = {"inference", "inference_en"}


def text_columns() -> dict[str, list[str]]:
    """Per table, the columns of kind "text" (free text) that may hold anything."""
    return {t.name: [f.name for f in t.fields
                     if f.kind == "text" and (t.name, f.name) not in CONSTRAINED]
            for t in TABLES.values()}


def hostile(value: str, index: int, payloads: list[str] = PAYLOADS) -> str:
    payload = payloads[index % len(payloads)]
    return f"{payload} {value}" if value else payload


def hostile_env(data: Path) -> dict[str, str]:
    """The environment that serves a hostile copy. Poisoned excerpts no longer occur in the
    newsletters, so the copy is loaded with the sources out of sight (a folder that does not
    exist, as in a deployment without them): what these tests check is how text is shown, not
    where it comes from."""
    hidden = data.parent / "no-sources"
    return {"BSO_DATA_DIR": str(data), "BSO_SOURCES_DIR": str(hidden)}


def write_hostile_copy(target: Path, payloads: list[str] = PAYLOADS) -> Path:
    """Copy the fixture dataset to `target` and poison every free-text cell there with one
    of `payloads` in turn.

    A poisoned name no longer reads as the name in an excerpt, so each entity also gets its
    original name as an alias, as the synthetic data does for its clones."""
    shutil.copytree(FIXTURE_DATA_DIR, target)
    originals = {t.name: read_synthetic_rows(target / t.file) for t in TABLES.values()}
    aliases = read_rows(target / "aliases.csv")
    keys = {(a["entity"], a["entity_id"], a["alias"], a["source_id"]) for a in aliases}
    aliases += [a for a in own_name_aliases(originals, lambda i: [i])
                if (a["entity"], a["entity_id"], a["alias"], a["source_id"]) not in keys]
    write_rows(target / "aliases.csv", aliases, header=TABLES["aliases"].columns)
    counter = 0
    for table, columns in text_columns().items():
        path = target / TABLES[table].file
        rows = read_rows(path)
        if not rows or not columns:
            continue
        for row in rows:
            for column in columns:
                if column in REASONED and row.get("basis") != "inferred":
                    continue  # a reasoning belongs on an inferred row only (proof rules)
                row[column] = hostile(row[column], counter, payloads)
                counter += 1
            # An English twin stays empty with its (constrained, unpoisoned) Dutch text.
            for dutch, english in own_words_columns(TABLES[table]).items():
                if not row[dutch]:
                    row[english] = ""
        write_rows(path, rows, header=list(rows[0]))
    return target
