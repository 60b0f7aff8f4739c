"""Bronnen: each source document and every fact taken from it, searchable."""

from functools import partial

import streamlit as st

from dashboard import config
from dashboard.publish.open_data import package_zip
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, label, t
from dashboard.ui.leads import lead
from dashboard.ui.models.sources import found_facts, sources
from dashboard.ui.text import md_escape
from dashboard.ui.url import Param, keep, seed
from dashboard.ui.url_parse import Choice, Text

ds = dataset()
lang = current()
page = sources(ds, lang)
titles = page.titles
tables = list(page.tables)
SEARCH = Text()
PARAMS = (Param("zoek", SEARCH, key="sources_query"),
          Param("bron", Choice(titles, many=True), key="sources_sources"),
          Param("soort", Choice(tables, many=True), key="sources_tables"))

st.title(t("sources_title"))
lead(page.lead, t("sources_intro"))

for col, source in zip(st.columns(len(page.sources)), page.sources, strict=True):
    with col.container(border=True):
        st.subheader(md_escape(source.title))
        st.markdown(f"{t('sources_publisher')}: {md_escape(source.publisher)}")
        st.markdown(f"{t('sources_published')}: {md_escape(source.published)}")
        st.markdown(f"{t('sources_file')}: {md_escape(source.file)}")
        st.metric(t("sources_fact_count"), source.facts)

with st.container(border=True):
    st.markdown(f"**{t('sources_package_title')}**")
    st.write(t("sources_package_intro"))
    st.markdown("\n".join(f"- {md_escape(name)}" for name in page.package_files))
    # Built only when clicked: zipping every file on each rerun would slow the page for nothing.
    st.download_button(t("sources_package_download"), partial(package_zip, config.data_dir()),
                       file_name="bso-pilots-data.zip", mime="application/zip",
                       on_click="ignore", key="open-data-zip")

seed(PARAMS)
query = st.text_input(t("sources_search"), key="sources_query", max_chars=SEARCH.max_length)
left, right = st.columns(2)
chosen_sources = left.multiselect(t("sources_filter_source"), list(titles),
                                  key="sources_sources", placeholder=t("choose_options"),
                                  format_func=titles.__getitem__)
chosen_tables = right.multiselect(t("sources_filter_table"), tables, key="sources_tables",
                                  placeholder=t("choose_options"),
                                  format_func=lambda name: label("table", name))
keep(PARAMS)

found = found_facts(ds, lang, tuple(chosen_sources), tuple(chosen_tables), query)

if found is None:
    st.info(t("sources_none"))
else:
    card(found)
