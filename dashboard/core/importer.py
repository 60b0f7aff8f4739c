"""Adding a new wave of numeric monitor results to data/monitor_indicators.csv, safely.

The programme leader uploads a CSV or Excel file with the columns of the table, read within
fixed bounds by `dashboard.core.upload`. Nothing is written unless every row is valid; the
write is atomic (temporary file, fsync, os.replace) and keeps a timestamped backup of the file
it replaces; and an exclusive lock around read-validate-merge-write makes two imports at once
both land instead of one overwriting the other. Command line for analysts:

    python -m dashboard.core.importer FILE [--dry-run] [--data-dir DIR]
"""

import argparse
import csv
import dataclasses
import fcntl
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.core.dataset import load_dataset, validate_frames
from dashboard.core.errors import DataValidationError, Problem
from dashboard.core.loading import HEADER_ROW, check_raw, read_raw, to_typed
from dashboard.core.schemas import TABLES
from dashboard.core.upload import MAX_UPLOAD_BYTES, read_upload
from dashboard.core.validation import check_references

TABLE = TABLES["monitor_indicators"]
KEY = list(TABLE.key)
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class ImportResult:
    """What an import found and did. `added` holds the typed rows (the preview); `written` is
    False for a dry run or when any problem was found."""

    problems: list[Problem]
    added: pd.DataFrame
    written: bool = False
    target: Path | None = None
    backup: Path | None = None
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def validate(name: str, raw: pd.DataFrame, stored: pd.DataFrame,
             frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every problem of the uploaded rows, each at its row and column.

    Form, bounds, required cells and duplicates within the file come from the table's schema;
    known waves, initiatives and sources from the dataset (`frames`); then no key that is
    already stored. (Rules across tables, such as a completed wave, are checked on the merged
    table by `validate_frames`.)
    """
    problems = [_renamed(p, name) for p in check_raw(TABLE, raw)]
    if any(p.row == HEADER_ROW and p.column for p in problems):
        return problems  # columns missing or unexpected: row checks would only repeat that
    context = {t: frames[t] for t in ("monitor_waves", "initiatives", "sources")}
    found = check_references({**context, TABLE.name: raw})
    problems += [_renamed(p, name) for p in found if p.file == TABLE.file]
    known = set(zip(*(stored[k] for k in KEY), strict=True))
    for index, row in raw[KEY].iterrows():
        if tuple(row) in known:
            problems.append(Problem(name, int(index) + 2, ", ".join(KEY),
                                    "this wave, initiative and indicator is already stored"))
    return sorted(set(problems), key=lambda p: (p.row or 0, p.column or "", p.message))


def _renamed(problem: Problem, name: str) -> Problem:
    return dataclasses.replace(problem, file=name)


@contextmanager
def locked(target: Path) -> Iterator[None]:
    """An exclusive lock on `<target>.lock`, held by one import at a time (threads included:
    each open() is its own lock owner for flock)."""
    lock_path = target.with_name(target.name + ".lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def csv_text(raw: pd.DataFrame) -> str:
    """Rows as the dataset writes them: UTF-8, ',' separated, '\\n' line ends, empty = NA."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TABLE.columns)
    for row in raw[TABLE.columns].itertuples(index=False):
        writer.writerow(["" if pd.isna(v) else str(v) for v in row])
    return buffer.getvalue()


def write_atomically(target: Path, text: str) -> Path | None:
    """Replace `target` by `text` all at once, keeping a timestamped backup of the old file.

    The new content is written to a temporary file in the same directory, flushed and fsynced,
    then moved over the target with os.replace; a failure at any step leaves the target as it
    was. Returns the backup's path (None when there was no file to back up).
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


def import_indicators(name: str, content: bytes, data_dir: Path | str | None = None,
                      dry_run: bool = False) -> ImportResult:
    """Validate an upload against the dataset and, unless `dry_run` or anything is wrong, add
    its rows to monitor_indicators.csv. Raises DataValidationError if the stored data itself
    does not load (nothing is then written)."""
    directory = Path(data_dir) if data_dir is not None else config.data_dir()
    target = directory / TABLE.file
    raw, problems, notes = read_upload(name, content)
    empty = pd.DataFrame(columns=TABLE.columns)
    if raw is None:
        return ImportResult(problems, empty, notes=tuple(notes))
    if not problems and raw.empty:
        problems = [Problem(name, None, None, "the file has no data rows")]
    try:
        with locked(target):
            ds = load_dataset(directory)  # re-read inside the lock: another import may have landed
            stored, stored_problems = read_raw(TABLE, directory)
            if stored is None:
                raise DataValidationError(stored_problems)
            problems = sorted(set(problems + validate(name, raw, ds.monitor_indicators,
                                                      ds.tables())),
                              key=lambda p: (p.row or 0, p.column or "", p.message))
            if problems:
                return ImportResult(problems, empty, notes=tuple(notes))
            added = to_typed(TABLE, raw)
            merged = pd.concat([stored[TABLE.columns], raw[TABLE.columns]], ignore_index=True)
            frames = {**ds.tables(), TABLE.name: to_typed(TABLE, merged)}
            whole = [_renamed(p, name) for p in validate_frames(frames)]
            if whole:
                return ImportResult(whole, empty, notes=tuple(notes))
            if dry_run:
                return ImportResult([], added, target=target, notes=tuple(notes))
            backup = write_atomically(target, csv_text(merged))
            try:
                load_dataset(directory)
            except DataValidationError:
                if backup is not None:
                    write_atomically(target, backup.read_text(encoding="utf-8"))
                raise
    except OSError as exc:  # the folder or file cannot be locked, read or written
        where = Path(exc.filename).name if exc.filename else TABLE.file
        raise DataValidationError([Problem(where, None, None, f"cannot be read or written: "
                                                             f"{exc.strerror or exc}")]) from exc
    return ImportResult([], added, written=True, target=target, backup=backup,
                        notes=tuple(notes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.core.importer",
        description="Add numeric monitor results (CSV or .xlsx with the columns of "
                    f"{TABLE.file}: {', '.join(TABLE.columns)}) to the dataset.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="validate and preview only")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data directory (default: BSO_DATA_DIR or data/)")
    args = parser.parse_args(argv)
    try:
        with args.file.open("rb") as handle:  # one byte past the limit is enough to refuse
            content = handle.read(MAX_UPLOAD_BYTES + 1)
    except OSError as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    try:
        result = import_indicators(args.file.name, content, args.data_dir, args.dry_run)
    except DataValidationError as exc:
        print(f"the stored data does not load, nothing was written:\n{exc}", file=sys.stderr)
        return 2
    for note in result.notes:
        print(f"note: {note}")
    if not result.ok:
        print(f"{len(result.problems)} problem(s); nothing was written:", file=sys.stderr)
        for problem in result.problems:
            print(f"- {problem}", file=sys.stderr)
        return 1
    print(f"{len(result.added)} row(s) to add:")
    print(result.added.to_string(index=False))
    if result.written:
        print(f"written to {result.target}")
        if result.backup is not None:
            print(f"backup of the previous file: {result.backup}")
    else:
        print("dry run: nothing was written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
