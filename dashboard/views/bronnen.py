"""Bronnen: each source document and every fact taken from it, searchable."""

from functools import partial

import pandas as pd
import streamlit as st

from dashboard import config
from dashboard.content.fact_search import fact_tables, find_facts, source_titles
from dashboard.content.facts import facts
from dashboard.core.params import Choice, Text
from dashboard.data.refs import source_overview
from dashboard.data.schemas import own_words
from dashboard.i18n.formatting import format_partial
from dashboard.publish.open_data import package_files, package_zip
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, label, t
from dashboard.ui.leads import lead
from dashboard.ui.provenance import found_facts_table
from dashboard.ui.query import init_state, keep_in_url, read_query
from dashboard.ui.text import md_escape

# A table longer than this is not read on screen; searching narrows it (and keeps pages light).
MAX_ROWS = 300

ds = dataset()
lang = current()

st.title(t("sources_title"))
lead("sources", t("sources_intro"))

all_facts = facts(ds, lang)
overview = source_overview(ds)
for col, source in zip(st.columns(len(overview)), overview.itertuples(), strict=True):
    with col.container(border=True):
        st.subheader(md_escape(source.title))
        published = format_partial(source.published, source.published_precision, lang)
        published_note = own_words(source, "published_note", lang)
        note = f" ({published_note})" if pd.notna(published_note) else ""
        st.markdown(f"{t('sources_publisher')}: {md_escape(source.publisher)}")
        st.markdown(f"{t('sources_published')}: {md_escape(f'{published}{note}')}")
        st.markdown(f"{t('sources_file')}: {md_escape(source.file)}")
        st.metric(t("sources_fact_count"), source.facts)

with st.container(border=True):
    st.markdown(f"**{t('sources_package_title')}**")
    st.write(t("sources_package_intro"))
    st.markdown("\n".join(f"- {md_escape(name)}" for name in package_files()))
    # Built only when clicked: zipping every file on each rerun would slow the page for nothing.
    st.download_button(t("sources_package_download"), partial(package_zip, config.data_dir()),
                       file_name="bso-pilots-data.zip", mime="application/zip",
                       on_click="ignore", key="open-data-zip")

titles = source_titles(ds)
tables = fact_tables(all_facts)
SEARCH = Text()
url = read_query({"zoek": SEARCH, "bron": Choice(titles, many=True),
                  "soort": Choice(tables, many=True)})
init_state("sources_query", url["zoek"])
init_state("sources_sources", url["bron"])
init_state("sources_tables", url["soort"])
query = st.text_input(t("sources_search"), key="sources_query", max_chars=SEARCH.max_length)
left, right = st.columns(2)
chosen_sources = left.multiselect(t("sources_filter_source"), list(titles),
                                  key="sources_sources", placeholder=t("choose_options"),
                                  format_func=titles.get)
chosen_tables = right.multiselect(t("sources_filter_table"), tables, key="sources_tables",
                                  placeholder=t("choose_options"),
                                  format_func=lambda name: label("table", name))
keep_in_url({"zoek": query, "bron": ",".join(chosen_sources),
             "soort": ",".join(chosen_tables)})

shown = find_facts(all_facts, tuple(chosen_sources), tuple(chosen_tables), query)

if shown.empty:
    st.info(t("sources_none"))
else:
    table = found_facts_table(ds, shown, MAX_ROWS, lang)
    more = t("sources_first_rows", shown=MAX_ROWS, count=len(shown)) \
        if len(shown) > MAX_ROWS else None
    card(t("sources_facts", count=len(shown)), table, caption=more, lists_its_facts=True)
