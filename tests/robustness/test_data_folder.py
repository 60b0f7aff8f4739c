"""What sits in the data folder in place of a table: a named pipe, a device, a link, a folder, a
file far too large or too long. Each is a problem on the friendly page, named relative to the
folder, and never a hang, a read of the whole thing or a file from elsewhere shown.

Every load that could block runs in a thread joined with a timeout, so a regression fails
the test instead of hanging the run (docs/decisions/0014).
"""

import os
import socket
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import DataValidationError, data_version, load_dataset
from dashboard.data.files import MAX_BYTES, MAX_LINES, Refused, regular_file
from tests.conftest import set_cell
from tests.pages.apptest import APP

TIMEOUT = 60  # seconds: far beyond a load of the fixture, short enough for CI to move on


def within(seconds: float, work: Callable[[], object]) -> object:
    """`work()`, or a test failure if it does not finish in time (it may be blocked for good:
    the thread is a daemon, left behind)."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the test's thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: it hangs"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def problems(data: Path) -> list[str]:
    def load() -> list[str]:
        try:
            load_dataset(data)
        except DataValidationError as error:
            return [str(p) for p in error.problems]
        return []

    return within(TIMEOUT, load)  # type: ignore[return-value]


def page(data: Path, monkeypatch) -> AppTest:
    """The app on `data`, run once (in a thread, with a timeout)."""
    monkeypatch.setenv("BSO_DATA_DIR", str(data))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    within(TIMEOUT + 10, at.run)
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown_problems(at: AppTest) -> list[list]:
    assert "niet worden geladen" in at.error[0].value
    return [list(row) for row in at.dataframe[0].value.itertuples(index=False)]


def replace(path: Path) -> Path:
    path.unlink()
    return path


def fifo(data: Path) -> None:
    os.mkfifo(replace(data / "events.csv"))


def link_to_dev_zero(data: Path) -> None:
    replace(data / "events.csv").symlink_to("/dev/zero")


def link_out_of_the_folder(data: Path) -> None:
    outside = data.parent / "secret.csv"
    outside.write_text("wachtwoord=geheim\n", encoding="utf-8")
    replace(data / "events.csv").symlink_to(outside)


def relative_link_out_of_the_folder(data: Path) -> None:
    (data.parent / "secret.csv").write_text("wachtwoord=geheim\n", encoding="utf-8")
    replace(data / "events.csv").symlink_to("../secret.csv")


def folder(data: Path) -> None:
    replace(data / "events.csv").mkdir()


def one_gigabyte(data: Path) -> None:
    """Sparse: made at once, and only the cap's worth of it could ever be read."""
    with (data / "events.csv").open("r+b") as file:
        file.truncate(1024 ** 3)


def thirty_megabytes_of_blank_rows(data: Path) -> None:
    with (data / "events.csv").open("ab") as file:
        file.write(b"\n" * (30 * 1024 * 1024))


def too_many_blank_rows(data: Path) -> None:
    """Within the size cap: lines, not bytes, are what is too many."""
    with (data / "events.csv").open("ab") as file:
        file.write(b"\r\n" * (MAX_LINES + 1))


def device(data: Path) -> None:
    try:
        os.mknod(replace(data / "events.csv"), stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except PermissionError:
        pytest.skip("making a device node needs root")


def unix_socket(data: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(replace(data / "events.csv")))
    except OSError:
        pytest.skip("the folder's path is too long for a socket")
    server.close()


HAZARDS: list[tuple[Callable[[Path], None], str]] = [
    (fifo, "is a named pipe (FIFO), not a file"),
    (link_to_dev_zero, "is a link to a file outside the data folder"),
    (link_out_of_the_folder, "is a link to a file outside the data folder"),
    (relative_link_out_of_the_folder, "is a link to a file outside the data folder"),
    (folder, "is a folder, not a file"),
    (one_gigabyte, f"is larger than {MAX_BYTES // 1024 ** 2} MB, the limit for one table"),
    (thirty_megabytes_of_blank_rows,
     f"is larger than {MAX_BYTES // 1024 ** 2} MB, the limit for one table"),
    (too_many_blank_rows, "has more than 50 000 lines, the limit for one table"),
    (device, "is a device, not a file"),
    (unix_socket, "is a socket, not a file"),
]


@pytest.mark.parametrize(("hazard", "message"), HAZARDS, ids=[h.__name__ for h, _ in HAZARDS])
def test_a_hazard_in_place_of_a_table_is_a_named_problem(data_copy, hazard, message):
    hazard(data_copy)
    assert problems(data_copy) == [f"events.csv: {message}"]


@pytest.mark.parametrize(("hazard", "message"), HAZARDS, ids=[h.__name__ for h, _ in HAZARDS])
def test_the_friendly_page_names_the_hazard_relative_to_the_folder(data_copy, monkeypatch,
                                                                  hazard, message):
    hazard(data_copy)
    at = page(data_copy, monkeypatch)
    assert shown_problems(at) == [["events.csv", "", "", message]]
    assert not at.title, "a page ran on a broken data folder"
    shown = " ".join(str(e.value) for e in [*at.markdown, *at.error])
    assert str(data_copy) not in shown and "geheim" not in shown


def test_the_data_version_of_a_folder_with_hazards_is_taken_without_blocking(data_copy):
    fifo(data_copy)
    os.mkfifo(replace(data_copy / "people.csv"))
    replace(data_copy / "figures.csv").symlink_to("/dev/zero")
    version = within(TIMEOUT, lambda: data_version(data_copy))
    assert dict(version[1:])["events.csv"][0] == stat.S_IFIFO  # type: ignore[index]


def test_after_the_pipe_is_replaced_by_the_file_the_next_visitor_gets_the_pages(data_copy,
                                                                                monkeypatch):
    good = (data_copy / "events.csv").read_bytes()
    fifo(data_copy)
    shown = shown_problems(page(data_copy, monkeypatch))
    assert shown == [["events.csv", "", "", "is a named pipe (FIFO), not a file"]]
    replace(data_copy / "events.csv").write_bytes(good)
    assert problems(data_copy) == []
    at = page(data_copy, monkeypatch)
    assert not at.error
    assert at.title[0].value.startswith("BSO-pilots en verwante initiatieven")


def test_a_link_to_a_file_inside_the_folder_is_followed(data_copy, monkeypatch):
    """A curator may keep versions side by side and point the table at one of them."""
    kept = data_copy / "versies" / "events-2013.csv"
    kept.parent.mkdir()
    (data_copy / "events.csv").rename(kept)
    (data_copy / "events.csv").symlink_to(Path("versies") / "events-2013.csv")
    assert problems(data_copy) == []


def test_a_link_to_a_folder_inside_the_data_folder_is_still_a_folder(data_copy):
    (data_copy / "archief").mkdir()
    replace(data_copy / "events.csv").symlink_to("archief")
    assert problems(data_copy) == ["events.csv: is a folder, not a file"]


def test_a_source_file_outside_the_sources_folder_is_not_read(data_copy, tmp_path,
                                                              monkeypatch):
    """sources.csv names the newsletter's file; '../' must not reach a file elsewhere."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "elders.txt").write_text("geheim", encoding="utf-8")
    set_cell(data_copy, "sources", 0, "file", "../elders.txt")
    monkeypatch.setenv("BSO_SOURCES_DIR", str(seeds))
    found = problems(data_copy)
    assert ("sources.csv, row 2, column 'file': '../elders.txt' lies outside the sources "
            "folder; its excerpts are unchecked") in found


def test_a_file_name_no_file_system_allows_is_refused_not_raised(tmp_path):
    with pytest.raises(Refused, match=r"^has a name no file can have$"):
        regular_file(tmp_path / "bron\x00.txt", tmp_path)
