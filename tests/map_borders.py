"""Reading a map's border layers back: which shapes a layer of line segments outlines."""

import geopandas as gpd
import shapely


def vertices(shape) -> set[tuple[float, float]]:
    """The corners of a (multi)polygon as rounded (lon, lat) pairs."""
    return {(round(x, 5), round(y, 5)) for x, y in shapely.get_coordinates(shape.boundary)}


def ends(layer: dict) -> set[tuple[float, float]]:
    """Both ends of every segment [lon, lat, lon, lat] of a LineLayer's records."""
    return {point for s in layer["data"] for point in ((s[0], s[1]), (s[2], s[3]))}


def outlined(layer: dict, shapes: gpd.GeoDataFrame, key: str = "gm_code") -> set[str]:
    """The shapes whose border holds every end of every segment of the layer."""
    found = ends(layer)
    return {code for code, shape in zip(shapes[key], shapes.geometry, strict=True)
            if found and found <= vertices(shape)}


def segment_set(layer: dict) -> set[frozenset]:
    """Each segment once, whichever way round it is drawn."""
    return {frozenset([(s[0], s[1]), (s[2], s[3])]) for s in layer["data"]}
