"""The validated dataset as one object: what pages, notebooks and tools load."""

import itertools
import os
import stat
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.data.cbs import check_cbs
from dashboard.data.errors import DataValidationError, Problem
from dashboard.data.evidence import check_sources
from dashboard.data.files import reason, stamp
from dashboard.data.loading import read_table
from dashboard.data.proof import check_proof
from dashboard.data.schemas import OWN_WORDS_LANGUAGE, TABLES, over_time_tables, own_words
from dashboard.data.validation import (
    check_consistency,
    check_coordinates,
    check_dates,
    check_english_twins,
    check_references,
)

# Numbers the datasets made other than by load_dataset, so each has a version of its own.
_MADE = itertools.count()


@dataclass(frozen=True)
class Dataset:
    """One typed DataFrame per table of data/ (see data/README.md for every column).

    `version` is what the cache (ui.cache) keys a dataset by: load_dataset sets it to the
    data files' version; a dataset made any other way (dataclasses.replace included) gets a
    token of its own, so nothing cached for another dataset is served for it.

    A table a later source may update (`Table.over_time`: monitor waves, events) is, as an
    attribute, its current state: per id the row of the newest source, which validation makes
    the id's last row in the file. The rows it updates stay facts of their own sources and
    are kept in `earlier`; `history(table)` gives every row, `tables()` every row of every
    table. Row labels stay the CSV lines either way, so fact references resolve in both.
    """

    sources: pd.DataFrame
    municipalities: pd.DataFrame
    programmes: pd.DataFrame
    organisations: pd.DataFrame
    initiatives: pd.DataFrame
    participants: pd.DataFrame
    relations: pd.DataFrame
    people: pd.DataFrame
    locations: pd.DataFrame
    events: pd.DataFrame
    event_participants: pd.DataFrame
    figures: pd.DataFrame
    approaches: pd.DataFrame
    monitor_waves: pd.DataFrame
    monitor_findings: pd.DataFrame
    ratings: pd.DataFrame
    monitor_indicators: pd.DataFrame
    statements: pd.DataFrame
    aliases: pd.DataFrame
    quotes: pd.DataFrame
    earlier: Mapping[str, pd.DataFrame] = field(default_factory=dict, compare=False, repr=False)
    version: Hashable = field(init=False, default_factory=lambda: ("made", next(_MADE)),
                              compare=False, repr=False)

    def __post_init__(self) -> None:
        """Split each over-time table given with several rows per id into its current rows
        and the earlier ones (rows already split off are kept in `earlier`)."""
        earlier = dict(self.earlier)
        for name, id_column in over_time_tables().items():
            frame = getattr(self, name)
            superseded = frame[id_column].duplicated(keep="last")
            if superseded.any():
                object.__setattr__(self, name, frame[~superseded])
                earlier[name] = pd.concat([earlier.get(name), frame[superseded]]).sort_index()
        object.__setattr__(self, "earlier", earlier)  # frozen: set once, here

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table with every row, as in data/ (earlier states included)."""
        return {f.name: self.history(f.name) for f in fields(self)
                if f.init and f.name in TABLES}

    def history(self, table: str) -> pd.DataFrame:
        """Every row of `table` in file order: for an over-time table its earlier states too."""
        frame = getattr(self, table)
        if table not in self.earlier:
            return frame
        return pd.concat([frame, self.earlier[table]]).sort_index()


def _versioned(ds: Dataset, version: Hashable) -> Dataset:
    object.__setattr__(ds, "version", version)  # frozen: set once, here
    return ds


def initiative_names(ds: Dataset, lang: str = OWN_WORDS_LANGUAGE) -> dict[str, str]:
    """Each initiative's name in `lang` by its id, in file order (what pickers, lanes and
    tables show): `name_en` in English, since a name may be partly our own words."""
    return dict(zip(ds.initiatives["initiative_id"], own_words(ds.initiatives, "name", lang),
                    strict=True))


def organisation_names(ds: Dataset, lang: str = OWN_WORDS_LANGUAGE) -> dict[str, str]:
    """Each organisation's name in `lang` by its id (see initiative_names)."""
    return dict(zip(ds.organisations["org_id"], own_words(ds.organisations, "name", lang),
                    strict=True))


def load_dataset(data_dir: Path | str | None = None) -> Dataset:
    """Load and validate every table; raises DataValidationError listing all problems.

    Excerpts are also checked against the source newsletters when their folder is present
    (config.sources_dir()), and a source whose file is not in it is a problem; the app itself
    runs without the folder, the tests never do.
    """
    directory = Path(data_dir) if data_dir is not None else config.data_dir()
    # Taken before reading: a file changed while it is read gives the next call a new version.
    version = ("data", data_version(directory))
    frames, problems = read_tables(directory)
    if not problems:
        problems = validate_frames(frames)
    if not problems:
        problems = check_sources(frames)
    if problems:
        raise DataValidationError(problems)
    return _versioned(Dataset(**frames), version)


def read_tables(directory: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Read every table on its own, so one broken file does not hide the others' problems.

    Problems name files relative to the data folder, and the folder itself by its own name:
    the page that lists them is public, and the server's paths are nobody's business."""
    frames, problems = {}, []
    name = directory.name or str(directory)
    try:
        is_directory = stat.S_ISDIR(directory.stat().st_mode)
    except FileNotFoundError:
        return {}, [Problem(name, None, None, "data directory does not exist")]
    except OSError as exc:  # no permission, a symbolic link loop, a path through a file
        return {}, [Problem(name, None, None,
                            f"data directory cannot be read: {reason(exc)}")]
    if not is_directory:
        return {}, [Problem(name, None, None, "is a file, not a data directory")]
    for table in TABLES.values():
        frame, found = read_table(table, directory)
        problems += found
        if frame is not None:
            frames[table.name] = frame
    return frames, problems


def validate_frames(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """All cross-row and cross-table rules over typed frames."""
    return (check_references(frames) + check_dates(frames) + check_coordinates(frames)
            + check_consistency(frames) + check_english_twins(frames)
            + check_proof(frames) + check_cbs(frames))


def data_version(data_dir: Path | str | None = None) -> tuple:
    """The directory and each file's kind, size and mtime, and the sources folder the excerpts
    are checked against and shown in: a cache key that changes with them.

    Only asked of the file system (files.stamp), never opened: a pipe or a device in the
    folder changes the key without blocking, and the load that follows reports it."""
    directory = os.path.abspath(data_dir if data_dir is not None else config.data_dir())
    # Asked several times per page run: one lstat per file (two for a link), no Path objects.
    return (directory, *((table.file, stamp(os.path.join(directory, table.file), directory))
                         for table in TABLES.values()),
            ("sources", os.path.abspath(config.sources_dir())))
