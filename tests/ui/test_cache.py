"""The one cache: keyed on the data version and the arguments, one lock per key."""

import os
import threading

from dashboard.ui import cache


def test_a_changed_data_file_means_a_new_dataset(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    first = cache.dataset()
    assert cache.dataset() is first
    path = data_copy / "events.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert cache.dataset().version != first.version


def test_an_entry_is_computed_once_per_data_version_and_arguments(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_DATA_DIR", str(data_copy))
    calls = []

    @cache.entry
    def counted(ds, lang: str) -> tuple:
        calls.append(lang)
        return (len(ds.events), lang)

    ds = cache.dataset()
    assert counted(ds, "nl") is counted(ds, "nl")
    counted(ds, "en")
    assert calls == ["nl", "en"]
    path = data_copy / "events.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    counted(cache.dataset(), "nl")
    assert calls == ["nl", "en", "nl"]


def test_a_slow_entry_holds_up_only_callers_of_the_same_key():
    started, release = threading.Event(), threading.Event()

    @cache.entry
    def build(name: str) -> str:
        if name == "deck":
            started.set()
            release.wait(10)
        return name

    slow = threading.Thread(target=build, args=("deck",))
    slow.start()
    try:
        assert started.wait(10)
        assert build("page") == "page"  # answered while the deck is still being built
        assert slow.is_alive()
    finally:
        release.set()
        slow.join(10)
