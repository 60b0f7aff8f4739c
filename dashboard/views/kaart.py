"""Kaart: where the initiatives are, in which role, and who works with whom where.

The view lives in the URL (?rol=…&programma=…&jaar=…&gemeente=GM0106&initiatief=assen), so a
shared link shows the same map, panel and case.
"""

import streamlit as st

from dashboard import config
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.factsheet import factsheet_button
from dashboard.ui.lang import current, label, t
from dashboard.ui.leads import lead
from dashboard.ui.maps import (
    CASE_HEIGHT,
    MAP_COLUMNS,
    NATIONAL_HEIGHT,
    attribution,
    bring_into_view,
    legend,
)
from dashboard.ui.models.map import case_map, detail, national, opening
from dashboard.ui.provenance import sourced_by
from dashboard.ui.text import md_escape
from dashboard.ui.url import Param, keep, seed
from dashboard.ui.url_parse import Choice, Number

MAP_KEY = "map_national"
PICK_KEY = "map_gemeente"
DETAIL_KEY = "map_detail"
CLICKS = "map_clicks"
CASE_KEY = "map_initiatief"
LAST_PICK = "map_last_map_pick"

ds = dataset()
lang = current()
page = opening(ds, lang)
names = page.municipalities
initiative_names = page.initiatives
programme_names = page.programmes
kinds = page.kinds
years = page.years
PARAMS = (Param("rol", Choice(kinds, many=True), key="map_kinds"),
          Param("programma", Choice(programme_names, many=True), key="map_programmes"),
          Param("jaar", Number(years[0], years[-1]), key="map_year"),
          Param("gemeente", Choice(names), key=PICK_KEY),
          Param("initiatief", Choice(initiative_names), key=CASE_KEY))


st.title(t("map_title"))
lead(page.lead, t("map_intro"))

# --- filter ------------------------------------------------------------------------------------
seed(PARAMS)

cols = st.columns([2, 2, 1])
chosen_kinds = cols[0].multiselect(t("map_filter_kinds"), kinds, key="map_kinds",
                                   placeholder=t("choose_options"),
                                   format_func=lambda k: label("initiative_kind", k))
chosen_programmes = cols[1].multiselect(t("map_filter_programmes"), list(programme_names),
                                        placeholder=t("choose_options"), key="map_programmes",
                                        format_func=programme_names.__getitem__)
chosen_year = cols[2].selectbox(t("map_filter_year"), [None, *years], key="map_year",
                                placeholder=t("map_filter_all_years"),
                                help=t("map_filter_help"),
                                format_func=lambda y: t("map_filter_all_years") if y is None
                                else str(y))

# --- which municipality is picked: the map's last click, else the list, else the URL -----------
map_state = st.session_state.get(MAP_KEY)
clicked = None
if map_state:
    objects = map_state.get("selection", {}).get("objects", {}).get("roles", [])
    clicked = objects[0].get("gm_code") if objects else None
new_click = bool(clicked and clicked != st.session_state.get(LAST_PICK))
if new_click:
    st.session_state[LAST_PICK] = clicked
    st.session_state[PICK_KEY] = clicked
    st.session_state[CLICKS] = st.session_state.get(CLICKS, 0) + 1
shown = national(ds, lang, tuple(chosen_kinds), tuple(chosen_programmes), chosen_year,
                 st.session_state[PICK_KEY])

if shown.count is None:
    st.warning(t("map_filter_none"))
else:
    st.caption(md_escape(shown.count))
if shown.undated:
    st.info(md_escape(shown.undated))
picked = shown.picked
if shown.outside:
    st.info(md_escape(shown.outside))
    st.session_state[PICK_KEY] = None


def follow_pick() -> None:
    """A newly picked municipality also becomes the initiative of the map per initiative."""
    here = shown.initiatives_in.get(st.session_state[PICK_KEY])
    if here:
        st.session_state[CASE_KEY] = here[0]


if clicked and clicked == picked and st.session_state.get("map_followed") != clicked:
    st.session_state["map_followed"] = clicked
    follow_pick()

# --- national map ------------------------------------------------------------------------------
st.header(t("map_national"))
map_col, legend_col = st.columns(MAP_COLUMNS)
with map_col:
    st.pydeck_chart(shown.deck, on_select="rerun", selection_mode="single-object",
                    key=MAP_KEY, height=NATIONAL_HEIGHT)
    attribution(shown.source)
with legend_col:
    legend(shown.legend)

# --- detail panel ------------------------------------------------------------------------------
st.selectbox(t("map_pick_municipality"), [None, *shown.involved], key=PICK_KEY,
             on_change=follow_pick, placeholder=t("map_pick_none"),
             format_func=lambda c: t("map_pick_none") if c is None else names[c])
picked = st.session_state[PICK_KEY]


def page_links(initiative_id: str) -> None:
    """Links to the comparison and network views, when those pages exist in this build."""
    for file, text, query in (("vergelijken.py", "map_link_compare", "initiatives"),
                              ("netwerken.py", "map_link_network", "initiative")):
        if (config.ROOT / "dashboard" / "views" / file).exists():
            st.page_link(f"views/{file}", label=t(text),
                         query_params={query: initiative_id, **({"lang": lang}
                                                                if lang != "nl" else {})})


if picked is not None:
    panel = detail(ds, lang, picked, shown.initiatives_in[picked])
    with st.container(border=True, key=DETAIL_KEY):
        if new_click and picked == clicked:
            bring_into_view(DETAIL_KEY, f"{picked}-{st.session_state[CLICKS]}")
        st.subheader(md_escape(panel.title))
        st.markdown(f"**{md_escape(t('map_detail_initiatives'))}**")
        for initiative in panel.initiatives:
            st.markdown(f"**{md_escape(initiative.name)}**")
            st.caption(md_escape(initiative.line))
            st.markdown(md_escape(initiative.summary))
            page_links(initiative.initiative_id)
            factsheet_button(ds, initiative.initiative_id, initiative.factsheet_file, lang,
                             key=f"map-factsheet-{initiative.initiative_id}")

        if not panel.partners:
            st.write(t("map_detail_no_partners"))
        else:
            st.markdown(f"**{md_escape(t('map_detail_partners'))}**")
            st.markdown("\n".join(f"- **{md_escape(sector)}**: {md_escape(names_there)}"
                                   for sector, names_there in panel.partners))

        if panel.figures is None:
            st.write(t("map_detail_no_figures"))
        else:
            card(panel.figures)
        sourced_by(panel.sourced)

# --- map per initiative ------------------------------------------------------------------------
st.header(t("map_case"))
if shown.cases:
    if st.session_state[CASE_KEY] not in shown.cases:
        st.session_state[CASE_KEY] = shown.first_case
    initiative_id = st.selectbox(t("map_case_pick"), shown.cases, key=CASE_KEY,
                                 format_func=initiative_names.__getitem__)
    case = case_map(ds, lang, initiative_id)
    st.subheader(md_escape(case.title))
    map_col, legend_col = st.columns(MAP_COLUMNS)
    with map_col:
        st.pydeck_chart(case.deck, height=CASE_HEIGHT, key="map_case_chart")
        attribution(case.source)
    with legend_col:
        legend(case.legend)
    if case.no_places:
        st.write(t("map_case_no_places"))
    if case.unlocated:
        st.markdown(md_escape(case.unlocated))
    st.write(md_escape(case.ties))

# --- the view in the URL -----------------------------------------------------------------------
keep(PARAMS)
