"""The derived-value cache: computed once per data version and arguments, shared, bounded."""

import os
import threading
import time

from dashboard.ui import data


def counting(calls: list):
    def count_rows(ds, table: str) -> int:
        calls.append(table)
        return len(getattr(ds, table))
    return count_rows


def test_a_derived_value_is_computed_once_per_arguments(ds):
    calls: list[str] = []
    func = counting(calls)
    assert data.derived(func, "initiatives") == len(ds.initiatives)
    assert data.derived(func, "initiatives") == len(ds.initiatives)
    data.derived(func, "organisations")
    assert calls == ["initiatives", "organisations"]


def test_a_changed_data_file_means_a_new_computation(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    calls: list[str] = []
    func = counting(calls)
    data.derived(func, "events")
    path = data_copy / "events.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    data.derived(func, "events")
    assert calls == ["events", "events"]


def test_sessions_asking_at_once_share_one_computation(ds):
    calls: list[str] = []

    def slow(ds, table: str) -> int:
        calls.append(table)
        time.sleep(0.05)
        return len(getattr(ds, table))

    threads = [threading.Thread(target=data.derived, args=(slow, "relations")) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["relations"]


def test_the_cache_keeps_at_most_its_bound(monkeypatch, ds):
    monkeypatch.setattr(data, "MAX_ENTRIES", 3)
    calls: list[str] = []
    func = counting(calls)
    for table in ("events", "figures", "locations", "people"):
        data.derived(func, table)
    assert len(data._entries) <= 3
    data.derived(func, "events")
    assert calls[-1] == "events" and len(calls) == 5


def test_values_computed_from_a_cached_table_are_kept_per_table_object(ds):
    calls: list[int] = []

    def rows(frame) -> int:
        calls.append(len(frame))
        return len(frame)

    table = data.derived(all_events)
    assert data.cached(rows, table) == data.cached(rows, table) == len(ds.events)
    data.cached(rows, table.copy())  # an equal table that is another object
    assert calls == [len(ds.events)] * 2


def all_events(ds):
    return ds.events


def test_one_run_sees_one_data_version_and_the_next_run_sees_the_change(data_copy, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))

    def script():
        import os

        import streamlit as st

        from dashboard.core import data_version
        from dashboard.ui import data

        data.pin_data_version()
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
    data.pin_data_version()  # no script run here: nothing to pin to
    assert data._version() == data.data_version()


def test_what_was_computed_from_a_table_is_dropped_with_the_table():
    import gc

    import pandas as pd

    def rows(frame) -> int:
        return len(frame)

    table = pd.DataFrame({"a": [1, 2, 3]})
    assert data.cached(rows, table) == 3
    assert any(key[0] is rows for key in data._entries)
    del table
    gc.collect()
    assert not any(key[0] is rows for key in data._entries)
