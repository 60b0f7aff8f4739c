"""What a reader sees of a drawn page, measured in the browser: labels cut off or printed over
each other, a screen that scrolls, a table that hides rows without saying so.

A green test suite once shipped charts whose every axis label was cut off, because nothing
looked at what plotly.js drew. These probes read the drawn SVG and the layout boxes, so the
browser tests and the review gallery (`make gallery`) judge the same things.
"""

from collections.abc import Iterator
from dataclasses import dataclass

# Every text plotly.js draws that a reader must be able to read whole: tick labels, legend
# entries, the chart's and the axes' titles, text on points and bars (network names, counts)
# and annotations.
CHART_TEXT = ", ".join([
    ".xtick > text", ".ytick > text", "text.legendtext", "text.gtitle", "text.xtitle",
    "text.ytitle", ".textpoint > text", "text.bartext", "text.annotation-text",
])

# A drawn plotly chart: on the page inside our chart component, in the deck as its own div.
PLOT = ".js-plotly-plot"

# Two boxes overlap when they share more than this many pixels each way: the boxes of text
# include the font's ascent and descent, so neighbouring tick labels may touch. A name beside a
# point is also checked against the legend's box, which hides what lies under it.
OVERLAP_PX = 2
# A label may reach this far past its chart's edge (antialiasing, rounding).
EDGE_PX = 1

_LABELS_JS = """([plotSelector, textSelector, edge, overlap]) => {
    const visible = node => {
        const style = getComputedStyle(node);
        const box = node.getBoundingClientRect();
        return style.display !== 'none' && style.visibility !== 'hidden'
            && parseFloat(style.opacity || '1') > 0 && box.width > 0 && box.height > 0
            && (node.textContent || '').trim() !== '';
    };
    const kind = node => {
        const parent = node.parentNode && node.parentNode.getAttribute
            ? node.parentNode.getAttribute('class') || '' : '';
        const own = node.getAttribute('class') || '';
        if (/xtick|ytick/.test(parent)) return 'tick label';
        if (/textpoint/.test(parent)) return 'point label';
        if (/legendtext/.test(own)) return 'legend entry';
        if (/bartext/.test(own)) return 'bar label';
        if (/annotation/.test(own)) return 'annotation';
        return 'title';
    };
    const charts = [...document.querySelectorAll(plotSelector)].filter(plot => {
        const box = plot.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && plot.closest('[hidden]') === null;
    });
    return charts.map((plot, index) => {
        const frame = plot.getBoundingClientRect();
        const texts = [...plot.querySelectorAll(textSelector)].filter(visible).map(node => {
            const box = node.getBoundingClientRect();
            return {text: node.textContent.trim(), kind: kind(node),
                    left: box.left, right: box.right, top: box.top, bottom: box.bottom};
        });
        const cut = texts.filter(t => t.left < frame.left - edge || t.right > frame.right + edge
            || t.top < frame.top - edge || t.bottom > frame.bottom + edge);
        const overlapping = [];
        // A legend is drawn over the points with a background of its own: a name under it is
        // covered even where no legend entry's text touches it.
        const legends = [...plot.querySelectorAll('.legend .bg')]
            .map(node => node.getBoundingClientRect())
            .filter(box => box.width > 0 && box.height > 0);
        for (const text of texts.filter(t => t.kind === 'point label')) {
            for (const box of legends) {
                const wide = Math.min(text.right, box.right) - Math.max(text.left, box.left);
                const high = Math.min(text.bottom, box.bottom) - Math.max(text.top, box.top);
                if (wide > overlap && high > overlap) {
                    overlapping.push([text, {text: 'legend', kind: 'legend box'}]);
                }
            }
        }
        for (let i = 0; i < texts.length; i++) {
            for (let j = i + 1; j < texts.length; j++) {
                const a = texts[i], b = texts[j];
                const wide = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const high = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (wide > overlap && high > overlap) overlapping.push([a, b]);
            }
        }
        const title = plot.closest('[data-chart-title]');
        return {index, title: title ? title.dataset.chartTitle : '', labels: texts.length,
                cut, overlapping};
    });
}"""

# Streamlit scrolls its main area inside a container of its own; the deck scrolls nowhere.
_SCROLL_JS = """() => {
    const areas = [document.scrollingElement, ...document.querySelectorAll(
        '[data-testid="stMain"], [data-testid="stAppScrollToBottomContainer"], '
        + '.page.current .slide')];
    let worst = {x: 0, y: 0};
    for (const area of areas) {
        if (!area) continue;
        worst.x = Math.max(worst.x, area.scrollWidth - area.clientWidth);
        worst.y = Math.max(worst.y, area.scrollHeight - area.clientHeight);
    }
    return worst;
}"""

# A table area that scrolls hides rows: a row lies below its visible part. The line under it
# (viz.tables, .bso-table-more) must then say there are more. Streamlit's data grid (a canvas)
# counts when its scroller can scroll down.
_HIDDEN_ROWS_JS = """() => {
    const hiding = area => {
        const box = area.getBoundingClientRect();
        if (box.height === 0) return false;
        if (area.matches('.dvn-scroller')) return area.scrollHeight > area.clientHeight + 2;
        const bottom = box.top + area.clientTop + area.clientHeight;
        return [...area.querySelectorAll('tbody tr')].some(
            row => row.getBoundingClientRect().bottom > bottom + 2);
    };
    const cued = area => {
        const cue = area.parentElement && area.parentElement.querySelector('.bso-table-more');
        return cue !== null && cue.getBoundingClientRect().height > 0;
    };
    return [...document.querySelectorAll('.bso-table, [data-testid="stDataFrame"] .dvn-scroller')]
        .filter(area => hiding(area) && !cued(area))
        .map(area => area.getAttribute('aria-label') || 'data grid');
}"""


# Charts and maps take their final size a few frames after the script has run (plotly draws,
# then fits its container, then its labels are placed). The layout is stable when every chart
# is drawn and no size of the page, its scrolling containers, charts or canvases has changed
# for STABLE_FRAMES frames.
_STABLE_JS = """([frames]) => {
    const charts = document.querySelectorAll('.js-plotly-plot');
    const drawn = Array.from(charts).every(c => c.querySelector('.main-svg') !== null);
    const boxes = [document.scrollingElement, ...document.querySelectorAll(
        '[data-testid="stMain"], [data-testid="stAppViewContainer"], ' +
        '.js-plotly-plot, [data-testid="stMain"] canvas')];
    const sizes = JSON.stringify(boxes.map(e =>
        [e.scrollWidth, e.scrollHeight, e.clientWidth, e.clientHeight]));
    const last = window.__layout;
    const count = drawn && last && last.sizes === sizes ? last.count + 1 : 0;
    window.__layout = {sizes, count};
    return count >= frames;
}"""
STABLE_FRAMES = 20


def wait_for_stable_layout(page) -> None:
    page.wait_for_function(_STABLE_JS, arg=[STABLE_FRAMES], polling="raf")


@dataclass(frozen=True)
class Label:
    text: str
    kind: str


@dataclass(frozen=True)
class ChartReport:
    """What one drawn chart shows wrong: labels past its edges, and pairs printed over each
    other."""

    index: int
    title: str
    labels: int
    cut: tuple[Label, ...]
    overlapping: tuple[tuple[Label, Label], ...]

    @property
    def readable(self) -> bool:
        return not self.cut and not self.overlapping

    def describe(self) -> str:
        name = self.title or f"chart {self.index + 1}"
        parts = [f"{label.kind} {label.text!r} cut off" for label in self.cut]
        parts += [f"{a.kind} {a.text!r} over {b.kind} {b.text!r}" for a, b in self.overlapping]
        return f"{name}: " + "; ".join(parts)


def _label(raw: dict) -> Label:
    return Label(raw["text"], raw["kind"])


def chart_reports(page) -> list[ChartReport]:
    """Every drawn chart on `page` with its cut-off and overlapping labels."""
    raw = page.evaluate(_LABELS_JS, [PLOT, CHART_TEXT, EDGE_PX, OVERLAP_PX])
    return [ChartReport(chart["index"], chart["title"], chart["labels"],
                        tuple(_label(t) for t in chart["cut"]),
                        tuple((_label(a), _label(b)) for a, b in chart["overlapping"]))
            for chart in raw]


# The smallest text of any drawn chart as the screen shows it: its font size times the zoom
# its chart is drawn at (a slide or the deck is zoomed to the window).
_SMALLEST_TEXT_JS = """([plotSelector, textSelector]) => {
    let smallest = Infinity;
    for (const plot of document.querySelectorAll(plotSelector)) {
        const zoom = plot.getBoundingClientRect().width / (plot.offsetWidth || 1);
        for (const node of plot.querySelectorAll(textSelector)) {
            if (!(node.textContent || '').trim() || node.getBoundingClientRect().width === 0) {
                continue;
            }
            smallest = Math.min(smallest, parseFloat(getComputedStyle(node).fontSize) * zoom);
        }
    }
    return smallest === Infinity ? null : smallest;
}"""


def smallest_chart_text(page) -> float | None:
    """The smallest chart text on `page` in screen pixels; None without chart text."""
    return page.evaluate(_SMALLEST_TEXT_JS, [PLOT, CHART_TEXT])


# A slide's body text: every visible text on the slide (paragraphs, list items, captions and
# source lines, table cells, metrics) outside its charts, whose text has a check of its own
# (smallest_chart_text), and outside the presenter's controls. On the Presentatie page the
# slide is the main block without its control bar (ui.slides); in the deck the shown canvas.
# A slide's body text must read this large on a 1920×1080 projector, in screen pixels.
PROJECTOR_BODY_TEXT = 28
APP_SLIDE = '[data-testid="stMainBlockContainer"]'
DECK_SLIDE = ".page.current .slide"
NOT_BODY = f"svg, style, script, {PLOT}, .st-key-slide-controls, .controls"

_SMALLEST_BODY_JS = """([slideSelector, skipSelector]) => {
    const slide = document.querySelector(slideSelector);
    if (!slide) return null;
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    let smallest = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent.trim();
        if (!text || !element || element.closest(skipSelector)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden'
            || parseFloat(style.opacity || '1') === 0) continue;
        const size = parseFloat(style.fontSize) * (element.currentCSSZoom || 1);
        if (smallest === null || size < smallest.size) smallest = {size, text};
    }
    return smallest;
}"""


@dataclass(frozen=True)
class BodyText:
    """The smallest body text on a slide as the screen shows it, and which text that is."""

    size: float
    text: str


def smallest_body_text(page, slide: str = APP_SLIDE) -> BodyText | None:
    """The smallest body text of the slide `page` shows (`slide`: APP_SLIDE or DECK_SLIDE),
    in screen pixels after the slide's zoom; None when the slide has no body text."""
    found = page.evaluate(_SMALLEST_BODY_JS, [slide, NOT_BODY])
    return None if found is None else BodyText(round(found["size"], 1), found["text"][:80])


def scroll_overflow(page) -> tuple[int, int]:
    """How many pixels the page can scroll (across, down): (0, 0) when it fits its screen."""
    worst = page.evaluate(_SCROLL_JS)
    return int(worst["x"]), int(worst["y"])


def tables_hiding_rows(page) -> list[str]:
    """The names of table areas that hide rows with nothing showing there are more."""
    return page.evaluate(_HIDDEN_ROWS_JS)


def page_address(path: str, lang: str, **params: object) -> str:
    """A page's path with its query: the language when it is not the default, and `params`."""
    query = {**({"lang": lang} if lang != "nl" else {}), **params}
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def deck_slides(page, count: int) -> Iterator[int]:
    """Show each of the offline deck's `count` slides in turn (its file opened in `page`),
    yielding its number while it is shown."""
    page.wait_for_selector("body[data-drawn=true]", timeout=60_000)
    page.keyboard.press("Home")
    for number in range(1, count + 1):
        if number > 1:
            page.keyboard.press("ArrowRight")
        yield number
