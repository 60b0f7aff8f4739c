"""`make check-data`: every check of the data, the excerpts against the sources included.

The loader checks excerpts only when the newsletters are present, so the app runs without
them; a curator's run must not pass because they happen to be absent. This command first
requires every source file of sources.csv in the sources folder (../shared/seeds or
`BSO_SOURCES_DIR`), then loads the dataset the way the app does — every rule, and with the
texts present every excerpt and quotation — and finally checks that datapackage.json and the
column tables of data/README.md are what `make datapackage` writes.
"""

import argparse
import sys
from pathlib import Path

from dashboard import config
from dashboard.data.dataset import load_dataset
from dashboard.data.errors import DataValidationError
from dashboard.data.evidence import SourcesMissing, excerpts, load_source_texts
from dashboard.data.loading import read_raw
from dashboard.data.schemas import TABLES
from dashboard.publish.datapackage import stale


def sources_problems(data_dir: Path, sources_dir: Path) -> list[str]:
    """Why the excerpts cannot be checked against the sources; empty when they can."""
    if not sources_dir.is_dir():
        return [f"the sources folder {sources_dir} does not exist: the excerpts cannot be "
                "checked. Put the newsletters there (../shared/seeds beside the project) or "
                "set BSO_SOURCES_DIR to their folder"]
    sources, _ = read_raw(TABLES["sources"], data_dir)
    if sources is None:
        return []  # loading names what is wrong with sources.csv
    try:
        load_source_texts(sources.dropna(subset=["source_id", "file"]), sources_dir)
    except SourcesMissing as missing:
        return [f"{missing}: every file named in sources.csv must be in the sources folder"]
    return []


def check(data_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """(what was checked, what is wrong): the second empty means the data passes. The sources
    folder is the loader's own (config.sources_dir()), so both read the same texts."""
    data = data_dir or config.data_dir()
    folder = config.sources_dir()
    done: list[str] = []
    problems = sources_problems(data, folder)
    if problems:
        return done, problems
    try:
        ds = load_dataset(data)
    except DataValidationError as error:
        return done, [str(p) for p in error.problems]
    found = excerpts(ds.tables())
    done += [f"{len(ds.tables())} tables read: types, vocabularies, keys, references, dates, "
             "coordinates, consistency, English twins and the proof rules",
             f"{len(found)} excerpts found in their {len(ds.sources)} sources ({folder}), "
             "and every statement by a person inside their quotation"]
    try:
        out_of_date = stale(data)
    except (OSError, ValueError) as error:
        return done, [f"the generated files cannot be checked: {error}"]
    if out_of_date:
        return done, [f"{path} is out of date with the schemas or sources.csv: run make "
                      "datapackage" for path in out_of_date]
    done.append("datapackage.json and the column tables of README.md are up to date")
    return done, []


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m dashboard.tools.check_data",
                                description="Every check of the data, excerpts included.")
    p.add_argument("--data-dir", type=Path, help="the data folder (default data/ or BSO_DATA_DIR)")
    args = p.parse_args(argv)
    done, problems = check(args.data_dir)
    for line in done:
        print(f"ok  {line}")
    if problems:
        count = f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")
        print(f"check-data FAILED ({count}):", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("check-data: the data passes every check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
