"""Netwerken: who works with whom in each initiative, and who connects the initiatives.

The view lives in the URL (?initiative=assen&compare=lent), so a shared link shows the same
networks.
"""

import pandas as pd
import streamlit as st

from dashboard.core.compare import default_selection
from dashboard.core.network import (
    Network,
    bridging_organisations,
    initiative_network,
    isolated,
    metrics_table,
    programme_network,
    relation_rows,
)
from dashboard.ui.card import SourceLine, card
from dashboard.ui.data import dataset, derived
from dashboard.ui.lang import current, label, t
from dashboard.ui.query import from_query, keep_in_url
from dashboard.ui.takeaways import network_title, programme_title
from dashboard.ui.text import md_escape
from dashboard.viz.figures import initiative_network_chart, programme_network_chart
from dashboard.viz.network import status_label

PICK_KEY = "networks_initiative"
COMPARE_KEY = "networks_compare"
QUERIES = {PICK_KEY: "initiative", COMPARE_KEY: "compare"}

ds = dataset()
lang = current()
unknown = t("unknown")
options = list(ds.initiatives["initiative_id"])
names = dict(zip(ds.initiatives["initiative_id"], ds.initiatives["name"], strict=True))


def initiative_from_query(key: str) -> str | None:
    """The URL's initiative for a select box; an unknown one is ignored with a gentle note."""
    return from_query(QUERIES[key], names)


def share(value: float | None) -> str:
    return unknown if value is None or pd.isna(value) else f"{value:.0%}"


def relations_table(network: Network) -> pd.DataFrame:
    """The drawing's accessible alternative: every relation with the source's words."""
    rows = relation_rows(network.graph)
    return pd.DataFrame({
        t("networks_col_from"): rows["from_name"], t("networks_col_to"): rows["to_name"],
        t("networks_col_kind"): [label("relation_kind", k) for k in rows["kind"]],
        t("col_status"): [status_label(s, lang) for s in rows["status"]],
        t("col_evidence"): rows["evidence"],
    })


def network_card(initiative_id: str, height: int) -> None:
    network = derived(initiative_network, initiative_id)
    if network.graph.number_of_nodes() == 0:
        st.info(md_escape(t("networks_no_participants", name=names[initiative_id])))
        return
    alone = [network.graph.nodes[o]["name"] for o in isolated(network.graph)]
    members = ds.participants[ds.participants["initiative_id"] == initiative_id]
    ties = ds.relations[(ds.relations["initiative_id"] == initiative_id)
                        .fillna(False).astype(bool)]
    initiative_source = ds.initiatives.set_index("initiative_id").at[initiative_id, "source_id"]
    card(network_title(names[initiative_id], network.graph),
         derived(initiative_network_chart, initiative_id, lang, height),
         SourceLine.of(ds, [initiative_source, *members["source_id"], *ties["source_id"]]),
         caption=t("networks_isolated", names="; ".join(alone)) if alone else None,
         data=relations_table(network))


st.title(t("networks_title"))
st.write(t("networks_intro"))

# --- one or two initiatives --------------------------------------------------------------------
st.header(t("networks_per_initiative"))
if PICK_KEY not in st.session_state:
    st.session_state[PICK_KEY] = (initiative_from_query(PICK_KEY)
                                  or (default_selection(ds) or options)[0])
if COMPARE_KEY not in st.session_state:
    st.session_state[COMPARE_KEY] = initiative_from_query(COMPARE_KEY)
left, right = st.columns(2)
chosen = left.selectbox(t("networks_pick"), options, key=PICK_KEY, format_func=names.get)
other = right.selectbox(t("networks_pick_compare"), [None, *options], key=COMPARE_KEY,
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
metrics = derived(metrics_table, tuple(options), True)
programme_name = t("networks_programme_row")
card(t("networks_metrics_header"), pd.DataFrame({
    t("networks_col_network"): [programme_name if s == "programme" else n
                                for s, n in zip(metrics["scope_id"], metrics["name"],
                                                strict=True)],
    t("networks_col_organisations"): metrics["organisations"],
    t("networks_col_relations"): metrics["relations"],
    t("networks_col_ties"): metrics["ties"],
    t("networks_col_density"): [share(v) for v in metrics["density"]],
    t("networks_col_cross_sector"): [share(v) for v in metrics["cross_sector_share"]],
    t("networks_col_sectors"): [", ".join(label("sector", s) for s in v) or unknown
                                for v in metrics["sectors"]],
    t("networks_col_most_connected"): [
        unknown if pd.isna(n) else t("networks_partners", name=n, count=c)
        for n, c in zip(metrics["most_connected_name"], metrics["most_connected_partners"],
                        strict=True)],
    t("networks_col_isolated"): metrics["isolated"],
}), SourceLine.of(ds, [*ds.participants["source_id"], *ds.relations["source_id"]]),
    caption=t("networks_metrics_caption"))

# --- the programme as one network --------------------------------------------------------------
st.header(t("networks_programme_header"))
st.write(t("networks_programme_intro"))
programme = derived(programme_network)
bridges = bridging_organisations(programme.graph)
card(programme_title(programme.graph),
     derived(programme_network_chart, lang),
     SourceLine.of(ds, [*ds.participants["source_id"], *ds.relations["source_id"],
                        *ds.programmes.loc[ds.programmes["owner_org_id"].notna(), "source_id"]]),
     caption=t("networks_programme_caption", count=len(isolated(programme.graph))),
     data=relations_table(programme))
if bridges.empty:
    st.write(t("networks_no_bridges"))
else:
    card(t("networks_bridges_header"), pd.DataFrame({
        t("col_name"): bridges["name"],
        t("col_sector"): [label("sector", s) for s in bridges["sector"]],
        t("col_initiatives"): ["; ".join(names[i] for i in v) for v in bridges["initiatives"]],
        t("col_count"): bridges["count"],
    }), SourceLine.of(ds, ds.participants.loc[ds.participants["org_id"].isin(bridges["org_id"]),
                                              "source_id"]))
