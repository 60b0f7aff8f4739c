"""Accessibility checks in the browser: axe-core's WCAG 2.1 A/AA rules and the keyboard path.

axe-core comes bundled in the `axe-playwright-python` wheel (axe.min.js), so it is injected
from disk and the check runs offline. Where axe cannot decide a text's contrast (it reports it
as "incomplete", e.g. when it cannot work out what lies behind Streamlit's sidebar), the check
works the contrast out itself from the computed colours and opacities, so a caption that is
too faint cannot pass unnoticed.
"""

from axe_playwright_python.base import AXE_SCRIPT

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_RUN_AXE_JS = """(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                resultTypes: ['violations', 'incomplete']})"""

# The contrast of a text element as the eye sees it: its colour, faded by its own and its
# ancestors' opacity, over the first opaque background behind it. Large text (24 px, or
# 18.66 px bold) needs 3:1, other text 4.5:1 (WCAG 1.4.3).
_CONTRAST_JS = """(selector) => {
    const element = document.querySelector(selector);
    if (element === null) { return null; }
    const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    const lin = (v) => {
        v /= 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    let opacity = 1, background = [255, 255, 255];
    for (let e = element; e !== null; e = e.parentElement) {
        const style = getComputedStyle(e);
        opacity *= Number(style.opacity);
        const [r, g, b, a = 1] = parse(style.backgroundColor);
        if (e !== element && a === 1) { background = [r, g, b]; break; }
    }
    const style = getComputedStyle(element);
    const [r, g, b, a = 1] = parse(style.color);
    const alpha = a * opacity;
    const seen = [r, g, b].map((c, i) => alpha * c + (1 - alpha) * background[i]);
    const [light, dark] = [luminance(seen), luminance(background)].sort((x, y) => y - x);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    return {ratio: (light + 0.05) / (dark + 0.05), needed};
}"""


def wcag_violations(page) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, plus the texts whose
    contrast axe left undecided and that fail it when worked out from the computed style."""
    page.evaluate(AXE_SCRIPT)
    results = page.evaluate(_RUN_AXE_JS, WCAG_TAGS)
    found = [{"id": v["id"], "help": v["help"],
              "nodes": [(n["target"], n["html"][:160]) for n in v["nodes"]]}
             for v in results["violations"]]
    faint = []
    for rule in results["incomplete"]:
        if rule["id"] != "color-contrast":
            continue
        for node in rule["nodes"]:
            if any(check["data"] and check["data"].get("messageKey") == "bgOverlap"
                   for check in node["any"]):
                measured = page.evaluate(_CONTRAST_JS, node["target"][0])
                if measured and measured["ratio"] < measured["needed"]:
                    faint.append((node["target"], f"{measured['ratio']:.2f}:1 < "
                                                  f"{measured['needed']}:1: {node['html'][:120]}"))
    if faint:
        found.append({"id": "color-contrast (worked out)", "help": "text contrast too low",
                      "nodes": faint})
    return found


def report(violations: list[dict]) -> str:
    """One readable line per rule and offending element, for an assertion message."""
    return "\n".join(f"{v['id']}: {v['help']}\n" + "\n".join(f"    {target} {html}"
                                                            for target, html in v["nodes"])
                     for v in violations)


# Everything Tab can land on, in DOM order: enabled, rendered, tabindex ≥ 0. Of a group of
# radios only one is a tab stop (the checked one, else the first); the arrow keys move inside.
_TABBABLE_JS = """() => {
    const candidates = document.querySelectorAll(
        'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]');
    const groups = new Set();
    const stops = [];
    for (const e of candidates) {
        if (e.tabIndex < 0 || e.disabled || e.type === 'hidden'
            || !e.checkVisibility({visibilityProperty: true})) { continue; }
        const group = e.getAttribute('role') === 'radio' || e.type === 'radio'
            ? e.closest('[role="radiogroup"]') : null;
        if (group !== null) {
            if (groups.has(group)) { continue; }
            groups.add(group);
            const radios = [...group.querySelectorAll('[role="radio"], input[type="radio"]')];
            stops.push(radios.find(r => r.getAttribute('aria-checked') === 'true' || r.checked)
                       || radios[0]);
            continue;
        }
        stops.push(e);
    }
    window.__tabStops = stops;
    return stops.map((e, i) => i);
}"""

_DESCRIBE_JS = """(e) => {
    if (e === null || e === document.body) { return 'body'; }
    const owner = e.closest('[data-testid]');
    const name = (e.getAttribute('aria-label') || e.innerText || e.value || '').trim();
    return `${e.tagName.toLowerCase()}[${owner ? owner.dataset.testid : ''}] `
        + name.replace(/\\s+/g, ' ').slice(0, 50);
}"""

_ACTIVE_STOP_JS = "() => window.__tabStops.indexOf(document.activeElement)"

# A stop drawn only when focused (a skip link: 1×1 px until then) has no box; scrolling to it
# would also move where the first Tab starts. The text field of a select or an input shows
# its focus on the frame around it, so the whole widget is the box to look at.
_STOP_BOX_JS = """(i) => {
    const stop = window.__tabStops[i];
    const e = ['INPUT', 'TEXTAREA'].includes(stop.tagName)
        ? stop.closest('[data-testid="stElementContainer"]') || stop : stop;
    let r = e.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) { return null; }
    e.scrollIntoView({block: 'center', inline: 'nearest'});
    r = e.getBoundingClientRect();
    return {x: r.x, y: r.y, width: r.width, height: r.height};
}"""

RING_PX = 4  # a focus ring may sit just outside the element (Streamlit draws a 0.2rem shadow)


def tab_stops(page) -> list[str]:
    """A description of every tab stop on the page, in DOM order (kept on the page for
    `focused_stop` and `stop_pixels`)."""
    page.evaluate(_TABBABLE_JS)
    return page.evaluate(f"() => window.__tabStops.map({_DESCRIBE_JS})")


def focused_stop(page) -> int:
    """The index of the tab stop that holds the focus, -1 when focus is elsewhere (e.g. on a
    table's scrolling area, which Chromium makes focusable, or on a cell inside it)."""
    return page.evaluate(_ACTIVE_STOP_JS)


def describe_focus(page) -> str:
    return page.evaluate(f"() => ({_DESCRIBE_JS})(document.activeElement)")


def stop_pixels(page, index: int) -> bytes | None:
    """A screenshot of tab stop `index` and a ring's width around it, scrolled into view;
    None when it has no area to draw on."""
    box = page.evaluate(_STOP_BOX_JS, index)
    if box is None:
        return None
    viewport = page.viewport_size
    left, top = max(box["x"] - RING_PX, 0), max(box["y"] - RING_PX, 0)
    right = min(box["x"] + box["width"] + RING_PX, viewport["width"])
    bottom = min(box["y"] + box["height"] + RING_PX, viewport["height"])
    if right - left < 1 or bottom - top < 1:
        return None
    return page.screenshot(clip={"x": left, "y": top, "width": right - left,
                                 "height": bottom - top}, animations="disabled")
