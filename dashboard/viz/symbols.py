"""The marks of the maps drawn as small PNG images, for the maps' icon layers and their legends.

deck.gl draws circles itself but no other shape; venues (diamonds) and partners (squares) are
icons. Legend swatches come from the same drawing, so a legend shows the mark the map draws.
Every image is a data URI: nothing is fetched, the maps stay offline.
"""

import base64
import io

import numpy as np
from PIL import Image

from dashboard.viz.palette import hex_to_rgb

PNG_URI = "data:image/png;base64,"
SHAPES = ("circle", "diamond", "square")
RING_PX = 2  # the outline of every mark, as the circles' line width on the map
SWATCH_PX = 22  # a legend line's image
ICON_SCALE = 2  # device pixels per CSS pixel of an icon, so it stays sharp on a HiDPI screen


def png(image: np.ndarray) -> str:
    """An RGBA array as a PNG data URI."""
    buffer = io.BytesIO()
    Image.fromarray(image, mode="RGBA").save(buffer, format="PNG")
    return PNG_URI + base64.b64encode(buffer.getvalue()).decode("ascii")


def mark(shape: str, colour: str, fill_alpha: int, size: float, box: int | None = None,
         scale: int = 1) -> str:
    """`shape` `size` pixels across, centred in a `box`-pixel square: a RING_PX outline in
    `colour` around a fill of opacity `fill_alpha` (0 hollow, 255 solid), as the maps show how
    precisely a place is known."""
    side = (box or int(np.ceil(size))) * scale
    y, x = np.mgrid[:side, :side] + 0.5
    dx, dy = np.abs(x - side / 2), np.abs(y - side / 2)
    reach, ring = size * scale / 2, RING_PX * scale
    if shape == "circle":
        distance = np.hypot(dx, dy)
    elif shape == "diamond":
        distance, ring = dx + dy, ring * np.sqrt(2)  # a ring as thick as a circle's
    elif shape == "square":
        distance = np.maximum(dx, dy)
    else:
        raise ValueError(f"unknown shape {shape!r}; expected one of {SHAPES}")
    image = np.zeros((side, side, 4), dtype=np.uint8)
    rgb = hex_to_rgb(colour)
    image[distance <= reach] = [*rgb, fill_alpha]
    image[(distance <= reach) & (distance > reach - ring)] = [*rgb, 255]
    return png(image)


def area(colour: str) -> str:
    """A filled square with a grey edge: a municipality's fill in a legend."""
    image = np.zeros((SWATCH_PX, SWATCH_PX, 4), dtype=np.uint8)
    image[2:-2, 2:-2] = [*hex_to_rgb(colour), 255]
    image[2:-2, [2, -3]] = image[[2, -3], 2:-2] = [140, 140, 140, 255]
    return png(image)


def line(colour: str) -> str:
    """A diagonal stroke: a tie in a legend."""
    image = np.zeros((SWATCH_PX, SWATCH_PX, 4), dtype=np.uint8)
    for i in range(3, SWATCH_PX - 3):
        image[SWATCH_PX - 1 - i, i - 1:i + 2] = [*hex_to_rgb(colour), 255]
    return png(image)
