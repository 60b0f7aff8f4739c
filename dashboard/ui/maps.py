"""Streamlit pieces for the maps: cached geometry and decks, the legend, the attribution.

Decks are built once per data version and view (filter, language, selection) and then reused
from the cache (core.memo), so a rerun that changes nothing else costs no geometry work.
"""

import functools
from typing import NamedTuple

import geopandas as gpd
import pandas as pd
import pydeck as pdk
import streamlit as st

from dashboard.data import Dataset
from dashboard.data.geo import load_municipalities, load_municipality_points, load_provinces
from dashboard.data.memo import memo
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
from dashboard.ui.card import SourceLine
from dashboard.ui.lang import label, t
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
    located: pd.DataFrame  # partners with a place, see core.places.located_partners
    unlocated: pd.DataFrame
    ties: pd.DataFrame  # see core.places.located_relations


@memo
def geometry() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, pd.DataFrame]:
    """Municipalities, provinces and municipality points (committed files, read once)."""
    return load_municipalities(), load_provinces(), load_municipality_points()


@memo
def municipality_names() -> dict[str, str]:
    """'Assen (Drenthe)' per gm_code, for pickers and headings."""
    municipalities = geometry()[0]
    return dict(zip(municipalities["gm_code"],
                    municipalities["name"] + " (" + municipalities["province"] + ")",
                    strict=True))


def initiatives_shown(ds: Dataset, chosen: InitiativeFilter) -> tuple[Filtered, pd.DataFrame]:
    """The initiatives the filter lets through and the roles of their municipalities."""
    filtered = filter_initiatives(ds, chosen)
    return filtered, municipality_roles(ds, filtered.initiatives)


class NationalMap(NamedTuple):
    deck: pdk.Deck
    legend: pd.DataFrame  # see core.places.national_legend


@memo
def national(ds: Dataset, chosen: InitiativeFilter, lang: str,
             selected: str | None) -> NationalMap:
    """The national deck for this filter, language and selection, and what its legend lists.

    Places tied to no initiative (e.g. a national meeting) are shown only without a filter,
    since no filter can tell whether they belong to it.
    """
    municipalities, provinces, points = geometry()
    shown, roles = initiatives_shown(ds, chosen)
    places = location_places(ds, shown.ids, not chosen.active)
    labels = national_labels(roles, places, points)
    return NationalMap(national_deck(municipalities, provinces, roles, places, labels, lang,
                                     selected), national_legend(roles, places))


@memo
def case_partners(ds: Dataset, initiative_id: str) -> CasePartners:
    """Where an initiative's partners are and which ties can be drawn."""
    located, unlocated = located_partners(ds, initiative_id, geometry()[2])
    return CasePartners(located, unlocated, located_relations(ds, initiative_id, located))


class CaseMap(NamedTuple):
    deck: pdk.Deck
    legend: pd.DataFrame  # see core.places.case_legend


@memo
def case(ds: Dataset, initiative_id: str, lang: str) -> CaseMap:
    """The deck of one initiative and what its legend lists."""
    municipalities = geometry()[0]
    initiative = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    partners = case_partners(ds, initiative_id)
    places = location_places(ds, (initiative_id,), include_unlinked=False)
    return CaseMap(case_deck(municipalities, initiative["gm_code"], initiative["kind"], places,
                             partners.located, partners.ties, lang),
                   case_legend(initiative["kind"], places, partners.located, partners.ties))


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


def legend(entries: pd.DataFrame) -> None:
    """The legend of what a map draws (core.places.national_legend / case_legend): the roles,
    then a heading and one line per mark for places, venues, partners and ties, each line with
    the mark as the map draws it."""
    by_section: dict[str, list[str]] = {}
    for section, key in zip(entries["section"], entries["key"], strict=True):
        by_section.setdefault(section, []).append(key)
    st.markdown(f"**{md_escape(t('map_legend'))}**")
    _swatches([(_swatch("role", key), _meaning("role", key)) for key in by_section["role"]])
    if "note" in by_section:
        st.caption(t("map_legend_order"))
    for section in ("place", "venue", "partner", "tie"):
        if section in by_section:
            st.markdown(f"**{md_escape(t(f'map_legend_{section}s'))}**")
            _swatches([(_swatch(section, key), _meaning(section, key))
                       for key in by_section[section]])


def _meaning(section: str, key: str) -> str:
    if section == "role":
        return {"none": t("map_legend_none"), "other": t("map_legend_other")}.get(
            key) or label("initiative_kind", key)
    return t(f"map_legend_{section}_{key}")


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


def _swatches(rows: list[tuple[str, str]]) -> None:
    """One line per swatch, all in one markdown element: the swatch is an inline image with a
    data URI (nothing fetched), its meaning the text beside it. A row of columns per swatch
    was a third of the map page's time."""
    st.markdown("  \n".join(_swatch_md(uri, text) for uri, text in rows))


def _swatch_md(uri: str, text: str) -> str:
    """An inline image of a swatch drawn here, and its escaped meaning. The URI is the one
    thing put into Markdown unescaped, so it must be one of our own PNG data URIs."""
    if not uri.startswith(PNG_URI):
        raise ValueError("a legend swatch must be a PNG data URI drawn by this module")
    return f"![]({uri}) {md_escape(text)}"
