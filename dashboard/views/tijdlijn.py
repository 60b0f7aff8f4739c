"""Tijdlijn: how far each initiative is, and what happened or was planned when.

The view lives in the URL (?initiatief=groningen&gemeente=GM0014&soort=start,einde&rijen=gemeente
&monitor=1&periode=alles), so a shared link shows the same timeline.
"""

import streamlit as st

from dashboard.topics.timeline import GROUPINGS
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, label, t
from dashboard.ui.leads import lead
from dashboard.ui.models.timeline import choices, timeline
from dashboard.ui.text import md_escape
from dashboard.ui.url import Param, keep, seed
from dashboard.ui.url_parse import Choice, Word

ds = dataset()
lang = current()
offered = choices(ds, lang)
initiative_names = offered.initiatives
municipality_names = offered.places
places = list(offered.places)
kinds = list(offered.kinds)
PARAMS = (Param("initiatief", Choice(initiative_names, many=True), key="timeline_initiatives"),
          Param("gemeente", Choice(places, many=True), key="timeline_municipalities"),
          Param("soort", Choice(kinds, many=True), key="timeline_kinds"),
          Param("rijen", Word({"initiatief": "initiative", "gemeente": "municipality"},
                              default="initiative"), key="timeline_grouping"),
          Param("monitor", Word({"1": True}, default=False), key="timeline_waves"),
          Param("periode", Word({"alles": True}, default=False), key="timeline_whole"))


st.title(t("timeline_title"))
lead(offered.lead, t("timeline_intro"))

# --- filters -----------------------------------------------------------------------------------
seed(PARAMS)

cols = st.columns([3, 2, 2])
chosen_initiatives = cols[0].multiselect(t("timeline_filter_initiatives"),
                                         list(initiative_names), key="timeline_initiatives",
                                         placeholder=t("choose_options"),
                                         format_func=initiative_names.__getitem__)
chosen_places = cols[1].multiselect(t("timeline_filter_municipalities"), places,
                                    key="timeline_municipalities", placeholder=t("choose_options"),
                                    format_func=lambda c: municipality_names.get(c, c))
chosen_kinds = cols[2].multiselect(t("timeline_filter_kinds"), kinds, key="timeline_kinds",
                                   placeholder=t("choose_options"),
                                   format_func=lambda k: label("event_kind", k))
cols = st.columns([2, 2, 2])
grouping = cols[0].segmented_control(
    t("timeline_grouping"), list(GROUPINGS), key="timeline_grouping",
    format_func=lambda g: t(f"timeline_grouping_{g}"),
) or "initiative"
show_waves = cols[1].toggle(t("timeline_show_waves"), key="timeline_waves")
whole = cols[2].toggle(t("timeline_show_whole"), key="timeline_whole",
                       help=t("timeline_show_whole_help"))
keep(PARAMS)

page = timeline(ds, lang, tuple(chosen_initiatives), tuple(chosen_places), tuple(chosen_kinds),
                grouping, show_waves, whole)

# --- the timeline ------------------------------------------------------------------------------
if page.chart is None:
    st.warning(t("timeline_nothing"))
else:
    card(page.chart)
if page.undated is not None:
    st.info(md_escape(page.undated))

# --- the events shown --------------------------------------------------------------------------
if page.events is not None:
    card(page.events)
