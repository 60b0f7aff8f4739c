"""An initiative's map for the downloadable deck: plotly shapes from `data/geo`, no tiles.

The app draws its maps with pydeck, which needs WebGL and its own scripts; the deck must run
from one file anywhere, so it draws the same content (the municipality coloured by role, the
municipalities around it and their names, places, venues, partners and their ties) as plain
plotly scatter traces on longitude/latitude axes. No geo subplot either: plotly.js would fetch
its world topology from a CDN for that.
"""

import math

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go
from shapely.geometry.base import BaseGeometry

from dashboard.content import fact_words
from dashboard.data.dataset import Dataset
from dashboard.data.geo import load_municipalities, load_municipality_points, neighbours
from dashboard.data.schemas import own_words
from dashboard.i18n import kind_label, label, t
from dashboard.topics.membership import memberships
from dashboard.topics.places import located_partners, located_relations, location_places
from dashboard.viz.charts import base_layout
from dashboard.viz.maps import CONTEXT_MARGIN, surroundings
from dashboard.viz.palette import (
    MAP_BACKGROUND,
    MAP_CONTEXT_LABEL,
    MAP_OUTLINE,
    MAP_SELECTED,
    PARTNER_COLOUR,
    PLACE_COLOUR,
    ROLE_COLOURS,
    TIE_COLOURS,
    VENUE_COLOUR,
    hex_to_rgb,
)
from dashboard.viz.text import plot_text

ZOOM_MARGIN = 0.06  # degrees around the municipality, so its edge and markers are not cut


def _geometry() -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Municipalities and their points (committed files, read once)."""
    return load_municipalities(), load_municipality_points()


def case_map(ds: Dataset, initiative_id: str, lang: str, height: int) -> go.Figure:
    """The map of one initiative, zoomed to its municipality, drawn without a basemap."""
    municipalities, points = _geometry()
    row = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    member = memberships(ds).get(initiative_id)
    inferred = bool(member and member.inferred)
    own = municipalities[municipalities["gm_code"] == row["gm_code"]]
    partners, _ = located_partners(ds, initiative_id, points)
    ties = located_relations(ds, initiative_id, partners)
    places = location_places(ds, (initiative_id,), include_unlinked=False)
    fig = go.Figure([
        _shapes(surroundings(municipalities, own, CONTEXT_MARGIN)["geometry"], MAP_BACKGROUND,
                MAP_OUTLINE, 0.5),
        *[_shapes(own["geometry"], _fill(ROLE_COLOURS[row["kind"]]), MAP_SELECTED, 2,
                  f"{plot_text(n)} ({plot_text(p)}): "
                  f"{plot_text(kind_label(row['kind'], inferred, lang))}")
          for n, p in zip(own["name"], own["province"], strict=True)],
        *_ties(ties[~ties["same_place"]]),
        _names(neighbours(municipalities, row["gm_code"], _view_box(own.total_bounds))),
        _markers(partners["lon"], partners["lat"], PARTNER_COLOUR, 18, "square-open",
                 [f"{plot_text(n)} — {plot_text(label('sector', s, lang))}: "
                  f"{plot_text(fact_words.roles(r, lang))}"
                  for n, s, r in zip(own_words(partners, "name", lang), partners["sector"],
                                     partners["roles"], strict=True)],
                 t("map_tip_partners", lang)),
        *[_markers(chosen["lon"], chosen["lat"], colour, size, symbol,
                   ["; ".join(plot_text(n) for n in names) for names in chosen["names"]],
                   t(title, lang))
          for chosen, colour, size, symbol, title in (
              (_of(places, venue=False), PLACE_COLOUR, 10, "circle-open", "map_legend_places"),
              (_of(places, venue=True), VENUE_COLOUR, 9, "diamond-open", "map_legend_venues"))],
    ])
    base_layout(fig, height)
    _fit(fig, own.total_bounds if not own.empty else municipalities.total_bounds)
    return fig


def _of(places: pd.DataFrame, venue: bool) -> pd.DataFrame:
    """The places that are venues (or not): a venue is drawn apart, lighter."""
    return places[places["venue"].astype(bool) == venue] if not places.empty else places


def _view_box(bounds) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = (float(b) for b in bounds)
    return minx - ZOOM_MARGIN, miny - ZOOM_MARGIN, maxx + ZOOM_MARGIN, maxy + ZOOM_MARGIN


def _names(around: pd.DataFrame) -> go.Scatter:
    """The neighbours' names, grey, each on the part of its municipality the map shows. A
    name may reach past the map's edge into the card's margin rather than be cut there; the
    label placer keeps it inside the figure."""
    return go.Scatter(x=list(around["lon"]), y=list(around["lat"]), mode="text",
                      text=[plot_text(n) for n in around["name"]], hoverinfo="skip",
                      cliponaxis=False,
                      textfont={"color": MAP_CONTEXT_LABEL})


def _fill(colour: str) -> str:
    r, g, b = hex_to_rgb(colour)
    return f"rgba({r},{g},{b},0.35)"


def _outline(geometry: BaseGeometry) -> tuple[list[float | None], list[float | None]]:
    """The outer rings of a (multi)polygon as one line, rings apart by a gap."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    parts = getattr(geometry, "geoms", [geometry])
    for polygon in parts:
        x, y = polygon.exterior.xy
        xs += [*x, None]
        ys += [*y, None]
    return xs, ys


def _shapes(geometries: gpd.GeoSeries, fill: str, line: str, width: float,
            hover: str | None = None) -> go.Scatter:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for geometry in geometries:
        x, y = _outline(geometry)
        xs += x
        ys += y
    return go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill,
                      line={"color": line, "width": width},
                      hoverinfo="skip" if hover is None else "text", text=hover,
                      hoveron="fills")


def _ties(ties: pd.DataFrame) -> list[go.Scatter]:
    """One line trace per modality colour: stated practice dark, everything else grey."""
    traces = []
    practice = ties["modality"].eq("in_practice").fillna(False).astype(bool) & ~ties["inferred"]
    for colour, chosen in ((TIE_COLOURS["in_practice"], ties[practice]),
                           (TIE_COLOURS["not_in_practice"], ties[~practice])):
        if chosen.empty:
            continue
        xs: list[float | None] = []
        ys: list[float | None] = []
        for tie in chosen.itertuples(index=False):
            xs += [tie.from_lon, tie.to_lon, None]
            ys += [tie.from_lat, tie.to_lat, None]
        traces.append(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip",
                                 line={"color": colour, "width": 2}))
    return traces


def _markers(lon: pd.Series, lat: pd.Series, colour: str, size: int, symbol: str,
             texts: list[str], name: str) -> go.Scatter:
    """Open marks as on the app's maps: circles where an initiative works, diamonds where people
    met, squares for partners. `texts` are their hovers, escaped (viz.text)."""
    return go.Scatter(x=list(lon), y=list(lat), mode="markers", name=plot_text(name), text=texts,
                      hovertemplate="%{text}<extra></extra>",
                      marker={"size": size, "symbol": symbol, "color": colour,
                              "line": {"color": colour, "width": 2}})


def _fit(fig: go.Figure, bounds) -> None:
    """Longitude and latitude at the same scale at the municipality's latitude, axes hidden."""
    minx, miny, maxx, maxy = bounds
    middle = (miny + maxy) / 2
    fig.update_xaxes(visible=False, range=[minx - ZOOM_MARGIN, maxx + ZOOM_MARGIN],
                     fixedrange=True)
    fig.update_yaxes(visible=False, range=[miny - ZOOM_MARGIN, maxy + ZOOM_MARGIN],
                     scaleanchor="x", scaleratio=1 / math.cos(math.radians(middle)),
                     fixedrange=True)
    fig.update_layout(plot_bgcolor="white", hovermode="closest")
