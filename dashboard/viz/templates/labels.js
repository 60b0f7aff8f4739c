// Names written next to points (network organisations, timeline events) may not print over
// each other or past the chart's edge, at whatever width the chart is drawn. plotly.js places
// them where the figure says and never moves them, so after every drawing the labels are placed
// again here, most important first (the largest marker): each keeps its place if it is free,
// is moved inside the edge or below its point if that is free, and is otherwise hidden. A
// hidden name stays in the point's hover text and in the chart's table.
// Date axes carry a label per month or year; on a narrow screen they would run into each
// other, so every label that would touch the one before it, or stick out of the chart, is
// hidden (the grid line stays).
// Used by the page's chart element (ui/chart.js) and by the offline deck (deck.js).
function thinDateTicks(div, figure) {
  const layout = figure.layout || {};
  const frame = div.getBoundingClientRect();
  div.querySelectorAll(".xaxislayer-above").forEach((layer) => {
    const subplot = layer.closest(".subplot");
    const match = subplot === null ? null : /\bx(\d*)y/.exec(subplot.getAttribute("class"));
    const axis = layout["xaxis" + (match ? match[1] : "")] || {};
    if (axis.type !== "date") return;
    let last = null;
    [...layer.querySelectorAll(".xtick > text")]
      .map((node) => { node.style.display = ""; return {node, box: node.getBoundingClientRect()}; })
      .sort((a, b) => a.box.left - b.box.left)
      .forEach(({node, box}) => {
        const outside = box.left < frame.left || box.right > frame.right;
        if (outside || (last !== null && box.left < last.right + 8)) {
          node.style.display = "none";
        } else {
          last = box;
        }
      });
  });
}

function placePointLabels(div, figure) {
  const frame = div.getBoundingClientRect();
  if (frame.width === 0 || frame.height === 0) return;
  thinDateTicks(div, figure);
  const boxOf = (node) => node.getBoundingClientRect();
  // Names keep a few pixels apart, so they stay apart when a slide is zoomed and the font's
  // hinting widens them a little.
  const GAP = 3;
  const overlaps = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > -GAP
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > -GAP;
  const inside = (box) => box.left >= frame.left && box.right <= frame.right
    && box.top >= frame.top && box.bottom <= frame.bottom;
  const shifted = (box, dx, dy) => ({left: box.left + dx, right: box.right + dx,
                                     top: box.top + dy, bottom: box.bottom + dy});
  // What labels must keep clear of: every other text of the chart (ticks, legend, titles), and
  // the legend's whole box, whose background plotly paints over the points.
  const taken = [...div.querySelectorAll(
    ".xtick > text, .ytick > text, text.legendtext, text.gtitle, text.annotation-text, .legend .bg")]
    .map(boxOf).filter((box) => box.width > 0);
  // plotly draws scatter traces, in data order, in the scatter layer; bars draw elsewhere.
  const scatters = (figure.data || []).filter((trace) => (trace.type || "scatter") === "scatter");
  const labels = [];
  div.querySelectorAll(".scatterlayer .trace").forEach((trace, index) => {
    const data = scatters[index] || {};
    const sizes = (data.marker || {}).size;
    trace.querySelectorAll(".textpoint > text").forEach((node, point) => {
      node.style.display = "";
      node.removeAttribute("transform");
      if (!(node.textContent || "").trim()) return;
      const size = Array.isArray(sizes) ? sizes[point] : (typeof sizes === "number" ? sizes : 6);
      labels.push({node, size: size || 6, order: labels.length});
    });
  });
  labels.sort((a, b) => b.size - a.size || a.order - b.order);
  // Boxes are measured on screen; a zoomed slide draws the chart's own pixels larger or smaller.
  const scale = frame.width / (div.offsetWidth || frame.width);
  for (const label of labels) {
    const box = boxOf(label.node);
    const dx = Math.max(0, frame.left - box.left) - Math.max(0, box.right - frame.right);
    const below = box.bottom - box.top + label.size;
    const tries = [[dx, 0], [dx, below], [dx, -below]];
    const fit = tries.map(([x, y]) => ({x, y, box: shifted(box, x, y)}))
      .find((place) => inside(place.box) && !taken.some((other) => overlaps(place.box, other)));
    if (fit === undefined) {
      label.node.style.display = "none";
      continue;
    }
    if (fit.x || fit.y) {
      label.node.setAttribute("transform", `translate(${fit.x / scale},${fit.y / scale})`);
    }
    taken.push(fit.box);
  }
}
