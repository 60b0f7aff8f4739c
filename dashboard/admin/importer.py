"""Adding a new wave of numeric monitor results to data/monitor_indicators.csv, safely.

The programme leader uploads a CSV or Excel file with the columns of the table. This module
only sequences the steps, each kept in its own module: reading the upload within fixed bounds
(`upload`), checking its rows and the dataset they would make (`wave_validation`), and
writing the table atomically with a backup (`storage`). Nothing is written unless every row is
valid, and the lock around read-validate-merge-write makes two imports at once both land
instead of one overwriting the other. Command line for analysts:

    python -m dashboard.admin.importer FILE [--dry-run] [--data-dir DIR]
"""

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.admin.storage import csv_text, locked, write_atomically
from dashboard.admin.upload import MAX_UPLOAD_BYTES, read_upload
from dashboard.data.dataset import load_dataset
from dashboard.data.errors import DataValidationError, Problem
from dashboard.data.files import reason
from dashboard.data.loading import read_raw, to_typed
from dashboard.data.wave_validation import TABLE, in_order, validate, validate_merged


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
            problems = in_order(problems + validate(name, raw, ds.monitor_indicators,
                                                    ds.tables()))
            if problems:
                return ImportResult(problems, empty, notes=tuple(notes))
            added = to_typed(TABLE, raw)
            merged = pd.concat([stored[TABLE.columns], raw[TABLE.columns]], ignore_index=True)
            frames = {**ds.tables(), TABLE.name: to_typed(TABLE, merged)}
            whole = validate_merged(name, frames)
            if whole:
                return ImportResult(whole, empty, notes=tuple(notes))
            if dry_run:
                return ImportResult([], added, target=target, notes=tuple(notes))
            backup = write_atomically(target, csv_text(merged, TABLE.columns))
            try:
                load_dataset(directory)
            except DataValidationError:
                if backup is not None:
                    write_atomically(target, backup.read_text(encoding="utf-8"))
                raise
    except OSError as exc:  # the folder or file cannot be locked, read or written
        where = Path(exc.filename).name if exc.filename else TABLE.file
        raise DataValidationError([Problem(where, None, None, f"cannot be read or written: "
                                                             f"{reason(exc)}")]) from exc
    return ImportResult([], added, written=True, target=target, backup=backup,
                        notes=tuple(notes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.admin.importer",
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
