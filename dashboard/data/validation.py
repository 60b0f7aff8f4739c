"""Rules that span rows or tables: references, dates, coordinates and cross-view consistency.

Each rule returns Problems rather than raising, so one run reports everything wrong.
"""

import itertools
from collections.abc import Callable
from datetime import date

import pandas as pd

from dashboard.data import vocab
from dashboard.data.dates import span
from dashboard.data.errors import Problem
from dashboard.data.schemas import TABLES, Table, over_time_tables, own_words_columns

Frames = dict[str, pd.DataFrame]

# The Netherlands including the Wadden islands; generous enough for every municipality.
NL_LAT = (50.70, 53.70)
NL_LON = (3.20, 7.30)


def _rows(frame: pd.DataFrame, mask: pd.Series):
    for index in frame.index[mask.fillna(False).astype(bool)]:
        yield int(index) + 2, frame.loc[index]


def check_references(frames: Frames) -> list[Problem]:
    """Every non-empty reference points at an existing row of its target table."""
    problems = []
    for table in TABLES.values():
        frame = frames.get(table.name)
        if frame is None:
            continue
        for f in table.fields:
            if not f.ref:
                continue
            target_table, target_column = f.ref.split(".")
            target = frames.get(target_table)
            if target is None:
                continue
            known = set(target[target_column].dropna())
            unknown = frame[f.name].notna() & ~frame[f.name].isin(known)
            for row, record in _rows(frame, unknown):
                problems.append(Problem(table.file, row, f.name,
                                        f"unknown {target_column} {record[f.name]!r} "
                                        f"(not in {target_table}.csv)"))
    return problems


def check_english_twins(frames: Frames) -> list[Problem]:
    """Own words in Dutch have their English version in the same row, and the other way round:
    English mode shows the English column, so a missing one would show nothing, or Dutch."""
    problems = []
    for table in TABLES.values():
        frame = frames.get(table.name)
        if frame is None:
            continue
        for dutch, english in own_words_columns(table).items():
            for given, missing in ((dutch, english), (english, dutch)):
                lacking = frame[given].notna() & frame[missing].isna()
                for row, _ in _rows(frame, lacking):
                    problems.append(Problem(table.file, row, missing,
                                            f"is empty but {given} is not: own words are "
                                            "written in Dutch and English"))
    return problems


def check_dates(frames: Frames) -> list[Problem]:
    """Dates exist in the calendar, match their precision, and intervals do not run backwards."""
    problems = []
    for table in TABLES.values():
        frame = frames.get(table.name)
        if frame is None:
            continue
        problems += _date_problems(table, frame)
    return problems


def _precision_for(table: Table, column: str) -> str | None:
    return next((p for d, p in table.dates if d == column), None)


def _date_problems(table: Table, frame: pd.DataFrame) -> list[Problem]:
    problems = []
    spans: dict[str, pd.Series] = {}
    date_columns = [f.name for f in table.fields if f.kind == "date"]
    for column in date_columns:
        precision_column = _precision_for(table, column)
        values: list[tuple[date, date] | None] = []
        for index, value in frame[column].items():
            row = int(index) + 2
            if pd.isna(value):
                values.append(None)
                if precision_column and pd.notna(frame.at[index, precision_column]):
                    problems.append(Problem(table.file, row, column,
                                            f"is empty but {precision_column} is set"))
                continue
            precision = {4: "year", 7: "month", 10: "day"}.get(len(value))
            if precision_column:
                stated = frame.at[index, precision_column]
                if pd.isna(stated):
                    problems.append(Problem(table.file, row, precision_column,
                                            f"is required because {column} is set"))
                elif stated != precision:
                    problems.append(Problem(table.file, row, precision_column,
                                            f"says {stated!r} but {column} {value!r} is "
                                            f"written to the {precision}"))
            try:
                if precision is None:
                    raise ValueError(value)
                values.append(span(value, precision))
            except (ValueError, KeyError, TypeError):
                values.append(None)
                problems.append(Problem(table.file, row, column, f"{value!r} is not a real date"))
        spans[column] = pd.Series(values, index=frame.index, dtype=object)
    for start, end in table.intervals:
        for index in frame.index:
            a, b = spans[start][index], spans[end][index]
            if a and b and b[1] < a[0]:
                problems.append(Problem(table.file, int(index) + 2, end,
                                        f"{frame.at[index, end]} is before {start} "
                                        f"{frame.at[index, start]}"))
    return problems


def check_coordinates(frames: Frames) -> list[Problem]:
    """Coordinates come in pairs, lie inside the Netherlands, and say how precise they are."""
    frame = frames.get("locations")
    if frame is None:
        return []
    file = TABLES["locations"].file
    problems = []
    half = frame["lat"].isna() != frame["lon"].isna()
    for row, _ in _rows(frame, half):
        problems.append(Problem(file, row, "lat", "lat and lon must both be given or both empty"))
    outside = ~frame["lat"].between(*NL_LAT) | ~frame["lon"].between(*NL_LON)
    outside &= frame["lat"].notna() & frame["lon"].notna()
    for row, record in _rows(frame, outside):
        problems.append(Problem(file, row, "lat", f"({record['lat']}, {record['lon']}) "
                                                  "lies outside the Netherlands"))
    return problems


def check_consistency(frames: Frames) -> list[Problem]:
    """Cross-view rules: what one table says must agree with another."""
    rules: list[Callable[[Frames], list[Problem]]] = [
        _relation_ends_participate, _relation_has_scope, _figure_has_subject, _figure_range,
        _rating_on_scale, _location_in_initiative_municipality, _pilot_count_not_exceeded,
        _indicator_wave_completed, _updates_in_source_order,
    ]
    problems = []
    for rule in rules:
        if all(name in frames for name in _needs(rule)):
            problems += rule(frames)
    return problems


def _needs(rule) -> tuple[str, ...]:
    return getattr(rule, "needs", ())


def needs(*tables: str):
    def mark(rule):
        rule.needs = tables
        return rule
    return mark


@needs("relations", "participants")
def _relation_ends_participate(frames: Frames) -> list[Problem]:
    relations, participants = frames["relations"], frames["participants"]
    members = set(zip(participants["initiative_id"], participants["org_id"], strict=True))
    problems = []
    for index, record in relations.iterrows():
        if pd.isna(record["initiative_id"]):
            continue
        for column in ("from_org_id", "to_org_id"):
            if (record["initiative_id"], record[column]) not in members:
                problems.append(Problem("relations.csv", int(index) + 2, column,
                                        f"{record[column]!r} is not a participant of "
                                        f"initiative {record['initiative_id']!r} "
                                        "(participants.csv)"))
    same = relations["from_org_id"] == relations["to_org_id"]
    for row, _ in _rows(relations, same):
        problems.append(Problem("relations.csv", row, "to_org_id", "a relation needs two "
                                                                   "different organisations"))
    return problems


@needs("relations")
def _relation_has_scope(frames: Frames) -> list[Problem]:
    relations = frames["relations"]
    unscoped = relations["initiative_id"].isna() & relations["programme_id"].isna()
    return [Problem("relations.csv", row, "initiative_id",
                    "give an initiative_id or a programme_id")
            for row, _ in _rows(relations, unscoped)]


@needs("figures")
def _figure_has_subject(frames: Frames) -> list[Problem]:
    figures = frames["figures"]
    none = figures[["initiative_id", "org_id", "event_id"]].isna().all(axis=1)
    return [Problem("figures.csv", row, "initiative_id",
                    "a figure needs an initiative_id, org_id or event_id")
            for row, _ in _rows(figures, none)]


@needs("figures")
def _figure_range(frames: Frames) -> list[Problem]:
    figures = frames["figures"]
    inverted = figures["value_max"].notna() & (figures["value_max"] < figures["value"])
    return [Problem("figures.csv", row, "value_max", "is smaller than value")
            for row, _ in _rows(figures, inverted)]


@needs("ratings", "locations")
def _rating_on_scale(frames: Frames) -> list[Problem]:
    ratings, locations = frames["ratings"], frames["locations"]
    where = dict(zip(locations["location_id"], locations["initiative_id"], strict=True))
    problems = []
    for index, record in ratings.iterrows():
        row = int(index) + 2
        scale = vocab.RATING_SCALES.get(record["scale"], ())
        if record["rating"] not in scale:
            problems.append(Problem("ratings.csv", row, "rating",
                                    f"{record['rating']!r} is not on scale {record['scale']!r}"))
        owner = where.get(record["location_id"])
        if record["location_id"] in where and owner != record["initiative_id"]:
            problems.append(Problem("ratings.csv", row, "location_id",
                                    f"location belongs to initiative {owner!r}"))
    return problems


@needs("locations", "initiatives")
def _location_in_initiative_municipality(frames: Frames) -> list[Problem]:
    locations, initiatives = frames["locations"], frames["initiatives"]
    home = dict(zip(initiatives["initiative_id"], initiatives["gm_code"], strict=True))
    problems = []
    for index, record in locations.iterrows():
        expected = home.get(record["initiative_id"])
        if expected is not None and expected != record["gm_code"]:
            problems.append(Problem("locations.csv", int(index) + 2, "gm_code",
                                    f"{record['gm_code']} differs from its initiative's "
                                    f"municipality {expected}"))
    return problems


@needs("programmes", "initiatives")
def _pilot_count_not_exceeded(frames: Frames) -> list[Problem]:
    programmes, initiatives = frames["programmes"], frames["initiatives"]
    counts = initiatives["programme_id"].value_counts()
    problems = []
    for index, record in programmes.iterrows():
        declared = record["pilot_count"]
        found = int(counts.get(record["programme_id"], 0))
        if pd.notna(declared) and found > declared:
            problems.append(Problem("programmes.csv", int(index) + 2, "pilot_count",
                                    f"declares {declared} pilots but initiatives.csv names "
                                    f"{found}"))
    return problems


@needs("monitor_indicators", "monitor_waves")
def _indicator_wave_completed(frames: Frames) -> list[Problem]:
    """Results exist only for a wave that has been held: a planned wave has none yet."""
    indicators, waves = frames["monitor_indicators"], frames["monitor_waves"]
    status = dict(zip(waves["wave_id"], waves["status"], strict=True))
    # Membership, not a mapping: mapping onto an empty wave table gives a column of another
    # type, and an unknown wave is already reported by the reference check.
    pending = indicators["wave_id"].isin([wave for wave, s in status.items()
                                          if s != "completed"])
    return [Problem("monitor_indicators.csv", row, "wave_id",
                    f"wave {record['wave_id']!r} is {status[record['wave_id']]}: results are "
                    "only added for a completed wave")
            for row, record in _rows(indicators, pending)]


@needs("sources")
def _updates_in_source_order(frames: Frames) -> list[Problem]:
    """Rows of one id in an over-time table follow their sources' dates: the last one is the
    current state, so a row cannot update one from a newer source. Dates are ordered by the
    first day they can mean, then the last ("2013" before "2013-06"); equal dates may stand
    in either order."""
    sources = frames["sources"]
    published = {}
    for source_id, value, precision in zip(sources["source_id"], sources["published"],
                                           sources["published_precision"], strict=True):
        try:
            published[source_id] = (value, span(value, precision))
        except (ValueError, KeyError, TypeError):
            continue  # check_dates reports it
    problems = []
    for name, id_column in over_time_tables().items():
        frame = frames.get(name)
        if frame is None:
            continue
        for _, rows in frame.groupby(id_column, sort=False):
            for (_, before), (index, after) in itertools.pairwise(rows.iterrows()):
                old, new = published.get(before["source_id"]), published.get(after["source_id"])
                if old is not None and new is not None and new[1] < old[1]:
                    problems.append(Problem(
                        TABLES[name].file, int(index) + 2, "source_id",
                        f"updates {after[id_column]!r} of {before['source_id']!r} (published "
                        f"{old[0]}) but {after['source_id']!r} is older (published {new[0]}): "
                        "the rows of one id follow the order of their sources"))
    return problems
