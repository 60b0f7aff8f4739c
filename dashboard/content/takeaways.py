"""Chart titles that state the takeaway, as sentences in a given language.

The findings come from `dashboard.content.findings` (and `overview.leading_sectors`); here they
become sentences. Pages, slides and the downloadable deck call the same function for the same
chart, so a slide never says something else than its page. Pure Python (no Streamlit), so the
deck builder in `dashboard.viz` can use it; the page models (`dashboard.ui.models`) call it
with the reader's language.
"""

from collections.abc import Mapping, Sequence

import networkx as nx
import pandas as pd

from dashboard.content import findings as takeaways
from dashboard.data.characters import isolate
from dashboard.data.schemas import own_words
from dashboard.i18n import label, t
from dashboard.i18n.formatting import dated, format_partial
from dashboard.topics.overview import Headline, PartialDate, leading_sectors

MAX_NAMED = 2  # more names than this in a title are counted instead
SECTORS_NAMED = 3  # sector labels are short: up to three fit in a title


def joined(names: Sequence[str], lang: str, conjunction: str = "list_and") -> str:
    """'A', 'A en B', 'A, B en C'; with `conjunction="list_or"`, 'A, B of C'."""
    if len(names) < 2:
        return "".join(names)
    return t(conjunction, lang, rest=", ".join(map(isolate, names[:-1])), last=names[-1])


def mid_sentence(text: str) -> str:
    """A label as it reads inside a sentence: 'Onderwijs' → 'onderwijs', '(Sociale) wijkteams'
    → '(sociale) wijkteams', but an abbreviation such as 'CJG' stays as it is."""
    first = next((i for i, c in enumerate(text) if c.isalpha()), None)
    if first is None or text[first + 1:first + 2].isupper():
        return text
    return text[:first] + text[first].lower() + text[first + 1:]


def _date(value: PartialDate | None, lang: str) -> str:
    """A partial date as written; the sources leave a date unknown as 'niet bekend'."""
    known = None if value is None else format_partial(value.value, value.precision, lang)
    return known or t("unknown", lang)


def _noted_date(value: PartialDate | None, note: str | None, lang: str) -> str:
    """A partial date with what it stands for when its note tells ('februari 2013: maand
    waarin de resultaten zijn gepresenteerd')."""
    if value is None:
        return t("unknown", lang)
    return dated(value.value, value.precision, note, lang)


# --- overview ----------------------------------------------------------------------------------


def sectors_title(counts: pd.DataFrame, lang: str) -> str:
    """'Gemeente en onderwijs zijn het vaakst betrokken' (organisations per sector)."""
    leading = leading_sectors(counts, 2, SECTORS_NAMED)
    if not leading:
        return t("overview_sectors", lang)
    if len(leading) > SECTORS_NAMED:
        return t("overview_sectors_takeaway_tie", lang, count=len(leading))
    words = [label("sector", s, lang) for s in leading]
    names = joined([words[0], *map(mid_sentence, words[1:])], lang)
    if len(leading) == 1:
        return t("overview_sectors_takeaway_one", lang, names=names)
    return t("overview_sectors_takeaway", lang, names=names)


def core(key: Headline, sectors: pd.DataFrame, lang: str) -> list[str]:
    """The programme in two or three plain sentences ("Kern"), worked out from the key figures
    and the organisations per sector: Overzicht opens with them, and so does the presentation.
    They count what the key figures count and say as much as those do, no more."""
    pilots = key.pilots
    known = [t("core_pilots_stated", lang, count=pilots.stated)]
    if pilots.inferred:
        known.append(t("core_pilots_inferred_one" if pilots.inferred == 1
                       else "core_pilots_inferred", lang, count=pilots.inferred))
    known_text = ", ".join(known)
    if pilots.declared is None:
        first = t("core_pilots_undeclared", lang, known=known_text)
    elif not pilots.unidentified:
        first = t("core_pilots_all", lang, declared=pilots.declared, known=known_text)
    else:
        first = t("core_pilots", lang, declared=pilots.declared, known=known_text,
                  unidentified=pilots.unidentified)
    reach = t("core_reach", lang, organisations=key.organisations,
              municipalities=key.municipalities, first=_date(key.first, lang),
              last=_date(key.last, lang))
    sentences = [first, reach]
    if leading_sectors(sectors, 2, SECTORS_NAMED):
        sentences.append(sectors_title(sectors, lang) + ".")
    return sentences


def currency(newest: PartialDate, sources: int, lang: str) -> str:
    """How current the data are: the newest source's date, and how many sources there are."""
    key = "overview_current_one" if sources == 1 else "overview_current"
    return t(key, lang, date=_date(newest, lang), count=sources)


# --- networks ----------------------------------------------------------------------------------


def network_title(name: str, graph: nx.MultiDiGraph, lang: str) -> str:
    """'Samen in de BSO-groep: alle 3 beschreven verbindingen lopen tussen twee sectoren'.
    A link is a pair of organisations with at least one relation in practice that the sources
    state; pairs tied only otherwise (explored, planned, inferred) are said apart."""
    found = takeaways.sector_ties(graph)
    rest = t("networks_ties_unsure", lang, count=found.unsure) if found.unsure else ""
    if found.ties == 0:
        return t("networks_ties_none", lang, name=name) + rest
    if found.cross == found.ties:
        key = {1: "networks_ties_all_one", 2: "networks_ties_all_two"}.get(
            found.ties, "networks_ties_all_many")
        return t(key, lang, name=name, count=found.ties) + rest
    key = "networks_ties_some_one" if found.cross == 1 else "networks_ties_some_many"
    return t(key, lang, name=name, cross=found.cross, count=found.ties) + rest


def programme_title(graph: nx.MultiDiGraph, lang: str) -> str:
    """'Alert4you verbindt de meeste initiatieven: 5 van de 10 (bij nog 1 niet in praktijk)':
    it counts the initiatives an organisation takes part in in practice, and says the others
    apart."""
    found = takeaways.top_bridges(graph)
    names = [own_words(graph.nodes[o], "name", lang) for o in found.org_ids]
    if not names:
        return t("networks_bridges_none", lang)
    values = {"count": found.count, "total": found.initiatives}
    if len(names) == 1 and found.not_yet:
        return t("networks_bridges_one_not_yet", lang, names=names[0], not_yet=found.not_yet,
                 **values)
    if len(names) == 1:
        return t("networks_bridges_one", lang, names=names[0], **values)
    if len(names) > MAX_NAMED:
        return t("networks_bridges_tie_many", lang, ties=len(names), **values)
    return t("networks_bridges_tie", lang, names=joined(names, lang), **values)


# --- monitor -----------------------------------------------------------------------------------


def waves_title(waves: pd.DataFrame, lang: str) -> str:
    """'Eén meting afgerond (februari 2013); de volgende gepland in juni 2013'."""
    found = takeaways.wave_progress(waves, lang)
    if found.completed == 0 and found.planned == 0:
        return t("monitor_waves_none", lang)
    last = _noted_date(found.last_completed, found.last_note, lang)
    if found.completed == 0:
        parts = [t("monitor_waves_done_none", lang)]
    elif found.completed == 1:
        parts = [t("monitor_waves_done_one", lang, date=last)]
    else:
        parts = [t("monitor_waves_done_many", lang, count=found.completed, date=last)]
    upcoming = _noted_date(found.next_planned, found.next_note, lang)
    if found.planned == 1:
        key = "monitor_waves_next_one" if found.completed else "monitor_waves_first_one"
        parts.append(t(key, lang, date=upcoming))
    elif found.planned > 1:
        parts.append(t("monitor_waves_next_many", lang, count=found.planned, date=upcoming))
    return "; ".join(parts)


def ratings_title(ratings: pd.DataFrame, lang: str) -> str:
    """'Training Positief opvoeden (Elker): oordelen van voldoende tot goed'."""
    found = takeaways.rating_spread(ratings, lang)
    if found.count == 0:
        return t("monitor_no_ratings", lang)
    subject = (found.subjects[0] if len(found.subjects) == 1
               else t("ratings_subjects", lang, count=len(found.subjects)))
    lowest, highest = label("rating", found.lowest, lang), label("rating", found.highest, lang)
    if found.lowest != found.highest:
        return t("ratings_range", lang, subject=subject, lowest=lowest, highest=highest)
    if found.count == 1:
        return t("ratings_one", lang, subject=subject, rating=lowest)
    return t("ratings_same", lang, subject=subject, count=found.count, rating=lowest)


# --- timeline ----------------------------------------------------------------------------------


def timeline_title(spans: pd.DataFrame, events: pd.DataFrame, lang: str) -> str:
    """'Alleen van Samen in de BSO-groep is de looptijd bekend, van 9 andere niet'."""
    found = takeaways.dating(spans)
    names = dict(zip(spans["initiative_id"], own_words(spans, "name", lang), strict=True))
    dated, undated = found.dated, found.undated
    if not dated and not undated:
        key = "timeline_only_events_one" if len(events) == 1 else "timeline_only_events_many"
        return t(key, lang, count=len(events))
    if not dated:
        if len(undated) == 1:
            return t("timeline_none_dated_one", lang, name=names[undated[0]])
        return t("timeline_none_dated_many", lang, count=len(undated))
    if not undated:
        if len(dated) == 1:
            return _one_period(spans[spans["initiative_id"] == dated[0]].iloc[0], lang)
        return t("timeline_all_dated", lang, count=len(dated))
    if len(dated) > MAX_NAMED:
        return t("timeline_some_dated", lang, dated=len(dated), count=len(dated) + len(undated))
    key = "timeline_only_dated_one" if len(undated) == 1 else "timeline_only_dated_many"
    return t(key, lang, names=joined([names[i] for i in dated], lang), count=len(undated))


def _one_period(row: pd.Series, lang: str) -> str:
    """'Samen in de BSO-groep: van april 2012 tot januari 2014', or what is known of it."""
    start = format_partial(row["start"], row["start_precision"], lang)
    end = format_partial(row["end"], row["end_precision"], lang)
    name = own_words(row, "name", lang)
    if start and end:
        return t("timeline_one_period", lang, name=name, start=start, end=end)
    if start:
        return t("timeline_one_since", lang, name=name, start=start)
    return t("timeline_one_until", lang, name=name, end=end)


# --- compare -----------------------------------------------------------------------------------


def approach_title(matrix: pd.DataFrame, lang: str) -> str:
    """'Het vaakst genoemd, bij 3 van de 4: dagarrangement' (approach elements)."""
    found = takeaways.shared_approaches(matrix)
    if found.top is None:
        return t("compare_no_approaches", lang)
    top, total = found.top, found.initiatives
    if top.count == 1:
        return t("compare_approach_unshared", lang)
    first = mid_sentence(label("approach", top.names[0], lang))
    if top.count == total:
        if len(top.names) > 1:
            key = "compare_approach_both_many" if total == 2 else "compare_approach_all_many"
            return t(key, lang, count=len(top.names), total=total)
        key = "compare_approach_both_one" if total == 2 else "compare_approach_all_one"
        return t(key, lang, approach=first, total=total)
    if len(top.names) == 1:
        return t("compare_approach_top", lang, approach=first, count=top.count, total=total)
    return t("compare_approach_at_most", lang, count=top.count, total=total)


def coverage_title(frame: pd.DataFrame, names: Mapping[str, str], lang: str) -> str:
    """'Geen initiatief brengt alle 6 kernsectoren samen; hooguit 5'."""
    found = takeaways.coverage(frame)
    chosen = frame["initiative_id"].nunique()
    if found.most == 0:
        return t("compare_sectors_nobody", lang)
    if not found.complete:
        return t("compare_sectors_none_complete", lang, sectors=found.sectors, most=found.most)
    if len(found.complete) == chosen:
        key = "compare_sectors_both_complete" if chosen == 2 else "compare_sectors_all_complete"
        return t(key, lang, count=chosen, sectors=found.sectors)
    if len(found.complete) > MAX_NAMED:
        return t("compare_sectors_some_complete", lang, complete=len(found.complete), count=chosen,
                 sectors=found.sectors)
    key = "compare_sectors_only_one" if len(found.complete) == 1 else "compare_sectors_only_many"
    return t(key, lang, names=joined([names[i] for i in found.complete], lang),
             sectors=found.sectors)
