"""data/datapackage.json and the column tables of data/README.md, both made from `TABLES`.

An analyst reading the dictionary, a tool reading the Frictionless Data Package and the loader
must agree on every column, so none of them is written by hand: the descriptions, types,
vocabularies and keys declared in `dashboard/data/schemas.py` are rendered here. Regenerate
after changing a declaration (a test fails until you do):

    python -m dashboard.publish.datapackage      # or: make datapackage
"""

import csv
import io
import json
import re
from pathlib import Path

from dashboard import config
from dashboard.data.files import read_capped
from dashboard.data.markdown import md_escape
from dashboard.data.schemas import PATTERNS, TABLES, Field, Table
from dashboard.publish.defuse import one_line

PACKAGE_FILE = "datapackage.json"
DICTIONARY_FILE = "README.md"
REGENERATE = "python -m dashboard.publish.datapackage"
BEGIN = f"<!-- BEGIN GENERATED tables: edit dashboard/data/schemas.py, then run `{REGENERATE}` -->"
END = "<!-- END GENERATED tables -->"
TYPES = {"int": "integer", "float": "number", "bool": "boolean"}

INTRO = (
    "The curated dataset behind the BSO-pilots dashboard: BSO pilots and cases in which "
    "childcare or after-school care (BSO) works with youth care, schools or the CJG, and the "
    "other initiatives the same newsletters name (schools' experiments with day programmes, "
    "municipal front-runners of Alert4you). Every factual row comes from one of the "
    "newsletters listed below and carries its `source_id` and one to three exact "
    "excerpts as evidence; an empty cell means the sources do not say. The data dictionary is "
    "`README.md` beside this file."
)
LICENCE = (
    "**Licence: none is stated.** The source newsletters state no licence, this project states "
    "none for its data, and the licence of the CBS boundary data behind `municipalities.csv` "
    "was not confirmed from a primary source; this package therefore has no `licenses` entry."
)


def field_text(f: Field) -> str:
    """What a column means, with its codes (explained where a code needs it): one sentence
    for both the dictionary and the package."""
    if not f.vocab:
        return f.description
    glosses = dict(f.glosses)
    codes = ", ".join(f"`{c}` ({glosses[c]})" if c in glosses else f"`{c}`" for c in f.vocab)
    return f"{f.description} One of: {codes}."


def _pattern(kind: str) -> str:
    """A schema pattern without its anchors: Table Schema patterns match the whole value."""
    return PATTERNS[kind][0].removeprefix("^").removesuffix("$")


def field_descriptor(f: Field) -> dict:
    """The Table Schema field: partial dates, ids and codes are strings with their pattern."""
    out: dict = {"name": f.name, "type": TYPES.get(f.kind, "string"),
                 "description": field_text(f)}
    constraints: dict = {}
    if f.required:
        constraints["required"] = True
    if f.kind == "bool":
        out |= {"trueValues": ["true"], "falseValues": ["false"]}
    if f.kind in ("id", "ref", "date", "gm_code"):
        constraints["pattern"] = _pattern(f.kind)
    if f.vocab:
        constraints["enum"] = list(f.vocab)
    if f.bounds:
        constraints["minimum"], constraints["maximum"] = f.bounds
    if constraints:
        out["constraints"] = constraints
    return out


def foreign_keys(table: Table) -> list[dict]:
    """One foreign key per reference; a reference to the table itself names resource ""."""
    keys = []
    for f in table.fields:
        if f.ref:
            target, column = f.ref.split(".")
            resource = "" if target == table.name else target
            keys.append({"fields": [f.name], "reference": {"resource": resource,
                                                             "fields": [column]}})
    return keys


def resource(table: Table) -> dict:
    """A tabular data resource: the CSV, its columns, key and references."""
    schema: dict = {"fields": [field_descriptor(f) for f in table.fields],
                    "missingValues": [""]}
    if table.key:
        schema["primaryKey"] = list(table.key)
    if fks := foreign_keys(table):
        schema["foreignKeys"] = fks
    out = {"name": table.name, "path": table.file, "profile": "tabular-data-resource",
           "title": table.title, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
    if table.description:
        out["description"] = table.description
    return out | {"schema": schema}


def table_text(data_dir: Path, file: str) -> str:
    """A data file's text, read the one safe way (data.files): only a regular file inside the
    folder, within the caps, so building a download never blocks on what replaced a file."""
    return read_capped(data_dir / file, data_dir).decode("utf-8-sig")


def read_sources(data_dir: Path) -> list[dict[str, str]]:
    """The rows of sources.csv as written: the package names the documents it rests on."""
    return list(csv.DictReader(io.StringIO(table_text(data_dir, TABLES["sources"].file),
                                           newline="")))


def source_line(source: dict[str, str]) -> str:
    """A source as one line of plain text (the package's `sources`): sources.csv is read as
    written, so its text is cleaned the way every download cleans text (publish.defuse)."""
    return one_line(f"{source['title']} — {source['publisher']}, {source['published']}")


def _listed(source: dict[str, str]) -> str:
    """A source as a Markdown list item: its words escaped (md_escape), its id a code span
    that no backtick in the id can close."""
    code = one_line(source["source_id"]).replace("`", "")
    return f"- {md_escape(source_line(source))} (`{code}`)"


def attribution(sources: list[dict[str, str]]) -> str:
    """Where the data comes from, whom to name, and that no licence is stated (Markdown)."""
    listed = "\n".join(_listed(s) for s in sources)
    return (
        "# Sources, attribution and licence\n\n"
        "Every row of the fact tables comes from one of these newsletters and carries its "
        "`source_id` and short exact excerpts as evidence:\n\n"
        f"{listed}\n\n"
        "Summaries are the project's own words; only short excerpts are quoted. Personal "
        "contact details from the newsletters are not copied.\n\n"
        "`municipalities.csv` holds codes and names of the CBS / Kadaster 2013 municipalities "
        "(generalised boundaries, via cartomap/nl). Attribution: **Bron: CBS / Kadaster** "
        "(Kadaster / Centraal Bureau voor de Statistiek, 2013).\n\n"
        f"{LICENCE}\n"
    )


def descriptor(data_dir: Path) -> dict:
    """The Frictionless Data Package of the CSVs in `data_dir` (sources read from it)."""
    sources = read_sources(data_dir)
    return {
        "profile": "tabular-data-package",
        "name": "bso-pilots",
        "title": "BSO pilots, cases and related initiatives, as newsletters describe them",
        "description": f"{INTRO}\n\n{attribution(sources)}",
        "sources": [{"title": source_line(s)} for s in sources],
        "resources": [resource(t) for t in TABLES.values()],
    }


def package_json(data_dir: Path) -> str:
    return json.dumps(descriptor(data_dir), ensure_ascii=False, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def type_label(f: Field) -> str:
    """The dictionary's type column: kind, the table a reference points to, range, required."""
    label = f"ref → {f.ref.split('.')[0]}" if f.ref else f.kind
    if f.bounds:
        low, high = f.bounds
        label += f", {low:,} – {high:,}"
    return f"{label}, required" if f.required else label


def table_markdown(table: Table) -> str:
    lines = [f"### `{table.file}` — {table.title}"]
    if table.description:
        lines += [table.description, ""]
    lines += ["| column | type | meaning |", "| --- | --- | --- |"]
    lines += [f"| {f.name} | {type_label(f)} | {_cell(field_text(f))} |" for f in table.fields]
    if table.key:
        lines += ["", "Key: " + ", ".join(f"`{c}`" for c in table.key) + "."]
        if table.over_time:
            lines += ["", f"A later source may update a row: it adds a row with the same "
                          f"`{table.over_time}` and its own `source_id`, and the earlier row "
                          "stays as the fact its source states (see [Facts over time]"
                          "(#facts-over-time))."]
    return "\n".join(lines)


def dictionary_markdown() -> str:
    """The generated block of data/README.md: one section per table, markers included."""
    body = "\n\n".join(table_markdown(t) for t in TABLES.values())
    return f"{BEGIN}\n\n{body}\n\n{END}"


def with_dictionary(readme: str) -> str:
    """`readme` with its generated block replaced; the prose around it stays as written."""
    block = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not block.search(readme):
        raise ValueError(f"{DICTIONARY_FILE} has no generated block ({BEGIN} … {END})")
    return block.sub(lambda _: dictionary_markdown(), readme, count=1)


def generated(data_dir: Path) -> dict[Path, str]:
    """What datapackage.json and the dictionary's tables in `data_dir` should read: they
    follow the schemas and sources.csv, so a new source or column makes them stale."""
    readme = data_dir / DICTIONARY_FILE
    return {data_dir / PACKAGE_FILE: package_json(data_dir),
            readme: with_dictionary(readme.read_text(encoding="utf-8"))}


def stale(data_dir: Path) -> list[Path]:
    """The generated files of `data_dir` that are missing or differ from what `make
    datapackage` would write."""
    return [path for path, text in generated(data_dir).items()
            if not path.is_file() or path.read_text(encoding="utf-8") != text]


def write(data_dir: Path = config.DATA_DIR) -> list[Path]:
    """Write datapackage.json and the dictionary's tables; return the files that changed."""
    changed = []
    for path, text in generated(data_dir).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def main() -> None:
    changed = write(config.data_dir())
    print("\n".join(f"wrote {p}" for p in changed) or "datapackage.json and README.md: up to date")


if __name__ == "__main__":
    main()
