"""Vergelijken: two to four initiatives side by side — who takes part, how they work, how far.

The choice lives in the URL (?initiatives=assen,lent; a CBS code such as GM0106 stands for the
initiatives of that municipality), so a shared link shows the same comparison.
"""

import streamlit as st

from dashboard.core.params import Choice
from dashboard.data import initiative_names
from dashboard.data.memo import rows
from dashboard.data.schemas import own_words
from dashboard.i18n.formatting import period_text
from dashboard.topics import monitor
from dashboard.topics.compare import (
    MAX_CHOICE,
    MIN_CHOICE,
    approach_matrix,
    figure_table,
    parse_selection,
    profile_facts,
    profiles,
    sector_coverage,
    sectors_covered,
    shared_figures,
)
from dashboard.ui.cache import dataset
from dashboard.ui.card import card
from dashboard.ui.lang import current, label, t, tm
from dashboard.ui.leads import lead
from dashboard.ui.profile_lists import figures_md, partners_md
from dashboard.ui.provenance import sourced_by
from dashboard.ui.query import keep_in_url, read_query
from dashboard.ui.takeaways import approach_title, coverage_title, ratings_title
from dashboard.ui.text import md_escape
from dashboard.viz.compare import approach_table, coverage_table, figures_table, ratings_table
from dashboard.viz.figures import approach_chart, coverage_chart, ratings_chart

QUERY = "initiatives"
PICK_KEY = "compare_initiatives"

ds = dataset()
lang = current()
places = profiles(ds, tuple(ds.initiatives["initiative_id"]))
options = list(places["initiative_id"])
names = initiative_names(ds, lang)
choice_labels = {i: f"{names[i]} — {m}" for i, m in zip(places["initiative_id"],
                                                         places["municipality"], strict=True)}

st.title(t("compare_title"))
lead("compare", t("compare_intro"))

# --- the choice: URL first, then the widget ----------------------------------------------------
if PICK_KEY not in st.session_state:
    codes = set(ds.initiatives["gm_code"].dropna())
    given = read_query({QUERY: Choice({*options, *codes, *(c.lower() for c in codes)},
                                      many=True)})[QUERY]
    selection = parse_selection(ds, ",".join(given) if QUERY in st.query_params else None)
    if selection.dropped:
        st.info(tm("compare_too_many", count=MAX_CHOICE,
                   names="; ".join(names[i] for i in selection.dropped)))
    st.session_state[PICK_KEY] = list(selection.ids)
chosen = st.multiselect(t("compare_pick"), options, key=PICK_KEY, max_selections=MAX_CHOICE,
                        format_func=choice_labels.get, help=t("compare_pick_help"),
                        placeholder=t("choose_options"))
keep_in_url({QUERY: ",".join(chosen)})
if len(chosen) < MIN_CHOICE:
    st.info(tm("compare_pick_more", count=MIN_CHOICE))
    st.stop()

chosen = tuple(chosen)
chosen_profiles = profiles(ds, chosen)
figures = figure_table(ds, chosen)


def period(row) -> str:
    return period_text(row["start"], row["start_precision"], row["end"], row["end_precision"],
                       lang, "compare_period", "compare_period_unknown")


# --- approach elements -------------------------------------------------------------------------
st.header(t("compare_approach_header"))
st.write(t("compare_approach_intro"))
matrix = approach_matrix(ds, chosen)
if matrix["modality"].isna().all():
    st.write(t("compare_no_approaches"))
else:
    card(approach_title(matrix), approach_chart(matrix, names, lang),
         caption=t("compare_approach_caption"),
         data=approach_table(matrix, chosen, names, lang))

# --- sectors brought together ------------------------------------------------------------------
st.header(t("compare_sectors_header"))
st.write(t("compare_sectors_intro"))
coverage = sector_coverage(ds, chosen)
covered, total = sectors_covered(coverage)
st.caption(md_escape(" · ".join(t("compare_sectors_count", name=names[i], count=covered[i],
                                  total=total) for i in chosen)))
card(coverage_title(coverage, names), coverage_chart(coverage, names, lang),
     caption=t("compare_sectors_caption"), data=coverage_table(coverage, chosen, names, lang))

# --- key figures in one table ------------------------------------------------------------------
st.header(t("compare_figures_header"))
shared = shared_figures(figures, chosen)
if figures.empty:
    st.write(t("compare_no_figures"))
elif shared.empty:
    st.write(t("compare_no_shared_figures"))
else:
    card(t("compare_figures_header"), figures_table(shared, chosen, names, lang),
         caption=t("compare_figures_caption") + " " + t("compare_unknown_mark"))

# --- side-by-side cards ------------------------------------------------------------------------
st.header(t("compare_cards"))
for column, row in zip(st.columns(len(chosen)), rows(chosen_profiles), strict=True):
    initiative_id = row["initiative_id"]
    with column.container(border=True):
        st.subheader(md_escape(own_words(row, "name", lang)))
        st.caption(md_escape(" · ".join([
            t("compare_place", municipality=row["municipality"], province=row["province"]),
            label("initiative_kind", row["kind"]), label("initiative_status", row["status"]),
            period(row)])))
        # One element for both lists: each Streamlit element costs every rerun.
        st.markdown(partners_md(ds, initiative_id, lang) + "\n\n"
                    + figures_md(ds, initiative_id, lang))
        sourced_by(profile_facts(ds, initiative_id))
        st.page_link("views/netwerken.py", label=t("compare_link_network"),
                     query_params={"initiative": initiative_id,
                                   **({"lang": lang} if lang != "nl" else {})})

# --- ratings the sources give (not part of the NJI monitor unless tied to a wave) ---------------
ratings = monitor.ratings(ds, chosen)
if not ratings.empty:
    st.header(t("ratings"))
    levels = [label("rating", level) for level in ratings["rating"].cat.categories]
    card(ratings_title(ratings), ratings_chart(ratings, lang),
         caption=t("ratings_caption", levels=" < ".join(levels)),
         data=ratings_table(ratings, lang))
