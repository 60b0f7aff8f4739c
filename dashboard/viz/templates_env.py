"""The Jinja2 templates: the files that leave the dashboard (factsheet, deck) and the tables on
screen (viz.tables).

The files are single self-contained HTML files, so their stylesheets and scripts are read from the
templates folder and inlined. Templates are read from the installed package, so a wheel finds
them as well; autoescaped, because names and summaries come from editable CSV files.
"""

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from dashboard.data.characters import isolate

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


def template(name: str) -> Template:
    return ENVIRONMENT.get_template(name)


def asset(name: str) -> str:
    """A stylesheet or script of the templates folder, as text to inline."""
    return LOADER.get_source(ENVIRONMENT, name)[0]
