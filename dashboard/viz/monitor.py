"""The Monitor page's figure: ratings on their ordinal scale."""

import pandas as pd
import plotly.graph_objects as go

from dashboard import i18n
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n import label, t
from dashboard.i18n.formatting import stated_by, when
from dashboard.viz.charts import base_layout, legend_at_bottom
from dashboard.viz.palette import MARK, MARKER_OUTLINE
from dashboard.viz.text import plot_text

LEGEND_ROOM = 70  # under the axis labels: a row or two of legend entries
SUBJECT_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "cross")


def ratings_figure(ratings: pd.DataFrame, lang: str) -> go.Figure:
    """Ratings as dots on their ordinal scale, one row per location, one shape per subject.
    Levels and row names are written a word or a part per line, so they stay apart on a narrow
    screen.

    The x axis lists every level of the scale in order, so 'voldoende' and 'goed' sit where they
    belong even when no rating uses the levels between or beyond them."""
    names = [i18n.label("rating", level, lang) for level in ratings["rating"].cat.categories]
    levels = [plot_text(name) for name in names]
    # Row names become axis labels, which plotly reads as (a subset of) HTML.
    initiatives = own_words(ratings, "initiative", lang)
    rows = [f"{plot_text(loc)}<br>({plot_text(ini)})"
            for loc, ini in zip(ratings["location"], initiatives, strict=True)]
    fig = go.Figure()
    subjects = own_words(ratings, "subject", lang)
    for i, (subject, group) in enumerate(ratings.groupby(subjects, sort=True)):
        positions = [rows[j] for j in ratings.index.get_indexer(group.index)]
        given = [plot_text(i18n.label("rating", str(r), lang)) for r in group["rating"]]
        hover = ["<br>".join([f"<b>{plot_text(r['location'])}</b>",
                              plot_text(subject),
                              rating,
                              plot_text(own_words(r, "rated_by", lang))
                              if pd.notna(r["rated_by"]) else ""])
                 for (_, r), rating in zip(group.iterrows(), given, strict=True)]
        fig.add_trace(go.Scatter(
            x=given, y=positions, mode="markers+text",
            text=given, textposition="top center",
            name=plot_text(subject),
            marker={"size": 16, "color": MARK, "symbol": SUBJECT_SYMBOLS[i % len(SUBJECT_SYMBOLS)],
                    "line": {"color": MARKER_OUTLINE, "width": 1}},
            hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        ))
    base_layout(fig, height=130 + LEGEND_ROOM + 50 * len(set(rows)))
    fig.update_layout(showlegend=True, legend=legend_at_bottom(), margin={"b": LEGEND_ROOM})
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=levels,
                     range=[-0.5, len(levels) - 0.5], tickvals=levels, showgrid=True,
                     ticktext=["<br>".join(plot_text(word) for word in name.split())
                               for name in names],
                     gridcolor="#EEEEEE")
    fig.update_yaxes(type="category", autorange="reversed")
    return fig


def waves_table(waves: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The monitor's waves (topics.monitor.waves) as a status table: which, when, done or
    planned. A handful of waves reads faster as rows than as stars on a time axis."""
    return pd.DataFrame({
        t("monitor_col_wave", lang): own_words(waves, "name", lang),
        t("col_date", lang): [when(v, p, lang, note) for v, p, note in
                              zip(waves["date"], waves["date_precision"],
                                  own_words(waves, "date_note", lang), strict=True)],
        t("col_status", lang): [stated_by(label("wave_status", s, lang), row, lang)
                                for s, (_, row) in zip(waves["status"], waves.iterrows(),
                                                       strict=True)],
        FACTS: waves[FACTS],
    })
