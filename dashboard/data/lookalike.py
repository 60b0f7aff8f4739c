"""Whether two names only look alike: the same letters to a reader, different to a computer.

An indicator typed with a Cyrillic 'а' (a keyboard layout switched by accident, a name copied
from a Russian or Greek document), with a zero-width space from a web page, or with its accents
decomposed, looks exactly like the stored one but would become a second series. `skeleton`
maps such a name to the form a reader sees, after the model of the skeletons of Unicode's
security mechanisms (UTS #39): compatibility forms folded (NFKC), invisible characters
dropped, and the Cyrillic and Greek letters that are drawn like Latin ones replaced by those.
The table covers the two scripts a Dutch curator's text can bring in; it is not the whole of
UTS #39's list, which also folds '1', 'l' and 'I' and so would call many honest names alike.
"""

import re
import unicodedata
from collections.abc import Iterable

from dashboard.data.characters import INVISIBLE, describe, without

# Cyrillic and Greek letters drawn like a Latin letter (pairs from Unicode's confusables.txt).
LOOKALIKES = {
    **dict(zip("аеѕіјорсухһԁԛԝӏүѵ", "aesijopcyxhdqwlyv", strict=True)),
    **dict(zip("АВЕЗКМНОРСТУХЅІЈԚԜҮӀ", "ABE3KMHOPCTYXSIJQWYl", strict=True)),
    **dict(zip("αονιρυγ", "aovipuy", strict=True)),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),
}
_TO_LATIN = str.maketrans(LOOKALIKES)
_WORD = re.compile(r"\w+")


def skeleton(text: str) -> str:
    """`text` as a reader sees it: two names with one skeleton look the same on screen."""
    return unicodedata.normalize("NFKC", without(text, INVISIBLE)).translate(_TO_LATIN)


def mixed_letter(text: str) -> str | None:
    """The first Cyrillic or Greek letter drawn like a Latin one in a word that also has Latin
    letters ('pеrcent' with a Cyrillic 'е'); a word in one script ('α') is left alone."""
    for word in _WORD.findall(text):
        if any(_is_latin(char) for char in word):
            for char in word:
                if char in LOOKALIKES:
                    return char
    return None


def differences(value: str, other: str) -> list[str]:
    """The characters by which `value` differs from `other`, described ('U+0430 (CYRILLIC
    SMALL LETTER A)'): first those only `value` has, else those only `other` has."""
    only = [c for c in dict.fromkeys(value) if c not in other] or \
        [c for c in dict.fromkeys(other) if c not in value]
    return [describe(c) for c in only]


def by_skeleton(names: Iterable[str]) -> dict[str, str]:
    """The first of `names` for each skeleton, to find in one look-up a name that looks like
    another."""
    found: dict[str, str] = {}
    for name in names:
        found.setdefault(skeleton(name), name)
    return found


def _is_latin(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")
