"""Every card on every page names exactly the sources of the rows it shows.

A card derives its source line and its list of facts ("Hoe weten we dit?") from the facts
behind its rows; this walks every card of every page, in both languages, on the default view
and on a changed selection, and checks that the two agree, that every fact listed belongs to a row
shown, and that each fact's table declares the page among those that show it.
"""

import pandas as pd
import pytest

from dashboard.i18n import t
from dashboard.ui.provenance import SHOWN_ON
from tests.pages.apptest import open_facts, open_tables, run_app, tables

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


def _kids(node) -> list:
    return list(getattr(node, "children", {}).values())


def _type(node) -> str | None:
    return getattr(node, "type", None)


def _line(row) -> str:
    (line,) = [k.value for k in _kids(row) if _type(k) == "caption"]
    return line


def _cards(block, lang: str):
    """(source line, its facts block, its table tab) of every card and every source line
    with a "Hoe weten we dit?" popover below `block`, in page order."""
    for kid in _kids(block):
        tabs = {tab.label: tab for k in [kid] if _type(k) == "tab_container" for tab in _kids(k)}
        if t("card_tab_facts", lang) in tabs:
            closing = [k for k in _kids(block) if _type(k) == "flex_container"
                       and any(_type(c) == "download_button" for c in _kids(k))]
            yield _line(closing[-1]), tabs[t("card_tab_facts", lang)], tabs[t("card_tab_table",
                                                                                lang)]
        elif _type(kid) == "flex_container" and any(_type(c) == "popover" for c in _kids(kid)):
            (popover,) = [c for c in _kids(kid) if _type(c) == "popover"]
            yield _line(kid), popover, None
        else:
            yield from _cards(kid, lang)


def _titles(line: str) -> set[str]:
    listed = line.split(": ", 1)[1].replace("\\", "")
    return {part.rsplit(" (", 1)[0] for part in listed.split("; ")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_card_names_the_sources_of_its_rows(ds, lang):
    seen = 0
    for page, query in _views(ds):
        with_facts = list(_cards(open_facts(run_app(f"views/{page}.py", lang=lang,
                                                     **query)).main, lang))
        with_tables = list(_cards(open_tables(run_app(f"views/{page}.py", lang=lang,
                                                      **query)).main, lang))
        assert len(with_facts) == len(with_tables), (page, query)
        for (line, listed, _), (_, _, table) in zip(with_facts, with_tables, strict=True):
            seen += 1
            facts = tables(listed)[0]
            shown = (tables(table) or [None])[0] if table is not None else None
            assert not facts.empty, (page, query, line)
            assert _titles(line) == set(facts[t("col_source", lang)]), (page, query, line)
            fact_tables = {ref.split(":")[0] for ref in facts[t("col_fact_ref", lang)]}
            # Bronnen lists every fact; the other pages keep to what SHOWN_ON declares.
            assert page == "bronnen" or all(page in SHOWN_ON[name] for name in fact_tables), (
                page, fact_tables)
            if isinstance(shown, pd.DataFrame) and not shown.empty:
                first = set(shown.iloc[:, 0].astype(str))
                assert set(facts[t("col_shown", lang)]) <= first | {""}, (page, query, line)
    assert seen >= 10
