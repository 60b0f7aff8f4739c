"""The one formatter: dates at their precision, figures in one style per language."""

import pandas as pd
import pytest

from dashboard.i18n.formatting import (
    date_meaning,
    dated,
    figure_text,
    figures_text,
    format_partial,
    metric_label,
    number_text,
    period_text,
    when,
)


def test_a_date_never_gains_a_day_the_source_did_not_give():
    assert format_partial("2013-02", "month") == "februari 2013"
    assert format_partial("2013-02", "month", "en") == "February 2013"
    assert format_partial("2005", "year") == "2005"
    assert format_partial("2012-09-27", "day") == "27 september 2012"
    assert format_partial("2012-09-27", None, "en") == "27 September 2012"
    assert format_partial(None, None) is None and format_partial(pd.NA) is None


def test_when_and_periods():
    assert when("2013-02", "month", "nl") == "februari 2013 (maand bekend)"
    assert period_text("2012-04", "month", "2014-01", "month", "nl") == \
        "Looptijd: april 2012 – januari 2014"
    assert period_text("2012-04", "month", None, None, "en") == \
        "Period: April 2012 – not known from the sources"
    assert period_text(None, None, pd.NA, None, "nl") == "Looptijd: niet bekend uit de bronnen"
    assert period_text("2005", "year", None, None, "nl", "compare_period",
                       "compare_period_unknown") == \
        "Periode: 2005 – niet bekend uit de bronnen"


@pytest.mark.parametrize(("args", "nl", "en"), [
    ((12.0,), "12", "12"),
    ((2.0, 3.0), "2–3", "2–3"),
    ((2.5, None, "count", True), "ca. 2,5", "approx. 2.5"),
    ((2.5, 3.0, "count", True), "ca. 2,5–3", "approx. 2.5–3"),
    ((30.0, pd.NA, "percent"), "30%", "30%"),
    ((20.0, 30.0, "percent"), "20–30%", "20–30%"),
    ((1500.0,), "1500", "1500"),
    ((1_000_000.0,), "1.000.000", "1,000,000"),
    ((None,), "niet bekend uit de bronnen", "not known from the sources"),
    ((pd.NA, None, "count", pd.NA), "niet bekend uit de bronnen", "not known from the sources"),
])
def test_one_figure_style_per_language(args, nl, en):
    assert figure_text(*args, lang="nl") == nl
    assert figure_text(*args, lang="en") == en


def test_numbers_are_exact_never_rounded_or_in_exponents():
    assert number_text(0.1, "nl") == "0,1"
    assert number_text(123456.789, "en") == "123,456.789"
    assert number_text(-12345.5, "nl") == "-12.345,5"
    assert number_text(1e-7, "en") == "0.0000001"


def test_several_figures_in_one_cell_and_none():
    assert figures_text([(12.0, None, "count", False), (14.0, None, "count", True)]) == \
        "12; ca. 14"
    assert figures_text(None, "en") == "not known from the sources"


def test_metric_label_carries_per_and_how_sure():
    assert metric_label("groups", "location", "nl") == "Groepen per locatie"
    assert metric_label("groups", pd.NA, "en") == "Groups"
    assert metric_label("schools", None, "nl", "planned") == "Scholen (gepland, met datum)"
    assert metric_label("schools", None, "en", "in_practice") == "Schools"


def test_own_words_picks_the_column_of_the_language():
    import pandas as pd

    from dashboard.data.schemas import own_words

    row = pd.Series({"title": "Start", "title_en": "Start of", "summary_nl": "Kort",
                     "summary_en": "Short"})
    assert own_words(row, "title", "nl") == "Start"
    assert own_words(row, "title", "en") == "Start of"
    assert own_words(row.to_dict(), "summary_nl", "en") == "Short"
    assert list(own_words(pd.DataFrame([row]), "summary_nl", "nl")) == ["Kort"]


def test_a_dated_value_says_what_it_is_the_date_of_from_its_note():
    note = ("Maand waarin de resultaten zijn gepresenteerd; wanneer gemeten is, zeggen de "
            "bronnen niet")
    assert dated("2013-02", "month", note, "nl") == (
        "februari 2013: maand waarin de resultaten zijn gepresenteerd")
    assert dated("2013-06", "month", None, "nl") == "juni 2013"
    assert date_meaning("") is None
