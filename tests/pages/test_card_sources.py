"""Every card on every page names exactly the sources of the rows it shows.

A card derives its source line and its "Waar komt dit vandaan?" list from the facts behind
its rows; this walks every card of every page, in both languages, on the default view and on
a changed selection, and checks that the two agree, that every fact listed belongs to a row
shown, and that each fact's table declares the page among those that show it.
"""

import pandas as pd
import pytest

from dashboard.core.provenance import SHOWN_ON
from dashboard.i18n import t
from tests.pages.apptest import html_tables, open_facts, run_app, tables

LANGS = ("nl", "en")


def _views(ds) -> list[tuple[str, dict[str, str]]]:
    """Each page with its default view and one changed selection, chosen from the data."""
    ids = list(ds.initiatives["initiative_id"])
    placed = ds.initiatives.dropna(subset=["gm_code"])
    return [
        ("overzicht", {}),
        ("kaart", {}),
        ("kaart", {"gemeente": placed["gm_code"].iloc[-1],
                   "initiatief": placed["initiative_id"].iloc[-1]}),
        ("vergelijken", {}),
        ("vergelijken", {"initiatives": ",".join(ids[-2:])}),
        ("netwerken", {}),
        ("netwerken", {"initiative": ids[-1], "compare": ids[0]}),
        ("tijdlijn", {}),
        ("tijdlijn", {"rijen": "gemeente"}),
        ("monitor", {}),
        ("bronnen", {}),
        ("bronnen", {"soort": "figures"}),
    ]


def _cards(block, lang: str):
    """(source line, facts listed, rows shown) of every card below `block`."""
    kids = list(getattr(block, "children", {}).values())
    where = [k for k in kids if getattr(k, "type", None) == "expander"
             and k.label == t("card_where_from", lang)]
    if where:
        prefixes = (t("source_prefix", lang) + ": ", t("sources_prefix", lang) + ": ")
        lines = [k.value for k in kids if getattr(k, "type", None) == "caption"
                 and k.value.startswith(prefixes)]
        assert len(lines) == 1 and len(where) == 1, lines
        shown = [table for k in kids if getattr(k, "type", None) == "html"
                 for table in html_tables(k.value)]
        yield lines[0], tables(where[0])[0], shown[0] if shown else None
    for kid in kids:
        if hasattr(kid, "children") and kid not in where:
            yield from _cards(kid, lang)


def _titles(line: str) -> set[str]:
    listed = line.split(": ", 1)[1].replace("\\", "")
    return {part.rsplit(" (", 1)[0] for part in listed.split("; ")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_card_names_the_sources_of_its_rows(ds, lang):
    seen = 0
    for page, query in _views(ds):
        at = open_facts(run_app(f"views/{page}.py", lang=lang, **query))
        for line, facts, shown in _cards(at.main, lang):
            seen += 1
            assert not facts.empty, (page, query, line)
            assert _titles(line) == set(facts[t("col_source", lang)]), (page, query, line)
            tables = {ref.split(":")[0] for ref in facts[t("col_fact_ref", lang)]}
            # Bronnen lists every fact; the other pages keep to what SHOWN_ON declares.
            assert page == "bronnen" or all(page in SHOWN_ON[t_] for t_ in tables), (page, tables)
            if isinstance(shown, pd.DataFrame) and not shown.empty:
                first = set(shown.iloc[:, 0].astype(str))
                assert set(facts[t("col_shown", lang)]) <= first | {""}, (page, query, line)
    assert seen >= 10
