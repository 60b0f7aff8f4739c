"""The words on a slide, in a given language: shared by the Presentatie page and the deck.

`dashboard.content.slide_plan` says what a slide shows; these turn it into the lines a reader sees,
so the page and the downloaded deck word everything the same. Plain text: the page escapes
it for Markdown, the deck's template for HTML.
"""

from collections.abc import Mapping

from dashboard.content import fact_words
from dashboard.content.facts import source_line_parts
from dashboard.content.slide_plan import (
    CaseSlide,
    Content,
    OverviewSlide,
    UnknownsSlide,
    shown_facts,
)
from dashboard.data.dataset import Dataset
from dashboard.data.refs import inferred, sources_of
from dashboard.data.schemas import own_words
from dashboard.data.vocab import MODALITIES
from dashboard.i18n import counted, kind_label, label, membership_line, t
from dashboard.i18n.formatting import according_to, dated, figure_text, period_text
from dashboard.topics.overview import Unknown
from dashboard.topics.places import amounts


def sources_text(parts: tuple[str, ...], lang: str) -> str:
    """'Bron: title (date)' or 'Bronnen: a; b' for the parts of a source line."""
    prefix = t("source_prefix" if len(parts) == 1 else "sources_prefix", lang)
    return f"{prefix}: " + "; ".join(parts)


def metrics(content: OverviewSlide, lang: str) -> list[tuple[str, str, str]]:
    """The overview's key figures as (label, value, note); an unknown count says so, and a
    count that includes an inferred pilot says how many of them are inferred (the note)."""
    key = content.headline
    pilots = key.pilots
    unknown = t("unknown", lang)
    return [
        (t("metric_pilots_declared", lang), str(pilots.declared or unknown), ""),
        (t("metric_pilots_identified", lang), str(pilots.identified),
         t("metric_pilots_identified_inferred", lang, count=pilots.inferred)
         if pilots.inferred else ""),
        (t("metric_pilots_unidentified", lang),
         unknown if pilots.unidentified is None else str(pilots.unidentified), ""),
        (t("metric_organisations", lang), str(key.organisations), ""),
        (t("metric_municipalities", lang), str(key.municipalities), ""),
    ]


def case_line(content: CaseSlide, lang: str) -> str:
    """Place, kind, status, period and programme of a case, in one line under its name."""
    row, member = content.initiative, content.membership
    return " · ".join([
        f"{row['municipality']} ({row['province']})",
        kind_label(row["kind"], bool(member and member.inferred), lang),
        label("initiative_status", row["status"], lang),
        period_text(row["start"], row["start_precision"], row["end"], row["end_precision"],
                    lang),
        membership_line(member.programme if member else None,
                        bool(member and member.inferred), lang),
    ])


def figure_lines(content: CaseSlide, lang: str) -> list[tuple[str, str]]:
    """Each key figure as (what, value), saying when it is not (yet) practice."""
    figures = content.figures
    return [(fact_words.figure(m, p, mod, lang), figure_text(*amount, lang=lang))
            for m, p, mod, amount in zip(figures["metric"], figures["per"], figures["modality"],
                                         amounts(figures), strict=True)]


def approach_groups(content: CaseSlide, lang: str) -> list[tuple[str, list[str]]]:
    """The approach elements grouped by how sure the source is of them, from 'in practice' to
    'principle', as (modality, elements): a slide says the modality once, not per element."""
    found = content.approaches.assign(inferred=inferred(content.approaches))
    return [(label("modality", modality, lang),
             [fact_words.approach(a, None, i, lang) for a, i in zip(
                 here["approach"], here["inferred"], strict=True)])
            for modality in MODALITIES
            if not (here := found[found["modality"] == modality]).empty]


def slide_source(ds: Dataset, content: Content, lang: str) -> str:
    """The one source line at a slide's foot: every source of what the slide shows, the map's
    borders first on a case's slide."""
    parts = [t("map_geometry_source", lang)] if isinstance(content, CaseSlide) else []
    parts += source_line_parts(ds, sources_of(ds, shown_facts(content)),
                                          lang)
    return sources_text(tuple(parts), lang)


def wave_heading(wave: Mapping, lang: str) -> str:
    """'Eerste meting NJI-monitor (afgerond) — februari 2013: maand waarin de resultaten zijn
    gepresenteerd': the date says what it is the date of when its note tells, so the month
    the results were presented never reads as the month of the measuring. The page, the slide
    and the deck head a wave with this one wording."""
    heading = t("monitor_wave_heading", lang, name=own_words(wave, "name", lang),
                date=dated(wave["date"], wave["date_precision"],
                           own_words(wave, "date_note", lang), lang),
                status=label("wave_status", wave["status"], lang))
    # A wave a later source updated says which source its state follows.
    according = according_to(wave.get("state_source"), wave.get("state_published"),
                             wave.get("state_precision"), lang)
    return f"{heading} — {according}" if according else heading


def unknown_line(unknown: Unknown, lang: str) -> str:
    """One thing the sources do not tell, with what is known of its parts ('De precieze plek
    van 4 locaties: van 3 is de wijk of plaats bekend, van 1 alleen de gemeente.')."""
    if not unknown.counted:
        return t(unknown.key, lang)
    parts = ", ".join(t(key, lang, count=count) for key, count in unknown.parts)
    return counted(unknown.count, unknown.key, lang, **({"parts": parts} if parts else {}))


def unknown_lines(content: UnknownsSlide, lang: str) -> list[str]:
    return [unknown_line(u, lang) for u in content.unknowns]
