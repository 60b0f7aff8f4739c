"""Tijdlijn: how far each initiative is, and what happened or was planned when.

The view lives in the URL (?initiatief=groningen&gemeente=GM0014&soort=start,einde&rijen=gemeente
&monitor=1&periode=alles), so a shared link shows the same timeline.
"""

import streamlit as st

from dashboard.core.params import Choice
from dashboard.data import initiative_names as initiatives_by_id
from dashboard.data import vocab
from dashboard.data.schemas import own_words
from dashboard.topics.timeline import (
    GROUPINGS,
    TimelineFilter,
    data_date,
    initiative_period,
    initiative_spans,
    lane_names,
    outside_period,
    shown_waves,
    timeline_events,
)
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, label, t
from dashboard.ui.leads import lead
from dashboard.ui.query import init_state, keep_in_url, read_query
from dashboard.ui.takeaways import timeline_title
from dashboard.ui.text import md_escape
from dashboard.viz.figures import (
    TIMELINE_LANES,
    events_table,
    timeline_chart,
    timeline_lane_count,
    timeline_table,
)

GROUPING_PARAM = {"initiatief": "initiative", "gemeente": "municipality"}

ds = dataset()
lang = current()
initiative_names = initiatives_by_id(ds, lang)
municipality_names = dict(zip(ds.municipalities["gm_code"], ds.municipalities["name"], strict=True))
places = sorted(set(ds.initiatives["gm_code"].dropna()) | set(ds.events["gm_code"].dropna()),
                key=lambda code: municipality_names.get(code, code))
kinds = [k for k in vocab.EVENT_KINDS if k in set(ds.events["kind"])]


st.title(t("timeline_title"))
lead("timeline", t("timeline_intro"))

# --- filters -----------------------------------------------------------------------------------
query = read_query({"initiatief": Choice(initiative_names, many=True),
                    "gemeente": Choice(places, many=True), "soort": Choice(kinds, many=True),
                    "rijen": Choice(GROUPING_PARAM), "monitor": Choice(["1"]),
                    "periode": Choice(["alles"])})
init_state("timeline_initiatives", query["initiatief"])
init_state("timeline_municipalities", query["gemeente"])
init_state("timeline_kinds", query["soort"])
init_state("timeline_grouping", GROUPING_PARAM[query["rijen"] or "initiatief"])
init_state("timeline_waves", query["monitor"] == "1")
init_state("timeline_whole", query["periode"] == "alles")

cols = st.columns([3, 2, 2])
chosen_initiatives = cols[0].multiselect(t("timeline_filter_initiatives"),
                                         list(initiative_names), key="timeline_initiatives",
                                         placeholder=t("choose_options"),
                                         format_func=initiative_names.get)
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

chosen = TimelineFilter(tuple(chosen_initiatives), tuple(chosen_places), tuple(chosen_kinds))
spans = initiative_spans(ds, chosen)
events = timeline_events(ds, chosen)
waves = shown_waves(ds, chosen, show_waves)

# --- the timeline ------------------------------------------------------------------------------
as_of = data_date(ds)
figure = timeline_chart(spans, events, waves, grouping, lane_names(ds, lang), as_of, lang,
                        whole=whole)
if figure is None:
    st.warning(t("timeline_nothing"))
else:
    lane_count = timeline_lane_count(spans, events, waves, grouping)
    caption = t("timeline_chart_caption")
    if lane_count > TIMELINE_LANES:
        caption += " " + t("timeline_lanes_drawn", shown=TIMELINE_LANES, count=lane_count)
    beyond = 0 if whole else outside_period(events, waves,
                                            initiative_period(spans, events, waves, as_of[0]))
    if beyond:
        caption += " " + t("timeline_at_edge", count=beyond)
    card(timeline_title(spans, events), figure, caption=caption,
         data=timeline_table(spans, events, waves, lang))
undated = spans[~spans["dated"]]
if not undated.empty:
    st.info(md_escape(t("timeline_undated", names="; ".join(own_words(undated, "name", lang)))))

# --- the events shown --------------------------------------------------------------------------
if not events.empty:
    card(t("timeline_events", count=len(events)), events_table(events, lang))

# --- the view in the URL -----------------------------------------------------------------------
view = {"initiatief": ",".join(chosen_initiatives), "gemeente": ",".join(chosen_places),
        "soort": ",".join(chosen_kinds),
        "rijen": "gemeente" if grouping == "municipality" else "",
        "monitor": "1" if show_waves else "", "periode": "alles" if whole else ""}
keep_in_url(view)
