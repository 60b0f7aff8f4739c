"""Overzicht: the programme at a glance, for a wethouder with five minutes."""

import streamlit as st

from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.factsheet import factsheet_button
from dashboard.ui.lang import current, t, tm
from dashboard.ui.models.overview import overview
from dashboard.ui.provenance import sourced_by
from dashboard.ui.text import md_escape

ds = dataset()
lang = current()
page = overview(ds, lang)

st.title(t("overview_title"))
st.caption(md_escape(page.currency))
st.subheader(t("overview_core"))
st.markdown("\n".join(f"- {md_escape(sentence)}" for sentence in page.core))
st.write(t("overview_intro"))

key = page.key
pilots, first, last = key.pilots, key.first, key.last
unknown = t("unknown")
key_figures = st.container(horizontal=True)  # one block, six equal parts
key_figures.metric(t("metric_pilots_declared"), pilots.declared if pilots.declared else unknown)
key_figures.metric(t("metric_pilots_identified"), pilots.identified,
                   delta=(t("metric_pilots_identified_inferred", count=pilots.inferred)
                          if pilots.inferred else None),
                   delta_color="off", delta_arrow="off",
                   help=tm("metric_pilots_identified_help", stated=pilots.stated,
                           inferred=pilots.inferred))
key_figures.metric(t("metric_pilots_unidentified"),
                   unknown if pilots.unidentified is None else pilots.unidentified,
                   help=t("metric_pilots_unidentified_help"))
key_figures.metric(t("metric_organisations"), key.organisations)
key_figures.metric(t("metric_municipalities"), key.municipalities)
key_figures.metric(t("metric_period"), f"{first.value[:4]}–{last.value[:4]}",
                   help=md_escape(page.period))
sourced_by(page.key_facts)

st.header(t("overview_cases"))
for row_start in range(0, len(page.cases), 2):
    for col, case in zip(st.columns(2), page.cases[row_start:row_start + 2], strict=False):
        with col.container(border=True):
            st.subheader(md_escape(case.name))
            st.caption(md_escape(case.place))
            st.markdown(md_escape(case.summary))
            st.caption("  \n".join(md_escape(k) for k in case.known))  # one element, a line each
            sourced_by(case.sourced)
            factsheet_button(ds, case.initiative_id, case.factsheet_file, lang,
                             key=f"factsheet-{case.initiative_id}")

st.header(t("overview_factsheets"))
st.write(t("overview_factsheets_intro"))
sheets = {sheet.initiative_id: sheet for sheet in page.factsheets}
picked = st.selectbox(t("overview_factsheets_pick"), list(sheets), key="overview_factsheet",
                      format_func=lambda i: sheets[i].name)
factsheet_button(ds, picked, sheets[picked].file, lang, key="factsheet-any")

st.header(t("overview_sectors"))
card(page.sectors)

st.header(t("overview_municipalities"))
card(page.municipalities)

st.header(t("overview_unknowns"))
st.markdown("\n".join(f"- {md_escape(u)}" for u in page.unknowns))
