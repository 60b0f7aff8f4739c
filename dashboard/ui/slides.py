"""One renderer per slide kind, built from the same core and viz pieces as the pages.

Each slide must fit a 1920×1080 projector without scrolling, so charts get fixed heights and
the text is the short version of what the pages say.
"""

import streamlit as st

from dashboard.core import monitor
from dashboard.core.membership import memberships
from dashboard.core.memo import rows
from dashboard.core.network import initiative_network
from dashboard.core.overview import (
    case_studies,
    headline,
    organisations_by_sector,
    unknowns,
    with_places,
)
from dashboard.core.places import amounts, case_map_facts, key_figures
from dashboard.core.provenance import FACTS, facts, with_facts
from dashboard.core.slides import Slide
from dashboard.core.timeline import (
    TimelineFilter,
    data_date,
    initiative_spans,
    lane_names,
    shown_waves,
    timeline_events,
)
from dashboard.i18n import membership_line
from dashboard.i18n.formatting import figure_text, metric_label, own_words
from dashboard.ui.card import card
from dashboard.ui.data import dataset
from dashboard.ui.lang import current, label, period, t
from dashboard.ui.maps import attribution, case
from dashboard.ui.monitor import all_wave_findings
from dashboard.ui.provenance import SourceLine, sourced_by
from dashboard.ui.takeaways import network_title, sectors_title, timeline_title
from dashboard.ui.text import md_escape
from dashboard.viz.figures import (
    initiative_network_chart,
    sector_chart,
    timeline_chart,
    timeline_table,
)
from dashboard.viz.network import network_table

CHART_HEIGHT = 430


def overview_slide() -> None:
    """The programme at a glance: pilots, partners, places, and the four cases."""
    ds = dataset()
    st.title(t("overview_title"))
    key = headline(ds)
    pilots = key.pilots
    cols = st.columns(5)
    cols[0].metric(t("metric_pilots_declared"), pilots.declared or t("unknown"))
    cols[1].metric(t("metric_pilots_identified"), pilots.identified)
    cols[2].metric(t("metric_pilots_unidentified"),
                   t("unknown") if pilots.unidentified is None else pilots.unidentified)
    cols[3].metric(t("metric_organisations"), key.organisations)
    cols[4].metric(t("metric_municipalities"), key.municipalities)
    left, right = st.columns([1, 1])
    with left:
        sectors = organisations_by_sector(ds)
        card(sectors_title(sectors), sector_chart(sectors, current()), data=sectors,
             presenting=True)
    with right, st.container(border=True):
        st.markdown(f"**{md_escape(t('overview_cases'))}**")
        cases = case_studies(ds)
        lang = current()
        st.markdown("\n".join(
            f"- **{md_escape(row['name'])}** ({md_escape(row['municipality'])}): "
            f"{md_escape(own_words(row, 'summary_nl', lang))}" for row in rows(cases)))
        sourced_by(cases[["name", FACTS]], presenting=True)


def case_slide(initiative_id: str) -> None:
    """One case: where it is, who works together, the figures and the way of working."""
    ds, lang = dataset(), current()
    row = with_places(ds, ds.initiatives[ds.initiatives["initiative_id"] == initiative_id]).iloc[0]
    st.title(md_escape(row["name"]))
    member = memberships(ds).get(initiative_id)
    st.caption(md_escape(" · ".join([f"{row['municipality']} ({row['province']})",
                           label("initiative_kind", row["kind"]),
                           label("initiative_status", row["status"]),
                           period(row["start"], row["start_precision"], row["end"],
                                  row["end_precision"]),
                           membership_line(member and member.programme,
                                           bool(member and member.inferred), lang)])))
    st.markdown(md_escape(own_words(row, "summary_nl", lang)))
    map_col, network_col, facts_col = st.columns([4, 5, 4])
    with map_col, st.container(border=True):
        st.pydeck_chart(case(ds, initiative_id, lang), height=CHART_HEIGHT)
        attribution(SourceLine.of_facts(case_map_facts(ds, initiative_id)))
    with network_col:
        graph = initiative_network(ds, initiative_id).graph
        card(network_title(row["name"], graph),
             initiative_network_chart(graph, lang, CHART_HEIGHT),
             data=network_table(graph, lang), presenting=True)
    with facts_col:
        figures_list(initiative_id)
        approach_list(initiative_id)


def figures_list(initiative_id: str) -> None:
    ds = dataset()
    figures = key_figures(ds, (initiative_id,))
    with st.container(border=True):
        st.markdown(f"**{md_escape(t('present_figures'))}**")
        if figures.empty:
            st.write(t("unknown"))
            return
        lang = current()
        st.markdown("\n".join(
            f"- {md_escape(metric_label(m, p, lang, mod))}: "
            f"**{md_escape(figure_text(*amount, lang=lang))}**"
            for m, p, mod, amount in zip(figures["metric"], figures["per"], figures["modality"],
                                         amounts(figures), strict=True)))
        sourced_by(figures[["metric", FACTS]], presenting=True)


def approach_list(initiative_id: str) -> None:
    ds = dataset()
    approaches = with_facts(ds.approaches[ds.approaches["initiative_id"] == initiative_id],
                            "approaches")
    with st.container(border=True):
        st.markdown(f"**{md_escape(t('present_approach'))}**")
        if approaches.empty:
            st.write(t("unknown"))
            return
        st.markdown("\n".join(
            f"- {md_escape(label('approach', a))} ({md_escape(label('modality', s))})"
            for a, s in zip(approaches["approach"], approaches["modality"], strict=True)))
        sourced_by(approaches[["approach", FACTS]], presenting=True)


def monitor_slide() -> None:
    """What the NJI monitor found, wave by wave."""
    ds = dataset()
    st.title(t("monitor_title"))
    all_wave_findings(monitor.waves(ds))
    if monitor.indicators(ds).empty:
        st.info(t("monitor_no_indicators"))


def timeline_slide() -> None:
    """The initiatives and events in time, with the policy context on its own lane."""
    ds = dataset()
    st.title(t("timeline_title"))
    everything = TimelineFilter()
    spans, events = initiative_spans(ds, everything), timeline_events(ds, everything)
    waves = shown_waves(ds, everything, False)
    figure = timeline_chart(spans, events, waves, "initiative", lane_names(ds), data_date(ds),
                            current(), 720)
    card(timeline_title(spans, events), figure,
         data=timeline_table(spans, events, waves, current()), presenting=True)


def unknowns_slide() -> None:
    """What the sources do not tell yet: the honest end of the story."""
    ds = dataset()
    st.title(t("overview_unknowns"))
    with st.container(border=True):
        st.markdown("\n".join(f"- {md_escape(t(u.key, count=u.count))}"
                              for u in unknowns(ds)))
    sourced_by(facts(ds)["ref"], presenting=True)


def render(slide: Slide) -> None:
    """Draw one slide."""
    if slide.kind == "case":
        case_slide(slide.initiative_id)
    else:
        {"overview": overview_slide, "monitor": monitor_slide, "timeline": timeline_slide,
         "unknowns": unknowns_slide}[slide.kind]()
