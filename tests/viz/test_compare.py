"""Comparison grids: one trace per status with a legend entry, evidence on hover."""

import pandas as pd

from dashboard.data import vocab
from dashboard.data.refs import FACTS
from dashboard.topics.compare import approach_matrix, sector_coverage, shared_figures
from dashboard.topics.places import Amount
from dashboard.viz.compare import (
    MODALITY_SYMBOLS,
    approach_grid,
    column_label,
    coverage_grid,
    figures_table,
)
from dashboard.viz.palette import MARK, NOT_MENTIONED, SECTOR_COLOURS
from dashboard.viz.tables import table_html

IDS = ["assen", "lent"]
NAMES = {"assen": "Assen", "lent": "Lent"}


def test_approach_grid_has_a_cell_per_element_and_initiative(ds):
    matrix = approach_matrix(ds, IDS)
    fig = approach_grid(matrix, NAMES, "nl")
    assert sum(len(t.x) for t in fig.data) == len(vocab.APPROACHES) * len(IDS)
    by_status = {t.meta["status"]: t for t in fig.data}
    said = matrix.dropna(subset=["modality"])
    assert set(by_status) == {*said["modality"], None}
    for status, trace in by_status.items():
        # One dark colour for every statement; its shape says how certain it is.
        assert trace.marker.color == (NOT_MENTIONED if status is None else MARK)
        assert trace.marker.symbol == ("circle-open" if status is None
                                       else MODALITY_SYMBOLS[status])
    assert by_status[None].name == "Niet genoemd in de bronnen"
    assert by_status["considered"].name == "Overwogen"
    [hover] = by_status["considered"].hovertext
    evidence = said.loc[said["modality"] == "considered", "evidence"].item()
    assert evidence.split(",")[0] in hover
    assert list(fig.layout.xaxis.categoryarray) == ["Assen", "Lent"]
    # Both neighbourhood-teams cells rest on an inference and say so.
    inferred = [h for t in fig.data for h in t.hovertext if "; afgeleid" in h]
    assert len(inferred) == 2 and all("Wijkteams" in h or "wijkteams" in h for h in inferred)


def test_coverage_grid_colours_covered_sectors_and_lists_organisations(ds):
    coverage = sector_coverage(ds, IDS)
    fig = coverage_grid(coverage, NAMES, "en")
    by_covered = {t.meta["covered"]: t for t in fig.data}
    covered = coverage[coverage["covered"]]
    assert len(by_covered[True].x) == len(covered)
    assert list(by_covered[True].marker.color) == [SECTOR_COLOURS[s] for s in covered["sector"]]
    assert by_covered[False].name == "Not mentioned in the sources"
    assert any("Yorneo — partner" in h for h in by_covered[True].hovertext)
    assert len(fig.layout.yaxis.categoryarray) == len(vocab.CORE_SECTORS)


def test_coverage_grid_shows_a_sector_named_only_through_an_exploration_apart(ds):
    fig = coverage_grid(sector_coverage(ds, ["lent"], sectors=("fonds",)), NAMES, "nl")
    [unsure] = fig.data
    assert (unsure.meta["state"], unsure.name) == ("unsure",
                                                    "Genoemd, niet in praktijk of afgeleid")
    assert unsure.hovertext[0].endswith("Alert4you — verkent deelname (gaande)")


def test_long_column_headings_wrap_and_data_is_escaped():
    assert column_label("Jeugdzorg in kinderopvang en BSO, Rotterdam").count("<br>") >= 2
    assert column_label("<i>x</i>") == "&lt;i&gt;x&lt;/i&gt;"


def test_the_key_figures_table_compares_only_what_two_initiatives_share():
    a, b = Amount(12.0, None, "count", False), Amount(2.0, 3.0, "count", False)
    figures = pd.DataFrame({
        "metric": ["schools", "locations"], "per": [None, None],
        "modality": ["in_practice", "in_practice"],
        "organisations": [(), ()], "organisations_en": [(), ()],
        FACTS: [("figures:2",), ("figures:3", "figures:4")],
        "assen": [(a,), (a,)], "groningen": [None, (b,)], "lent": [None, None],
    })
    chosen = ("assen", "groningen", "lent")
    shared = shared_figures(figures, chosen)
    assert list(shared["metric"]) == ["locations"]
    table = figures_table(shared, chosen, {"assen": "A", "groningen": "G", "lent": "L"}, "nl")
    assert table.drop(columns=FACTS).to_dict("records") == [
        {"Kerncijfer": "Locaties", "A": "12", "G": "2–3", "L": "–"}]
    html = table_html(table.drop(columns=FACTS), "Kerncijfers", "nl")
    assert '<td class="unknown">–</td>' in html
