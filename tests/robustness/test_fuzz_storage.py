"""Whatever text the dataset's writer stores reads back the same through the project's
loader: written with `storage.csv_text`, read with `loading.read_raw` (which strips cells and
reads an empty cell as missing, as an upload is normalised before it is stored)."""

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.admin import storage
from dashboard.data.characters import NOT_IN_CELLS, without
from dashboard.data.loading import read_raw
from dashboard.data.schemas import TABLES
from tests.robustness import strategies

TABLE = TABLES["monitor_indicators"]
# Any text a cell can hold once stripped: line ends, quotes, commas, BOM, other scripts; not
# what the loader refuses in any cell (characters.NOT_IN_CELLS, tested in test_data_folder).
stored_text = st.one_of(
    st.sampled_from(["", '"', '""', ",", "\r", "\n", "a\rb", "a\r\nb", "\ufeff", "x" * 70]),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=30),
    strategies.cell,
).map(lambda text: without(text, NOT_IN_CELLS).strip())


@settings(strategies.FUZZ, max_examples=150)
@given(rows=st.lists(st.lists(stored_text, min_size=len(TABLE.columns),
                              max_size=len(TABLE.columns)), min_size=1, max_size=4))
def test_what_the_writer_stores_reads_back_identically(tmp_path_factory, rows):
    directory = tmp_path_factory.mktemp("round-trip")
    frame = pd.DataFrame(rows, columns=list(TABLE.columns), dtype="string").replace("", pd.NA)
    storage.write_atomically(directory / TABLE.file, storage.csv_text(frame, TABLE.columns))
    read, problems = read_raw(TABLE, directory)
    assert problems == []
    assert read.equals(frame)
