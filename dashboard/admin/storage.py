"""Writing a file of the dataset so that no reader ever sees half of it and a failure changes
nothing, whatever table it holds.

The app and the command line may write the same folder at once, and a disk can fill up or a
process die mid-write; the data is the project's only copy of what the sources say. So a file
is replaced all at once (temporary file in the same folder, fsync, os.replace, fsync of the
folder), the file it replaces is kept as a timestamped backup, and `locked` serialises each
read-modify-write between threads and processes.
"""

import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

BACKUP_DIR = "backups"
_NEEDS_QUOTES = re.compile('[,"\r\n]')


@contextmanager
def locked(target: Path) -> Iterator[None]:
    """An exclusive lock on `<target>.lock`, held by one writer at a time (threads included:
    each open() is its own lock owner for flock)."""
    lock_path = target.with_name(target.name + ".lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def csv_text(frame: pd.DataFrame, columns: Sequence[str]) -> str:
    """Rows as the dataset writes them: UTF-8, ',' separated, '\\n' line ends, empty = NA, so
    a rewritten file differs from the old one only where rows changed. Every cell reads back
    as written (tests/core/test_storage.py)."""
    lines = [_csv_line(columns)]
    for row in frame[list(columns)].itertuples(index=False):
        lines.append(_csv_line(["" if pd.isna(v) else str(v) for v in row]))
    return "".join(lines)


def _csv_line(cells: Sequence[str]) -> str:
    """One row, a cell quoted when it holds ',', '"' or a line end. The csv module quotes only
    the characters of its own line terminator, so with '\\n' it wrote a '\\r' bare, and every
    reader then started a new row there."""
    if len(cells) == 1 and not cells[0]:
        return '""\n'  # a row of one empty cell is not a blank line, which readers skip
    return ",".join(_quoted(c) if _NEEDS_QUOTES.search(c) else c for c in cells) + "\n"


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def write_atomically(target: Path, text: str) -> Path | None:
    """Replace `target` by `text` all at once, keeping a timestamped backup of the old file in
    `BACKUP_DIR` beside it. A failure at any step leaves the target as it was and no
    temporary file behind. Returns the backup's path (None when there was no file to back up).
    """
    backup = None
    if target.exists():
        backups = target.parent / BACKUP_DIR
        backups.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        backup = backups / f"{target.stem}.{stamp}{target.suffix}"
        shutil.copy2(target, backup)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_directory(target.parent)
    return backup


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
