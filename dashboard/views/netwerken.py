"""Netwerken: who works with whom in each initiative, and who connects the initiatives.

The view lives in the URL (?initiative=assen&compare=lent), so a shared link shows the same
networks.
"""

import streamlit as st

from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, t
from dashboard.ui.leads import lead
from dashboard.ui.models.networks import network_card, networks
from dashboard.ui.text import md_escape
from dashboard.ui.url import Param, keep, seed
from dashboard.ui.url_parse import Choice

PICK_KEY = "networks_initiative"
COMPARE_KEY = "networks_compare"

ds = dataset()
lang = current()
page = networks(ds, lang)
options = list(page.options)
names = page.names
PARAMS = (Param("initiative", Choice(names), key=PICK_KEY,
                default=page.first),
          Param("compare", Choice(names), key=COMPARE_KEY))


def draw_network(initiative_id: str, height: int) -> None:
    made = network_card(ds, lang, initiative_id, height)
    if made.card is None:
        st.info(md_escape(made.empty))
    else:
        card(made.card)


st.title(t("networks_title"))
lead(page.lead, t("networks_intro"))

# --- one or two initiatives --------------------------------------------------------------------
st.header(t("networks_per_initiative"))
seed(PARAMS)
# The same initiative twice is one network, not two identical charts (which Streamlit refuses
# as duplicate elements): the comparison never offers the initiative already picked.
if st.session_state[COMPARE_KEY] == st.session_state[PICK_KEY]:
    st.session_state[COMPARE_KEY] = None
left, right = st.columns(2)
chosen = left.selectbox(t("networks_pick"), options, key=PICK_KEY, format_func=names.__getitem__)
others = [i for i in options if i != chosen]
other = right.selectbox(t("networks_pick_compare"), [None, *others], key=COMPARE_KEY,
                        placeholder=t("networks_no_compare"),
                        format_func=lambda i: t("networks_no_compare") if i is None else names[i])
keep(PARAMS)

if other is None:
    draw_network(chosen, height=520)
else:
    for column, initiative_id in zip(st.columns(2), (chosen, other), strict=True):
        with column:
            draw_network(initiative_id, height=460)

# --- figures compared --------------------------------------------------------------------------
st.header(t("networks_metrics_header"))
st.write(t("networks_metrics_intro"))
card(page.metrics)

# --- the programme as one network --------------------------------------------------------------
st.header(t("networks_programme_header"))
st.write(t("networks_programme_intro"))
card(page.programme)
if page.bridges is None:
    st.write(t("networks_no_bridges"))
else:
    card(page.bridges)
