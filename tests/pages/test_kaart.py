"""Kaart: the deck sent to the browser, the filters and the detail panel, as a user drives them."""

import json

from dashboard.ui.maps import geometry
from tests.map_borders import outlined
from tests.pages.apptest import page_text, run_app, shown_tables

PAGE = "views/kaart.py"


def decks(at) -> list[dict]:
    return [json.loads(chart.proto.json) for chart in at.get("deck_gl_json_chart")]


def layers(spec: dict) -> dict[str, dict]:
    return {layer["id"]: layer for layer in spec["layers"]}


def highlighted(spec: dict) -> set[str]:
    return {r["gm_code"] for r in layers(spec)["roles"]["data"]}


def figure_rows(at) -> list[tuple[str, str, str]]:
    [table] = shown_tables(at)
    return [tuple(str(v) for v in row) for row in table.itertuples(index=False)]


# Where the fixture's initiatives lie: Groningen, Almere, Assen and Nijmegen (Lent).
INITIATIVE_MUNICIPALITIES = {"GM0014", "GM0034", "GM0106", "GM0268"}


def test_national_deck_holds_the_layers_and_the_municipalities_by_role():
    at = run_app(PAGE)
    national, case = decks(at)
    assert list(layers(national)) == ["municipalities", "borders", "provinces", "roles",
                                      "places", "venues", "labels"]
    assert highlighted(national) == INITIATIVE_MUNICIPALITIES
    assert national["mapStyle"] == "__MAP_STYLE__" and "mapProvider" not in national
    assert layers(case)["municipality"]["data"]["features"]


def test_every_map_has_its_attribution():
    at = run_app(PAGE)
    captions = [c.value for c in at.caption]
    assert sum(c.startswith("Bron: CBS / Kadaster") for c in captions) == 2
    assert sum(c.startswith(("Bron: ", "Bronnen: ")) and "Nieuwsbrief" in c
               for c in captions) >= 2


def test_select_box_opens_the_detail_panel():
    at = run_app(PAGE)
    assert not shown_tables(at)  # nothing picked yet
    at.selectbox(key="map_gemeente").set_value("GM0106").run()
    assert not at.exception
    assert "Assen (Drenthe)" in [s.value for s in at.subheader]
    assert [row[1:] for row in figure_rows(at)] == [
        ("Scholen", "12"), ("Kinderopvangvoorzieningen", "3"), ("Wijken", "3")]
    text = page_text(at)
    assert "Yorneo" in text and "Gemeente Assen" in text
    assert at.query_params["gemeente"] == "GM0106"
    national = decks(at)[0]
    assert outlined(layers(national)["selected"], geometry()[0]) == {"GM0106"}


def test_detail_panel_from_the_url_with_ranges_and_units():
    at = run_app(PAGE, gemeente="GM0014")
    assert "Groningen (Groningen)" in [s.value for s in at.subheader]
    rows = figure_rows(at)
    assert ("Samen in de BSO-groep", "Groepen per locatie", "2–3") in rows
    lent = run_app(PAGE, gemeente="GM0268")
    assert ("Basisschool Het Talent", "Units", "5") in figure_rows(lent)


def test_unknown_figures_are_shown_as_unknown():
    at = run_app(PAGE, gemeente="GM0034")
    assert "Kerncijfers: niet bekend uit de bronnen." in page_text(at)
    assert not shown_tables(at)


def test_the_panel_offers_each_initiatives_factsheet_also_one_that_is_no_case():
    at = run_app(PAGE, gemeente="GM0034")  # Almere: a front-runner, no case
    buttons = [b.proto.id.split("-map-factsheet-")[-1] for b in at.get("download_button")
               if "-map-factsheet-" in b.proto.id]
    assert buttons == ["koploper-almere"]


def test_unknown_url_values_are_ignored_gently():
    at = run_app(PAGE, gemeente="GM9999", rol="ufo", jaar="1850")
    infos = " ".join(i.value for i in at.info)
    for param, value in (("gemeente", "GM9999"), ("rol", "ufo"), ("jaar", "1850")):
        assert f"bij '{param}' niet bruikbaar en genegeerd: {value}." in infos
    assert not shown_tables(at)


def test_role_filter_and_panel_agree():
    at = run_app(PAGE, rol="koploper", gemeente="GM0106")
    assert highlighted(decks(at)[0]) == {"GM0034"}  # the one front-runner, Almere
    assert "Assen (Drenthe): geen initiatief bij het huidige filter." in [i.value for i in at.info]
    assert at.selectbox(key="map_gemeente").options[1:] == ["Almere (Flevoland)"]
    assert len(at.selectbox(key="map_initiatief").options) == 1


def test_year_filter_keeps_undated_initiatives_with_a_note():
    at = run_app(PAGE, jaar="2011")
    # Groningen ran from April 2012; Assen, Lent and Almere have no known period and stay.
    assert highlighted(decks(at)[0]) == {"GM0034", "GM0106", "GM0268"}
    assert ("Van 3 initiatieven is de looptijd niet (volledig) bekend uit de bronnen; ze "
            "blijven daarom zichtbaar bij het jaar 2011: BSO-pilot Assen; Dagarrangement Het "
            "Talent, Lent; Gemeentelijke koploper Almere.") in [i.value for i in at.info]


def test_programme_filter_includes_sub_programmes():
    at = run_app(PAGE, programma="alert4you")
    coloured = highlighted(decks(at)[0])
    assert "GM0106" in coloured and "GM0034" in coloured  # BSO pilot and front-runner
    assert "GM0268" not in coloured  # Lent belongs to another programme


def test_map_per_initiative_from_the_url():
    at = run_app(PAGE, initiatief="lent")
    case = layers(decks(at)[1])
    assert [f["properties"]["gm_code"] for f in case["municipality"]["data"]["features"]] == [
        "GM0268"]
    partners = " ".join(r["tooltip"] for r in case["partners"]["data"])
    assert "Basisschool Het Talent" in partners
    text = page_text(at)
    assert "Goudwinde" in text  # listed as not on the map: its home municipality is unknown


def test_picking_a_municipality_moves_the_map_per_initiative():
    at = run_app(PAGE)
    at.selectbox(key="map_gemeente").set_value("GM0268").run()
    assert at.selectbox(key="map_initiatief").value == "lent"
    assert at.query_params["initiatief"] == "lent"


def test_in_english():
    at = run_app(PAGE, lang="en", gemeente="GM0106")
    assert "Where does it happen?" in [t.value for t in at.title]
    national = decks(at)[0]
    tips = [r["tooltip"] for r in layers(national)["roles"]["data"] if r["gm_code"] == "GM0106"]
    assert "Role: BSO project" in tips[0]
    assert any(c.value.startswith("Source: CBS / Kadaster") for c in at.caption)


def legend_lines(at) -> list[str]:
    """The legend's lines as the reader reads them: each swatch's meaning, in order."""
    return [line.split(") ", 1)[1] for m in at.markdown if m.value.startswith("![](data:")
            for line in m.value.split("  \n")]


def test_the_national_map_names_its_municipalities():
    at = run_app(PAGE)
    names = [r["text"] for r in layers(decks(at)[0])["labels"]["data"]]
    assert names == ["Almere", "Assen", "Groningen", "Nijmegen", "Utrecht"]
    koplopers = run_app(PAGE, rol="koploper")
    assert [r["text"] for r in layers(decks(koplopers)[0])["labels"]["data"]] == ["Almere"]


def test_legends_list_only_what_the_maps_draw():
    at = run_app(PAGE, initiatief="lent")
    assert legend_lines(at) == [
        "BSO-project", "Experiment dagarrangement", "Gemeentelijke koploper",
        "Geen initiatief bekend",
        "BSO-locatie of school, getekend op het punt van de gemeente (CBS)",
        "Bijeenkomst, getekend op het punt van de gemeente (CBS)",
        # the map per initiative
        "Experiment dagarrangement", "Andere gemeenten (naam op de kaart)",
        "BSO-locatie of school, getekend op het punt van de gemeente (CBS)",
        "Partner, alleen de vestigingsgemeente bekend",
    ]
    koplopers = run_app(PAGE, rol="koploper", lang="en")
    assert legend_lines(koplopers)[:2] == ["Municipal front-runner", "No initiative known"]
    assert "Meeting, drawn at the municipality's point (CBS)" not in legend_lines(koplopers)
