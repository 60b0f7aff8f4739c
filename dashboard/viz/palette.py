"""Colours shared by every chart and map, one meaning each.

Okabe–Ito, a palette that stays distinguishable with the common forms of colour blindness,
extended with neutral tones for 'other' and 'unknown'. Its hues name sectors; the maps'
roles have hues of their own (ROLE_COLOURS); everything else — how certain a fact is,
whether an event has happened, which relation ties two organisations — is told by shape,
fill and line in the neutral MARK and TIE colours, so a hue never means two things.
"""

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000")
NEUTRAL = "#8C8C8C"

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

# Charts in the app's typeface: Streamlit registers its bundled font as "Source Sans", the deck
# embeds it as "Source Sans 3" (viz.deck).
FONT = 'Source Sans, "Source Sans 3", Arial, sans-serif'
# Text in charts: the theme's text colour (.streamlit/config.toml), on white 17:1.
TEXT = "#1A1A1A"


def hex_to_rgb(colour: str) -> list[int]:
    """'#RRGGBB' -> [r, g, b], the form pydeck layers take."""
    value = colour.lstrip("#")
    return [int(value[i:i + 2], 16) for i in (0, 2, 4)]


# Maps: a municipality is coloured by the kind (role) of its initiatives; when it has several,
# the first in this order wins (the tooltip lists them all). These four hues appear nowhere else
# in the app (docs/decisions/0002-map-colours-and-labels.md): Okabe-Ito's hues already mean
# sectors, so an orange BSO pilot next to an orange childcare organisation on another page
# would say two things with one colour. Chosen from Paul Tol's
# muted and light schemes to stay apart for the common colour-vision deficiencies.
ROLE_COLOURS = {
    "bso_pilot": "#994455",
    "case": "#EE8866",
    "dagarrangement": "#AAAA00",
    "koploper": "#8073AC",
}
MAP_BACKGROUND = "#F2F2F2"  # municipalities without an initiative
MAP_BORDER = "#FFFFFF"
MAP_OUTLINE = "#5E5E5E"  # province outlines
MAP_SELECTED = "#000000"
# Markers are ink, told apart by their shape: colour on a map is kept for roles alone.
PLACE_COLOUR = "#1A1A1A"  # where an initiative is at work: its BSO locations and schools
VENUE_COLOUR = "#767676"  # where a meeting was held: lighter, so a venue never reads as a pilot
PARTNER_COLOUR = "#1A1A1A"  # partner organisations placed at their municipality (squares)
MAP_LABEL = "#1A1A1A"  # names of municipalities with an initiative
MAP_CONTEXT_LABEL = "#5E5E5E"  # names given for orientation: a venue's or a neighbour's
MAP_LABEL_GROUND = "#FFFFFF"  # the box behind a name, so it reads on any fill
# Ties on the map: practice dark, everything not (yet) practice light.
TIE_COLOURS = {"in_practice": "#333333", "not_in_practice": "#8C8C8C"}

# A fact's mark where its shape carries the meaning: events and monitor waves on the timeline
# (filled when they took place, open when planned), approaches in the comparison (a filled
# circle for practice, open shapes for aims), ratings.
MARK = "#1A1A1A"
SPAN_COLOUR = "#5E5E5E"  # initiative spans on the timeline
MARKER_OUTLINE = "#333333"
BAND_COLOUR = NEUTRAL  # the month or year a date is known to

# Networks: relations drawn as on the map's ties, dark and solid in practice, light and dotted
# when not (yet); which relation it is, the hover and the table say.
TIE_DASHES = {"in_practice": "solid", "not_in_practice": "dot"}
BRIDGE_OUTLINE = "#000000"  # organisations that take part in more than one initiative
NOT_MENTIONED = "#D9D9D9"  # comparison grids: "not mentioned in the sources"
