"""Netwerken: who works with whom in each initiative, and who connects the initiatives.

The view lives in the URL (?initiative=assen&compare=lent), so a shared link shows the same
networks.
"""

import streamlit as st

from dashboard.core.params import Choice
from dashboard.data import initiative_names
from dashboard.data.schemas import own_words
from dashboard.topics.compare import default_selection
from dashboard.topics.network import (
    bridging_organisations,
    initiative_network,
    isolated,
    metrics_table,
    programme_network,
)
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, t
from dashboard.ui.leads import lead
from dashboard.ui.query import init_state, keep_in_url, read_query
from dashboard.ui.takeaways import network_title, programme_title
from dashboard.ui.text import md_escape
from dashboard.viz.figures import (
    PROGRAMME_DRAWN,
    initiative_network_chart,
    programme_network_chart,
)
from dashboard.viz.network import bridges_table, metrics_display, network_table

PICK_KEY = "networks_initiative"
COMPARE_KEY = "networks_compare"
QUERIES = {PICK_KEY: "initiative", COMPARE_KEY: "compare"}

ds = dataset()
lang = current()
unknown = t("unknown")
options = list(ds.initiatives["initiative_id"])
names = initiative_names(ds, lang)


def network_card(initiative_id: str, height: int) -> None:
    network = initiative_network(ds, initiative_id)
    if network.graph.number_of_nodes() == 0:
        st.info(md_escape(t("networks_no_participants", name=names[initiative_id])))
        return
    alone = [own_words(network.graph.nodes[o], "name", lang) for o in isolated(network.graph)]
    card(network_title(names[initiative_id], network.graph),
         initiative_network_chart(network.graph, lang, height),
         caption=t("networks_isolated", names="; ".join(alone)) if alone else None,
         data=network_table(network.graph, lang))


st.title(t("networks_title"))
lead("networks", t("networks_intro"))

# --- one or two initiatives --------------------------------------------------------------------
st.header(t("networks_per_initiative"))
query = read_query({name: Choice(names) for name in QUERIES.values()})
init_state(PICK_KEY, query[QUERIES[PICK_KEY]] or (default_selection(ds) or options)[0])
init_state(COMPARE_KEY, query[QUERIES[COMPARE_KEY]])
# The same initiative twice is one network, not two identical charts (which Streamlit refuses
# as duplicate elements): the comparison never offers the initiative already picked.
if st.session_state[COMPARE_KEY] == st.session_state[PICK_KEY]:
    st.session_state[COMPARE_KEY] = None
left, right = st.columns(2)
chosen = left.selectbox(t("networks_pick"), options, key=PICK_KEY, format_func=names.get)
others = [i for i in options if i != chosen]
other = right.selectbox(t("networks_pick_compare"), [None, *others], key=COMPARE_KEY,
                        placeholder=t("networks_no_compare"),
                        format_func=lambda i: t("networks_no_compare") if i is None else names[i])
keep_in_url({QUERIES[PICK_KEY]: chosen, QUERIES[COMPARE_KEY]: other or ""})

if other is None:
    network_card(chosen, height=520)
else:
    for column, initiative_id in zip(st.columns(2), (chosen, other), strict=True):
        with column:
            network_card(initiative_id, height=460)

# --- figures compared --------------------------------------------------------------------------
st.header(t("networks_metrics_header"))
st.write(t("networks_metrics_intro"))
card(t("networks_metrics_header"), metrics_display(metrics_table(ds, tuple(options), True), lang),
     caption=t("networks_metrics_caption"))

# --- the programme as one network --------------------------------------------------------------
st.header(t("networks_programme_header"))
st.write(t("networks_programme_intro"))
programme = programme_network(ds)
bridges = bridging_organisations(programme.graph)
programme_size = programme.graph.number_of_nodes()
card(programme_title(programme.graph),
     programme_network_chart(programme.graph, lang),
     caption=" ".join([t("networks_programme_caption", count=programme.metrics.isolated), *(
         [t("networks_programme_drawn", shown=PROGRAMME_DRAWN, count=programme_size)]
         if programme_size > PROGRAMME_DRAWN else [])]),
     data=network_table(programme.graph, lang))
if bridges.empty:
    st.write(t("networks_no_bridges"))
else:
    card(t("networks_bridges_header"), bridges_table(bridges, names, lang))
