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

from dashboard.content import fact_words
from dashboard.data.geo import (
    geojson_features,
    in_box,
    municipality_borders,
    neighbours,
    outline_segments,
)
from dashboard.data.schemas import own_words
from dashboard.i18n import kind_label, label, t
from dashboard.viz.map_labels import (
    FONT_PX,
    PAD_PX,
    Box,
    marker_box,
    mercator_y,
    place_labels,
    screen_box,
    unproject,
)
from dashboard.viz.palette import (
    MAP_BACKGROUND,
    MAP_BORDER,
    MAP_CONTEXT_LABEL,
    MAP_LABEL,
    MAP_LABEL_GROUND,
    MAP_OUTLINE,
    MAP_SELECTED,
    PARTNER_COLOUR,
    PLACE_COLOUR,
    ROLE_COLOURS,
    TIE_COLOURS,
    VENUE_COLOUR,
    hex_to_rgb,
)
from dashboard.viz.symbols import ICON_SCALE, mark

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
# A venue is a smaller, lighter diamond: a place where people met, not where a pilot runs.
VENUE_SCALE = 0.7
# The national map is fitted to the narrowest frame it gets beside its legend (a 1280 px
# screen); on a wider one the country keeps its size. Names are placed inside this frame.
NATIONAL_SIZE = (480, 580)
NATIONAL_MARGIN = 0.03
CASE_SIZE = (480, 440)
PARTNER_RING = 6  # partner squares reach this far past a location ring, which stays visible
# Streamlit's own face first: the page has it loaded, so names on the map match the page.
LABEL_FONT = "Source Sans, Arial, sans-serif"
# pydeck turns every plain string into a JavaScript expression; units must stay literal.
PIXELS = pdk.types.String("pixels")


class CompactDeck(pdk.Deck):
    """A finished Deck: its JSON has no indentation and is written once.

    pydeck indents its JSON by two spaces, which multiplies the size of polygon coordinates
    several times over; Streamlit sends `to_json()` to the browser, so compact JSON is what
    keeps the national map within its size budget. A page draws the same deck on every rerun
    (ui.cache keeps it), and writing the national map's polygons was most of the map page's
    time, so the deck keeps the JSON it wrote: it must not be changed after it is built.
    """

    def to_json(self) -> str:
        if "_written" not in self.__dict__:
            self.__dict__["_written"] = json.dumps(json.loads(pdk.Deck.to_json(self)),
                                                   sort_keys=True, separators=(",", ":"),
                                                   ensure_ascii=False)
        return self.__dict__["_written"]


# --- national map ------------------------------------------------------------------------------


def national_view(provinces: gpd.GeoDataFrame) -> pdk.ViewState:
    """The national map's view: the country filling NATIONAL_SIZE."""
    return fit_view(provinces.total_bounds, *NATIONAL_SIZE, margin=NATIONAL_MARGIN)


def national_deck(municipalities: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame,
                  roles: pd.DataFrame, places: pd.DataFrame, labels: pd.DataFrame,
                  lang: str = "nl", selected: str | None = None) -> pdk.Deck:
    """All municipalities coloured by role, their borders, province borders, located places and
    venues, and the names of `labels` (topics.places.national_labels) that fit.

    `roles` comes from topics.places.municipality_roles, `places` from
    topics.places.location_places; `selected` (a gm_code) gets a dark outline. Layer ids:
    municipalities, borders, provinces, roles, selected, places, venues, labels; roles (select
    it with st.pydeck_chart's on_select), places and venues are pickable.
    """
    borders = municipality_borders(municipalities)
    view = national_view(provinces)
    layers = [
        municipality_layer(municipalities),
        border_layer("borders", borders.within, MAP_BORDER, 0.5),
        border_layer("provinces", borders.between, MAP_OUTLINE, 1.2),
        role_layer(municipalities, roles, lang),
    ]
    if selected is not None and selected in set(municipalities["gm_code"]):
        chosen = municipalities[municipalities["gm_code"] == selected]
        layers.append(border_layer("selected", outline_segments(chosen), MAP_SELECTED, 3))
    layers += [places_layer(places, lang), venue_layer(places, lang),
               label_layer(national_names(municipalities, roles, places, labels, view))]
    return CompactDeck(layers=layers, initial_view_state=view, map_provider=None,
                       tooltip=TOOLTIP)


def national_names(municipalities: gpd.GeoDataFrame, roles: pd.DataFrame,
                   places: pd.DataFrame, labels: pd.DataFrame,
                   view: pdk.ViewState) -> pd.DataFrame:
    """Where the national map's names go (map_labels.place_labels): beside the municipality
    they name and its marker, clear of every marker and every other coloured municipality."""
    bounds = dict(zip(municipalities["gm_code"], municipalities.geometry.bounds.values,
                      strict=True))
    markers = marker_boxes(places, view)
    cores = [_union([screen_box(view, bounds[row.gm_code]),
                     *(box for box, spot in markers if spot == (row.lon, row.lat))])
             for row in labels.itertuples(index=False)]
    named = set(labels["gm_code"])
    others = [screen_box(view, bounds[c]) for c in roles["gm_code"] if c not in named]
    return place_labels(labels, view, NATIONAL_SIZE, cores, [box for box, _ in markers] + others)


def marker_boxes(places: pd.DataFrame, view: pdk.ViewState) -> list[tuple[Box, tuple]]:
    """The screen box of every place and venue marker, with its (lon, lat)."""
    boxes = []
    for row in places.itertuples(index=False):
        radius = PRECISION_LOOK[row.coord_precision][1] * (VENUE_SCALE if row.venue else 1)
        boxes.append((marker_box(view, row.lon, row.lat, radius + 1), (row.lon, row.lat)))
    return boxes


def _union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


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
        tip = role_tooltip(f"{shape['name']} ({shape['province']})", row.kinds, names, lang,
                           row.inferred_kinds)
        for polygon in polygon_parts(shape.geometry):
            records.append({"gm_code": row.gm_code, "polygon": polygon, "tooltip": tip,
                            "fill": [*hex_to_rgb(ROLE_COLOURS[row.main_kind]), 255]})
    return pdk.Layer("SolidPolygonLayer", records, id=layer_id, pickable=True,
                     auto_highlight=True, filled=True, get_polygon="polygon",
                     get_fill_color="fill")


def polygon_parts(geometry) -> list[list]:
    """Rings of each polygon of a (Multi)Polygon as rounded [lon, lat] lists."""
    shape = geometry.__geo_interface__
    polygons = shape["coordinates"] if shape["type"] == "MultiPolygon" else [shape["coordinates"]]
    return [[[[round(x, 5), round(y, 5)] for x, y in ring] for ring in polygon]
            for polygon in polygons]


def role_tooltip(place: str, kinds: Sequence[str], initiatives: Sequence[str], lang: str,
                 inferred_kinds: Sequence[str] = ()) -> str:
    """'Place', its roles (a role resting on an inferred membership marked so) and its
    initiatives, as plain text lines."""
    return "\n".join([
        place,
        f"{t('map_tip_role', lang)}: " + ", ".join(kind_label(k, k in inferred_kinds, lang)
                                                     for k in kinds),
        f"{t('map_tip_initiatives', lang)}: " + "; ".join(initiatives),
    ])


def border_layer(layer_id: str, segments: list[list[float]], colour: str,
                 width_px: float) -> pdk.Layer:
    """Borders as lines `width_px` wide, one record [lon, lat, lon, lat] per straight piece
    (data.geo.municipality_borders); `this` is the record in deck.gl's expressions."""
    return pdk.Layer("LineLayer", segments, id=layer_id, pickable=False,
                     get_source_position="[this[0], this[1]]",
                     get_target_position="[this[2], this[3]]",
                     get_color=hex_to_rgb(colour), get_width=width_px, width_units=PIXELS)


def places_layer(places: pd.DataFrame, lang: str, layer_id: str = "places",
                 colour: str = PLACE_COLOUR) -> pdk.Layer:
    """Where initiatives are at work (not venues); the marker's look shows how precise its
    coordinates are."""
    records = []
    for row in _of(places, venue=False):
        records.append(marker(row.lon, row.lat, row.coord_precision, colour,
                              place_tooltip(row.names, row.kinds, row.coord_precision, lang)))
    return scatter_layer(layer_id, records)


def venue_layer(places: pd.DataFrame, lang: str) -> pdk.Layer:
    """Where people met: light, small diamonds, filled as precisely as the spot is known."""
    records = []
    for row in _of(places, venue=True):
        alpha, radius = PRECISION_LOOK[row.coord_precision]
        records.append(icon_marker(row.lon, row.lat, row.coord_precision, "diamond",
                                   2 * radius * VENUE_SCALE, alpha, VENUE_COLOUR,
                                   place_tooltip(row.names, row.kinds, row.coord_precision,
                                                 lang)))
    return icon_layer("venues", records)


def _of(places: pd.DataFrame, venue: bool) -> list:
    """The rows of `places` that are venues (or not)."""
    if places.empty:
        return []
    return list(places[places["venue"].astype(bool) == venue].itertuples(index=False))


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


def icon_marker(lon: float, lat: float, precision: str, shape: str, size: float, alpha: int,
                colour: str, tooltip: str) -> dict:
    """One icon record: `shape` `size` pixels across, its fill as opaque as `alpha`.

    The icon is white and deck.gl paints it in `colour` (mask mode), keeping the icon's own
    opacity, which is how a hollow shape stays hollow.
    """
    size = round(size)
    side = size * ICON_SCALE
    rgb = hex_to_rgb(colour)
    return {"position": [round(float(lon), 5), round(float(lat), 5)], "shape": shape,
            "icon": {"url": mark(shape, "#FFFFFF", alpha, size, scale=ICON_SCALE),
                     "id": f"{shape}-{alpha}-{size}", "width": side, "height": side,
                     "mask": True},
            "size": size, "fill": [*rgb, alpha], "line": [*rgb, 255], "precision": precision,
            "tooltip": tooltip}


def icon_layer(layer_id: str, records: list[dict]) -> pdk.Layer:
    return pdk.Layer("IconLayer", records, id=layer_id, pickable=True, get_position="position",
                     get_icon="icon", get_size="size", size_units=PIXELS, get_color="line")


def label_layer(names: pd.DataFrame, layer_id: str = "labels") -> pdk.Layer:
    """Names in screen pixels on a white box, so they read on any fill. Names of municipalities
    with an initiative are larger and darker than those given for orientation."""
    records = [{"position": [round(float(row.lon), 5), round(float(row.lat), 5)],
                "text": row.name, "anchor": row.anchor, "baseline": row.baseline,
                "offset": [row.dx, row.dy], "size": FONT_PX[row.kind],
                "colour": hex_to_rgb(MAP_LABEL if row.kind == "initiative"
                                     else MAP_CONTEXT_LABEL)}
               for row in names.itertuples(index=False)]
    return pdk.Layer(
        "TextLayer", records, id=layer_id, pickable=False, get_position="position",
        get_text="text", get_size="size", size_units=PIXELS, get_color="colour",
        get_text_anchor="anchor", get_alignment_baseline="baseline", get_pixel_offset="offset",
        font_family=pdk.types.String(LABEL_FONT), font_weight=600,
        character_set=pdk.types.String("auto"), background=True,
        get_background_color=[*hex_to_rgb(MAP_LABEL_GROUND), 225],
        background_padding=[*PAD_PX, *PAD_PX],
    )


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
# The map per initiative shows its municipality with this much of its size around it on each
# side, so the neighbours it names can be seen.
CASE_MARGIN = 0.3


def case_deck(municipalities: gpd.GeoDataFrame, gm_code: str, kind: str, places: pd.DataFrame,
              partners: pd.DataFrame, ties: pd.DataFrame, lang: str = "nl",
              inferred: bool = False) -> pdk.Deck:
    """One initiative: its municipality amid its named neighbours, locations, partners and ties.

    `partners` and `ties` come from topics.places.located_partners / located_relations. Ties whose
    ends share one point have no length and are left out of the line layer. Layer ids:
    municipalities, borders, provinces, municipality, outline, places, venues, partners, ties,
    labels.
    """
    own = municipalities[municipalities["gm_code"] == gm_code]
    around = surroundings(municipalities, own)
    box = context_box(own)
    borders = municipality_borders(municipalities)
    view = case_view(own)
    layers = [
        pdk.Layer("GeoJsonLayer", geojson_features(around[["gm_code", "geometry"]]),
                  id="municipalities", stroked=False, filled=True, pickable=False,
                  get_fill_color=hex_to_rgb(MAP_BACKGROUND)),
        border_layer("borders", in_box(borders.within, box), MAP_BORDER, 0.5),
        border_layer("provinces", in_box(borders.between, box), MAP_OUTLINE, 1.2),
        case_municipality_layer(own, kind, lang, inferred),
        border_layer("outline", outline_segments(own), MAP_SELECTED, 2),
        places_layer(places, lang),
        venue_layer(places, lang),
        partner_layer(partners, lang),
        ties_layer(ties, partners, lang),
        label_layer(neighbour_names(municipalities, gm_code, places, partners, view)),
    ]
    return CompactDeck(layers=layers, initial_view_state=view, map_provider=None,
                       tooltip=TOOLTIP)


def case_view(own: gpd.GeoDataFrame) -> pdk.ViewState:
    """The view of an initiative's map: its municipality with room around it."""
    return fit_view(own.total_bounds, *CASE_SIZE, margin=CASE_MARGIN)


def neighbour_names(municipalities: gpd.GeoDataFrame, gm_code: str, places: pd.DataFrame,
                    partners: pd.DataFrame, view: pdk.ViewState) -> pd.DataFrame:
    """Where the names of the municipality's neighbours go: each on the part of its neighbour
    the map shows (data.geo.neighbours), clear of markers and of each other."""
    width, height = CASE_SIZE
    corners = [unproject(view, x, y) for x, y in ((-width / 2, height / 2),
                                                     (width / 2, -height / 2))]
    shown = neighbours(municipalities, gm_code, (*corners[0], *corners[1]))
    obstacles = [box for box, _ in marker_boxes(places, view)]
    obstacles += [marker_box(view, row.lon, row.lat,
                             PRECISION_LOOK[row.coord_precision][1] + PARTNER_RING)
                  for row in partners.itertuples(index=False)]
    cores = [marker_box(view, row.lon, row.lat, 0) for row in shown.itertuples(index=False)]
    return place_labels(shown.assign(kind="neighbour"), view, CASE_SIZE, cores, obstacles)


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


def case_municipality_layer(own: gpd.GeoDataFrame, kind: str, lang: str,
                            inferred: bool = False) -> pdk.Layer:
    frame = own[["gm_code", "geometry"]].copy()
    frame["tooltip"] = [f"{n} ({p})\n{t('map_tip_role', lang)}: "
                        f"{kind_label(kind, inferred, lang)}"
                        for n, p in zip(own["name"], own["province"], strict=True)]
    return pdk.Layer(
        "GeoJsonLayer", geojson_features(frame), id="municipality", pickable=True,
        stroked=False, filled=True, get_fill_color=[*hex_to_rgb(ROLE_COLOURS[kind]), 90],
    )


def partner_layer(partners: pd.DataFrame, lang: str) -> pdk.Layer:
    """Partner organisations at their municipality's point, as squares around the point's
    place marker; one square per point lists them all."""
    records = []
    if not partners.empty:
        for (lat, lon, precision), group in partners.groupby(["lat", "lon", "coord_precision"],
                                                             sort=True):
            lines = [f"{name} — {label('sector', sector, lang)}: "
                     f"{fact_words.roles(roles, lang)}"
                     for name, sector, roles in zip(own_words(group, "name", lang),
                                                    group["sector"],
                                                    group["roles"], strict=True)]
            tip = "\n".join([t("map_tip_partners", lang), *lines,
                             f"{t('map_tip_precision', lang)}: "
                             + label("coord_precision", precision, lang)])
            alpha, radius = PRECISION_LOOK[precision]
            records.append(icon_marker(lon, lat, precision, "square",
                                       2 * (radius + PARTNER_RING), alpha, PARTNER_COLOUR, tip))
    return icon_layer("partners", records)


def ties_layer(ties: pd.DataFrame, partners: pd.DataFrame, lang: str) -> pdk.Layer:
    """Lines for the ties between two located organisations at different points."""
    names = dict(zip(partners["org_id"], own_words(partners, "name", lang), strict=True))
    records = []
    for row in ties[~ties["same_place"]].itertuples(index=False) if not ties.empty else []:
        records.append({
            "from": [round(float(row.from_lon), 5), round(float(row.from_lat), 5)],
            "to": [round(float(row.to_lon), 5), round(float(row.to_lat), 5)],
            "colour": hex_to_rgb(TIE_COLOURS[
                "in_practice" if row.modality == "in_practice" and not row.inferred
                else "not_in_practice"]),
            "tooltip": f"{names[row.from_org_id]} → {names[row.to_org_id]}\n"
                       + fact_words.relation(row.kind, row.modality, row.inferred, lang),
        })
    return pdk.Layer("LineLayer", records, id="ties", pickable=True,
                     get_source_position="from", get_target_position="to",
                     get_color="colour", get_width=3, width_units=PIXELS)


# --- view --------------------------------------------------------------------------------------


def fit_view(bounds: Sequence[float], width: int, height: int,
             margin: float = 0.08) -> pdk.ViewState:
    """The web-mercator view that shows `bounds` (minx, miny, maxx, maxy) in width x height px."""
    minx, miny, maxx, maxy = (float(b) for b in bounds)
    y_low, y_high = mercator_y(miny), mercator_y(maxy)
    dx = max(maxx - minx, 1e-6) / 360.0
    dy = max(y_high - y_low, 1e-9) / (2 * math.pi)
    zoom = min(math.log2(width / 512 / dx), math.log2(height / 512 / dy))
    zoom -= math.log2(1 + 2 * margin)
    centre_lat = math.degrees(math.atan(math.sinh((y_low + y_high) / 2)))
    return pdk.ViewState(longitude=round((minx + maxx) / 2, 5), latitude=round(centre_lat, 5),
                         zoom=round(zoom, 2), min_zoom=5, max_zoom=15)
