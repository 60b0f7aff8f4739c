"""Every user-facing string in Dutch and English, and labels for vocabulary codes.

Strings live in small modules under `dashboard.i18n.strings`, one per page or shared part,
as `STRINGS = {key: (dutch, english)}`; a pair cannot lack a language. How dates, figures
and HTML text are written lives in `dashboard.i18n.formatting`, imported from there: it builds
on `dashboard.data.dates` and core modules use it, so re-exporting it here would make every
import of the strings load dashboard.core, and a core module importing the strings a cycle.
This package is pure Python so viz builders and notebooks can label things without Streamlit.
"""

import importlib
import pkgutil
from functools import cache

from dashboard.data.characters import isolate
from dashboard.i18n import strings as _strings_pkg
from dashboard.i18n.labels import LABELS

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
UNKNOWN_KEY = "unknown"


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """All string pairs, merged from every module; a key defined twice is an error."""
    merged: dict[str, tuple[str, str]] = {}
    for info in pkgutil.iter_modules(_strings_pkg.__path__):
        module = importlib.import_module(f"{_strings_pkg.__name__}.{info.name}")
        for key, pair in module.STRINGS.items():
            if key in merged:
                raise KeyError(f"i18n key {key!r} defined twice (again in {info.name})")
            merged[key] = pair
    return merged


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The string for `key` in `lang`, with `{placeholders}` filled from `values`.

    A value holding right-to-left letters (a name from the data) is put in as an isolate, so
    it cannot reorder the sentence's own words; a value isolated already (md_escape, an inner
    t) stays as it is, and so do left-to-right values."""
    text = catalogue()[key][LANGUAGES.index(lang)]
    return text.format(**{name: isolate(value) if isinstance(value, str) else value
                          for name, value in values.items()}) if values else text


def counted_key(count: int, key: str) -> str:
    """`key` for several, `key`_one for one: the string that agrees with `count`."""
    return f"{key}_one" if count == 1 else key


def counted(count: int, key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """`key` for several, `key`_one for one ("1 initiatief", not "1 initiatieven")."""
    return t(counted_key(count, key), lang, count=count, **values)


def label(vocabulary: str, code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """Human label of a vocabulary code; an empty code reads as 'not known from the sources'."""
    if code is None or code != code or code == "":
        return t(UNKNOWN_KEY, lang)
    pair = LABELS[vocabulary].get(code)
    return pair[LANGUAGES.index(lang)] if pair else str(code)


def membership_line(programme: str | None, inferred: bool, lang: str = DEFAULT_LANGUAGE) -> str:
    """'Onderdeel van X: genoemd in de bron' / '…: afgeleid uit de bron', or that none is
    named: the one wording every page uses, so an inferred link never reads as stated."""
    if programme is None:
        return t("membership_none", lang)
    basis = label("programme_basis", "inferred" if inferred else "stated", lang)
    return t("case_membership", lang, programme=programme, basis=basis)


def kind_label(kind: str | None, inferred: bool, lang: str = DEFAULT_LANGUAGE) -> str:
    """'BSO-project (afgeleid)': an initiative's kind rests on its programme membership, so
    when the membership is inferred the kind is too, and says so as the membership line
    beside it does."""
    return with_modality(label("initiative_kind", kind, lang), None, lang, inferred=inferred)


def certainty(modality: str | None, inferred: bool = False,
              lang: str = DEFAULT_LANGUAGE) -> str:
    """'gaande', 'afgeleid' or 'gaande; afgeleid' — how sure a fact is, in the reader's words;
    empty for a stated fact in practice. Every place that shows a fact marks it with these
    words, and the rendering test looks for them."""
    parts = []
    if isinstance(modality, str) and modality != "in_practice":
        parts.append(label("modality", modality, lang).lower())
    if inferred:
        parts.append(t("inferred_marker", lang))
    return "; ".join(parts)


def with_modality(text: str, modality: str | None, lang: str = DEFAULT_LANGUAGE,
                  inferred: bool = False) -> str:
    """'Verkent deelname (gaande)': whatever is not in practice, or is inferred, says so next
    to it, so an aim or a plan never reads as practice and an inference never as stated."""
    marker = certainty(modality, inferred, lang)
    return f"{text} ({marker})" if marker else text
