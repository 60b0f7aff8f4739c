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


# Shows the published package as an outsider reads it: from datapackage.json, without this code.
OPEN_PACKAGE = config.NOTEBOOKS_DIR / "04_open_data_package.ipynb"
ON_THE_DATA_LAYER = [p for p in NOTEBOOKS if p != OPEN_PACKAGE]


def source_of(path):
    return "".join("".join(c["source"]) for c in json.loads(path.read_text())["cells"])


@pytest.mark.parametrize("path", ON_THE_DATA_LAYER, ids=[p.name for p in ON_THE_DATA_LAYER])
def test_notebook_uses_the_data_layer(path):
    source = source_of(path)
    assert "dashboard.data" in source
    assert "read_csv" not in source, "load data through dashboard.data, not pandas.read_csv"


def test_the_open_package_notebook_needs_none_of_this_code():
    source = source_of(OPEN_PACKAGE)
    assert "datapackage.json" in source
    assert "import dashboard" not in source and "from dashboard" not in source
