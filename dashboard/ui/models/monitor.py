"""Monitor: the waves of the NJI monitor, what they found, and its numeric results.

Only what the sources tie to the monitor is here: the teams' evaluation of a training is not
part of it (see Vergelijken).
"""

from dataclasses import dataclass

import pandas as pd

from dashboard.content import takeaways
from dashboard.content.leads import page_lead
from dashboard.data import Dataset
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n import t
from dashboard.i18n.formatting import number_text
from dashboard.topics import monitor as topic
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.ui.monitor import ListedFindings, listed_findings
from dashboard.viz.monitor import waves_table


@dataclass(frozen=True)
class Monitor:
    lead: str
    waves: Card
    findings: ListedFindings
    indicators: Card | None  # None while the sources publish no numeric results


@entry
def monitor(ds: Dataset, lang: str) -> Monitor:
    waves = topic.waves(ds)
    return Monitor(
        lead=page_lead(ds, "monitor", lang),
        waves=make_card(ds, lang, takeaways.waves_title(waves, lang), waves_table(waves, lang)),
        findings=listed_findings(ds, waves, lang),
        indicators=_indicators(ds, lang),
    )


def _indicators(ds: Dataset, lang: str) -> Card | None:
    """The numeric results, every value on fewer than privacy.MIN_N respondents suppressed
    (saying why) and counted under the table."""
    numbers = topic.indicators(ds)
    if numbers.empty:
        return None
    table = pd.DataFrame({
        t("monitor_col_wave", lang): own_words(numbers, "wave", lang),
        t("timeline_col_initiative", lang): own_words(numbers, "initiative", lang),
        t("monitor_col_indicator", lang): own_words(numbers, "indicator", lang),
        t("monitor_col_value", lang): [t("monitor_suppressed_value", lang) if s
                                       else number_text(v, lang) for v, s in
                                       zip(numbers["value"], numbers["suppressed"], strict=True)],
        t("monitor_col_unit", lang): numbers["unit"],
        t("monitor_col_n", lang): [topic.shown_n(n) for n in numbers["n"]],
        FACTS: numbers[FACTS],
    })
    hidden = int(numbers["suppressed"].sum())
    caption = t("monitor_indicators_caption", lang)
    if hidden:
        caption += " " + t("monitor_suppressed_count", lang, count=hidden)
    return make_card(ds, lang, t("monitor_indicators", lang), table, caption=caption)
