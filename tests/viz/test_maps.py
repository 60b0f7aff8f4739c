"""The map builders: layers, features, colours per role, marker looks, safe tooltips, size."""

import json
import math

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from dashboard.data.geo import load_municipalities, load_municipality_points, load_provinces
from dashboard.topics.places import (
    InitiativeFilter,
    filter_initiatives,
    located_partners,
    located_relations,
    location_places,
    municipality_roles,
    national_labels,
)
from dashboard.viz import palette
from dashboard.viz.map_labels import name_box, project, text_size
from dashboard.viz.maps import (
    NATIONAL_SIZE,
    PRECISION_LOOK,
    case_deck,
    fit_view,
    national_deck,
    national_names,
    national_view,
)
from dashboard.viz.palette import (
    MAP_BACKGROUND,
    MAP_CONTEXT_LABEL,
    MAP_LABEL,
    ROLE_COLOURS,
    VENUE_COLOUR,
    hex_to_rgb,
)
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


def build_national(ds, geo, selected=None, roles=None, lang="nl", places=None):
    municipalities, provinces, points = geo
    roles = municipality_roles(ds) if roles is None else roles
    places = location_places(ds, ds.initiatives["initiative_id"]) if places is None else places
    labels = national_labels(roles, places, points)
    return national_deck(municipalities, provinces, roles, places, labels, lang, selected)


def test_national_layers_and_features(ds, geo):
    found = layers(build_national(ds, geo))
    assert list(found) == ["municipalities", "borders", "provinces", "roles", "places", "venues",
                           "labels"]
    assert len(found["municipalities"]["data"]["features"]) == 408
    assert found["municipalities"]["stroked"] is False  # its borders are the next layer
    # Only plain (non-composite) layers are pickable: Streamlit can select their objects.
    assert found["municipalities"]["pickable"] is False
    assert found["roles"]["@@type"] == "SolidPolygonLayer" and found["roles"]["pickable"] is True
    assert {r["gm_code"] for r in found["roles"]["data"]} == set(ds.initiatives["gm_code"])
    assert len(found["places"]["data"]) == 2  # Groningen's two BSOs share a point; Lent
    assert len(found["venues"]["data"]) == 1  # the werkplaats in Utrecht
    assert found["labels"]["@@type"] == "TextLayer" and found["labels"]["pickable"] is False


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
        assert fill[row.gm_code][:3] == hex_to_rgb(ROLE_COLOURS[row.main_kind])
    assert set(fill) == set(ds.initiatives["gm_code"])
    assert fill["GM0106"][:3] == hex_to_rgb(ROLE_COLOURS["bso_pilot"])
    assert fill["GM0268"][:3] == hex_to_rgb(ROLE_COLOURS["dagarrangement"])
    assert fill["GM0034"][:3] == hex_to_rgb(ROLE_COLOURS["koploper"])


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
    assert all(r["fill"][:3] == hex_to_rgb(ROLE_COLOURS["bso_pilot"])
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
    places = pd.DataFrame({
        "lat": [52.0, 52.1, 52.2, 52.3], "lon": [5.0, 5.1, 5.2, 5.3],
        "coord_precision": ["exact", "neighbourhood", "municipality", "municipality"],
        "venue": [False, False, False, True],
        "names": [["A"], ["B"], ["C"], ["D"]],
        "kinds": [["bso_locatie"]] * 3 + [["bijeenkomst"]],
        "gm_codes": [["GM0344"]] * 4, "initiative_ids": [[]] * 4, "source_ids": [[]] * 4,
    })
    found = layers(build_national(ds, geo, places=places))
    records = {r["precision"]: r for r in found["places"]["data"]}
    for precision, (alpha, radius) in PRECISION_LOOK.items():
        assert records[precision]["fill"][3] == alpha
        assert records[precision]["radius"] == radius
    assert records["exact"]["fill"][3] == 255 and records["municipality"]["fill"][3] == 0
    assert "Punt van de gemeente (CBS)" in records["municipality"]["tooltip"]
    [venue] = found["venues"]["data"]
    assert venue["tooltip"].splitlines()[:2] == ["D", "Soort: Bijeenkomst"]
    assert "Punt van de gemeente (CBS)" in venue["tooltip"]


def test_venues_are_lighter_smaller_diamonds(ds, geo):
    """A meeting place must never look like a place where a pilot runs: another shape, a lighter
    ink, a smaller mark than a place known as precisely."""
    found = layers(build_national(ds, geo))
    [venue] = found["venues"]["data"]
    place = next(r for r in found["places"]["data"] if r["precision"] == "municipality")
    assert found["venues"]["@@type"] == "IconLayer" and found["places"]["@@type"] == (
        "ScatterplotLayer")
    assert venue["shape"] == "diamond" and venue["icon"]["mask"] is True
    assert venue["line"][:3] == hex_to_rgb(VENUE_COLOUR) != place["line"][:3]
    assert sum(venue["line"][:3]) > sum(place["line"][:3])  # lighter
    assert venue["size"] < 2 * place["radius"]
    assert venue["icon"]["url"].startswith("data:image/png;base64,")  # nothing fetched


def test_names_on_the_national_map(ds, geo):
    """Every municipality with an initiative is named, then the venue's town, and no two names
    (nor a name and a marker) cover each other."""
    found = layers(build_national(ds, geo))
    names = {r["text"]: r for r in found["labels"]["data"]}
    assert list(names) == ["Almere", "Assen", "Groningen", "Nijmegen", "Utrecht"]
    assert names["Assen"]["size"] > names["Utrecht"]["size"]
    assert names["Assen"]["colour"] == hex_to_rgb(MAP_LABEL)
    assert names["Utrecht"]["colour"] == hex_to_rgb(MAP_CONTEXT_LABEL)


def test_names_in_a_crowd_stay_apart(ds, geo):
    """Around Amsterdam small municipalities lie close together: each name that is placed keeps
    clear of every other and of the frame's edges, the most important first."""
    municipalities, provinces, points = geo
    crowd = ["GM0384", "GM0034", "GM0479", "GM0363", "GM0362", "GM0437", "GM0457", "GM0415"]
    roles = pd.DataFrame({"gm_code": crowd, "initiative_ids": [["x"]] * len(crowd)})
    no_places = location_places(ds, [], include_unlinked=False)
    labels = national_labels(roles, no_places, points)
    placed = national_names(municipalities, roles, no_places, labels, national_view(provinces))
    assert list(placed["gm_code"]) == [c for c in labels["gm_code"]
                                       if c in set(placed["gm_code"])]
    assert len(placed) >= 6
    boxes = [label_box(row) for row in placed.itertuples(index=False)]
    assert not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                   for i, a in enumerate(boxes) for b in boxes[i + 1:])
    width, height = NATIONAL_SIZE
    assert all(-width / 2 <= b[0] and b[2] <= width / 2 and -height / 2 <= b[1]
               and b[3] <= height / 2 for b in boxes)


def label_box(row) -> tuple[float, float, float, float]:
    """The box a placed name covers, as map_labels draws it."""
    x, y = project(national_view(load_provinces()), row.lon, row.lat)
    width, height = text_size(row.name, row.kind)
    return name_box(row.anchor, row.baseline, x + row.dx, y + row.dy, (width, height))


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
                           "places", "venues", "partners", "ties", "labels"]
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
    assert ties[0]["tooltip"] == ("Centrum voor Jeugd en Gezin Nijmegen → Basisschool Het Talent\n"
                                  "Samenwerking")


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


def test_map_per_initiative_names_its_neighbours(ds, geo):
    """Assen amid its neighbours, each named on the part of it the map shows."""
    found = layers(build_case(ds, geo, "assen"))
    assert [r["text"] for r in found["labels"]["data"]] == [
        "Aa en Hunze", "Midden-Drenthe", "Noordenveld", "Tynaarlo"]
    assert {tuple(r["colour"]) for r in found["labels"]["data"]} == {
        tuple(hex_to_rgb(MAP_CONTEXT_LABEL))}


def test_partners_are_squares_around_the_place_rings(ds, geo):
    found = layers(build_case(ds, geo, "groningen"))
    partner = found["partners"]["data"][0]
    place = found["places"]["data"][0]
    assert found["partners"]["@@type"] == "IconLayer" and partner["shape"] == "square"
    assert partner["position"] == place["position"]  # both at Groningen's CBS point
    assert partner["size"] > 2 * place["radius"]  # the ring stays visible inside the square


def test_map_colours_mean_nothing_else_in_the_app():
    """A role's colour is used for nothing else (sectors, marks, ties), and stays apart from
    each of those colours (CIE Lab distance)."""
    elsewhere = {*palette.OKABE_ITO, *palette.SECTOR_COLOURS.values(), palette.MARK,
                 *palette.TIE_COLOURS.values()}
    chromatic = {c for c in elsewhere if len(set(hex_to_rgb(c))) > 1}
    for colour in ROLE_COLOURS.values():
        assert colour not in elsewhere
        assert min(lab_distance(colour, other) for other in chromatic) > 20, colour
    assert len(set(ROLE_COLOURS.values())) == len(ROLE_COLOURS)


def lab_distance(a: str, b: str) -> float:
    """CIE76 distance between two sRGB colours (D65)."""
    def lab(colour: str) -> tuple[float, float, float]:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                  for c in (v / 255 for v in hex_to_rgb(colour))]
        x, y, z = (sum(m * c for m, c in zip(row, linear, strict=True)) / white
                   for row, white in (((0.4124, 0.3576, 0.1805), 0.95047),
                                      ((0.2126, 0.7152, 0.0722), 1.0),
                                      ((0.0193, 0.1192, 0.9505), 1.08883)))
        f = [v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in (x, y, z)]
        return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])
    return math.dist(lab(a), lab(b))


def test_a_role_resting_on_an_inferred_membership_is_marked(ds, geo):
    """Groningen and Lent have their kind only through an inferred membership."""
    tips = {r["gm_code"]: r["tooltip"] for r in layers(build_national(ds, geo))["roles"]["data"]}
    assert tips["GM0014"].splitlines()[1] == "Rol: BSO-project (afgeleid)"
    assert tips["GM0268"].splitlines()[1] == "Rol: Experiment dagarrangement (afgeleid)"
    assert tips["GM0106"].splitlines()[1] == "Rol: BSO-project"
