"""The dataset of a Streamlit run: one data version per run, read-only for its callers."""

import os

from dashboard.ui import data, run


def test_a_changed_data_file_means_a_new_dataset(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    first = data.dataset()
    assert data.dataset().version == first.version
    path = data_copy / "events.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert data.dataset().version != first.version


def test_a_caller_changing_the_dataset_does_not_change_the_next_callers(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    mine = data.dataset()
    rows = len(mine.events)
    mine.events.loc[mine.events.index[0], "title"] = "changed"
    mine.events["extra"] = 1
    theirs = data.dataset()
    assert "extra" not in theirs.events and theirs.events["title"].iloc[0] != "changed"
    assert len(theirs.events) == rows


def test_one_run_sees_one_data_version_and_the_next_run_sees_the_change(data_copy, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))

    def script():
        import os

        import streamlit as st

        from dashboard.data import data_version
        from dashboard.ui import data, run

        run.start()
        before = data._version()
        path = os.path.join(os.environ["BSO_DATA_DIR"], "events.csv")
        stat = os.stat(path)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        st.write(str(data._version() == before), str(data_version() != before))
        st.session_state.setdefault("versions", []).append(before)

    at = AppTest.from_function(script).run()
    assert [m.value for m in at.markdown] == ["True True"]
    at.run()
    first, second = at.session_state["versions"]
    assert first != second


def test_without_a_streamlit_run_the_files_are_looked_at_each_time(ds):
    run.start()  # no script run here: nothing to keep
    assert data._version() == data.data_version()
