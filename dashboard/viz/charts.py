"""Small plotly charts used on the overview and elsewhere."""

import pandas as pd
import plotly.graph_objects as go

from dashboard.data.characters import isolate
from dashboard.data.refs import FACTS
from dashboard.data.schemas import own_words
from dashboard.i18n import kind_label, label, t
from dashboard.viz.palette import FONT, SECTOR_COLOURS, TEXT
from dashboard.viz.text import plot_text

# Every colour is set on the traces and the layout, so a chart needs no template of colours:
# plotly.py's default one would be a third of every figure's JSON. The text takes the app
# theme's colour, so a chart reads the same on the page and in the offline deck. plotly.js
# leaves room for axis labels only with automargin, which plotly.py's default template sets:
# without it every category label is cut off at the chart's edge.
AXIS = {"automargin": True, "ticklabelstandoff": 6}
TEMPLATE = go.layout.Template(layout={"font": {"family": FONT, "color": TEXT},
                                      "xaxis": AXIS, "yaxis": AXIS})


def figure_json(fig: go.Figure) -> str:
    """The figure as plotly JSON, as the page's chart and the deck send it (plotly's own
    encoder: numeric arrays as typed arrays)."""
    return fig.to_json(validate=False)


def base_layout(fig: go.Figure, height: int = 320) -> go.Figure:
    """A calm, readable layout shared by every chart (no external fonts or tiles)."""
    fig.update_layout(template=TEMPLATE, height=height,
                      margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      font={"size": 14}, plot_bgcolor="white",
                      paper_bgcolor="white", showlegend=False)
    return fig


PROJECTOR_TEXT = 18  # px: every text of a chart on a slide, read from the back of a room


def for_projector(fig: go.Figure, size: int = PROJECTOR_TEXT) -> go.Figure:
    """A copy of `fig` whose every text (ticks, legend, titles, names beside points,
    annotations) is `size` px, as a slide on a 1920×1080 projector shows it (the deck passes
    less: its canvas is zoomed up to the screen)."""
    projected = go.Figure(fig)
    projected.update_layout(font={"size": size}, legend={"font": {"size": size}})
    projected.update_traces(textfont={"size": size})
    projected.update_annotations(font={"size": size})
    return projected


def legend_at_bottom() -> dict[str, object]:
    """A horizontal legend at the foot of the figure, under the axis labels: placed in the
    plot's own units it lands on the date labels whenever automargin grows the axis. The
    figure's bottom margin must leave it room."""
    return {"orientation": "h", "yref": "container", "yanchor": "bottom", "y": 0,
            "xref": "container", "xanchor": "left", "x": 0}


def sector_bar(counts: pd.DataFrame, labels: dict[str, str]) -> go.Figure:
    """Horizontal bars of organisations per sector, largest on top, each in its sector colour."""
    ordered = counts.sort_values("count", ascending=True)
    fig = go.Figure(go.Bar(
        x=ordered["count"], y=[plot_text(labels[s]) for s in ordered["sector"]], orientation="h",
        marker_color=[SECTOR_COLOURS[s] for s in ordered["sector"]],
        text=ordered["count"], textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{x}<extra></extra>",
    ))
    fig.update_xaxes(visible=False)
    return base_layout(fig, height=40 + 32 * len(ordered))


def sector_chart(sectors: pd.DataFrame, lang: str) -> go.Figure:
    """Organisations per sector (topics.overview.organisations_by_sector; home page and first
    slide)."""
    return sector_bar(sectors, {s: label("sector", s, lang) for s in sectors["sector"]})


def sector_table(sectors: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The sector chart's numbers, its table alternative."""
    return pd.DataFrame({
        t("col_sector", lang): [label("sector", s, lang) for s in sectors["sector"]],
        t("col_count", lang): sectors["count"],
        FACTS: sectors[FACTS],
    })


def municipalities_table(places: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The municipalities involved (topics.overview.municipalities_involved), as read on the
    home page."""
    return pd.DataFrame({
        t("col_municipality", lang): places["municipality"],
        t("col_province", lang): places["province"],
        t("col_kind", lang): [", ".join(kind_label(k, k in inferred, lang) for k in kinds)
                              for kinds, inferred in zip(places["kinds"],
                                                         places["inferred_kinds"], strict=True)],
        t("col_initiatives", lang): [", ".join(map(isolate, names))
                                     for names in own_words(places, "initiatives", lang)],
        FACTS: places[FACTS],
    })
