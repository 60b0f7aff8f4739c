"""Whether the rows of an uploaded monitor wave may join data/monitor_indicators.csv.

Two passes, both reporting every problem at the upload's own file name, row and column, so
the person who made the spreadsheet can find each cell: first the uploaded rows on their own
(schema, references, keys already stored), then the dataset as it would be with them merged
(rules across tables, such as results only for a completed wave).
"""

import dataclasses
import unicodedata
from collections.abc import Iterable

import pandas as pd

from dashboard.data.characters import INVISIBLE, describe, first_forbidden
from dashboard.data.dataset import validate_frames
from dashboard.data.errors import Problem
from dashboard.data.evidence import check_against_sources, source_texts_if_present
from dashboard.data.loading import HEADER_ROW, check_raw
from dashboard.data.lookalike import by_skeleton, differences, mixed_letter, skeleton
from dashboard.data.schemas import TABLES
from dashboard.data.validation import check_references

TABLE = TABLES["monitor_indicators"]
KEY = list(TABLE.key)
# Results are facts: an upload without excerpts is refused, never stored without proof.
# Names that a new wave repeats from earlier ones: one that only looks like a stored name would
# become a second series that a reader cannot tell apart from the first.
NAMES = ("indicator", "indicator_en", "unit")
UNSOURCED = ("results without excerpts cannot be added: give each row an exact excerpt from "
             "its report (source_id) that contains the value as written")


def in_order(problems: Iterable[Problem]) -> list[Problem]:
    """Each problem once, by row, then column, then message: the order of the spreadsheet."""
    return sorted(set(problems), key=lambda p: (p.row or 0, p.column or "", p.message))


def validate(name: str, raw: pd.DataFrame, stored: pd.DataFrame,
             frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every problem of the uploaded rows, each at its row and column.

    Form, bounds, required cells and duplicates within the file come from the table's schema;
    known waves, initiatives and sources from the dataset (`frames`); then no key that is
    already stored. (Rules across tables, such as a completed wave, are checked on the merged
    table by `validate_merged`.)
    """
    problems = [_renamed(p, name) for p in check_raw(TABLE, raw)]
    if "evidence" not in raw.columns:
        problems.append(Problem(name, HEADER_ROW, "evidence", UNSOURCED))
    if any(p.row == HEADER_ROW and p.column for p in problems):
        return in_order(problems)  # columns missing or unexpected: row checks would repeat it
    context = {t: frames[t] for t in ("monitor_waves", "initiatives", "sources")}
    found = check_references({**context, TABLE.name: raw})
    problems += [_renamed(p, name) for p in found if p.file == TABLE.file]
    known = set(zip(*(stored[k] for k in KEY), strict=True))
    for index, row in raw[KEY].iterrows():
        if tuple(row) in known:
            problems.append(Problem(name, int(index) + 2, ", ".join(KEY),
                                    "this wave, initiative and indicator is already stored"))
    problems += lookalikes(name, raw, stored)
    return in_order(problems)


def lookalikes(name: str, raw: pd.DataFrame, stored: pd.DataFrame) -> list[Problem]:
    """Every name (NAMES) that looks like a stored name, or like one on an earlier row of the
    upload, without being it; or that holds an invisible character, or a Cyrillic or Greek
    letter among Latin ones."""
    problems = []
    for column in NAMES:
        if column not in raw.columns:
            continue
        known = [unicodedata.normalize("NFC", str(v)) for v in stored[column].dropna()] \
            if column in stored.columns else []
        alike = by_skeleton(known)
        seen = {key: f"the stored {column} {value!r}" for key, value in alike.items()}
        exact = set(known)
        for index, value in raw[column].items():
            if pd.isna(value) or value in exact:
                continue
            row = int(index) + 2
            key = skeleton(value)
            message: str | None
            if key in alike and alike[key] != value:
                other = alike[key]
                message = (f"looks like {seen[key]} (differs by "
                           f"{', '.join(differences(value, other))}); write it as that one, "
                           "or so that the difference can be seen")
            else:
                message = _unreadable(value)
                alike.setdefault(key, value)
                seen.setdefault(key, f"{column} {value!r} in row {row}")
                exact.add(value)
            if message:
                problems.append(Problem(name, row, column, message))
    return problems


def _unreadable(value: str) -> str | None:
    """Why a name cannot be read for what it is: a character that draws nothing, or a letter
    of another script among Latin ones."""
    invisible = first_forbidden(value, INVISIBLE)
    if invisible:
        return f"holds {describe(invisible[1])}, which draws nothing; remove it"
    letter = mixed_letter(value)
    if letter:
        return (f"mixes Latin letters with {describe(letter)}, which looks like a Latin letter; "
                "type the word with a Latin keyboard")
    return None


def validate_merged(name: str, frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every problem of the whole dataset with the uploaded rows merged in, named after the
    upload (the stored data loaded without problems before): with the reports at hand, each
    excerpt is also looked up in its report, before anything is written."""
    problems = validate_frames(frames)
    texts = None if problems else source_texts_if_present(frames["sources"])
    if texts is not None:
        problems = check_against_sources({TABLE.name: frames[TABLE.name]}, texts)
    return [_renamed(p, name) for p in problems]


def _renamed(problem: Problem, name: str) -> Problem:
    return dataclasses.replace(problem, file=name)
