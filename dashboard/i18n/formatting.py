"""How dates, numbers and figures read for people, in Dutch and in English.

Every page, chart, map, slide and factsheet formats through these functions, so one figure
reads the same wherever it appears ("ca. 2,5" in Dutch, "approx. 2.5" in English) and a date
never claims more precision than the source gives. The arithmetic of partial dates stays in
`dashboard.data.dates`; this module only decides how they are written.
"""

from collections.abc import Iterable

import numpy as np
import pandas as pd

from dashboard.data.dates import precision_of, span
from dashboard.i18n import DEFAULT_LANGUAGE, label, t, with_modality

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
DECIMAL_MARK = {"nl": ",", "en": "."}
THOUSANDS_MARK = {"nl": ".", "en": ","}
# Numbers of five digits or more are grouped in threes (the Taalunie's rule, which English
# style guides allow too), so "1500" stays as the sources write it and 1000000 reads at a glance.
GROUP_FROM_DIGITS = 5
RANGE_DASH = "–"
# The note that says a date is known only to the month or the year ('maand bekend').
PRECISION_NOTES = {"month": "timeline_month_known", "year": "timeline_year_known"}


def _given(value: object) -> bool:
    """False for None, NA and empty strings: the cell the sources leave open."""
    if value is None or (isinstance(value, str) and not value):
        return False
    return not (pd.api.types.is_scalar(value) and pd.isna(value))


# --- dates -------------------------------------------------------------------------------------


def format_partial(value: str | None, precision: str | None = None,
                   lang: str = DEFAULT_LANGUAGE) -> str | None:
    """'februari 2013', '27 september 2012', '2005': exactly the stored precision, None for
    an unknown date (callers say 'unknown' in their own words)."""
    if value is None or not _given(value):
        return None
    precision = precision if isinstance(precision, str) else precision_of(value)
    start, _ = span(value, precision)
    if precision == "year":
        return str(start.year)
    month = MONTHS[lang][start.month - 1]
    if precision == "month":
        return f"{month} {start.year}"
    return f"{start.day} {month} {start.year}"


def when(value: str, precision: str | None, lang: str, note: object = None) -> str:
    """'april 2012 (maand bekend; note)': the date as known, and how well it is known."""
    text = format_partial(value, precision, lang) or t("unknown", lang)
    extra = []
    key = PRECISION_NOTES.get(precision) if isinstance(precision, str) else None
    if key:
        extra.append(t(key, lang))
    if _given(note):
        extra.append(str(note))
    return text + (f" ({'; '.join(extra)})" if extra else "")


def date_meaning(note: object) -> str | None:
    """What a date stands for, from its note: the note's first clause, as a phrase to follow
    the date ('maand waarin de resultaten zijn gepresenteerd'). A date note says first what
    the date is and then, after a semicolon, what the sources leave open; a title has room
    for the first only."""
    if not _given(note):
        return None
    first = str(note).split(";")[0].strip()
    return first[:1].lower() + first[1:] if first else None


def dated(value: str | None, precision: str | None, note: object, lang: str) -> str:
    """'februari 2013: maand waarin de resultaten zijn gepresenteerd' — a date short enough
    for a title, that still says what it is the date of when its note tells."""
    text = format_partial(value, precision, lang) or t("unknown", lang)
    meaning = date_meaning(note)
    return f"{text}: {meaning}" if meaning else text


def period_text(start: str | None, start_precision: str | None, end: str | None,
                end_precision: str | None, lang: str, template: str = "case_period",
                unknown_template: str = "case_period_unknown") -> str:
    """'Looptijd: april 2012 – januari 2014': an unknown end says so; when neither end is
    known, `unknown_template` says it once. Pages pass their own wording as templates."""
    first = format_partial(start, start_precision, lang)
    last = format_partial(end, end_precision, lang)
    if first is None and last is None:
        return t(unknown_template, lang)
    unknown = t("unknown", lang)
    return t(template, lang, start=first or unknown, end=last or unknown)


# --- numbers and figures -----------------------------------------------------------------------


def number_text(value: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """'2,5' / '2.5', '12.500' / '12,500': the stored number exactly, never rounded and never
    in exponent notation (Python's `:g` wrote 1000000 as '1e+06')."""
    whole, _, fraction = np.format_float_positional(float(value), trim="-").partition(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    if len(digits) >= GROUP_FROM_DIGITS:
        digits = f"{int(digits):,}".replace(",", THOUSANDS_MARK[lang])
    return sign + digits + (DECIMAL_MARK[lang] + fraction if fraction else "")


def figure_text(value: float | None, value_max: float | None = None, unit: str = "count",
                approximate: object = False, lang: str = DEFAULT_LANGUAGE) -> str:
    """A key figure as precise as its source and no more: '12', '2–3', '30%', 'ca. 2,5' /
    'approx. 2.5'; a missing value reads 'niet bekend uit de bronnen'."""
    if value is None or not _given(value):
        return t("unknown", lang)
    text = number_text(value, lang)
    if value_max is not None and _given(value_max):
        text += RANGE_DASH + number_text(value_max, lang)
    if unit == "percent":
        text += "%"
    if _given(approximate) and bool(approximate):
        text = f"{t('figure_approx', lang)} {text}"
    return text


def figures_text(amounts: Iterable[tuple[float, float | None, str, bool]] | None,
                 lang: str = DEFAULT_LANGUAGE) -> str:
    """Several figures of one cell, '12; 14', each as `figure_text` writes it; none reads
    'niet bekend uit de bronnen'."""
    return "; ".join(figure_text(*amount, lang=lang) for amount in amounts or ()) \
        or t("unknown", lang)


def metric_label(metric: str, per: str | None, lang: str, modality: str | None = None) -> str:
    """'Groepen per locatie', 'Locaties (gepland, met datum)': what is counted, per what when
    the source says, and how sure it is when it is not practice. The value itself never
    carries the 'per', so a table's label and value columns read the same everywhere."""
    text = label("metric", metric, lang) + (f" {label('per', per, lang)}" if _given(per) else "")
    return with_modality(text, modality, lang)


def according_to(title: object, published: object, precision: object, lang: str) -> str:
    """'volgens Nieuwsbrief 5 (september 2013)': which source a state follows when a later
    source updated an earlier one; empty when the fact was stated once."""
    if not _given(title):
        return ""
    return t("according_to", lang, source=str(title),
             date=format_partial(str(published), str(precision), lang) or t("unknown", lang))


def earlier_states(states: Iterable[tuple], vocabulary: str, lang: str) -> list[str]:
    """'eerder: gepland, volgens Nieuwsbrief 4 (2013)': the states a later source updated,
    oldest first, each with its source."""
    return [t("earlier_state", lang, state=label(vocabulary, state, lang),
              according=according_to(title, published, precision, lang))
            for state, title, published, precision in states]


def stated_by(state: str, row, lang: str) -> str:
    """'afgerond, volgens Nieuwsbrief 5 (september 2013)': a state with the source it follows
    when a later source updated it (refs.with_states); the state alone otherwise."""
    shown = according_to(row.get("state_source"), row.get("state_published"),
                         row.get("state_precision"), lang)
    return f"{state}, {shown}" if shown else state
