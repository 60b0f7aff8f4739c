"""Overzicht: the programme at a glance, for a wethouder with five minutes."""

from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from dashboard.data.memo import rows
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n import membership_line
from dashboard.i18n.formatting import format_partial
from dashboard.topics.membership import memberships
from dashboard.topics.overview import (
    case_studies,
    headline,
    municipalities_involved,
    newest_source,
    organisations_by_sector,
    unknowns,
)
from dashboard.ui.card import card
from dashboard.ui.data import dataset
from dashboard.ui.lang import current, label, period, t, tm
from dashboard.ui.provenance import sourced_by
from dashboard.ui.takeaways import core, currency, sectors_title
from dashboard.ui.text import md_escape
from dashboard.viz.factsheet import factsheet_filename, factsheet_html
from dashboard.viz.figures import municipalities_table, sector_chart, sector_table

ds = dataset()
lang = current()

key = headline(ds)
sectors = organisations_by_sector(ds)

st.title(t("overview_title"))
st.caption(md_escape(currency(newest_source(ds), len(ds.sources))))
st.subheader(t("overview_core"))
st.markdown("\n".join(f"- {md_escape(sentence)}" for sentence in core(key, sectors)))
st.write(t("overview_intro"))

pilots, first, last = key.pilots, key.first, key.last
unknown = t("unknown")
key_figures = st.container(horizontal=True)  # one block, six equal parts
key_figures.metric(t("metric_pilots_declared"), pilots.declared if pilots.declared else unknown)
key_figures.metric(t("metric_pilots_identified"), pilots.identified,
                   help=tm("metric_pilots_identified_help", stated=pilots.stated,
                           inferred=pilots.inferred))
key_figures.metric(t("metric_pilots_unidentified"),
                   unknown if pilots.unidentified is None else pilots.unidentified,
                   help=t("metric_pilots_unidentified_help"))
key_figures.metric(t("metric_organisations"), key.organisations)
key_figures.metric(t("metric_municipalities"), key.municipalities)
key_figures.metric(t("metric_period"), f"{first.value[:4]}–{last.value[:4]}",
                   help=md_escape(f"{format_partial(first.value, first.precision, lang)} – "
                                 f"{format_partial(last.value, last.precision, lang)}"))
shown_as = {"pilots": t("metric_pilots_identified"), "organisations": t("metric_organisations"),
            "municipalities": t("metric_municipalities"), "period": t("metric_period")}
sourced_by(pd.DataFrame({t("compare_col_figure"): [shown_as[name] for name, _ in key.facts],
                         FACTS: [refs for _, refs in key.facts]}))

st.header(t("overview_cases"))
cases = case_studies(ds)
members = memberships(ds)
for row_start in range(0, len(cases), 2):
    for col, case in zip(st.columns(2), rows(cases)[row_start:row_start + 2], strict=False):
        with col.container(border=True):
            st.subheader(md_escape(own_words(case, "name", lang)))
            st.caption(md_escape(" · ".join([
                t("case_place", municipality=case["municipality"], province=case["province"]),
                label("initiative_kind", case["kind"]),
                label("initiative_status", case["status"]),
            ])))
            st.markdown(md_escape(own_words(case, "summary_nl", lang)))
            known = [period(case["start"], case["start_precision"], case["end"],
                            case["end_precision"])]
            member = members.get(case["initiative_id"])
            known.append(membership_line(member and member.programme,
                                         bool(member and member.inferred), lang))
            if member and member.inferred:
                known.append(t("membership_inferred", reasoning=member.reasoning(lang)))
            st.caption("  \n".join(md_escape(k) for k in known))  # one element, a line each
            sourced_by(case[FACTS])
            # Built only on click: the page itself stays as fast as without the button.
            st.download_button(
                t("factsheet_button"),
                partial(factsheet_html, ds, case["initiative_id"], lang, generated=date.today()),
                file_name=factsheet_filename(ds, case["initiative_id"]), mime="text/html",
                key=f"factsheet-{case['initiative_id']}", on_click="ignore",
                help=t("factsheet_button_help"), icon=":material/print:")

st.header(t("overview_sectors"))
card(sectors_title(sectors), sector_chart(sectors, lang), caption=t("overview_sectors_caption"),
     data=sector_table(sectors, lang))

st.header(t("overview_municipalities"))
card(t("overview_municipalities"), municipalities_table(municipalities_involved(ds), lang))

st.header(t("overview_unknowns"))
st.markdown("\n".join(f"- {md_escape(t(u.key, count=u.count))}" for u in unknowns(ds)))
