"""The map builders: layers, features, colours per role, marker looks, safe tooltips, size."""

import json

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from dashboard.core.geodata import load_municipalities, load_municipality_points, load_provinces
from dashboard.core.places import (
    InitiativeFilter,
    filter_initiatives,
    located_partners,
    located_relations,
    location_places,
    municipality_roles,
)
from dashboard.viz.maps import PRECISION_LOOK, case_deck, fit_view, national_deck
from dashboard.viz.palette import KIND_COLOURS, MAP_BACKGROUND, hex_to_rgb
from tests.map_borders import ends, outlined, segment_set, vertices

NASTY = "<script>alert('x')</script> & \"quoted\""
SIZE_BUDGET = 300 * 1024


@pytest.fixture(scope="module")
def geo() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, pd.DataFrame]:
    return load_municipalities(), load_provinces(), load_municipality_points()


def layers(deck) -> dict[str, dict]:
    return layers_of(json.loads(deck.to_json()))


def layers_of(spec: dict) -> dict[str, dict]:
    return {layer["id"]: layer for layer in spec["layers"]}


def build_national(ds, geo, selected=None, roles=None, lang="nl"):
    municipalities, provinces, _ = geo
    roles = municipality_roles(ds) if roles is None else roles
    places = location_places(ds, ds.initiatives["initiative_id"])
    return national_deck(municipalities, provinces, roles, places, lang, selected)


def test_national_layers_and_features(ds, geo):
    found = layers(build_national(ds, geo))
    assert list(found) == ["municipalities", "borders", "provinces", "roles", "places"]
    assert len(found["municipalities"]["data"]["features"]) == 408
    assert found["municipalities"]["stroked"] is False  # its borders are the next layer
    # Only plain (non-composite) layers are pickable: Streamlit can select their objects.
    assert found["municipalities"]["pickable"] is False
    assert found["roles"]["@@type"] == "SolidPolygonLayer" and found["roles"]["pickable"] is True
    assert {r["gm_code"] for r in found["roles"]["data"]} == set(ds.initiatives["gm_code"])
    assert len(found["places"]["data"]) == len(ds.locations[["lat", "lon"]].drop_duplicates())


def test_borders_are_line_segments_each_drawn_once(ds, geo):
    """Borders are LineLayers (cheap to draw without a graphics card): every corner of every
    municipality is on one, a border two municipalities share is one segment, and the
    province borders are the borders between municipalities of two provinces and the
    country's outline."""
    municipalities = geo[0]
    found = layers(build_national(ds, geo))
    within, between = found["borders"], found["provinces"]
    for layer in (within, between):
        assert layer["@@type"] == "LineLayer" and layer["pickable"] is False
        assert len(segment_set(layer)) == len(layer["data"])
    assert not segment_set(within) & segment_set(between)
    assert ends(within) | ends(between) == set().union(*map(vertices, municipalities.geometry))
    province_edges = shapely.union_all([
        shapely.boundary(shapely.union_all(group.geometry.values))
        for _, group in municipalities.groupby("prov_code")])

    def on_province_edge(s: list[float]) -> bool:
        return province_edges.distance(shapely.LineString([s[:2], s[2:]]).centroid) < 1e-7

    assert all(map(on_province_edge, between["data"]))
    assert not any(map(on_province_edge, within["data"]))


def test_no_basemap_and_text_tooltips(ds, geo):
    spec = json.loads(build_national(ds, geo).to_json())
    # pydeck's "no style chosen" sentinel: Streamlit then draws no basemap and fetches nothing
    # (an explicit map_style=None would make it fall back to Carto tiles).
    assert spec["mapStyle"] == "__MAP_STYLE__" and "mapProvider" not in spec
    deck = build_national(ds, geo)
    assert deck.map_provider is None
    assert deck._tooltip["text"] == "{tooltip}" and "html" not in deck._tooltip


def test_municipalities_coloured_by_role(ds, geo):
    found = layers(build_national(ds, geo))
    assert len(found["municipalities"]["data"]["features"]) == 408
    assert found["municipalities"]["getFillColor"][:3] == hex_to_rgb(MAP_BACKGROUND)
    fill = {r["gm_code"]: r["fill"] for r in found["roles"]["data"]}
    for row in municipality_roles(ds).itertuples():
        assert fill[row.gm_code][:3] == hex_to_rgb(KIND_COLOURS[row.main_kind])
    assert set(fill) == set(ds.initiatives["gm_code"])
    assert fill["GM0106"][:3] == hex_to_rgb(KIND_COLOURS["bso_pilot"])
    assert fill["GM0268"][:3] == hex_to_rgb(KIND_COLOURS["dagarrangement"])
    assert fill["GM0034"][:3] == hex_to_rgb(KIND_COLOURS["koploper"])


def test_tooltips_name_role_and_initiatives(ds, geo):
    tips = {r["gm_code"]: r["tooltip"] for r in layers(build_national(ds, geo))["roles"]["data"]}
    assert tips["GM0106"].splitlines() == ["Assen (Drenthe)", "Rol: BSO-project",
                                           "Initiatieven: BSO-pilot Assen"]
    english = layers(build_national(ds, geo, lang="en"))["roles"]["data"]
    assert "Role: BSO project" in next(r for r in english if r["gm_code"] == "GM0106")["tooltip"]


def test_an_inferred_membership_is_marked_in_the_tooltip(ds, geo):
    tips = {r["gm_code"]: r["tooltip"] for r in layers(build_national(ds, geo))["roles"]["data"]}
    inferred = ds.initiatives[ds.initiatives["programme_basis"] == "inferred"]
    for row in inferred.itertuples():
        assert f"{row.name} (lid van het programma: afgeleid, niet gezegd)" in tips[row.gm_code]
    stated = ds.initiatives[ds.initiatives["programme_basis"] == "stated"]
    for row in stated.itertuples():
        assert f"{row.name} (lid" not in tips[row.gm_code]


def test_role_polygons_are_the_municipality_shapes(ds, geo):
    records = layers(build_national(ds, geo))["roles"]["data"]
    assen = [r["polygon"] for r in records if r["gm_code"] == "GM0106"]
    shape = geo[0].set_index("gm_code").loc["GM0106"].geometry
    parts = len(getattr(shape, "geoms", [shape]))
    assert len(assen) == parts
    assert all(r["fill"][:3] == hex_to_rgb(KIND_COLOURS["bso_pilot"])
               for r in records if r["gm_code"] == "GM0106")


def test_data_text_stays_plain_text(ds, geo):
    """A name with markup reaches the browser only as a value of the text tooltip."""
    roles = municipality_roles(ds)
    roles.at[0, "initiative_names"] = [NASTY]
    spec = json.loads(build_national(ds, geo, roles=roles).to_json())
    tips = [r["tooltip"] for r in layers_of(spec)["roles"]["data"]]
    assert any(NASTY in tip for tip in tips)
    deck = build_national(ds, geo, roles=roles)
    assert set(deck._tooltip) == {"text", "style"}


def test_selected_municipality_is_outlined(ds, geo):
    found = layers(build_national(ds, geo, selected="GM0106"))
    assert outlined(found["selected"], geo[0]) == {"GM0106"}
    assert "selected" not in layers(build_national(ds, geo, selected="GM9999"))


def test_marker_look_follows_precision(ds, geo):
    municipalities, provinces, _ = geo
    places = pd.DataFrame({
        "lat": [52.0, 52.1, 52.2], "lon": [5.0, 5.1, 5.2],
        "coord_precision": ["exact", "neighbourhood", "municipality"],
        "names": [["A"], ["B"], ["C"]], "kinds": [["bso_locatie"]] * 3,
        "initiative_ids": [[]] * 3, "source_ids": [[]] * 3,
    })
    deck = national_deck(municipalities, provinces, municipality_roles(ds), places)
    records = {r["precision"]: r for r in layers(deck)["places"]["data"]}
    for precision, (alpha, radius) in PRECISION_LOOK.items():
        assert records[precision]["fill"][3] == alpha
        assert records[precision]["radius"] == radius
    assert records["exact"]["fill"][3] == 255 and records["municipality"]["fill"][3] == 0
    assert "Alleen gemeente bekend" in records["municipality"]["tooltip"]


def test_national_deck_fits_its_size_budget(ds, geo):
    size = len(build_national(ds, geo, selected="GM0106").to_json().encode("utf-8"))
    assert size <= SIZE_BUDGET, f"national deck JSON is {size} bytes"


def build_case(ds, geo, initiative_id, organisations=None):
    municipalities, _, points = geo
    initiative = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    located, _ = located_partners(ds, initiative_id, points)
    if organisations is not None:
        located = organisations(located)
    ties = located_relations(ds, initiative_id, located)
    return case_deck(municipalities, initiative["gm_code"], initiative["kind"],
                     location_places(ds, [initiative_id], include_unlinked=False), located, ties)


def test_case_deck_zooms_to_its_municipality(ds, geo):
    deck = build_case(ds, geo, "groningen")
    found = layers(deck)
    assert list(found) == ["municipalities", "borders", "provinces", "municipality", "outline",
                           "places", "partners", "ties"]
    assert outlined(found["outline"], geo[0]) == {"GM0014"}
    assert [f["properties"]["gm_code"] for f in found["municipality"]["data"]["features"]] == [
        "GM0014"]
    bounds = geo[0].set_index("gm_code").loc[["GM0014"]].total_bounds
    view = json.loads(deck.to_json())["initialViewState"]
    assert bounds[0] < view["longitude"] < bounds[2]
    assert bounds[1] < view["latitude"] < bounds[3]
    assert view["zoom"] > json.loads(build_national(ds, geo).to_json())[
        "initialViewState"]["zoom"] + 2
    groningen = ds.locations[ds.locations["initiative_id"] == "groningen"]
    tips = " ".join(r["tooltip"] for r in found["places"]["data"])
    assert all(name in tips for name in groningen["name"])


def test_case_partners_and_ties(ds, geo):
    found = layers(build_case(ds, geo, "assen"))
    partner_tips = " ".join(r["tooltip"] for r in found["partners"]["data"])
    assert "Gemeente Assen" in partner_tips and "Yorneo" not in partner_tips  # no known home
    assert all(r["fill"][3] == 0 for r in found["partners"]["data"])  # municipality-only rings
    assert found["ties"]["data"] == []  # every located Assen partner shares one point


def test_case_ties_drawn_between_two_places(ds, geo):
    def move_its(located):
        located = located.copy()
        row = located["org_id"] == "cjg-nijmegen"
        located.loc[row, ["lat", "lon"]] = [51.84, 5.72]
        return located

    ties = layers(build_case(ds, geo, "lent", move_its))["ties"]["data"]
    assert len(ties) == 1
    assert ties[0]["from"] == [5.72, 51.84]
    assert ties[0]["tooltip"].startswith("Centrum voor Jeugd en Gezin Nijmegen → ")


def test_case_partner_names_stay_plain_text(ds, geo):
    def rename(located):
        located = located.copy()
        located.loc[located.index[0], "name"] = NASTY
        return located

    partner_tips = [r["tooltip"] for r in layers(build_case(ds, geo, "lent", rename))["partners"][
        "data"]]
    assert any(NASTY in tip for tip in partner_tips)


def test_fit_view_of_the_netherlands(geo):
    view = fit_view(geo[1].total_bounds, 700, 560)
    assert 5.0 < view.longitude < 5.6 and 52.0 < view.latitude < 52.4
    assert 6 < view.zoom < 7.5


def test_filtered_roles_change_the_colours(ds, geo):
    pilots = filter_initiatives(ds, InitiativeFilter(kinds=("koploper",)))
    roles = municipality_roles(ds, pilots.initiatives)
    coloured = {r["gm_code"] for r in layers(build_national(ds, geo, roles=roles))["roles"]["data"]}
    assert coloured == set(pilots.initiatives["gm_code"])


def test_accessors_are_single_expressions(ds, geo):
    """pydeck prefixes accessor strings with '@@='; a second prefix breaks the map in a browser."""
    specs = [build_national(ds, geo), build_case(ds, geo, "lent")]
    for spec in (json.loads(deck.to_json()) for deck in specs):
        for layer in spec["layers"]:
            for name, value in layer.items():
                if name.startswith("get") and isinstance(value, str):
                    assert value.startswith("@@=") and value.count("@@=") == 1, (name, value)
                if name.endswith("Units"):
                    assert value == "pixels", (name, value)


def test_case_deck_sends_only_the_surroundings(ds, geo):
    deck = build_case(ds, geo, "assen")
    features = layers(deck)["municipalities"]["data"]["features"]
    context = {f["properties"]["gm_code"] for f in features}
    assert "GM0106" in context
    assert 1 < len(context) < len(geo[0]) / 4
    assert len(deck.to_json()) <= 100_000
