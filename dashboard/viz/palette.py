"""Colours shared by every chart and map.

Okabe–Ito, a palette that stays distinguishable with the common forms of colour blindness,
extended with two neutral tones for 'other' and 'unknown'.
"""

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000")
NEUTRAL = "#8C8C8C"
LIGHT_NEUTRAL = "#D9D9D9"

SECTOR_COLOURS = {
    "kinderopvang": "#E69F00",
    "onderwijs": "#0072B2",
    "jeugdzorg": "#D55E00",
    "jeugd_ggz": "#CC79A7",
    "cjg": "#009E73",
    "gemeente": "#56B4E9",
    "rijksoverheid": "#000000",
    "kennisinstituut": "#F0E442",
    "fonds": "#7F4F9F",
    "belangenorganisatie": "#5E5E5E",
    "netwerk": "#A6761D",
    "onbekend": NEUTRAL,
}

FONT = "Source Sans Pro, Arial, sans-serif"
# Text in charts: the theme's text colour (.streamlit/config.toml), on white 17:1.
TEXT = "#1A1A1A"


def hex_to_rgb(colour: str) -> list[int]:
    """'#RRGGBB' -> [r, g, b], the form pydeck layers take."""
    value = colour.lstrip("#")
    return [int(value[i:i + 2], 16) for i in (0, 2, 4)]


# Maps: a municipality is coloured by the kind (role) of its initiatives; when it has several,
# the first in this order wins (the tooltip lists them all).
KIND_COLOURS = {
    "bso_pilot": "#E69F00",
    "case": "#009E73",
    "dagarrangement": "#CC79A7",
    "koploper": "#0072B2",
}
MAP_BACKGROUND = "#F2F2F2"  # municipalities without an initiative
MAP_BORDER = "#FFFFFF"
MAP_OUTLINE = "#5E5E5E"  # province outlines and place markers
MAP_SELECTED = "#000000"
PLACE_COLOUR = "#000000"  # locations (BSO, school, meeting place)
PARTNER_COLOUR = "#D55E00"  # partner organisations placed at their municipality
# Ties on the map: practice dark, everything not (yet) practice light.
TIE_COLOURS = {"in_practice": "#333333", "not_in_practice": "#8C8C8C"}

# Timeline: events coloured by kind. Ten kinds on an eight-colour palette: the last two borrow
# the extra tones of SECTOR_COLOURS; every marker also has a dark outline and a hover label.
EVENT_KIND_COLOURS = {
    "beleid": "#000000",
    "start": "#009E73",
    "einde": "#D55E00",
    "programma": "#0072B2",
    "studiereis": "#CC79A7",
    "werkplaats": "#E69F00",
    "verkenning": "#56B4E9",
    "gesprek": "#F0E442",
    "monitor": "#7F4F9F",
    "bijeenkomst": "#A6761D",
}
SPAN_COLOUR = "#5E5E5E"  # initiative spans on the timeline
MARKER_OUTLINE = "#333333"

# Networks: each relation kind has its own colour and dash, so kinds stay apart without colour
# (dash) and without dash (colour). Relations not (yet) in practice are drawn fainter
# (PLANNED_OPACITY).
RELATION_STYLES = {
    "coaching": ("#E69F00", "solid"),
    "training": ("#E69F00", "dot"),
    "contactpersoon": ("#009E73", "dash"),
    "samenwerking": ("#0072B2", "solid"),
    "ondersteuning": ("#D55E00", "solid"),
    "onderzoek": ("#CC79A7", "dashdot"),
    "overdracht": ("#009E73", "solid"),
    "ontmoeting": ("#56B4E9", "dot"),
    "verkenning": ("#5E5E5E", "dash"),
    "financiering": ("#000000", "longdash"),
    "steun": ("#5E5E5E", "longdash"),
    "ontwikkeling": ("#CC79A7", "dot"),
    "lidmaatschap": ("#A6761D", "dot"),
    "opdrachtgever": ("#7F4F9F", "longdashdot"),
}
PLANNED_OPACITY = 0.45
BRIDGE_OUTLINE = "#000000"  # organisations that take part in more than one initiative
# Comparison grids: approach status (strongest darkest) and "not mentioned in the sources".
MODALITY_COLOURS = {"in_practice": "#009E73", "under_way": "#56B4E9", "planned": "#0072B2",
                    "intended": "#CC79A7", "considered": "#E69F00", "principle": "#5E5E5E"}
NOT_MENTIONED = "#D9D9D9"
