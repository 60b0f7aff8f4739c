"""Figures of the Monitor page: the waves on a small timeline and ratings on their scale."""

import pandas as pd
import plotly.graph_objects as go

from dashboard import i18n
from dashboard.i18n.formatting import html_text, own_words, when
from dashboard.viz.charts import base_layout, legend_at_bottom
from dashboard.viz.palette import EVENT_KIND_COLOURS, MARKER_OUTLINE, OKABE_ITO
from dashboard.viz.timeline import BAND_OPACITY, bar_length, date_ticks, middle

LEGEND_ROOM = 70  # under the axis labels: a row or two of legend entries


def waves_figure(waves: pd.DataFrame, lang: str) -> go.Figure:
    """Each wave as a star (hollow when planned) over a light band of the month or year its
    date is known to."""
    colour = EVENT_KIND_COLOURS["monitor"]
    lane = i18n.t("timeline_lane_monitor", lang)
    hover = ["<br>".join([f"<b>{html_text(own_words(w, 'name', lang))}</b>",
                          html_text(when(w["date"], w["date_precision"], lang,
                                         own_words(w, "date_note", lang))),
                          html_text(i18n.label("wave_status", w["status"], lang))])
             for _, w in waves.iterrows()]
    approximate = [f != la for f, la in zip(waves["first"], waves["last"], strict=True)]
    fig = go.Figure(go.Bar(
        y=[lane] * len(waves), base=[f.isoformat() for f in waves["first"]],
        x=[bar_length(f, la) for f, la in zip(waves["first"], waves["last"], strict=True)],
        orientation="h", width=0.5, marker={"color": colour, "opacity": BAND_OPACITY},
        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
    ))
    for status in ("completed", "planned"):
        mask = (waves["status"] == status).to_numpy()
        if not mask.any():
            continue
        fig.add_trace(go.Scatter(
            x=[middle(f, la) if a else f.isoformat() for f, la, a, m in
               zip(waves["first"], waves["last"], approximate, mask, strict=True) if m],
            y=[lane] * int(mask.sum()), mode="markers+text",
            text=[html_text(n) for n, m in zip(own_words(waves, "name", lang), mask, strict=True)
                  if m],
            textposition="top center", name=i18n.label("wave_status", status, lang),
            marker={"symbol": "star-open" if status == "planned" else "star", "size": 16,
                    "color": colour,
                    "line": {"color": colour if status == "planned" else MARKER_OUTLINE,
                             "width": 2 if status == "planned" else 1}},
            hovertext=[h for h, m in zip(hover, mask, strict=True) if m],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    base_layout(fig, height=170 + LEGEND_ROOM)
    fig.update_layout(barmode="overlay", showlegend=True, legend=legend_at_bottom(),
                      margin={"b": LEGEND_ROOM})
    fig.update_xaxes(type="date", showgrid=True, gridcolor="#EEEEEE",
                     **(date_ticks(min(waves["first"]), max(waves["last"]), lang)
                        if len(waves) else {}))
    fig.update_yaxes(visible=False)
    return fig


def ratings_figure(ratings: pd.DataFrame, lang: str) -> go.Figure:
    """Ratings as dots on their ordinal scale, one row per location, one colour per subject.
    Levels and row names are written a word or a part per line, so they stay apart on a narrow
    screen.

    The x axis lists every level of the scale in order, so 'voldoende' and 'goed' sit where they
    belong even when no rating uses the levels between or beyond them."""
    levels = [i18n.label("rating", level, lang) for level in ratings["rating"].cat.categories]
    # Row names become axis labels, which plotly reads as (a subset of) HTML.
    initiatives = own_words(ratings, "initiative", lang)
    rows = [f"{html_text(loc)}<br>({html_text(ini)})"
            for loc, ini in zip(ratings["location"], initiatives, strict=True)]
    fig = go.Figure()
    subjects = own_words(ratings, "subject", lang)
    for i, (subject, group) in enumerate(ratings.groupby(subjects, sort=True)):
        positions = [rows[j] for j in ratings.index.get_indexer(group.index)]
        given = [i18n.label("rating", str(r), lang) for r in group["rating"]]
        hover = ["<br>".join([f"<b>{html_text(r['location'])}</b>",
                              html_text(subject),
                              html_text(rating),
                              html_text(own_words(r, "rated_by", lang))
                              if pd.notna(r["rated_by"]) else ""])
                 for (_, r), rating in zip(group.iterrows(), given, strict=True)]
        fig.add_trace(go.Scatter(
            x=given, y=positions, mode="markers+text",
            text=[html_text(r) for r in given], textposition="top center",
            name=html_text(subject),
            marker={"size": 16, "color": OKABE_ITO[i % len(OKABE_ITO)],
                    "line": {"color": MARKER_OUTLINE, "width": 1}},
            hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        ))
    base_layout(fig, height=130 + LEGEND_ROOM + 50 * len(set(rows)))
    fig.update_layout(showlegend=True, legend=legend_at_bottom(), margin={"b": LEGEND_ROOM})
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=levels,
                     range=[-0.5, len(levels) - 0.5], tickvals=levels, showgrid=True,
                     ticktext=["<br>".join(html_text(word) for word in level.split())
                               for level in levels],
                     gridcolor="#EEEEEE")
    fig.update_yaxes(type="category", autorange="reversed")
    return fig
