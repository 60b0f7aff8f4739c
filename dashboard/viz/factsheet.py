"""One initiative on one printable page: a self-contained HTML factsheet.

The sheet is saved, mailed and printed outside the dashboard, so it carries everything
itself: the CSS inlined, no scripts, fonts, images or links to anything, and a
Content-Security-Policy (publish.policy) that forbids every request and every script. What it
says comes from `dashboard.content.factsheet`; how it looks is `templates/factsheet.html.j2`
(autoescaped: names, summaries and excerpts come from editable CSV files) and
`templates/factsheet.css`.
"""

from datetime import date
from functools import partial

from markupsafe import Markup

from dashboard.content import fact_words
from dashboard.content.factsheet import WaveRow, factsheet
from dashboard.data.dataset import Dataset
from dashboard.i18n import kind_label, label, membership_line, t, with_modality
from dashboard.i18n.formatting import dated, figure_text, format_partial, period_text
from dashboard.publish.export import file_stem
from dashboard.publish.policy import content_security_policy
from dashboard.topics.overview import PartialDate
from dashboard.topics.places import Amount
from dashboard.viz.palette import NEUTRAL, SECTOR_COLOURS
from dashboard.viz.templates_env import asset, file_template

# The id of every section, in page order (tests and print anchors rely on them).
SECTION_IDS = ("header", "summary", "key-figures", "partners", "approach", "programme",
               "timeline", "statements", "sources", "footer")
TEMPLATE = "factsheet.html.j2"
STYLESHEET = "factsheet.css"



def factsheet_filename(ds: Dataset, initiative_id: str) -> str:
    """'factsheet-assen.html': the id as a bounded file stem (ids are slugs of any length).

    Asked for every case on every run of the home page, so it only checks the id exists.
    """
    if not ds.initiatives["initiative_id"].eq(initiative_id).any():
        raise KeyError(f"unknown initiative {initiative_id!r}")
    return f"factsheet-{file_stem(initiative_id)}.html"


def factsheet_html(ds: Dataset, initiative_id: str, lang: str = "nl", *,
                   generated: date | None = None) -> str:
    """The whole factsheet as one HTML document; raises KeyError for an unknown initiative.

    `generated` adds "made on <date>" to the footer; without it the output depends on the
    data alone, so the same data always gives the same file.
    """
    return file_template(TEMPLATE).render(
        sheet=factsheet(ds, initiative_id, lang), lang=lang, generated=generated,
        policy=Markup(content_security_policy()), css=Markup(asset(STYLESHEET)), **_language(lang))


def _language(lang: str) -> dict[str, object]:
    """The labels and formatters the template calls, bound to the sheet's language."""

    def period(start: PartialDate | None, end: PartialDate | None) -> str:
        return period_text(start.value if start else None, start.precision if start else None,
                           end.value if end else None, end.precision if end else None, lang,
                           "factsheet_period_value", "unknown")

    def metric(name: str, per: str | None, modality: str | None) -> str:
        return fact_words.figure(name, per, modality, lang)

    def figure(amount: Amount) -> str:
        return figure_text(*amount, lang=lang)

    def date_text(value: str, precision: str | None = None) -> str | None:
        return format_partial(value, precision, lang)

    def wave_heading(wave: WaveRow) -> str:
        return t("monitor_wave_heading", lang, name=wave.name,
                 status=label("wave_status", wave.status, lang),
                 date=dated(wave.date.value, wave.date.precision, wave.note, lang))

    return {
        "t": partial(t, lang=lang),
        "label": partial(label, lang=lang),
        "with_modality": partial(with_modality, lang=lang),
        "roles": partial(fact_words.roles, lang=lang),
        "membership_line": partial(membership_line, lang=lang),
        "kind_label": partial(kind_label, lang=lang),
        "colour": lambda sector: SECTOR_COLOURS.get(sector or "", NEUTRAL),
        "period": period, "metric": metric, "figure": figure, "date": date_text,
        "wave_heading": wave_heading,
    }
