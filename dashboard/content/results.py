"""A numeric monitor result in words, its number only where enough respondents answered.

The page, its table, the wave blocks, the slide, the deck and the factsheet all word a result
here, so a value on fewer than `privacy.MIN_N` respondents reads "not shown: fewer than 5
responses" everywhere and never as a number (docs: data/README.md, monitor_indicators).
"""

import pandas as pd

from dashboard.data.privacy import is_suppressed
from dashboard.data.schemas import own_words
from dashboard.i18n import t
from dashboard.i18n.formatting import number_text


def value_text(value: float, unit: str, n: int | None, lang: str) -> str:
    """'62 procent (n = 40)', or why no number is shown."""
    if is_suppressed(n) or pd.isna(value) or n is None:
        return t("monitor_suppressed_value", lang)
    return t("monitor_result_value", lang, value=number_text(value, lang), unit=unit, n=int(n))


def result_lines(results: pd.DataFrame, lang: str) -> tuple[str, ...]:
    """Each result of `topics.monitor.indicators` as one line: 'Initiative: indicator — 62
    procent (n = 40)'. A result is a stated measurement of a completed wave, so it carries no
    marker of doubt (i18n.certainty is empty for stated practice)."""
    return tuple(
        t("monitor_result_line", lang, initiative=initiative, indicator=indicator,
          value=value_text(value, unit, n, lang))
        for initiative, indicator, value, unit, n in zip(
            own_words(results, "initiative", lang), own_words(results, "indicator", lang),
            results["value"], results["unit"], results["n"], strict=True))
