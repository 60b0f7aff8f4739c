"""Streamlit pieces for the maps: cached geometry and decks, the legend, the attribution.

Decks are built once per data version and view (filter, language, selection) and then reused
from the cache (core.memo), so a rerun that changes nothing else costs no geometry work.
"""

import base64
import io
from typing import NamedTuple

import geopandas as gpd
import numpy as np
import pandas as pd
import pydeck as pdk
import streamlit as st
from PIL import Image

from dashboard.core import Dataset
from dashboard.core.geodata import load_municipalities, load_municipality_points, load_provinces
from dashboard.core.memo import memo
from dashboard.core.places import (
    Filtered,
    InitiativeFilter,
    filter_initiatives,
    located_partners,
    located_relations,
    location_places,
    municipality_roles,
)
from dashboard.ui.card import SourceLine
from dashboard.ui.lang import t
from dashboard.ui.text import md_escape
from dashboard.viz.maps import case_deck, national_deck
from dashboard.viz.palette import (
    KIND_COLOURS,
    MAP_BACKGROUND,
    PARTNER_COLOUR,
    PLACE_COLOUR,
    hex_to_rgb,
)


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


@memo
def national(ds: Dataset, chosen: InitiativeFilter, lang: str,
             selected: str | None) -> pdk.Deck:
    """The national deck for this filter, language and selection.

    Places tied to no initiative (e.g. a national meeting) are shown only without a filter,
    since no filter can tell whether they belong to it.
    """
    municipalities, provinces, _ = geometry()
    shown, roles = initiatives_shown(ds, chosen)
    include_unlinked = not (chosen.kinds or chosen.programmes or chosen.year is not None)
    return national_deck(municipalities, provinces, roles,
                         location_places(ds, shown.ids, include_unlinked), lang, selected)


@memo
def case_partners(ds: Dataset, initiative_id: str) -> CasePartners:
    """Where an initiative's partners are and which ties can be drawn."""
    located, unlocated = located_partners(ds, initiative_id, geometry()[2])
    return CasePartners(located, unlocated, located_relations(ds, initiative_id, located))


@memo
def case(ds: Dataset, initiative_id: str, lang: str) -> pdk.Deck:
    """The deck of one initiative."""
    municipalities = geometry()[0]
    initiative = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    partners = case_partners(ds, initiative_id)
    return case_deck(municipalities, initiative["gm_code"], initiative["kind"],
                     location_places(ds, (initiative_id,), include_unlinked=False),
                     partners.located, partners.ties, lang)


def attribution(source: SourceLine) -> None:
    """Under every map: the geometry's source, then the newsletters behind the data points."""
    st.caption(t("map_attribution"))
    st.caption(source.markdown())


def legend(kind_labels: dict[str, str]) -> None:
    """Colour swatches for the roles and marker shapes for coordinate precision (no HTML)."""
    st.markdown(f"**{md_escape(t('map_legend'))}**")
    _swatches([*((_square(KIND_COLOURS[kind]), text) for kind, text in kind_labels.items()),
               (_square(MAP_BACKGROUND), t("map_legend_none"))])
    st.caption(t("map_legend_order"))
    st.markdown(f"**{md_escape(t('map_legend_places'))}**")
    _swatches([(_dot(PLACE_COLOUR, 255, 5), t("map_legend_exact")),
               (_dot(PLACE_COLOUR, 110, 8), t("map_legend_neighbourhood")),
               (_dot(PLACE_COLOUR, 0, 10), t("map_legend_municipality"))])


def case_legend() -> None:
    """Extra legend lines of the map per initiative."""
    _swatches([(_dot(PARTNER_COLOUR, 0, 10), t("map_legend_partners")),
               (_line(), t("map_legend_ties"))])


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


SIZE = 22
PNG_URI = "data:image/png;base64,"


def _png(image: np.ndarray) -> str:
    """A swatch as a PNG data URI, drawn once per process."""
    buffer = io.BytesIO()
    Image.fromarray(image, mode="RGBA").save(buffer, format="PNG")
    return PNG_URI + base64.b64encode(buffer.getvalue()).decode("ascii")


@memo
def _square(colour: str) -> str:
    image = np.zeros((SIZE, SIZE, 4), dtype=np.uint8)
    image[2:-2, 2:-2] = [*hex_to_rgb(colour), 255]
    image[2:-2, [2, -3]] = image[[2, -3], 2:-2] = [140, 140, 140, 255]
    return _png(image)


@memo
def _dot(colour: str, fill_alpha: int, radius: int) -> str:
    """A marker as drawn on the map: fill with `fill_alpha` inside a 2-pixel ring."""
    y, x = np.mgrid[:SIZE, :SIZE]
    distance = np.hypot(x - (SIZE - 1) / 2, y - (SIZE - 1) / 2)
    image = np.zeros((SIZE, SIZE, 4), dtype=np.uint8)
    rgb = hex_to_rgb(colour)
    image[distance <= radius] = [*rgb, fill_alpha]
    image[(distance <= radius) & (distance > radius - 2)] = [*rgb, 255]
    return _png(image)


@memo
def _line() -> str:
    image = np.zeros((SIZE, SIZE, 4), dtype=np.uint8)
    for i in range(3, SIZE - 3):
        image[SIZE - 1 - i, i - 1:i + 2] = [51, 51, 51, 255]
    return _png(image)
