"""Kaart: where the initiatives are, in which role, and who works with whom where.

The view lives in the URL (?rol=…&programma=…&jaar=…&gemeente=GM0106&initiatief=assen), so a
shared link shows the same map, panel and case.
"""

import pandas as pd
import streamlit as st

from dashboard import config
from dashboard.core.params import Choice
from dashboard.data import initiative_names as initiatives_by_id
from dashboard.data import vocab
from dashboard.data.memo import rows
from dashboard.data.refs import FACTS, pooled
from dashboard.data.schemas import own_words
from dashboard.i18n import membership_line
from dashboard.i18n.formatting import figure_text, metric_label
from dashboard.topics.membership import memberships
from dashboard.topics.places import (
    InitiativeFilter,
    amounts,
    case_map_facts,
    filter_years,
    key_figures,
    national_map_facts,
    partners_by_sector,
)
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, label, period, t, tm
from dashboard.ui.leads import lead
from dashboard.ui.maps import (
    CASE_HEIGHT,
    MAP_COLUMNS,
    NATIONAL_HEIGHT,
    attribution,
    bring_into_view,
    case,
    case_partners,
    initiatives_shown,
    legend,
    municipality_names,
    national,
)
from dashboard.ui.provenance import SourceLine, sourced_by
from dashboard.ui.query import init_state, keep_in_url, read_query
from dashboard.ui.text import md_escape

MAP_KEY = "map_national"
PICK_KEY = "map_gemeente"
DETAIL_KEY = "map_detail"
CLICKS = "map_clicks"
CASE_KEY = "map_initiatief"
LAST_PICK = "map_last_map_pick"

ds = dataset()
lang = current()
unknown = t("unknown")
names = municipality_names()
initiative_names = initiatives_by_id(ds, lang)
programme_names = dict(zip(ds.programmes["programme_id"], ds.programmes["name"], strict=True))
members = memberships(ds)


st.title(t("map_title"))
lead("map", t("map_intro"))

# --- filter ------------------------------------------------------------------------------------
kinds = [k for k in vocab.INITIATIVE_KINDS if k in set(ds.initiatives["kind"])]
years = filter_years(ds)
query = read_query({"rol": Choice(kinds, many=True),
                    "programma": Choice(programme_names, many=True),
                    "jaar": Choice([str(y) for y in years]), "gemeente": Choice(names),
                    "initiatief": Choice(initiative_names)})
init_state("map_kinds", query["rol"])
init_state("map_programmes", query["programma"])
init_state("map_year", int(query["jaar"]) if query["jaar"] else None)

cols = st.columns([2, 2, 1])
chosen_kinds = cols[0].multiselect(t("map_filter_kinds"), kinds, key="map_kinds",
                                   placeholder=t("choose_options"),
                                   format_func=lambda k: label("initiative_kind", k))
chosen_programmes = cols[1].multiselect(t("map_filter_programmes"), list(programme_names),
                                        placeholder=t("choose_options"),
                                        key="map_programmes", format_func=programme_names.get)
chosen_year = cols[2].selectbox(t("map_filter_year"), [None, *years], key="map_year",
                                placeholder=t("map_filter_all_years"),
                                help=t("map_filter_help"),
                                format_func=lambda y: t("map_filter_all_years") if y is None
                                else str(y))
chosen = InitiativeFilter(tuple(chosen_kinds), tuple(chosen_programmes), chosen_year)
filtered, roles = initiatives_shown(ds, chosen)
involved = list(roles["gm_code"])

if filtered.initiatives.empty:
    st.warning(t("map_filter_none"))
else:
    st.caption(tm("map_filter_count", count=len(filtered.initiatives),
                  municipalities=len(involved)))
if filtered.undated:
    st.info(md_escape(t("map_undated_note", count=len(filtered.undated), year=chosen_year,
                        names="; ".join(initiative_names[i] for i in filtered.undated))))

# --- which municipality is picked: the map's last click, else the list, else the URL -----------
init_state(PICK_KEY, query["gemeente"])
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
picked = st.session_state[PICK_KEY]
if picked is not None and picked not in involved:
    st.info(md_escape(t("map_picked_outside", municipality=names.get(picked, picked))))
    st.session_state[PICK_KEY] = picked = None


def follow_pick() -> None:
    """A newly picked municipality also becomes the initiative of the map per initiative."""
    chosen_code = st.session_state[PICK_KEY]
    here = filtered.initiatives[filtered.initiatives["gm_code"] == chosen_code]
    if not here.empty:
        st.session_state[CASE_KEY] = here["initiative_id"].iloc[0]


if clicked and clicked == picked and st.session_state.get("map_followed") != clicked:
    st.session_state["map_followed"] = clicked
    follow_pick()

# --- national map ------------------------------------------------------------------------------
st.header(t("map_national"))
national_map = national(ds, chosen, lang, picked)
map_col, legend_col = st.columns(MAP_COLUMNS)
with map_col:
    st.pydeck_chart(national_map.deck, on_select="rerun", selection_mode="single-object",
                    key=MAP_KEY, height=NATIONAL_HEIGHT)
    attribution(SourceLine.of_facts(ds, national_map_facts(ds, filtered.ids), lang))
with legend_col:
    legend(national_map.legend)

# --- detail panel ------------------------------------------------------------------------------
st.selectbox(t("map_pick_municipality"), [None, *involved], key=PICK_KEY, on_change=follow_pick,
             placeholder=t("map_pick_none"),
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
    here = filtered.initiatives[filtered.initiatives["gm_code"] == picked]
    with st.container(border=True, key=DETAIL_KEY):
        if new_click and picked == clicked:
            bring_into_view(DETAIL_KEY, f"{picked}-{st.session_state[CLICKS]}")
        st.subheader(md_escape(names[picked]))
        st.markdown(f"**{md_escape(t('map_detail_initiatives'))}**")
        for row in rows(here):
            st.markdown(f"**{md_escape(own_words(row, 'name', lang))}**")
            member = members.get(row["initiative_id"])
            st.caption(md_escape(" · ".join([label("initiative_kind", row["kind"]),
                                             label("initiative_status", row["status"]),
                                             membership_line(member and member.programme,
                                                             bool(member and member.inferred),
                                                             lang),
                                             period(row["start"], row["start_precision"],
                                                    row["end"], row["end_precision"])])))
            summary = own_words(row, "summary_nl", lang)
            st.markdown(md_escape(summary) if pd.notna(summary) else unknown)
            page_links(row["initiative_id"])

        sectors = partners_by_sector(ds, tuple(here["initiative_id"]))
        if sectors.empty:
            st.write(t("map_detail_no_partners"))
        else:
            st.markdown(f"**{md_escape(t('map_detail_partners'))}**")
            st.markdown("\n".join(
                f"- **{md_escape(label('sector', s))}**: {md_escape('; '.join(n))}"
                for s, n in zip(sectors["sector"], own_words(sectors, "names", lang),
                                strict=True)))

        figures = key_figures(ds, tuple(here["initiative_id"]))
        if figures.empty:
            st.write(t("map_detail_no_figures"))
        else:
            table = pd.DataFrame({
                t("map_col_subject"): [org if pd.notna(org) else ini for ini, org in
                                       zip(own_words(figures, "initiative", lang),
                                           own_words(figures, "organisation", lang),
                                           strict=True)],
                t("map_col_metric"): [metric_label(m, p, lang, mod)
                                      for m, p, mod in zip(figures["metric"], figures["per"],
                                                           figures["modality"], strict=True)],
                t("map_col_value"): [figure_text(*a, lang=lang) for a in amounts(figures)],
                FACTS: figures[FACTS],
            })
            card(t("map_detail_figures"), table)
        sourced_by(pooled([*here[FACTS], *sectors[FACTS]]))

# --- map per initiative ------------------------------------------------------------------------
st.header(t("map_case"))
options = list(filtered.initiatives["initiative_id"])
if options:
    init_state(CASE_KEY, query["initiatief"])
    if st.session_state[CASE_KEY] not in options:
        st.session_state[CASE_KEY] = next(
            (i for i in options if bool(ds.initiatives.set_index("initiative_id")
                                        .at[i, "case_study"])), options[0])
    initiative_id = st.selectbox(t("map_case_pick"), options, key=CASE_KEY,
                                 format_func=initiative_names.get)
    initiative = ds.initiatives.set_index("initiative_id").loc[initiative_id]
    st.subheader(md_escape(t("map_case_title", initiative=own_words(initiative, "name", lang),
                             municipality=names[initiative["gm_code"]])))
    partners = case_partners(ds, initiative_id)
    case_map = case(ds, initiative_id, lang)
    map_col, legend_col = st.columns(MAP_COLUMNS)
    with map_col:
        st.pydeck_chart(case_map.deck, height=CASE_HEIGHT, key="map_case_chart")
        case_locations = ds.locations[ds.locations["initiative_id"] == initiative_id]
        attribution(SourceLine.of_facts(ds, case_map_facts(ds, initiative_id), lang))
    with legend_col:
        legend(case_map.legend)
    if case_locations.empty:
        st.write(t("map_case_no_places"))
    if not partners.unlocated.empty:
        st.markdown(md_escape(t("map_case_unlocated",
                                names="; ".join(own_words(partners.unlocated, "name", lang)))))
    ties = partners.ties
    same = int(ties["same_place"].sum()) if not ties.empty else 0
    st.write(tm("map_case_ties", drawn=len(ties) - same, total=len(ties), same=same))

# --- the view in the URL -----------------------------------------------------------------------
view = {"rol": ",".join(chosen_kinds), "programma": ",".join(chosen_programmes),
        "jaar": "" if chosen_year is None else str(chosen_year), "gemeente": picked or "",
        "initiatief": st.session_state.get(CASE_KEY) or ""}
keep_in_url(view)
