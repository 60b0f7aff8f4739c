"""pydeck maps without a basemap: the provinces and municipalities themselves are the map.

No tiles are fetched (`map_provider=None`), so the maps work offline on a projector. Tooltips
use deck.gl's "text" form, which shows values as plain text: data containing `<`, `&` or quotes
can never become markup. Attribution for every map: "Bron: CBS / Kadaster".
"""

import json
import math
from collections.abc import Sequence

import geopandas as gpd
import pandas as pd
import pydeck as pdk

from dashboard.core.geodata import (
    geojson_features,
    in_box,
    municipality_borders,
    outline_segments,
)
from dashboard.core.memo import memo
from dashboard.i18n import label, t
from dashboard.i18n.formatting import own_words
from dashboard.viz.palette import (
    KIND_COLOURS,
    MAP_BACKGROUND,
    MAP_BORDER,
    MAP_OUTLINE,
    MAP_SELECTED,
    PARTNER_COLOUR,
    PLACE_COLOUR,
    TIE_COLOURS,
    hex_to_rgb,
)

TOOLTIP = {"text": "{tooltip}",
           "style": {"backgroundColor": "white", "color": "black", "fontSize": "14px",
                     "border": "1px solid #5E5E5E", "whiteSpace": "pre-line"}}

# How a marker shows the precision of its coordinates: fill opacity and radius in pixels.
# An exact spot is a small filled dot; a municipality-only point is a large hollow ring.
PRECISION_LOOK = {
    "exact": (255, 6),
    "neighbourhood": (110, 10),
    "municipality": (0, 14),
}
NATIONAL_SIZE = (480, 540)  # the view is fitted for about this many pixels (width, height)
CASE_SIZE = (480, 440)
PARTNER_RING = 8  # partner rings are this many pixels wider, so a location ring stays visible
# pydeck turns every plain string into a JavaScript expression; units must stay literal.
PIXELS = pdk.types.String("pixels")


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation and is serialised only once.

    pydeck indents its JSON by two spaces, which multiplies the size of polygon coordinates
    several times over; Streamlit sends `to_json()` to the browser, so compact JSON is what
    keeps the national map within its size budget. Decks are cached and reused on every rerun,
    and serialising the national map's polygons was most of the map page's time, so the JSON
    of a cached deck is cached with it: a deck is finished when it is built and must not be
    changed afterwards.
    """

    def to_json(self) -> str:
        return _compact_json(self)


@memo
def _compact_json(deck: pdk.Deck) -> str:
    return json.dumps(json.loads(pdk.Deck.to_json(deck)), sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False)


# --- national map ------------------------------------------------------------------------------


def national_deck(municipalities: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame,
                  roles: pd.DataFrame, places: pd.DataFrame, lang: str = "nl",
                  selected: str | None = None) -> pdk.Deck:
    """All municipalities coloured by role, their borders, province borders, located places.

    `roles` comes from core.places.municipality_roles, `places` from core.places.location_places;
    `selected` (a gm_code) gets a dark outline. Layer ids: municipalities, borders, provinces,
    roles, selected, places; roles (select it with st.pydeck_chart's on_select) and places are
    pickable.
    """
    borders = municipality_borders(municipalities)
    layers = [
        municipality_layer(municipalities),
        border_layer("borders", borders.within, MAP_BORDER, 0.5),
        border_layer("provinces", borders.between, MAP_OUTLINE, 1.2),
        role_layer(municipalities, roles, lang),
    ]
    if selected is not None and selected in set(municipalities["gm_code"]):
        chosen = municipalities[municipalities["gm_code"] == selected]
        layers.append(border_layer("selected", outline_segments(chosen), MAP_SELECTED, 3))
    layers.append(places_layer(places, lang))
    return CompactDeck(layers=layers, initial_view_state=fit_view(provinces.total_bounds,
                                                                  *NATIONAL_SIZE),
                       map_provider=None, tooltip=TOOLTIP)


def municipality_layer(municipalities: gpd.GeoDataFrame) -> pdk.Layer:
    """Every municipality in light grey: the ground `role_layer` paints the roles on and
    `border_layer` draws the borders over. Shapes only, so the national map stays light.
    """
    return pdk.Layer(
        "GeoJsonLayer", geojson_features(municipalities[["geometry"]]), id="municipalities",
        pickable=False, stroked=False, filled=True,
        get_fill_color=[*hex_to_rgb(MAP_BACKGROUND), 255],
    )


def role_layer(municipalities: gpd.GeoDataFrame, roles: pd.DataFrame, lang: str,
               layer_id: str = "roles") -> pdk.Layer:
    """The municipalities with a role as plain polygons in the colour of their main role:
    pickable, selectable, with tooltips.

    One record per polygon part (gm_code, polygon, fill, tooltip), so a selection hands back
    the municipality's gm_code.
    """
    shapes = municipalities.set_index("gm_code")
    records = []
    for row in roles.itertuples(index=False):
        shape = shapes.loc[row.gm_code]
        inferred = own_words(row, "inferred_names", lang)
        names = [t("map_tip_inferred", lang, name=n) if n in inferred else n
                 for n in own_words(row, "initiative_names", lang)]
        tip = role_tooltip(f"{shape['name']} ({shape['province']})", row.kinds, names, lang)
        for polygon in polygon_parts(shape.geometry):
            records.append({"gm_code": row.gm_code, "polygon": polygon, "tooltip": tip,
                            "fill": [*hex_to_rgb(KIND_COLOURS[row.main_kind]), 255]})
    return pdk.Layer("SolidPolygonLayer", records, id=layer_id, pickable=True,
                     auto_highlight=True, filled=True, get_polygon="polygon",
                     get_fill_color="fill")


def polygon_parts(geometry) -> list[list]:
    """Rings of each polygon of a (Multi)Polygon as rounded [lon, lat] lists."""
    shape = geometry.__geo_interface__
    polygons = shape["coordinates"] if shape["type"] == "MultiPolygon" else [shape["coordinates"]]
    return [[[[round(x, 5), round(y, 5)] for x, y in ring] for ring in polygon]
            for polygon in polygons]


def role_tooltip(place: str, kinds: Sequence[str], initiatives: Sequence[str], lang: str) -> str:
    """'Place', its roles and its initiatives, as plain text lines."""
    return "\n".join([
        place,
        f"{t('map_tip_role', lang)}: " + ", ".join(label("initiative_kind", k, lang)
                                                     for k in kinds),
        f"{t('map_tip_initiatives', lang)}: " + "; ".join(initiatives),
    ])


def border_layer(layer_id: str, segments: list[list[float]], colour: str,
                 width_px: float) -> pdk.Layer:
    """Borders as lines `width_px` wide, one record [lon, lat, lon, lat] per straight piece
    (core.geodata.municipality_borders); `this` is the record in deck.gl's expressions."""
    return pdk.Layer("LineLayer", segments, id=layer_id, pickable=False,
                     get_source_position="[this[0], this[1]]",
                     get_target_position="[this[2], this[3]]",
                     get_color=hex_to_rgb(colour), get_width=width_px, width_units=PIXELS)


def places_layer(places: pd.DataFrame, lang: str, layer_id: str = "places",
                 colour: str = PLACE_COLOUR) -> pdk.Layer:
    """Located places; the marker's look shows how precise its coordinates are."""
    records = []
    for row in places.itertuples(index=False):
        records.append(marker(row.lon, row.lat, row.coord_precision, colour,
                              place_tooltip(row.names, row.kinds, row.coord_precision, lang)))
    return scatter_layer(layer_id, records)


def place_tooltip(names: Sequence[str], kinds: Sequence[str], precision: str, lang: str) -> str:
    """Names of the places at one spot, their kinds and how precisely the spot is known."""
    kind_labels = sorted({t(f"map_place_kind_{k}", lang) for k in kinds})
    return "\n".join([
        "; ".join(names),
        f"{t('map_tip_kind', lang)}: " + ", ".join(kind_labels),
        f"{t('map_tip_precision', lang)}: " + label("coord_precision", precision, lang),
    ])


def marker(lon: float, lat: float, precision: str, colour: str, tooltip: str,
           extra: int = 0) -> dict:
    """One scatter record: filled for an exact spot, a hollow ring for a municipality point."""
    alpha, radius = PRECISION_LOOK[precision]
    radius += extra
    rgb = hex_to_rgb(colour)
    return {"position": [round(float(lon), 5), round(float(lat), 5)], "fill": [*rgb, alpha],
            "line": [*rgb, 255], "radius": radius, "precision": precision, "tooltip": tooltip}


def scatter_layer(layer_id: str, records: list[dict]) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer", records, id=layer_id, pickable=True, stroked=True, filled=True,
        get_position="position", get_fill_color="fill", get_line_color="line",
        get_radius="radius", radius_units=PIXELS, line_width_units=PIXELS,
        get_line_width=2,
    )


# --- map per case ------------------------------------------------------------------------------

# Degrees around a case's municipality whose neighbours are drawn as context.
CONTEXT_MARGIN = 0.5


def case_deck(municipalities: gpd.GeoDataFrame, gm_code: str, kind: str, places: pd.DataFrame,
              partners: pd.DataFrame, ties: pd.DataFrame, lang: str = "nl") -> pdk.Deck:
    """One initiative: its municipality (zoomed to its bounds), locations, partners and ties.

    `partners` and `ties` come from core.places.located_partners / located_relations. Ties whose
    ends share one point have no length and are left out of the line layer. Layer ids:
    municipalities, borders, provinces, municipality, outline, places, partners, ties.
    """
    own = municipalities[municipalities["gm_code"] == gm_code]
    around = surroundings(municipalities, own)
    box = context_box(own)
    borders = municipality_borders(municipalities)
    layers = [
        pdk.Layer("GeoJsonLayer", geojson_features(around[["gm_code", "geometry"]]),
                  id="municipalities", stroked=False, filled=True, pickable=False,
                  get_fill_color=hex_to_rgb(MAP_BACKGROUND)),
        border_layer("borders", in_box(borders.within, box), MAP_BORDER, 0.5),
        border_layer("provinces", in_box(borders.between, box), MAP_OUTLINE, 1.2),
        case_municipality_layer(own, kind, lang),
        border_layer("outline", outline_segments(own), MAP_SELECTED, 2),
        places_layer(places, lang),
        partner_layer(partners, lang),
        ties_layer(ties, partners, lang),
    ]
    return CompactDeck(layers=layers, initial_view_state=fit_view(own.total_bounds, *CASE_SIZE),
                       map_provider=None, tooltip=TOOLTIP)


def surroundings(municipalities: gpd.GeoDataFrame, own: gpd.GeoDataFrame,
                 margin: float = CONTEXT_MARGIN) -> gpd.GeoDataFrame:
    """The municipalities near `own`: the grey context a zoomed-in view can show, no more.

    Sending all 408 municipalities would triple the map's size for shapes that lie off screen.
    """
    minx, miny, maxx, maxy = context_box(own, margin)
    return municipalities.cx[minx:maxx, miny:maxy]


def context_box(own: gpd.GeoDataFrame,
                margin: float = CONTEXT_MARGIN) -> tuple[float, float, float, float]:
    """`own`'s bounds (minx, miny, maxx, maxy) widened by `margin` degrees on every side."""
    minx, miny, maxx, maxy = (float(b) for b in own.total_bounds)
    return minx - margin, miny - margin, maxx + margin, maxy + margin


def case_municipality_layer(own: gpd.GeoDataFrame, kind: str, lang: str) -> pdk.Layer:
    frame = own[["gm_code", "geometry"]].copy()
    frame["tooltip"] = [f"{n} ({p})\n{t('map_tip_role', lang)}: "
                        f"{label('initiative_kind', kind, lang)}"
                        for n, p in zip(own["name"], own["province"], strict=True)]
    return pdk.Layer(
        "GeoJsonLayer", geojson_features(frame), id="municipality", pickable=True,
        stroked=False, filled=True, get_fill_color=[*hex_to_rgb(KIND_COLOURS[kind]), 90],
    )


def partner_layer(partners: pd.DataFrame, lang: str) -> pdk.Layer:
    """Partner organisations at their municipality's point; one marker per point lists them all."""
    records = []
    if not partners.empty:
        for (lat, lon, precision), group in partners.groupby(["lat", "lon", "coord_precision"],
                                                             sort=True):
            lines = [f"{name} — {label('sector', sector, lang)} "
                     f"({', '.join(label('role', r, lang) for r in roles)})"
                     for name, sector, roles in zip(own_words(group, "name", lang),
                                                    group["sector"],
                                                    group["roles"], strict=True)]
            tip = "\n".join([t("map_tip_partners", lang), *lines,
                             f"{t('map_tip_precision', lang)}: "
                             + label("coord_precision", precision, lang)])
            records.append(marker(lon, lat, precision, PARTNER_COLOUR, tip, PARTNER_RING))
    return scatter_layer("partners", records)


def ties_layer(ties: pd.DataFrame, partners: pd.DataFrame, lang: str) -> pdk.Layer:
    """Lines for the ties between two located organisations at different points."""
    names = dict(zip(partners["org_id"], own_words(partners, "name", lang), strict=True))
    records = []
    for row in ties[~ties["same_place"]].itertuples(index=False) if not ties.empty else []:
        records.append({
            "from": [round(float(row.from_lon), 5), round(float(row.from_lat), 5)],
            "to": [round(float(row.to_lon), 5), round(float(row.to_lat), 5)],
            "colour": hex_to_rgb(TIE_COLOURS["in_practice" if row.modality == "in_practice"
                                             else "not_in_practice"]),
            "tooltip": f"{names[row.from_org_id]} → {names[row.to_org_id]}\n"
                       f"{label('relation_kind', row.kind, lang)} "
                       f"({label('modality', row.modality, lang)})",
        })
    return pdk.Layer("LineLayer", records, id="ties", pickable=True,
                     get_source_position="from", get_target_position="to",
                     get_color="colour", get_width=3, width_units=PIXELS)


# --- view --------------------------------------------------------------------------------------


def fit_view(bounds: Sequence[float], width: int, height: int,
             margin: float = 0.08) -> pdk.ViewState:
    """The web-mercator view that shows `bounds` (minx, miny, maxx, maxy) in width x height px."""
    minx, miny, maxx, maxy = (float(b) for b in bounds)
    y_low, y_high = _mercator_y(miny), _mercator_y(maxy)
    dx = max(maxx - minx, 1e-6) / 360.0
    dy = max(y_high - y_low, 1e-9) / (2 * math.pi)
    zoom = min(math.log2(width / 512 / dx), math.log2(height / 512 / dy))
    zoom -= math.log2(1 + 2 * margin)
    centre_lat = math.degrees(math.atan(math.sinh((y_low + y_high) / 2)))
    return pdk.ViewState(longitude=round((minx + maxx) / 2, 5), latitude=round(centre_lat, 5),
                         zoom=round(zoom, 2), min_zoom=5, max_zoom=15)


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
