"""Dates known to a day, a month or only a year.

Sources often say "in februari 2013" or "in 2005". Such dates are stored as reduced ISO
strings ("2013-02", "2005") with a precision, and expanded here to the span they cover,
so a chart can draw a month as a month instead of inventing a day.
"""

import calendar
from datetime import date

import pandas as pd

LENGTH = {"year": 4, "month": 7, "day": 10}


def span(value: str, precision: str) -> tuple[date, date]:
    """First and last day covered by a partial date; raises ValueError if it is not valid."""
    if len(value) != LENGTH[precision]:
        raise ValueError(f"{value!r} does not have {precision} precision")
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, None, None][:3]
    if precision == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last)
    exact = date(year, month, day)
    return exact, exact


def precision_of(value: str) -> str:
    """The precision a reduced ISO date is written in."""
    return {4: "year", 7: "month", 10: "day"}[len(value)]


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def format_partial(value: str | None, precision: str | None = None, lang: str = "nl") -> str | None:
    """A human date at exactly the stored precision ("februari 2013", "27 september 2012")."""
    if value is None or pd.isna(value) or not value:
        return None
    precision = precision if isinstance(precision, str) else precision_of(value)
    start, _ = span(value, precision)
    if precision == "year":
        return str(start.year)
    month = MONTHS[lang][start.month - 1]
    if precision == "month":
        return f"{month} {start.year}"
    return f"{start.day} {month} {start.year}"
