"""Hovering every point of every plotly chart and map on a page, and reading what its hover
label became: fixed spots on a chart miss most markers, so the spots are taken from what plotly
drew (every marker and bar, a spot inside every filled shape, every annotation).

After each move the hover layer is read for live markup from the data: a link, an element
carrying a style or an image. The labels' text is kept, so a test can see that the data's
markup arrived as text.
"""

from dataclasses import dataclass, field

from tests.browser.conftest import next_frames

# The centre of every drawn point of a chart (scatter markers, invisible hover helpers, bars),
# a spot inside every filled shape (a municipality on a case map hovers on its fill) and every
# annotation; spots outside a chart's plot area, or under something else, are left out (a
# partner beyond a zoomed map's edge is clipped, and the deck's controls cover the foot of the
# window: neither can be hovered).
SPOTS_JS = """plot => {
    const spots = [];
    const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
    const area = plot.querySelector('.nsewdrag');
    if (area === null) return spots;
    const box = area.getBoundingClientRect();
    const inside = ([x, y]) => x > box.left && x < box.right && y > box.top && y < box.bottom
        && plot.contains(document.elementFromPoint(x, y));
    const add = (what, [x, y]) => { if (inside([x, y])) spots.push({what, x, y}); };
    plot.querySelectorAll('.scatterlayer .trace .points .point, .barlayer .trace .point')
        .forEach(point => add('point', centre(point.getBoundingClientRect())));
    plot.querySelectorAll('.scatterlayer .trace .js-fill').forEach(fill => {
        const b = fill.getBBox(), matrix = fill.getScreenCTM();
        for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) {
            const at = new DOMPoint(b.x + b.width * i / 10, b.y + b.height * j / 10);
            if (fill.isPointInFill(at)) {
                const screen = at.matrixTransform(matrix);
                add('fill', [screen.x, screen.y]);
                return;
            }
        }
    });
    plot.querySelectorAll('.annotation-text-g').forEach(
        note => add('annotation', centre(note.getBoundingClientRect())));
    return spots;
}"""

# What the hover layers hold now: the labels' text, and any markup that could be live.
LABELS_JS = """root => {
    const layers = [...root.querySelectorAll('.hoverlayer')];
    const all = selector => layers.flatMap(layer => [...layer.querySelectorAll(selector)]);
    return {
        labels: all('.hovertext').length,
        text: layers.map(layer => layer.textContent).join(' | '),
        live: [...all('a'), ...all('[style*="url("]'), ...all('image, img, foreignObject')]
            .map(e => e.outerHTML.slice(0, 160)),
    };
}"""


# Run before the page's own scripts (page.add_init_script): records every element that could
# be live markup (a link, an image, foreign content, a style that loads from an address)
# whenever it is added to the document, so a label that vanishes again is seen as well.
WATCH_JS = """window.__liveMarkup = [];
new MutationObserver(records => {
    for (const record of records) for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        for (const e of [node, ...node.querySelectorAll('*')]) {
            const style = e.getAttribute('style') || '';
            if (['a', 'img', 'image', 'foreignObject', 'iframe', 'object', 'embed']
                    .includes(e.localName) || /url\\(\\s*(?!['"]?#)/i.test(style)) {
                window.__liveMarkup.push(e.outerHTML.slice(0, 160));
            }
        }
    }
}).observe(document, {childList: true, subtree: true});"""


def live_markup(page) -> list[str]:
    """What WATCH_JS saw added to the page since it was opened."""
    return page.evaluate("window.__liveMarkup")


@dataclass
class Hovered:
    """What hovering every spot showed."""

    spots: int = 0
    unlabelled: list[dict] = field(default_factory=list)
    live: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


def hover_every_point(page, root: str = "body", into: Hovered | None = None) -> Hovered:
    """Move the mouse onto every spot of every chart inside `root` (a selector), one by one,
    chart by chart brought into view, and read the hover labels after each move."""
    seen = into or Hovered()
    plots = page.locator(f"{root} .js-plotly-plot")
    for index in range(plots.count()):
        plot = plots.nth(index)
        plot.scroll_into_view_if_needed()
        for spot in plot.evaluate(SPOTS_JS):
            page.mouse.move(0, 0)  # off every chart: each spot is a fresh hover
            next_frames(page)
            page.mouse.move(spot["x"], spot["y"])
            next_frames(page)
            shown = plot.evaluate(LABELS_JS)
            seen.spots += 1
            seen.live += shown["live"]
            seen.text.append(shown["text"])
            if not shown["labels"] and spot["what"] != "annotation":
                seen.unlabelled.append({"chart": index, **spot})
    return seen
