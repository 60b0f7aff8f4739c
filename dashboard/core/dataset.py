"""The validated dataset as one object: what pages, notebooks and tools load."""

import os
import stat
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.core.errors import DataValidationError, Problem
from dashboard.core.evidence import check_against_sources, source_texts_if_present
from dashboard.core.loading import read_table
from dashboard.core.proof import check_proof
from dashboard.core.schemas import TABLES
from dashboard.core.validation import (
    check_consistency,
    check_coordinates,
    check_dates,
    check_references,
)


@dataclass(frozen=True)
class Dataset:
    """One typed DataFrame per table of data/ (see data/README.md for every column)."""

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

    def tables(self) -> dict[str, pd.DataFrame]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def initiative_names(ds: Dataset) -> dict[str, str]:
    """Each initiative's name by its id, in file order (what pickers, lanes and tables show)."""
    return dict(zip(ds.initiatives["initiative_id"], ds.initiatives["name"], strict=True))


def load_dataset(data_dir: Path | str | None = None) -> Dataset:
    """Load and validate every table; raises DataValidationError listing all problems.

    Excerpts are also checked against the source newsletters when they are present
    (config.sources_dir()); the app itself runs without them, the tests never do.
    """
    directory = Path(data_dir) if data_dir is not None else config.data_dir()
    frames, problems = read_tables(directory)
    if not problems:
        problems = validate_frames(frames)
    if not problems:
        texts = source_texts_if_present(frames["sources"])
        if texts is not None:
            problems = check_against_sources(frames, texts)
    if problems:
        raise DataValidationError(problems)
    return Dataset(**frames)


def read_tables(directory: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Read every table on its own, so one broken file does not hide the others' problems."""
    frames, problems = {}, []
    try:
        is_directory = stat.S_ISDIR(directory.stat().st_mode)
    except FileNotFoundError:
        return {}, [Problem(str(directory), None, None, "data directory does not exist")]
    except OSError as exc:  # no permission, a symbolic link loop, a path through a file
        return {}, [Problem(str(directory), None, None,
                            f"data directory cannot be read: {exc.strerror or exc}")]
    if not is_directory:
        return {}, [Problem(str(directory), None, None, "is a file, not a data directory")]
    for table in TABLES.values():
        frame, found = read_table(table, directory)
        problems += found
        if frame is not None:
            frames[table.name] = frame
    return frames, problems


def validate_frames(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """All cross-row and cross-table rules over typed frames."""
    return (check_references(frames) + check_dates(frames) + check_coordinates(frames)
            + check_consistency(frames) + check_proof(frames))


def data_version(data_dir: Path | str | None = None) -> tuple:
    """The directory and each file's name, size and mtime: a cache key that changes with them."""
    directory = os.path.abspath(data_dir if data_dir is not None else config.data_dir())
    stamps = []
    # Asked several times per page run, so one stat per file and no Path objects.
    for table in TABLES.values():
        try:
            stat = os.stat(os.path.join(directory, table.file))
        except OSError:  # missing or unreadable: loading reports it, with its reason
            continue
        stamps.append((table.file, stat.st_size, stat.st_mtime_ns))
    return (directory, *stamps)
