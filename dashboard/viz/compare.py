"""Comparison grids and tables: key figures, approach elements and sector coverage.

Both are dot grids (rows × chosen initiatives) rather than colour heatmaps: every status has
its own trace, so it gets a legend entry and a marker shape, and the evidence from the source
shows on hover. "Not mentioned" is a light open circle, never an empty-looking zero.
"""

import textwrap
from collections.abc import Callable, Mapping

import pandas as pd
import plotly.graph_objects as go

from dashboard.content import fact_words
from dashboard.data import vocab
from dashboard.data.refs import FACTS, pooled
from dashboard.data.schemas import own_words
from dashboard.i18n import label, t
from dashboard.i18n.formatting import figures_text
from dashboard.viz.charts import base_layout
from dashboard.viz.palette import MARK, NOT_MENTIONED, SECTOR_COLOURS
from dashboard.viz.tables import UNKNOWN_MARK
from dashboard.viz.text import plot_text

COLUMN_WIDTH = 16  # characters per line of a column heading


def column_label(name: str) -> str:
    """A column heading wrapped onto short lines, so four names fit side by side."""
    return "<br>".join(plot_text(line) for line in textwrap.wrap(name, COLUMN_WIDTH)) \
        or plot_text(name)


# Filled for practice; open, distinct shapes for everything that is not (yet) practice, so
# an aim can never be mistaken for practice. One dark colour: the shape is the meaning.
MODALITY_SYMBOLS = {"in_practice": "circle", "under_way": "circle-open-dot",
                    "planned": "diamond-open", "intended": "triangle-up-open",
                    "considered": "square-open", "principle": "star-open"}
ROW_HEIGHT = 30


def _grid_layout(fig: go.Figure, rows: list[str], columns: list[str]) -> go.Figure:
    lines = max((c.count("<br>") + 1 for c in columns), default=1)
    base_layout(fig, height=110 + 18 * lines + ROW_HEIGHT * len(rows))
    fig.update_layout(showlegend=True, legend={"orientation": "h", "y": -0.02, "yanchor": "top"},
                      margin={"l": 10, "r": 10, "t": 20 + 18 * lines, "b": 10})
    fig.update_xaxes(side="top", categoryorder="array", categoryarray=columns,
                     showgrid=False, tickangle=0)
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(rows)),
                     showgrid=True, gridcolor="#EEEEEE")
    return fig


def approach_grid(matrix: pd.DataFrame, names: Mapping[str, str], lang: str) -> go.Figure:
    """Approach elements (rows) × initiatives (columns) from topics.compare.approach_matrix.

    `names` maps initiative_id to its column heading. Hover shows the source's exact words.
    """
    rows = [plot_text(label("approach", a, lang)) for a in vocab.APPROACHES]
    columns = list(dict.fromkeys(column_label(names[i]) for i in matrix["initiative_id"]))
    fig = go.Figure()
    for status in (*vocab.MODALITIES, None):
        part = matrix[matrix["modality"].isna()] if status is None else \
            matrix[matrix["modality"] == status]
        if part.empty:
            continue
        name = t("compare_not_mentioned", lang) if status is None \
            else label("modality", status, lang)
        hover = [f"<b>{plot_text(label('approach', a, lang))}</b><br>"
                 f"{plot_text(names[i])}: "
                 f"{plot_text(name if status is None else fact_words.how_sure(status, inf, lang))}"
                 + ("" if pd.isna(e) else f"<br>{plot_text(t('quote_marked', lang, quote=e))}")
                 for a, i, inf, e in zip(part["approach"], part["initiative_id"],
                                         part["inferred"], part["evidence"], strict=True)]
        fig.add_trace(go.Scatter(
            x=[column_label(names[i]) for i in part["initiative_id"]],
            y=[plot_text(label("approach", a, lang)) for a in part["approach"]],
            mode="markers", name=plot_text(name), hovertext=hover, hoverinfo="text",
            marker={"symbol": "circle-open" if status is None else MODALITY_SYMBOLS[status],
                    "size": 10 if status is None else 16,
                    "color": NOT_MENTIONED if status is None else MARK,
                    "line": {"width": 2 if status in (None, "in_practice") else 3}},
            meta={"status": status},
        ))
    return _grid_layout(fig, rows, columns)


COVERAGE_NAMES = {"covered": "compare_sector_present", "unsure": "compare_sector_unsure",
                  "none": "compare_not_mentioned"}


def coverage_grid(coverage: pd.DataFrame, names: Mapping[str, str], lang: str) -> go.Figure:
    """Core sectors (rows) × initiatives (columns) from topics.compare.sector_coverage.

    A covered cell is a dot in the sector's colour listing the organisations and their roles
    on hover; a sector whose participants are all explored, planned or inferred is an open
    ring in its colour, so it is seen and not counted; an unnamed one says the sources name
    no organisation of that sector.
    """
    sectors = list(dict.fromkeys(coverage["sector"]))
    rows = [plot_text(label("sector", s, lang)) for s in sectors]
    columns = list(dict.fromkeys(column_label(names[i]) for i in coverage["initiative_id"]))
    states = {"covered": coverage["covered"], "unsure": coverage["named"] & ~coverage["covered"],
              "none": ~coverage["named"]}
    fig = go.Figure()
    for state, rows_in in states.items():
        part = coverage[rows_in]
        if part.empty:
            continue
        hover = [f"<b>{plot_text(label('sector', s, lang))}</b><br>{plot_text(names[i])}<br>"
                 + ("<br>".join(plot_text(fact_words.participant(o, r.role, r.modality,
                                                                 r.inferred, lang))
                                for o, r in zip(orgs, roles, strict=True))
                    or plot_text(t("compare_sector_none", lang)))
                 for s, i, orgs, roles in zip(part["sector"], part["initiative_id"],
                                              own_words(part, "organisations", lang),
                                              part["roles"], strict=True)]
        fig.add_trace(go.Scatter(
            x=[column_label(names[i]) for i in part["initiative_id"]],
            y=[plot_text(label("sector", s, lang)) for s in part["sector"]],
            mode="markers", name=t(COVERAGE_NAMES[state], lang), hovertext=hover,
            hoverinfo="text",
            marker={"symbol": "circle" if state == "covered" else "circle-open",
                    "size": 10 if state == "none" else 18,
                    "color": NOT_MENTIONED if state == "none"
                    else [SECTOR_COLOURS[s] for s in part["sector"]],
                    "line": {"width": {"covered": 0, "unsure": 3, "none": 2}[state]}},
            meta={"covered": state == "covered", "state": state},
        ))
    return _grid_layout(fig, rows, columns)


# --- the tables: one column per chosen initiative ----------------------------------------------


def figures_table(figures: pd.DataFrame, chosen: tuple[str, ...], names: Mapping[str, str],
                  lang: str) -> pd.DataFrame:
    """Each key figure (topics.compare.figure_table) in a row, its value per chosen initiative
    or UNKNOWN_MARK, which the card's caption explains once."""
    table = pd.DataFrame({t("compare_col_figure", lang): [
        fact_words.figure(m, p, mod, lang) + (f" ({'; '.join(o)})" if o else "")
        for m, p, mod, o in zip(figures["metric"], figures["per"], figures["modality"],
                                own_words(figures, "organisations", lang), strict=True)]})
    for initiative_id in chosen:
        table[names[initiative_id]] = [UNKNOWN_MARK if cell is None else figures_text(cell, lang)
                                       for cell in figures[initiative_id]]
    table[FACTS] = figures[FACTS].to_numpy()
    return table


def _grid_table(chosen: tuple[str, ...], names: Mapping[str, str], long: pd.DataFrame,
                row_key: str, heading: str, row_label: Callable[[str], str],
                cell: Callable[[pd.Series], str]) -> pd.DataFrame:
    """A grid's long table (row × initiative) laid out wide: one row per `row_key` value,
    one column per chosen initiative, `cell` giving the text of each; FACTS pools the
    facts of a row's cells."""
    keys = list(dict.fromkeys(long[row_key]))
    table = pd.DataFrame({heading: [row_label(r) for r in keys]})
    for initiative_id in chosen:
        mine = long[long["initiative_id"] == initiative_id]
        table[names[initiative_id]] = [cell(row) for _, row in mine.iterrows()]
    by_row = long.groupby(row_key, sort=False)[FACTS].agg(pooled)
    table[FACTS] = [by_row[k] for k in keys]
    return table


def approach_table(matrix: pd.DataFrame, chosen: tuple[str, ...], names: Mapping[str, str],
                   lang: str) -> pd.DataFrame:
    """The approach grid's accessible alternative, with the source's words per element."""
    return _grid_table(
        chosen, names, matrix, "approach", t("compare_col_approach", lang),
        lambda a: label("approach", a, lang),
        lambda r: t("compare_not_mentioned", lang) if pd.isna(r["modality"])
        else f"{fact_words.how_sure(r['modality'], r['inferred'], lang)}: "
             f"{t('quote_marked', lang, quote=r['evidence'])}")


def coverage_table(coverage: pd.DataFrame, chosen: tuple[str, ...], names: Mapping[str, str],
                   lang: str) -> pd.DataFrame:
    """The sector grid's accessible alternative: the organisations behind each sector."""
    return _grid_table(
        chosen, names, coverage, "sector", t("col_sector", lang),
        lambda s: label("sector", s, lang),
        lambda r: "; ".join(fact_words.participant(o, x.role, x.modality, x.inferred, lang)
                            for o, x in zip(own_words(r, "organisations", lang), r["roles"],
                                            strict=True))
        if r["named"] else t("compare_not_mentioned", lang))


def ratings_table(ratings: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The ratings chart's accessible alternative: who rated what, how, and in which words."""
    return pd.DataFrame({
        t("monitor_col_location", lang): ratings["location"],
        t("monitor_col_subject", lang): own_words(ratings, "subject", lang),
        t("monitor_col_rating", lang): [label("rating", str(r), lang) for r in ratings["rating"]],
        t("monitor_col_rated_by", lang): own_words(ratings, "rated_by", lang).fillna(UNKNOWN_MARK),
        t("monitor_col_note", lang): own_words(ratings, "note", lang).fillna(""),
        t("col_evidence", lang): ratings["evidence"],
        FACTS: ratings[FACTS],
    })
