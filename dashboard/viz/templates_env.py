"""The Jinja2 templates: the files that leave the dashboard (factsheet, deck) and the tables on
screen (viz.tables).

The files are single self-contained HTML files, so their stylesheets and scripts are read from the
templates folder and inlined. Templates are read from the installed package, so a wheel finds
them as well; autoescaped, because names and summaries come from editable CSV files.
"""

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from dashboard.data.characters import isolate
from dashboard.publish.defuse import HIDDEN_MARK, defuse

LABELS = "labels.js"  # places the names beside points, on the page and in the deck


def isolated(value: object) -> object:
    """Every text a template writes, isolated when it holds right-to-left letters, so a name
    cannot reorder the words around it (Jinja2's `finalize`, applied before escaping). Markup
    (HTML built and escaped already, inlined scripts, JSON) is written as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return isolate(value)
    return value


# One environment for the process: Jinja2 compiles each template once and keeps it.
LOADER = PackageLoader("dashboard.viz", "templates")
ENVIRONMENT = Environment(loader=LOADER, autoescape=True, finalize=isolated,
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                          keep_trailing_newline=True)


def _defused(value: object) -> object:
    """A value a file writes, as every download writes text (publish.defuse): no control or
    bidi override character, and a formula start marked so that text copied into a
    spreadsheet stays text. The mark is a word joiner, not the spreadsheet files' apostrophe:
    these files are read and printed, and an apostrophe would be read too. Markup (inlined
    styles and scripts, the JSON of a chart, a macro's output) is not text from the data.
    Then isolated, as on screen."""
    return value if isinstance(value, Markup) else isolated(defuse(value, HIDDEN_MARK))


# The files handed out (factsheet, deck): the same templates, every expression defused and
# isolated.
FILE_ENVIRONMENT = ENVIRONMENT.overlay(finalize=_defused)


def template(name: str) -> Template:
    return ENVIRONMENT.get_template(name)


def file_template(name: str) -> Template:
    """A template of a file that leaves the dashboard (factsheet, offline deck)."""
    return FILE_ENVIRONMENT.get_template(name)


def asset(name: str) -> str:
    """A stylesheet or script of the templates folder, as text to inline."""
    return LOADER.get_source(ENVIRONMENT, name)[0]
