"""The one cache: once per data version and arguments, frames keyed by where they came from,
nothing a caller changes reaches the next caller, bounded, one computation at a time."""

import dataclasses
import os
import threading
import time

import networkx as nx
import pandas as pd
import pytest

from dashboard.data import load_dataset, memo
from dashboard.data.memo import memo as cached

calls: list[str] = []


@cached
def count_rows(ds, table: str) -> int:
    calls.append(table)
    return len(getattr(ds, table))


@cached
def events(ds) -> pd.DataFrame:
    calls.append("events")
    return ds.events


@cached
def titles(frame: pd.DataFrame) -> list[str]:
    calls.append("titles")
    return list(frame["title"])


@cached
def graph(ds) -> nx.Graph:
    return nx.path_graph(3)


@cached
def nodes(g: nx.Graph) -> int:
    calls.append("nodes")
    return g.number_of_nodes()


@pytest.fixture(autouse=True)
def fresh():
    memo.clear()
    calls.clear()
    yield
    memo.clear()


def test_a_value_is_computed_once_per_arguments(ds):
    assert count_rows(ds, "initiatives") == count_rows(ds, "initiatives") == len(ds.initiatives)
    count_rows(ds, "organisations")
    assert calls == ["initiatives", "organisations"]


def test_the_same_data_loaded_again_shares_the_entries_and_other_data_does_not(ds, data_copy):
    count_rows(ds, "events")
    count_rows(load_dataset(), "events")
    assert calls == ["events"]
    count_rows(dataclasses.replace(ds), "events")  # made otherwise: a token of its own
    count_rows(load_dataset(data_copy), "events")  # another directory: another version
    assert calls == ["events"] * 3


def test_a_new_data_version_recomputes(data_copy):
    count_rows(load_dataset(data_copy), "events")
    path = data_copy / "events.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    count_rows(load_dataset(data_copy), "events")
    assert calls == ["events", "events"]


def test_a_caller_changing_a_returned_frame_does_not_change_the_next_callers(ds):
    mine = events(ds)
    mine.loc[mine.index[0], "title"] = "changed"
    mine["extra"] = 1
    theirs = events(ds)
    assert theirs["title"].iloc[0] == ds.events["title"].iloc[0]
    assert "extra" not in theirs
    assert calls == ["events"]


def test_a_returned_frame_passed_on_unchanged_is_keyed_by_the_call_that_made_it(ds):
    assert titles(events(ds)) == titles(events(ds))  # two copies, one key
    assert calls == ["events", "titles"]


def test_a_changed_frame_is_never_served_a_stale_result(ds):
    first = events(ds)
    expected = titles(first)
    changed = events(ds)
    changed.loc[changed.index[0], "title"] = "changed"
    assert titles(changed)[0] == "changed"
    renamed = events(ds)
    renamed.index = renamed.index + 1
    titles(renamed)
    assert titles(pd.DataFrame({"title": ["made here"]})) == ["made here"]
    assert titles(events(ds)) == expected
    assert calls.count("titles") == 4  # first, changed, renamed, made here


def test_returned_graphs_are_frozen_and_keyed_by_the_call_that_made_it(ds):
    g = graph(ds)
    with pytest.raises(nx.NetworkXError):
        g.add_node(99)
    assert nodes(g) == nodes(graph(ds)) == 3
    assert calls == ["nodes"]
    nodes(nx.path_graph(3))  # a graph made elsewhere is not cached by its identity
    nodes(nx.path_graph(3))
    assert calls == ["nodes"] * 3


def test_returned_dicts_and_lists_are_copies(ds):
    @cached
    def made(ds) -> tuple[dict, list]:
        return {"a": 1}, [1]

    mapping, items = made(ds)
    mapping["b"], items[:] = 2, []
    assert made(ds) == ({"a": 1}, [1])


def test_tuples_of_plain_values_are_handed_out_as_they_are(ds):
    @cached
    def made(ds) -> tuple:
        return (("a", 1), ("b", (2.5, None))), ("c", [1])

    plain, mixed = made(ds)
    again_plain, again_mixed = made(ds)
    assert again_plain is plain  # nothing in it can change, so nothing is copied
    mixed[1].append(2)
    assert again_mixed == ("c", [1]) and made(ds)[1] == ("c", [1])


def test_sessions_asking_at_once_share_one_computation(ds):
    @cached
    def slow(ds, table: str) -> int:
        calls.append(table)
        time.sleep(0.05)
        return len(getattr(ds, table))

    threads = [threading.Thread(target=slow, args=(ds, "relations")) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["relations"]


def test_the_cache_keeps_at_most_its_bound(monkeypatch, ds):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 3)
    for table in ("events", "figures", "locations", "people"):
        count_rows(ds, table)
    assert len(memo._entries) <= 3
    count_rows(ds, "events")
    assert calls[-1] == "events" and len(calls) == 5


def test_an_evicted_graph_is_no_longer_keyed_by_its_call(monkeypatch, ds):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 1)
    g = graph(ds)
    count_rows(ds, "events")  # pushes the graph out
    assert id(g) not in memo._made
