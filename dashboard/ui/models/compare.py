"""Vergelijken: two to four initiatives side by side — who takes part, how they work, how far.

Two entries: `choices` for what the page shows before anything is chosen (its lead and the
picker's options), `comparison` for everything that depends on the chosen initiatives.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dashboard import i18n
from dashboard.content import takeaways
from dashboard.content.leads import page_lead
from dashboard.data import Dataset, initiative_names
from dashboard.data.schemas import own_words
from dashboard.i18n.formatting import period_text
from dashboard.topics import monitor
from dashboard.topics.compare import (
    approach_matrix,
    default_selection,
    figure_table,
    profile_facts,
    profiles,
    sector_coverage,
    sectors_covered,
    shared_figures,
)
from dashboard.topics.membership import Membership, memberships
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.ui.profile_lists import figures_md, partners_md
from dashboard.ui.provenance import Sourced
from dashboard.viz.compare import (
    approach_grid,
    approach_table,
    coverage_grid,
    coverage_table,
    figures_table,
    ratings_table,
)
from dashboard.viz.factsheet import factsheet_filename
from dashboard.viz.monitor import ratings_figure


@dataclass(frozen=True)
class Choices:
    """The page's opening and its picker: every initiative in file order, with its name and
    the label the picker shows ('name — municipality'), the initiatives a link's municipality
    code stands for, and what the page compares when a link chooses nothing."""

    lead: str
    options: tuple[str, ...]
    names: Mapping[str, str]
    labels: Mapping[str, str]
    by_code: Mapping[str, tuple[str, ...]]
    default: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    """One initiative's card: name, where and for how long, partners and figures (Markdown,
    values escaped), and the facts behind it."""

    initiative_id: str
    name: str
    place: str
    lists_md: str
    sourced: Sourced
    factsheet_file: str


@dataclass(frozen=True)
class Comparison:
    approach: Card | None  # None: the sources mention no approach element for any of them
    sectors_count: str
    coverage: Card
    figures: Card | None
    figures_note: str | None  # what stands in for the figures card when there is none
    profiles: tuple[Profile, ...]
    ratings: Card | None


@entry
def choices(ds: Dataset, lang: str) -> Choices:
    places = profiles(ds, tuple(ds.initiatives["initiative_id"]))
    names = initiative_names(ds, lang)
    return Choices(
        lead=page_lead(ds, "compare", lang),
        options=tuple(places["initiative_id"]),
        names=MappingProxyType(names),
        labels=MappingProxyType({i: f"{names[i]} — {m}" for i, m in zip(
            places["initiative_id"], places["municipality"], strict=True)}),
        by_code=MappingProxyType(_by_code(ds)),
        default=default_selection(ds),
    )


def _by_code(ds: Dataset) -> dict[str, tuple[str, ...]]:
    """Each municipality's CBS code and the initiatives in it, in file order."""
    by_code: dict[str, list[str]] = {}
    located = ds.initiatives.dropna(subset=["gm_code"])
    for initiative, code in zip(located["initiative_id"], located["gm_code"], strict=True):
        by_code.setdefault(code, []).append(initiative)
    return {code: tuple(ids) for code, ids in by_code.items()}


@entry
def comparison(ds: Dataset, lang: str, chosen: tuple[str, ...]) -> Comparison:
    """Everything shown about `chosen` (MIN_CHOICE to MAX_CHOICE initiative ids, in order)."""
    names = initiative_names(ds, lang)
    matrix = approach_matrix(ds, chosen)
    coverage = sector_coverage(ds, chosen)
    covered, total = sectors_covered(coverage)
    figures = figure_table(ds, chosen)
    shared = shared_figures(figures, chosen)
    figures_card, figures_note = None, None
    if figures.empty:
        figures_note = i18n.t("compare_no_figures", lang)
    elif shared.empty:
        figures_note = i18n.t("compare_no_shared_figures", lang)
    else:
        figures_card = make_card(ds, lang, i18n.t("compare_figures_header", lang),
                                 figures_table(shared, chosen, names, lang),
                                 caption=(i18n.t("compare_figures_caption", lang) + " "
                                          + i18n.t("compare_unknown_mark", lang)))
    return Comparison(
        approach=None if matrix["modality"].isna().all() else make_card(
            ds, lang, takeaways.approach_title(matrix, lang), approach_grid(matrix, names, lang),
            caption=i18n.t("compare_approach_caption", lang),
            data=approach_table(matrix, chosen, names, lang)),
        sectors_count=" · ".join(i18n.t("compare_sectors_count", lang, name=names[i],
                                        count=covered[i], total=total) for i in chosen),
        coverage=make_card(ds, lang, takeaways.coverage_title(coverage, names, lang),
                           coverage_grid(coverage, names, lang),
                           caption=i18n.t("compare_sectors_caption", lang),
                           data=coverage_table(coverage, chosen, names, lang)),
        figures=figures_card,
        figures_note=figures_note,
        profiles=_profiles(ds, lang, chosen),
        ratings=_ratings(ds, lang, chosen),
    )


def _profiles(ds: Dataset, lang: str, chosen: tuple[str, ...]) -> tuple[Profile, ...]:
    members = memberships(ds)
    made = []
    for row in profiles(ds, chosen).to_dict("records"):
        initiative_id = row["initiative_id"]
        made.append(Profile(
            initiative_id=initiative_id,
            name=own_words(row, "name", lang),
            place=" · ".join([
                i18n.t("compare_place", lang, municipality=row["municipality"],
                       province=row["province"]),
                i18n.kind_label(row["kind"], _inferred(members, initiative_id), lang),
                i18n.label("initiative_status", row["status"], lang),
                period_text(row["start"], row["start_precision"], row["end"],
                            row["end_precision"], lang, "compare_period",
                            "compare_period_unknown")]),
            lists_md=(partners_md(ds, initiative_id, lang) + "\n\n"
                      + figures_md(ds, initiative_id, lang)),
            factsheet_file=factsheet_filename(ds, initiative_id),
            sourced=Sourced.of(ds, profile_facts(ds, initiative_id), lang),
        ))
    return tuple(made)


def _ratings(ds: Dataset, lang: str, chosen: tuple[str, ...]) -> Card | None:
    """The ratings the sources give of the chosen ones (not the NJI monitor's unless tied to
    a wave); None when they give none."""
    ratings = monitor.ratings(ds, chosen)
    if ratings.empty:
        return None
    levels = [i18n.label("rating", level, lang) for level in ratings["rating"].cat.categories]
    return make_card(ds, lang, takeaways.ratings_title(ratings, lang),
                     ratings_figure(ratings, lang),
                     caption=i18n.t("ratings_caption", lang, levels=" < ".join(levels)),
                     data=ratings_table(ratings, lang))


def _inferred(members: dict[str, Membership], initiative_id: str) -> bool:
    """Whether the initiative's programme membership, and so its kind, is inferred."""
    member = members.get(initiative_id)
    return bool(member and member.inferred)
