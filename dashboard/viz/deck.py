"""The presentation as one self-contained HTML file that runs anywhere: the deck.

A presenter takes it to a werkatelier where the dashboard may not be reachable, so the file
carries everything itself: every slide of `content.slide_plan.slide_plan` in one language with the
same takeaway titles and source lines as the Presentatie page (`i18n.takeaways`,
`i18n.slides`), the charts as plotly figures drawn by plotly.js's basic bundle inlined from
`dashboard/static` (no CDN), the maps as plain shapes from `data/geo` (`viz.deck_map`, no
tiles), the app's typeface as an embedded font (`font_face`), and a small inline script for the
← → keys and full screen. Its Content-Security-Policy (publish.policy) lets only those two scripts
run and forbids every request. Its print stylesheet
prints one slide per A4-landscape page. How it looks is `templates/deck.html.j2`
(autoescaped: names and summaries come from editable CSV files), `deck.css` and `deck.js`.
"""

import base64
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import plotly.graph_objects as go
from markupsafe import Markup

from dashboard import config
from dashboard.content import slides as words
from dashboard.content.results import result_lines
from dashboard.content.slide_plan import (
    CaseSlide,
    Content,
    CoreSlide,
    MonitorSlide,
    OverviewSlide,
    TimelineSlide,
    UnknownsSlide,
    slide_content,
    slide_plan,
)
from dashboard.content.takeaways import (
    core,
    currency,
    network_title,
    sectors_title,
    timeline_title,
)
from dashboard.data.dataset import Dataset
from dashboard.data.schemas import own_words
from dashboard.i18n import t
from dashboard.publish.policy import content_security_policy
from dashboard.viz.charts import figure_json, for_projector, sector_chart
from dashboard.viz.deck_map import case_map
from dashboard.viz.network import initiative_network_chart
from dashboard.viz.templates_env import LABELS, asset, file_template
from dashboard.viz.timeline import timeline_chart

TEMPLATE = "deck.html.j2"
STYLESHEET = "deck.css"
SCRIPT = "deck.js"
CASE_CHART_HEIGHT = 380
# Chart text in the deck's 1600×900 canvas: zoomed to a 1920×1080 screen it reads 18 px, as the
# Presentatie page's charts do.
DECK_CHART_TEXT = 16
TIMELINE_HEIGHT = 560
DECK_FONT_FAMILY = "Source Sans 3"  # deck.css names it first


@dataclass(frozen=True)
class Chart:
    """A figure as the template embeds it: a div, its JSON and its title."""

    id: str
    title: str
    figure: Markup  # plotly JSON, safe inside <script type="application/json">


def deck_html(ds: Dataset, lang: str = "nl") -> str:
    """The whole deck as one HTML document; the same data always gives the same file."""
    slides = [_slide(ds, content, lang, number)
              for number, content in enumerate(
                  (slide_content(ds, s) for s in slide_plan(ds)), start=1)]
    plotly = _inline_script(plotly_js())
    script = _inline_script(asset(LABELS) + asset(SCRIPT))
    return file_template(TEMPLATE).render(
        slides=slides, lang=lang, t=partial(t, lang=lang),
        policy=Markup(content_security_policy((plotly, script), fonts=True)),
        css=Markup(font_face() + asset(STYLESHEET)),
        script=Markup(script), plotly=Markup(plotly))


def deck_filename(lang: str = "nl") -> str:
    return f"{t('deck_file', lang)}.html"


def plotly_js() -> str:
    """plotly.js's basic bundle: our charts are scatter and bar, and the full bundle of the
    plotly package was most of the file (benchmarks/results)."""
    return config.PLOTLY_BUNDLE.read_text(encoding="utf-8")


def font_face() -> str:
    """The app's typeface as an @font-face the deck carries inside itself (config.DECK_FONT):
    the file must read the same on a laptop without internet or the font installed."""
    data = base64.b64encode(config.DECK_FONT.read_bytes()).decode("ascii")
    return (f'@font-face {{ font-family: "{DECK_FONT_FAMILY}"; font-style: normal; '
            f"font-weight: 200 900; font-display: block; "
            f'src: url(data:font/woff2;base64,{data}) format("woff2"); }}\n')


def _inline_script(code: str) -> str:
    """Script text that cannot end its <script> element early."""
    return code.replace("</script", "<\\/script")


def _chart(chart_id: str, title: str, figure: go.Figure) -> Chart:
    projected = for_projector(figure, DECK_CHART_TEXT)
    return Chart(chart_id, title, Markup(_script_json(figure_json(projected))))


def _script_json(text: str) -> str:
    """JSON that no text from the data can break out of its <script> element with: <, > and
    & occur in JSON only inside strings, where their \\u escapes mean the same."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _slide(ds: Dataset, content: Content, lang: str, number: int) -> dict[str, object]:
    """What the template draws for one slide (its kind picks the template's block), with the
    sources of all it shows at its foot (docs/decisions/0003)."""
    builders: dict[type, Callable[..., dict[str, object]]] = {
        CoreSlide: _core, OverviewSlide: _overview, CaseSlide: _case, MonitorSlide: _monitor,
        TimelineSlide: _timeline, UnknownsSlide: _unknowns}
    build = builders[type(content)]
    return {"number": number, **build(ds, content, lang, f"s{number}"),
            "source": words.slide_source(ds, content, lang)}


def _core(ds: Dataset, content: CoreSlide, lang: str, key: str) -> dict[str, object]:
    return {
        "kind": "core", "title": t("overview_core", lang),
        "sentences": core(content.headline, content.sectors, lang),
        "currency": currency(content.newest, content.sources, lang),
    }


def _overview(ds: Dataset, content: OverviewSlide, lang: str, key: str) -> dict[str, object]:
    """The cases by name and place: their stories follow, one slide each."""
    cases = list(zip(own_words(content.cases, "name", lang), content.cases["municipality"],
                     strict=True))
    return {
        "kind": "overview", "title": t("overview_title", lang),
        "metrics": words.metrics(content, lang),
        "chart": _chart(f"{key}-sectors", sectors_title(content.sectors, lang),
                        sector_chart(content.sectors, lang)),
        "cases_heading": t("overview_cases", lang), "cases": cases,
    }


def _case(ds: Dataset, content: CaseSlide, lang: str, key: str) -> dict[str, object]:
    row = content.initiative
    return {
        "kind": "case", "title": own_words(row, "name", lang),
        "line": words.case_line(content, lang),
        "summary": own_words(row, "summary_nl", lang),
        "map": _chart(f"{key}-map", "", case_map(ds, row["initiative_id"], lang,
                                                  CASE_CHART_HEIGHT)),
        "network": _chart(f"{key}-network",
                          network_title(own_words(row, "name", lang), content.graph, lang),
                          initiative_network_chart(content.graph, lang, CASE_CHART_HEIGHT)),
        "figures_heading": t("present_figures", lang),
        "figures": words.figure_lines(content, lang),
        "approach_heading": t("present_approach", lang),
        "approaches": words.approach_groups(content, lang),
    }


def _monitor(ds: Dataset, content: MonitorSlide, lang: str, key: str) -> dict[str, object]:
    waves = [{"heading": words.wave_heading(wave, lang),
              "findings": list(own_words(found, "summary_nl", lang)),
              "results": list(result_lines(numbers, lang))}
             for wave, found, numbers in zip(content.waves.to_dict("records"),
                                             content.findings, content.results, strict=False)]
    more = len(content.waves) > len(content.findings)
    return {
        "kind": "monitor", "title": t("monitor_title", lang), "waves": waves,
        "listed": (t("monitor_waves_listed", lang, shown=len(content.findings),
                     count=len(content.waves)) if more else None),
        "no_indicators": None if content.has_indicators else t("monitor_no_indicators", lang),
    }


def _timeline(ds: Dataset, content: TimelineSlide, lang: str, key: str) -> dict[str, object]:
    figure = timeline_chart(content.spans, content.events, content.waves, "initiative",
                            content.lanes[lang], content.data_date, lang, TIMELINE_HEIGHT)
    return {
        "kind": "timeline", "title": t("timeline_title", lang),
        "chart": None if figure is None else _chart(
            f"{key}-timeline", timeline_title(content.spans, content.events, lang), figure),
    }


def _unknowns(ds: Dataset, content: UnknownsSlide, lang: str, key: str) -> dict[str, object]:
    return {"kind": "unknowns", "title": t("overview_unknowns", lang),
            "lines": words.unknown_lines(content, lang)}
