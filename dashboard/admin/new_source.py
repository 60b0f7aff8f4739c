"""`make new-source FILE=…`: register a newsletter in data/sources.csv, then list the sentences
of it that no excerpt uses yet, so a curator reading it for facts overlooks nothing.

The row is written the way the importer writes a table (`storage`: same CSV quoting, atomic,
under the table's lock), and only after it passes the sources table's own schema, so a
misspelt date or id is refused before anything changes. An id already in sources.csv is never
overwritten. `--list-only` lists the unused sentences of a source that is already registered.

    python -m dashboard.admin.new_source FILE --id ID --title TITLE --published 2013-09 \\
        --publisher PUBLISHER [--published-note NOTE --published-note-en NOTE] [--language nl]
    python -m dashboard.admin.new_source FILE --list-only
"""

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.admin.storage import csv_text, locked, write_atomically
from dashboard.data.context import Sentence, SourceText
from dashboard.data.dates import LENGTH, precision_of
from dashboard.data.evidence import excerpts
from dashboard.data.loading import check_raw, read_raw
from dashboard.data.schemas import TABLES

SOURCES = TABLES["sources"]


class Refused(Exception):
    """The command changes nothing, for the reason given."""


@dataclass(frozen=True)
class NewSource:
    """What the curator says about the document; the file name and precision are derived."""

    source_id: str
    title: str
    publisher: str
    published: str
    published_note: str | None = None
    published_note_en: str | None = None
    language: str = "nl"


def source_file(file: str | Path, sources_dir: Path | None = None) -> Path:
    """The newsletter's path in the sources folder; refused when it is not there, since the
    excerpts of its facts are checked against that file."""
    directory = sources_dir or config.sources_dir()
    given = Path(file)
    path = directory / given.name
    if given.parent != Path(".") and given.resolve().parent != directory.resolve():
        raise Refused(f"{given} is not in the sources folder {directory}: copy it there "
                      "(or set BSO_SOURCES_DIR to its folder) and give its name")
    if not path.is_file():
        raise Refused(f"{path} does not exist: put the newsletter's text in the sources folder "
                      f"{directory} (or set BSO_SOURCES_DIR) first")
    return path


def read_sources(data_dir: Path) -> pd.DataFrame:
    raw, problems = read_raw(SOURCES, data_dir)
    if raw is None or problems:
        raise Refused("\n".join(str(p) for p in problems))
    return raw


def register(new: NewSource, file: str | Path, data_dir: Path | None = None,
             sources_dir: Path | None = None) -> Path:
    """Append the source's row to sources.csv; returns the newsletter's path."""
    path = source_file(file, sources_dir)
    directory = data_dir or config.data_dir()
    target = directory / SOURCES.file
    if len(new.published) not in LENGTH.values():
        raise Refused(f"published {new.published!r}: write the date as the source gives it, "
                      "2013, 2013-09 or 2013-09-27")
    with locked(target):
        raw = read_sources(directory)
        if new.source_id in set(raw["source_id"].dropna()):
            raise Refused(f"source_id {new.source_id!r} is already in {target}; it is never "
                          "overwritten: choose another id, or use --list-only")
        taken = raw.loc[raw["file"] == path.name, "source_id"]
        if len(taken):
            raise Refused(f"{path.name} is already registered as {taken.iloc[0]!r} in {target}; "
                          "use --list-only to see its unused sentences")
        row = {"source_id": new.source_id, "title": new.title, "publisher": new.publisher,
               "published": new.published, "published_precision": precision_of(new.published),
               "published_note": new.published_note,
               "published_note_en": new.published_note_en,
               "file": path.name, "language": new.language}
        added = pd.concat([raw, pd.DataFrame([row]).astype("string")], ignore_index=True)
        problems = [str(p) for p in check_raw(SOURCES, added)]
        if (new.published_note is None) != (new.published_note_en is None):
            problems.append("published_note and published_note_en: give both or neither "
                            "(own words are written in Dutch and English)")
        if problems:
            raise Refused("\n".join(problems))
        write_atomically(target, csv_text(added, [f.name for f in SOURCES.fields]))
    return path


def unused_sentences(source_id: str, text: str, data_dir: Path | None = None) -> list[Sentence]:
    """The sentences of `text` (source `source_id`) that no excerpt of any table touches.

    Each excerpt counts where the context shows it (its first occurrence, found as the loader
    finds it), and every table is read on its own, so a half-finished table elsewhere does not
    hide the list.
    """
    directory = data_dir or config.data_dir()
    tables = {}
    for table in TABLES.values():
        raw, _ = read_raw(table, directory)
        if raw is not None:
            tables[table.name] = raw
    source = SourceText(text)
    used = []
    for excerpt in excerpts(tables):
        if excerpt.source_id != source_id:
            continue
        hits = source.located.find_all(excerpt.text)
        if hits:
            start, end = hits[0]
            used.append((source.located.places[start], source.located.places[end - 1] + 1))
    return [s for s in source.sentences()
            if not any(first < s.end and s.start < last for first, last in used)]


def registered_id(file: str, data_dir: Path | None = None) -> str:
    raw = read_sources(data_dir or config.data_dir())
    found = raw.loc[raw["file"] == Path(file).name, "source_id"]
    if not len(found):
        raise Refused(f"{Path(file).name} is not in sources.csv: register it first "
                      "(without --list-only)")
    return str(found.iloc[0])


def report(source_id: str, path: Path, data_dir: Path | None = None) -> str:
    text = path.read_text(encoding="utf-8")
    unused = unused_sentences(source_id, text, data_dir)
    total = len(SourceText(text).sentences())
    lines = [f"{len(unused)} of {total} sentences of {source_id} ({path.name}) are used by no "
             "excerpt yet:"]
    lines += [f"  line {s.line}: {s.text}" for s in unused]
    return "\n".join(lines)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m dashboard.admin.new_source",
                                description="Register a newsletter in data/sources.csv and list "
                                "the sentences no excerpt uses yet.")
    p.add_argument("file", help="the newsletter's text file, in the sources folder "
                   "(../shared/seeds or BSO_SOURCES_DIR)")
    p.add_argument("--id", dest="source_id", help="source_id: a lowercase slug")
    p.add_argument("--title", help="the title as printed")
    p.add_argument("--publisher", help="who published it")
    p.add_argument("--published", help="publication date as precise as the source gives it: "
                   "2013, 2013-09 or 2013-09-27")
    p.add_argument("--published-note", help="how the date was read (Dutch)")
    p.add_argument("--published-note-en", help="the same note in English")
    p.add_argument("--language", default="nl", help="language code (default nl)")
    p.add_argument("--list-only", action="store_true",
                   help="register nothing: list the unused sentences of a registered source")
    p.add_argument("--data-dir", type=Path, help="the data folder (default data/ or BSO_DATA_DIR)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.list_only:
            path = source_file(args.file)
            source_id = args.source_id or registered_id(args.file, args.data_dir)
        else:
            missing = [f"--{name.replace('_', '-')}" for name in ("title", "publisher", "published")
                       if not getattr(args, name)] + ([] if args.source_id else ["--id"])
            if missing:
                raise Refused("give " + ", ".join(missing) + " (make new-source FILE=… ID=… "
                              "TITLE=… PUBLISHER=… PUBLISHED=…)")
            new = NewSource(args.source_id, args.title, args.publisher, args.published,
                            args.published_note, args.published_note_en, args.language)
            path = register(new, args.file, args.data_dir)
            source_id = new.source_id
            print(f"registered {source_id} ({path.name}) in sources.csv; "
                  "run make datapackage and make check-data after adding its facts")
        print(report(source_id, path, args.data_dir))
    except Refused as refused:
        print(f"new-source: nothing changed: {refused}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
