"""Bronnen: each source document and every fact taken from it, searchable."""

import pandas as pd
import streamlit as st

from dashboard.core.dates import format_partial
from dashboard.core.provenance import facts, source_overview
from dashboard.ui.card import SourceLine, card
from dashboard.ui.data import dataset
from dashboard.ui.lang import current, label, t

ds = dataset()
lang = current()

st.title(t("sources_title"))
st.write(t("sources_intro"))

overview = source_overview(ds)
for col, source in zip(st.columns(len(overview)), overview.itertuples(), strict=True):
    with col.container(border=True):
        st.subheader(source.title)
        published = format_partial(source.published, source.published_precision, lang)
        note = f" ({source.published_note})" if pd.notna(source.published_note) else ""
        st.write(f"{t('sources_publisher')}: {source.publisher}")
        st.write(f"{t('sources_published')}: {published}{note}")
        st.write(f"{t('sources_file')}: `{source.file}`")
        st.metric(t("sources_fact_count"), source.facts)

all_facts = facts(ds)
titles = dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))
query = st.text_input(t("sources_search"))
left, right = st.columns(2)
chosen_sources = left.multiselect(t("sources_filter_source"), list(titles),
                                  format_func=titles.get)
tables = list(dict.fromkeys(all_facts["table"]))
chosen_tables = right.multiselect(t("sources_filter_table"), tables,
                                  format_func=lambda name: label("table", name))

shown = all_facts
if chosen_sources:
    shown = shown[shown["source_id"].isin(chosen_sources)]
if chosen_tables:
    shown = shown[shown["table"].isin(chosen_tables)]
if query:
    needle = query.casefold()
    hit = (shown["fact"].str.casefold().str.contains(needle, regex=False)
           | shown["evidence"].str.casefold().str.contains(needle, regex=False))
    shown = shown[hit]

if shown.empty:
    st.info(t("sources_none"))
else:
    table = pd.DataFrame({
        t("col_table"): [label("table", name) for name in shown["table"]],
        t("col_fact"): shown["fact"],
        t("col_evidence"): shown["evidence"],
        t("col_source"): shown["source_id"].map(titles),
    })
    card(t("sources_facts", count=len(shown)), table, SourceLine.of(ds, shown["source_id"]))
