"""Names on a map, placed before it is drawn, so that none covers another name or a marker.

deck.gl draws a name in screen pixels at a point, and its initial view is fixed, so the
distance between two points on the screen depends on the view's zoom only, not on the width
of the browser: where a name fits can be decided here, and tested (docs/decisions/0002).
A name's width is estimated from its length (ESTIMATE_EM per character, wide enough for the
fallback fonts too). A name that finds no free place in its frame is left off the map; the
municipality's tooltip still names it.
"""

import math
from collections.abc import Iterable, Sequence

import pandas as pd
import pydeck as pdk

FONT_PX = {"initiative": 14, "venue": 12, "neighbour": 12}
ESTIMATE_EM = 0.6  # average character width of a sans-serif face, with room to spare
LINE_EM = 1.25
PAD_PX = (4, 2)  # the box behind a name: this much wider and taller on each side
GAP_PX = 3  # between a name's box and what it names
STEP_PX = 14  # each further ring of candidate places lies this much farther out

Box = tuple[float, float, float, float]  # left, top, right, bottom in pixels from the centre

LABEL_COLUMNS = ["gm_code", "name", "lat", "lon", "kind", "anchor", "baseline", "dx", "dy"]


def mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def project(view: pdk.ViewState, lon: float, lat: float) -> tuple[float, float]:
    """Where deck.gl's web-mercator `view` draws lon/lat, in pixels from the canvas centre."""
    scale = 512 * 2 ** view.zoom
    return ((lon - view.longitude) / 360 * scale,
            -(mercator_y(lat) - mercator_y(view.latitude)) / (2 * math.pi) * scale)


def unproject(view: pdk.ViewState, x: float, y: float) -> tuple[float, float]:
    """The lon/lat deck.gl's `view` draws at x, y pixels from the canvas centre."""
    scale = 512 * 2 ** view.zoom
    merc = mercator_y(view.latitude) - y / scale * 2 * math.pi
    return view.longitude + x / scale * 360, math.degrees(math.atan(math.sinh(merc)))


def screen_box(view: pdk.ViewState, bounds: Sequence[float]) -> Box:
    """The screen box of geographic `bounds` (minx, miny, maxx, maxy)."""
    left, bottom = project(view, bounds[0], bounds[1])
    right, top = project(view, bounds[2], bounds[3])
    return left, top, right, bottom


def marker_box(view: pdk.ViewState, lon: float, lat: float, radius: float) -> Box:
    x, y = project(view, lon, lat)
    return x - radius, y - radius, x + radius, y + radius


def text_size(name: str, kind: str) -> tuple[float, float]:
    """The estimated box of a drawn name with its background, in pixels."""
    font = FONT_PX[kind]
    return (len(name) * ESTIMATE_EM * font + 2 * PAD_PX[0], LINE_EM * font + 2 * PAD_PX[1])


def _candidates(core: Box, x: float, y: float,
                kind: str) -> Iterable[tuple[str, str, float, float]]:
    """Where a name may go, best first: (anchor, baseline, and the text anchor's x, y).

    Beside `core` (what it names: the municipality's box and any marker on its point) to the
    right, left, above, below, then at the corners; then the same rings farther out. A
    neighbour's name lies on its own municipality, so it tries its point first.
    """
    if kind == "neighbour":
        for shift in (0, -1, 1, -2, 2):
            yield "middle", "center", x, y + shift * STEP_PX
        return
    left, top, right, bottom = core
    for ring in range(3):
        g = GAP_PX + PAD_PX[0] + ring * STEP_PX
        v = GAP_PX + PAD_PX[1] + ring * STEP_PX
        yield "start", "center", right + g, y
        yield "end", "center", left - g, y
        yield "middle", "bottom", x, top - v
        yield "middle", "top", x, bottom + v
        yield "start", "bottom", right + g, top - v / 2
        yield "start", "top", right + g, bottom + v / 2
        yield "end", "bottom", left - g, top - v / 2
        yield "end", "top", left - g, bottom + v / 2


def name_box(anchor: str, baseline: str, x: float, y: float, size: tuple[float, float]) -> Box:
    """The background box of a name drawn at x, y with deck.gl's anchor and baseline."""
    width, height = size
    text_w, text_h = width - 2 * PAD_PX[0], height - 2 * PAD_PX[1]
    left = {"start": x, "middle": x - text_w / 2, "end": x - text_w}[anchor]
    top = {"top": y, "center": y - text_h / 2, "bottom": y - text_h}[baseline]
    return left - PAD_PX[0], top - PAD_PX[1], left + text_w + PAD_PX[0], top + text_h + PAD_PX[1]


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(box: Box, frame: Box) -> bool:
    return frame[0] <= box[0] and frame[1] <= box[1] and box[2] <= frame[2] and box[3] <= frame[3]


def place_labels(labels: pd.DataFrame, view: pdk.ViewState, size: tuple[int, int],
                 cores: Sequence[Box], obstacles: Sequence[Box]) -> pd.DataFrame:
    """The names of `labels` (gm_code, name, lat, lon, kind; in order of importance) that fit.

    `cores[i]` is what label i names (kept free of its own and every other name), `obstacles`
    anything else no name may cover (markers, other coloured municipalities). Each name takes
    its first candidate place inside the `size` frame that covers nothing placed before it.
    Columns: LABEL_COLUMNS, with the anchor and baseline deck.gl draws the name with and its
    offset in pixels (dx, dy) from its point.
    """
    width, height = size
    frame = (-width / 2, -height / 2, width / 2, height / 2)
    taken = [*cores, *obstacles]
    rows = []
    for row, core in zip(labels.itertuples(index=False), cores, strict=True):
        px, py = project(view, row.lon, row.lat)
        box_size = text_size(row.name, row.kind)
        mine = [c for c in taken if c is not core]
        for anchor, baseline, x, y in _candidates(core, px, py, row.kind):
            box = name_box(anchor, baseline, x, y, box_size)
            if _inside(box, frame) and not any(_overlaps(box, other) for other in mine):
                taken.append(box)
                rows.append((row.gm_code, row.name, row.lat, row.lon, row.kind, anchor,
                             baseline, round(x - px, 1), round(y - py, 1)))
                break
    return pd.DataFrame(rows, columns=LABEL_COLUMNS)
