"""The Jinja2 templates: the files that leave the dashboard (factsheet, deck) and the tables on
screen (viz.tables).

The files are single self-contained HTML files, so their stylesheets and scripts are read from the
templates folder and inlined. Templates are read from the installed package, so a wheel finds
them as well; autoescaped, because names and summaries come from editable CSV files.
"""

from jinja2 import Environment, PackageLoader, StrictUndefined, Template

LABELS = "labels.js"  # places the names beside points, on the page and in the deck

# One environment for the process: Jinja2 compiles each template once and keeps it.
LOADER = PackageLoader("dashboard.viz", "templates")
ENVIRONMENT = Environment(loader=LOADER, autoescape=True,
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                          keep_trailing_newline=True)


def template(name: str) -> Template:
    return ENVIRONMENT.get_template(name)


def asset(name: str) -> str:
    """A stylesheet or script of the templates folder, as text to inline."""
    return LOADER.get_source(ENVIRONMENT, name)[0]
