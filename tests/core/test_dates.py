"""Partial dates: spans, validation and display at exactly the stored precision."""

from datetime import date

import pytest

from dashboard.data.dates import precision_of, span


def test_span_of_each_precision():
    assert span("2005", "year") == (date(2005, 1, 1), date(2005, 12, 31))
    assert span("2013-02", "month") == (date(2013, 2, 1), date(2013, 2, 28))
    assert span("2012-09-27", "day") == (date(2012, 9, 27), date(2012, 9, 27))


@pytest.mark.parametrize(("value", "precision"), [("2013-02-30", "day"), ("2013-13", "month"),
                                                  ("2013-02", "day")])
def test_invalid_dates_raise(value, precision):
    with pytest.raises(ValueError):
        span(value, precision)


def test_precision_of():
    assert [precision_of(v) for v in ("2005", "2013-02", "2012-09-27")] == ["year", "month", "day"]
