"""Vergelijken: two to four initiatives side by side — who takes part, how they work, how far.

The choice lives in the URL (?initiatives=assen,lent; a CBS code such as GM0106 stands for the
initiatives of that municipality), so a shared link shows the same comparison.
"""

import streamlit as st

from dashboard.data.characters import isolate
from dashboard.topics.compare import MAX_CHOICE, MIN_CHOICE
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.factsheet import factsheet_button
from dashboard.ui.lang import current, t, tm
from dashboard.ui.leads import lead
from dashboard.ui.models.compare import choices, comparison
from dashboard.ui.provenance import sourced_by
from dashboard.ui.text import md_escape
from dashboard.ui.url import Param, keep, seed
from dashboard.ui.url_parse import Choice

PICK_KEY = "compare_initiatives"

ds = dataset()
lang = current()
picker = choices(ds, lang)
options = list(picker.options)
names = picker.names
choice_labels = picker.labels
by_code = picker.by_code


def side_by_side(given: list[str]) -> list[str]:
    """The initiatives a link names, in its order: a municipality's CBS code stands for its
    initiatives. Only MAX_CHOICE fit side by side; the rest is named, not silently dropped."""
    ids = list(dict.fromkeys(i for value in given for i in by_code.get(value.upper(), [value])))
    if len(ids) > MAX_CHOICE:
        st.info(tm("compare_too_many", count=MAX_CHOICE,
                   names="; ".join(isolate(names[i]) for i in ids[MAX_CHOICE:])))
    return ids[:MAX_CHOICE]


PARAMS = (Param("initiatives", Choice({*options, *by_code, *(c.lower() for c in by_code)},
                                      many=True),
                key=PICK_KEY, default=list(picker.default), adapt=side_by_side),)

st.title(t("compare_title"))
lead(picker.lead, t("compare_intro"))

# --- the choice: URL first, then the widget ----------------------------------------------------
seed(PARAMS)
chosen = st.multiselect(t("compare_pick"), options, key=PICK_KEY, max_selections=MAX_CHOICE,
                        format_func=choice_labels.__getitem__, help=t("compare_pick_help"),
                        placeholder=t("choose_options"))
keep(PARAMS)
if len(chosen) < MIN_CHOICE:
    st.info(tm("compare_pick_more", count=MIN_CHOICE))
    st.stop()

page = comparison(ds, lang, tuple(chosen))

# --- approach elements -------------------------------------------------------------------------
st.header(t("compare_approach_header"))
st.write(t("compare_approach_intro"))
if page.approach is None:
    st.write(t("compare_no_approaches"))
else:
    card(page.approach)

# --- sectors brought together ------------------------------------------------------------------
st.header(t("compare_sectors_header"))
st.write(t("compare_sectors_intro"))
st.caption(md_escape(page.sectors_count))
card(page.coverage)

# --- key figures in one table ------------------------------------------------------------------
st.header(t("compare_figures_header"))
if page.figures is None:
    st.write(md_escape(page.figures_note))
else:
    card(page.figures)

# --- side-by-side cards ------------------------------------------------------------------------
st.header(t("compare_cards"))
for column, profile in zip(st.columns(len(page.profiles)), page.profiles, strict=True):
    with column.container(border=True):
        st.subheader(md_escape(profile.name))
        st.caption(md_escape(profile.place))
        # One element for both lists: each Streamlit element costs every rerun.
        st.markdown(profile.lists_md)
        sourced_by(profile.sourced)
        st.page_link("views/netwerken.py", label=t("compare_link_network"),
                     query_params={"initiative": profile.initiative_id,
                                   **({"lang": lang} if lang != "nl" else {})})
        factsheet_button(ds, profile.initiative_id, profile.factsheet_file, lang,
                         key=f"compare-factsheet-{profile.initiative_id}")

# --- ratings the sources give (not part of the NJI monitor unless tied to a wave) ---------------
if page.ratings is not None:
    st.header(t("ratings"))
    card(page.ratings)
