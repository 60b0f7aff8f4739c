"""Dates known to a day, a month or only a year.

Sources often say "in februari 2013" or "in 2005". Such dates are stored as reduced ISO
strings ("2013-02", "2005") with a precision, and expanded here to the span they cover,
so a chart can draw a month as a month instead of inventing a day. How such a date is written
for people is `dashboard.i18n.formatting`'s business.
"""

import calendar
from datetime import date

LENGTH = {"year": 4, "month": 7, "day": 10}


def span(value: str, precision: str) -> tuple[date, date]:
    """First and last day covered by a partial date; raises ValueError if it is not valid."""
    if len(value) != LENGTH[precision]:
        raise ValueError(f"{value!r} does not have {precision} precision")
    year, month, day = [*(int(p) for p in value.split("-")), 1, 1][:3]
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

