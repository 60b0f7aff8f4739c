"""Characters that text from a file may not carry, or that make two texts look alike.

One place names them, so the loader (refuses them in data files), the upload reader (refuses
them with row and column), the downloads (remove or neutralise them) and the pages (isolate
right-to-left text) agree on what is dangerous. Control characters break Excel files and
terminals; bidi embedding and override characters reorder the text around them, so a name
could turn the dashboard's own sentence backwards; invisible characters make two different
identifiers look the same.
"""

import re
import unicodedata

TAB, LF, CR = "\t", "\n", "\r"

# C0 controls but tab, line feed and carriage return (which text legitimately holds), DEL,
# and the C1 controls (U+0080–U+009F): no text a person types contains them.
CONTROLS = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in (TAB, LF, CR)]
    + [chr(0x7F)] + [chr(c) for c in range(0x80, 0xA0)]
)

# What a spreadsheet or a Markdown reader treats as the start of a new line.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")

# Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) reorder everything up to their end, and
# the isolates (LRI, RLI, FSI, PDI) and marks (LRM, RLM, ALM) steer the order of what is near.
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
BIDI_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")
BIDI_MARKS = frozenset("\u200e\u200f\u061c")
BIDI_CONTROLS = BIDI_OVERRIDES | BIDI_ISOLATES | BIDI_MARKS

# What no cell of a data file or an upload may hold: no typed text needs a control character,
# an override reorders what follows it, and an isolate would end the isolation the pages put
# around right-to-left text. Marks, which right-to-left text may need, are allowed.
NOT_IN_CELLS = CONTROLS | BIDI_OVERRIDES | BIDI_ISOLATES

# Characters that draw nothing: zero-width space, non-joiner, joiner, word joiner, byte order
# mark, soft hyphen, Mongolian vowel separator, and the bidi controls.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e") | BIDI_CONTROLS

# Text from the data is wrapped in these on screen when it could reorder the text around it.
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"
_RIGHT_TO_LEFT = frozenset(("R", "AL", "AN"))
_FROM_HEBREW_UP = re.compile("[\u0590-\U0010ffff]")


def describe(char: str) -> str:
    """A character as a person can look it up: 'U+000B (LINE TABULATION)'."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "control character")
    return f"U+{ord(char):04X} ({name})"


def first_forbidden(text: str, forbidden: frozenset[str]) -> tuple[int, str] | None:
    """The position and character of the first character of `text` in `forbidden`."""
    for position, char in enumerate(text):
        if char in forbidden:
            return position, char
    return None


def without(text: str, characters: frozenset[str]) -> str:
    """`text` with every character in `characters` left out."""
    return "".join(char for char in text if char not in characters)


def needs_isolation(text: str) -> bool:
    """Whether `text` holds right-to-left letters or bidi controls, and could therefore
    reorder the words around it. Called for every text a page shows: only the characters from
    Hebrew up (where the first right-to-left letter and every bidi control lie) are looked up,
    so Dutch text costs one pass of the regular expression engine."""
    return any(char in BIDI_CONTROLS or unicodedata.bidirectional(char) in _RIGHT_TO_LEFT
               for char in _FROM_HEBREW_UP.findall(text))


def isolate(text: str) -> str:
    """`text` as a unit of its own direction, which cannot reorder the sentence it stands in.
    Left-to-right text (all of the current data) is returned unchanged, and so is text whose
    right-to-left parts are isolated already: a sentence that isolates the name in it keeps
    its own direction when it is passed on (to md_escape, say)."""
    if not needs_isolation(text) or _isolated_already(text):
        return text
    return FIRST_STRONG_ISOLATE + without(text, BIDI_CONTROLS) + POP_DIRECTIONAL_ISOLATE


def _isolated_already(text: str) -> bool:
    """Whether every right-to-left letter and bidi control of `text` lies inside balanced
    FSI…PDI pairs, as isolate writes them, and there is no other bidi control."""
    depth = 0
    for char in text:
        if char == FIRST_STRONG_ISOLATE:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE:
            if depth == 0:
                return False
            depth -= 1
        elif char in BIDI_CONTROLS or (
                depth == 0 and unicodedata.bidirectional(char) in _RIGHT_TO_LEFT):
            return False
    return depth == 0


_CONTROL_NAMES = {
    "\x00": "NULL", "\x07": "BELL", "\x08": "BACKSPACE", "\t": "CHARACTER TABULATION",
    "\n": "LINE FEED", "\x0b": "LINE TABULATION", "\x0c": "FORM FEED", "\r": "CARRIAGE RETURN",
    "\x1b": "ESCAPE", "\x1c": "INFORMATION SEPARATOR FOUR",
    "\x1d": "INFORMATION SEPARATOR THREE", "\x1e": "INFORMATION SEPARATOR TWO",
    "\x1f": "INFORMATION SEPARATOR ONE", "\x7f": "DELETE", "\x85": "NEXT LINE",
}
