"""The one neutralisation of text that leaves the app in a file (docs/decisions/0012).

Every download passes its text through here: the card's CSV and Excel files, the dataset
zip's CSVs, attribution and package, the factsheet and the offline deck. Text comes from
editable CSV files, so it may hold what a spreadsheet runs, what breaks a file, or what
reorders the text around it:

- a formula start (= + - @, a tab or a line break) at the start of a cell, or at the start of
  any line inside it: a spreadsheet runs the first as a formula, and a line break that a
  program takes for the end of a row turns the rest of the cell into a row of its own. Each
  such line is prefixed with an apostrophe (OWASP's CSV injection advice), which
  spreadsheets read as "this is text";
- control characters (characters.CONTROLS): Excel refuses a workbook that holds one, and
  they mean nothing in text. The ones that are line breaks (a vertical tab is Word's manual
  line break) become a line feed, the others a visible U+FFFD, so a reader sees that
  something was there;
- bidi embedding and override characters (characters.BIDI_OVERRIDES), which display letters
  in an order other than they are stored. Isolates and marks stay: they only set the
  direction of a span (the pages use them to keep data text from reordering their words).

Every line break becomes a line feed, so a file uses one kind of line end throughout.
Full-width variants (＝, ＋) are not formula starts: LibreOffice starts a formula only on
'=' (ScColumn::ParseString), and Excel takes a full-width '=' as text.
"""

import re

from dashboard.data.characters import BIDI_OVERRIDES, CONTROLS, LF, LINE_BREAKS
from dashboard.data.markdown import JOINER

APOSTROPHE = "'"
# For text that is read rather than opened in a spreadsheet (factsheet, deck): a word joiner,
# not shown, is enough to make a cell copied from it start with something else.
HIDDEN_MARK = JOINER
PLACEHOLDER = "\ufffd"  # REPLACEMENT CHARACTER: visible where an unwritable character was
# What makes a spreadsheet read a cell, or a line of it, as a formula (OWASP lists = + - @,
# tab, carriage return and line feed).
FORMULA_STARTS = frozenset("=+-@\t") | LINE_BREAKS
# Lone surrogates cannot be encoded as UTF-8, and U+FFFE and U+FFFF are not allowed in XML
# (an .xlsx is XML): none of them is text, so they are replaced like control characters.
_UNWRITABLE = CONTROLS - LINE_BREAKS
_BREAK = re.compile("\r\n|[" + "".join(sorted(LINE_BREAKS)) + "]")
_UNWRITABLE_CHAR = re.compile(
    "[" + re.escape("".join(sorted(_UNWRITABLE))) + "\ud800-\udfff\ufffe\uffff]")
_OVERRIDE = re.compile("[" + "".join(sorted(BIDI_OVERRIDES)) + "]")
_SPECIAL = re.compile(f"{_BREAK.pattern}|{_UNWRITABLE_CHAR.pattern}|{_OVERRIDE.pattern}")


def clean(text: str) -> str:
    """`text` with every line break a line feed, control and unwritable characters replaced
    by U+FFFD and bidi overrides left out. Tabs stay: they are ordinary text inside a line."""
    if not _SPECIAL.search(text):
        return text
    text = _BREAK.sub(LF, text)
    text = _UNWRITABLE_CHAR.sub(PLACEHOLDER, text)
    return _OVERRIDE.sub("", text)


def defuse(value: object, mark: str = APOSTROPHE) -> object:
    """A cell as it may be written to a file: text cleaned (`clean`), and `mark` put before
    the cell and before every line of it that starts like a formula. Numbers, dates and empty
    cells are returned as they are: a spreadsheet reads them as values, never as formulas.

    'a\\r=1+1' -> "a\\n'=1+1"; '=1+1' -> "'=1+1"; '-5' (text) -> "'-5"; -5 (a number) -> -5.
    """
    if not isinstance(value, str):
        return value
    text = clean(value)
    if LF not in text:
        return mark + text if text[:1] in FORMULA_STARTS else text
    lines = [mark + line if line[:1] in FORMULA_STARTS else line for line in text.split(LF)]
    joined = LF.join(lines)
    return mark + joined if joined[:1] == LF else joined


def one_line(value: object) -> str:
    """Text for a place that holds one line (a Markdown list item, a title): cleaned, its line
    breaks and tabs spaces."""
    return clean(str(value)).replace(LF, " ").replace("\t", " ")
