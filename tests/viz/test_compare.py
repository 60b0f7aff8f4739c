"""Comparison grids: one trace per status with a legend entry, evidence on hover."""

from dashboard.core import vocab
from dashboard.core.compare import approach_matrix, sector_coverage
from dashboard.viz.compare import approach_grid, column_label, coverage_grid
from dashboard.viz.palette import MODALITY_COLOURS, NOT_MENTIONED, SECTOR_COLOURS

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
        colour = NOT_MENTIONED if status is None else MODALITY_COLOURS[status]
        assert trace.marker.color == colour
    assert by_status[None].name == "Niet genoemd in de bronnen"
    assert by_status["considered"].name == "Overwogen"
    [hover] = by_status["considered"].hovertext
    evidence = said.loc[said["modality"] == "considered", "evidence"].item()
    assert evidence.split(",")[0] in hover
    assert list(fig.layout.xaxis.categoryarray) == ["Assen", "Lent"]


def test_coverage_grid_colours_covered_sectors_and_lists_organisations(ds):
    coverage = sector_coverage(ds, IDS)
    fig = coverage_grid(coverage, NAMES, "en")
    by_covered = {t.meta["covered"]: t for t in fig.data}
    covered = coverage[coverage["covered"]]
    assert len(by_covered[True].x) == len(covered)
    assert list(by_covered[True].marker.color) == [SECTOR_COLOURS[s] for s in covered["sector"]]
    assert by_covered[False].name == "Not mentioned in the sources"
    assert any("Yorneo" in h for h in by_covered[True].hovertext)
    assert len(fig.layout.yaxis.categoryarray) == len(vocab.CORE_SECTORS)


def test_long_column_headings_wrap_and_data_is_escaped():
    assert column_label("Jeugdzorg in kinderopvang en BSO, Rotterdam").count("<br>") >= 2
    assert column_label("<i>x</i>") == "&lt;i&gt;x&lt;/i&gt;"
