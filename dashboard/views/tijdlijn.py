"""Tijdlijn: how far each initiative is, and what happened or was planned when.

The view lives in the URL (?initiatief=groningen&gemeente=GM0014&soort=start,einde&rijen=gemeente
&monitor=1), so a shared link shows the same timeline.
"""

import pandas as pd
import streamlit as st

from dashboard.core import vocab
from dashboard.core.timeline import (
    GROUPINGS,
    TimelineFilter,
    initiative_spans,
    timeline_events,
    timeline_waves,
)
from dashboard.ui.card import SourceLine, card
from dashboard.ui.data import dataset, derived
from dashboard.ui.lang import current, label, period, t
from dashboard.ui.query import from_query, init_state, keep_in_url
from dashboard.ui.takeaways import timeline_title
from dashboard.ui.text import md_escape
from dashboard.viz.figures import timeline_chart
from dashboard.viz.timeline import when

GROUPING_PARAM = {"initiatief": "initiative", "gemeente": "municipality"}

ds = dataset()
lang = current()
initiative_names = dict(zip(ds.initiatives["initiative_id"], ds.initiatives["name"], strict=True))
municipality_names = dict(zip(ds.municipalities["gm_code"], ds.municipalities["name"], strict=True))
places = sorted(set(ds.initiatives["gm_code"].dropna()) | set(ds.events["gm_code"].dropna()),
                key=lambda code: municipality_names.get(code, code))
kinds = [k for k in vocab.EVENT_KINDS if k in set(ds.events["kind"])]


st.title(t("timeline_title"))
st.write(t("timeline_intro"))

# --- filters -----------------------------------------------------------------------------------
init_state("timeline_initiatives", from_query("initiatief", initiative_names, many=True))
init_state("timeline_municipalities", from_query("gemeente", places, many=True))
init_state("timeline_kinds", from_query("soort", kinds, many=True))
init_state("timeline_grouping",
           GROUPING_PARAM.get(from_query("rijen", GROUPING_PARAM) or "initiatief"))
init_state("timeline_waves", from_query("monitor", ["1"]) == "1")

cols = st.columns([3, 2, 2])
chosen_initiatives = cols[0].multiselect(t("timeline_filter_initiatives"),
                                         list(initiative_names), key="timeline_initiatives",
                                         format_func=initiative_names.get)
chosen_places = cols[1].multiselect(t("timeline_filter_municipalities"), places,
                                    key="timeline_municipalities",
                                    format_func=lambda c: municipality_names.get(c, c))
chosen_kinds = cols[2].multiselect(t("timeline_filter_kinds"), kinds, key="timeline_kinds",
                                   format_func=lambda k: label("event_kind", k))
cols = st.columns([2, 3])
grouping = cols[0].segmented_control(
    t("timeline_grouping"), list(GROUPINGS), key="timeline_grouping",
    format_func=lambda g: t(f"timeline_grouping_{g}"),
) or "initiative"
show_waves = cols[1].toggle(t("timeline_show_waves"), key="timeline_waves")

chosen = TimelineFilter(tuple(chosen_initiatives), tuple(chosen_places), tuple(chosen_kinds))
spans = derived(initiative_spans, chosen)
events = derived(timeline_events, chosen)
waves = derived(timeline_waves, chosen)
if not show_waves:
    waves = waves.iloc[0:0]

# --- the timeline ------------------------------------------------------------------------------
figure = derived(timeline_chart, chosen, grouping, show_waves, lang)
if figure is None:
    st.warning(t("timeline_nothing"))
else:
    drawn = spans[spans["dated"]]
    drawn_table = pd.DataFrame({
        t("col_name"): [*drawn["name"], *events["title"], *waves["name"]],
        t("col_kind"): [*[t("timeline_kind_span")] * len(drawn),
                        *[label("event_kind", k) for k in events["kind"]],
                        *[t("timeline_lane_monitor")] * len(waves)],
        t("col_date"): [*[period(*r) for r in zip(drawn["start"], drawn["start_precision"],
                                                  drawn["end"], drawn["end_precision"],
                                                  strict=True)],
                        *[when(v, p, lang) for v, p in zip(events["date"],
                                                           events["date_precision"], strict=True)],
                        *[when(v, p, lang) for v, p in zip(waves["date"],
                                                           waves["date_precision"], strict=True)]],
    })
    card(timeline_title(spans, events), figure,
         SourceLine.of(ds, [*drawn["source_id"], *events["source_id"], *waves["source_id"]]),
         caption=t("timeline_chart_caption"), data=drawn_table)
undated = spans[~spans["dated"]]
if not undated.empty:
    st.info(md_escape(t("timeline_undated", names="; ".join(undated["name"]))))

# --- the events shown --------------------------------------------------------------------------
if not events.empty:
    unknown = t("unknown")
    table = pd.DataFrame({
        t("col_date"): [when(v, p, lang) for v, p in zip(events["date"], events["date_precision"],
                                                        strict=True)],
        t("timeline_col_title"): events["title"],
        t("col_kind"): [label("event_kind", k) for k in events["kind"]],
        t("col_status"): [label("event_status", s) for s in events["status"]],
        t("timeline_col_initiative"): events["initiative"].fillna(t("timeline_lane_context")),
        t("col_municipality"): events["municipality"].fillna(unknown),
        t("timeline_col_note"): events["date_note"].fillna(""),
        t("col_evidence"): events["evidence"],
    })
    card(t("timeline_events", count=len(events)), table, SourceLine.of(ds, events["source_id"]))

# --- the view in the URL -----------------------------------------------------------------------
view = {"initiatief": ",".join(chosen_initiatives), "gemeente": ",".join(chosen_places),
        "soort": ",".join(chosen_kinds),
        "rijen": "gemeente" if grouping == "municipality" else "",
        "monitor": "1" if show_waves else ""}
keep_in_url(view)
