"""The maps' pieces: the decks and legends as a page model makes them, and what draws them.

The builders (`national`, `case`, `map_legend`) are pure: a page's model (ui.models.map)
calls them once per data version and view, and the page draws what they made with `legend`,
`attribution` and st.pydeck_chart, so a rerun that changes nothing costs no geometry work.
"""

import functools
from dataclasses import dataclass
from typing import NamedTuple

import geopandas as gpd
import pandas as pd
import pydeck as pdk
import streamlit as st

from dashboard import i18n
from dashboard.data import Dataset
from dashboard.data.geo import load_municipalities, load_municipality_points, load_provinces
from dashboard.topics.membership import memberships
from dashboard.topics.places import (
    Filtered,
    InitiativeFilter,
    case_legend,
    filter_initiatives,
    located_partners,
    located_relations,
    location_places,
    municipality_roles,
    national_labels,
    national_legend,
)
from dashboard.ui.cache import entry
from dashboard.ui.lang import t
from dashboard.ui.provenance import SourceLine
from dashboard.ui.text import md_escape
from dashboard.viz.maps import (
    CASE_SIZE,
    NATIONAL_SIZE,
    PRECISION_LOOK,
    VENUE_SCALE,
    case_deck,
    national_deck,
)
from dashboard.viz.palette import (
    MAP_BACKGROUND,
    PARTNER_COLOUR,
    PLACE_COLOUR,
    ROLE_COLOURS,
    TIE_COLOURS,
    VENUE_COLOUR,
)
from dashboard.viz.symbols import PNG_URI, SWATCH_PX, area, line, mark

# A map takes the width its country needs beside its legend (viz.maps.NATIONAL_SIZE), at the
# height its view is fitted for.
MAP_COLUMNS = [3, 2]
NATIONAL_HEIGHT = NATIONAL_SIZE[1]
CASE_HEIGHT = CASE_SIZE[1]


class CasePartners(NamedTuple):
    located: pd.DataFrame  # partners with a place, see topics.places.located_partners
    unlocated: pd.DataFrame
    ties: pd.DataFrame  # see topics.places.located_relations


@entry
def geometry() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, pd.DataFrame]:
    """Municipalities, provinces and municipality points: committed files that do not change
    while the app runs (data/geo, not a data version), so they are read once per process.
    Read-only, like everything the cache hands out."""
    return load_municipalities(), load_provinces(), load_municipality_points()


def municipality_names() -> dict[str, str]:
    """'Assen (Drenthe)' per gm_code, for pickers and headings."""
    municipalities = geometry()[0]
    return dict(zip(municipalities["gm_code"],
                    municipalities["name"] + " (" + municipalities["province"] + ")",
                    strict=True))


@dataclass(frozen=True)
class LegendSection:
    """A heading and its swatches: one Markdown element, a swatch and its meaning per line."""

    heading: str
    lines_md: str


@dataclass(frozen=True)
class Legend:
    """A map's legend as drawn: the roles' swatches, whether the colour order needs saying,
    then a section per kind of mark."""

    roles_md: str
    several_roles: bool
    sections: tuple[LegendSection, ...]


class NationalMap(NamedTuple):
    filtered: Filtered  # the initiatives the filter lets through
    roles: pd.DataFrame  # their municipalities, see topics.places.municipality_roles
    deck: pdk.Deck  # viz.maps.CompactDeck: it writes its JSON once
    legend: Legend


def national(ds: Dataset, chosen: InitiativeFilter, lang: str,
             selected: str | None) -> NationalMap:
    """The national map for this filter, language and selection, and what its legend lists.

    `selected` (a gm_code) is outlined when the filter shows an initiative there. Places tied
    to no initiative (e.g. a national meeting) are shown only without a filter, since no
    filter can tell whether they belong to it.
    """
    municipalities, provinces, points = geometry()
    filtered = filter_initiatives(ds, chosen)
    roles = municipality_roles(ds, filtered.initiatives)
    places = location_places(ds, filtered.ids, not chosen.active)
    labels = national_labels(roles, places, points)
    outlined = selected if selected in set(roles["gm_code"]) else None
    deck = national_deck(municipalities, provinces, roles, places, labels, lang, outlined)
    return NationalMap(filtered, roles, deck,
                       map_legend(national_legend(roles, places), lang))


def case_partners(ds: Dataset, initiative_id: str) -> CasePartners:
    """Where an initiative's partners are and which ties can be drawn."""
    located, unlocated = located_partners(ds, initiative_id, geometry()[2])
    return CasePartners(located, unlocated, located_relations(ds, initiative_id, located))


class CaseMap(NamedTuple):
    deck: pdk.Deck  # viz.maps.CompactDeck: it writes its JSON once
    legend: Legend
    partners: CasePartners


def case(ds: Dataset, initiative_id: str, lang: str) -> CaseMap:
    """The map of one initiative, its legend, and where its partners are."""
    municipalities = geometry()[0]
    initiative = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    partners = case_partners(ds, initiative_id)
    places = location_places(ds, (initiative_id,), include_unlinked=False)
    member = memberships(ds).get(initiative_id)
    deck = case_deck(municipalities, initiative["gm_code"], initiative["kind"], places,
                     partners.located, partners.ties, lang, bool(member and member.inferred))
    entries = case_legend(initiative["kind"], places, partners.located, partners.ties)
    return CaseMap(deck, map_legend(entries, lang), partners)


INTO_VIEW = "bso_into_view"
# Runs once per new token: when the panel's top is hidden (above the window, or so low that
# little of it shows), scroll it to the top of the window, below Streamlit's header. The mark
# on its element tells it apart from the chart components, which draw something.
INTO_VIEW_JS = """
const seen = new Map();
export default function ({ parentElement, data }) {
  parentElement.dataset.bsoIntoView = "";
  if (seen.get(data.target) === data.token) return;
  seen.set(data.target, data.token);
  requestAnimationFrame(() => {
    const panel = document.querySelector(`.st-key-${data.target}`) || parentElement;
    const top = panel.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) {
      panel.style.scrollMarginTop = "4rem";
      panel.scrollIntoView({block: "start"});
    }
  });
}
"""


@functools.cache
def _into_view():
    """Registered on first use, inside a run (see ui/chart.py)."""
    return st.components.v2.component(INTO_VIEW, js=INTO_VIEW_JS, isolate_styles=False)


def bring_into_view(target: str, token: str) -> None:
    """Scroll the container with key `target` into the window once per `token` (e.g. a click on
    a map, whose answer is drawn further down the page)."""
    _into_view()(data={"target": target, "token": token}, key=f"{INTO_VIEW}-{target}")


def attribution(source: SourceLine) -> None:
    """Under every map: the geometry's source, then the newsletters behind the data points."""
    st.caption(t("map_attribution"))
    st.caption(source.markdown())


def map_legend(entries: pd.DataFrame, lang: str) -> Legend:
    """The legend of what a map draws (topics.places.national_legend / case_legend): the roles,
    then a heading and one line per mark for places, venues, partners and ties, each line with
    the mark as the map draws it."""
    by_section: dict[str, list[str]] = {}
    for section, key in zip(entries["section"], entries["key"], strict=True):
        by_section.setdefault(section, []).append(key)
    return Legend(
        roles_md=_swatches_md([(_swatch("role", key), _meaning("role", key, lang))
                         for key in by_section["role"]]),
        several_roles="note" in by_section,
        sections=tuple(LegendSection(
                           i18n.t(f"map_legend_{section}s", lang),
                           _swatches_md([(_swatch(section, key), _meaning(section, key, lang))
                                         for key in by_section[section]]))
                       for section in ("place", "venue", "partner", "tie")
                       if section in by_section))


def legend(made: Legend) -> None:
    """Draw a map's legend (map_legend)."""
    st.markdown(f"**{md_escape(t('map_legend'))}**")
    st.markdown(made.roles_md)
    if made.several_roles:
        st.caption(t("map_legend_order"))
    for section in made.sections:
        st.markdown(f"**{md_escape(section.heading)}**")
        st.markdown(section.lines_md)


def _meaning(section: str, key: str, lang: str) -> str:
    if section == "role":
        return {"none": i18n.t("map_legend_none", lang),
                "other": i18n.t("map_legend_other", lang)}.get(
            key) or i18n.label("initiative_kind", key, lang)
    return i18n.t(f"map_legend_{section}_{key}", lang)


def _swatch(section: str, key: str) -> str:
    """The mark a map draws for a legend entry, as an image."""
    if section == "role":
        return area({"none": MAP_BACKGROUND, "other": MAP_BACKGROUND}.get(key)
                    or ROLE_COLOURS[key])
    if section == "tie":
        return line(TIE_COLOURS[key])
    alpha, radius = PRECISION_LOOK[key]
    if section == "venue":
        return mark("diamond", VENUE_COLOUR, alpha, 2 * radius * VENUE_SCALE, SWATCH_PX)
    if section == "partner":
        return mark("square", PARTNER_COLOUR, alpha, SWATCH_PX - 2, SWATCH_PX)
    return mark("circle", PLACE_COLOUR, alpha, min(2 * radius, SWATCH_PX - 2), SWATCH_PX)


def _swatches_md(rows: list[tuple[str, str]]) -> str:
    """One line per swatch, all for one markdown element: the swatch is an inline image with a
    data URI (nothing fetched), its meaning the text beside it. A row of columns per swatch
    was a third of the map page's time."""
    return "  \n".join(_swatch_md(uri, text) for uri, text in rows)


def _swatch_md(uri: str, text: str) -> str:
    """An inline image of a swatch drawn here, and its escaped meaning. The URI is the one
    thing put into Markdown unescaped, so it must be one of our own PNG data URIs."""
    if not uri.startswith(PNG_URI):
        raise ValueError("a legend swatch must be a PNG data URI drawn by this module")
    return f"![]({uri}) {md_escape(text)}"
