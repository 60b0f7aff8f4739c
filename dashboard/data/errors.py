"""Problems found in a data directory, reported all at once.

A curator fixing a CSV wants every problem in one pass, each pointing at file, row and
column, rather than one traceback per attempt.
"""

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data; `row` is the line number in the CSV (header = 1)."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


class DataValidationError(Exception):
    """Raised with every problem of a data directory; `problems` is sorted by place."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=_place)
        lines = "\n".join(f"- {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the data:\n{lines}")


def _place(problem: Problem) -> tuple:
    return (problem.file, problem.row or 0, problem.column or "", problem.message)
