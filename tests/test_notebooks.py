"""Notebooks are stored clean: no outputs, no execution counts (nbmake runs them in the suite)."""

import json

import pytest

from dashboard import config

NOTEBOOKS = sorted(config.NOTEBOOKS_DIR.glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    dirty = [i for i, cell in enumerate(cells) if cell["cell_type"] == "code"
             and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: clear the outputs of cells {dirty}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_uses_the_data_layer(path):
    source = "".join("".join(c["source"]) for c in json.loads(path.read_text())["cells"])
    assert "dashboard.core" in source
    assert "read_csv" not in source, "load data through dashboard.core, not pandas.read_csv"
