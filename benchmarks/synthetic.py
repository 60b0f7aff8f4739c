"""A synthetic dataset at k times the real one, for measuring how pages scale.

Every row of the real data is cloned k times; clone i > 0 suffixes each identifier (and each
reference to a cloned table) with `-x<i>`, so every clone is a self-consistent copy wired
only to itself. Sources, municipalities and programmes are shared reference tables and are
not cloned: the k clones of the pilots join the same programmes, as a larger programme would.
Programmes' pilot_count is multiplied by k so it still covers its initiatives. Case studies
are an editor's pick of a few initiatives, so only the originals stay case studies.

The output goes to a directory the caller chooses (a temporary one); never to data/. The
clones are benchmark load, not facts: their excerpts are the originals'. A clone's name gets a
suffix, so wherever the original is named by its own name in an excerpt, the clone gets that
name as an alias (aliases.csv), and the excerpts still name what their rows link.
"""

import csv
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from dashboard import config
from dashboard.data.evidence import is_evidence_column, normalise
from dashboard.data.proof import ENTITY_TABLES
from dashboard.data.schemas import TABLES, Table

SHARED_TABLES = frozenset({"sources", "municipalities", "programmes"})
RENAMED_COLUMNS = frozenset({"name", "name_en", "title", "title_en"})


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def cloned_columns(table: Table) -> set[str]:
    """The identifier columns whose values differ per clone: own ids and refs to clones."""
    own = table.name not in SHARED_TABLES
    return {f.name for f in table.fields
            if (f.kind == "id" and own) or (f.ref and f.ref.split(".")[0] not in SHARED_TABLES)}


def clone_row(row: dict[str, str], ids: set[str], copy: int) -> dict[str, str]:
    """Copy number `copy` of a row; copy 0 is the row itself."""
    if copy == 0:
        return dict(row)
    clone = dict(row)
    for column in ids:
        if clone.get(column):
            clone[column] = f"{clone[column]}-x{copy}"
    for column in RENAMED_COLUMNS & clone.keys():
        if clone[column]:
            clone[column] = f"{clone[column]} ({copy})"
    if "case_study" in clone:
        clone["case_study"] = "false"
    return clone


def scaled_rows(table: Table, rows: list[dict[str, str]], factor: int) -> list[dict[str, str]]:
    if table.name == "programmes":
        return [{**row, "pilot_count": str(int(row["pilot_count"]) * factor)}
                if row.get("pilot_count") else dict(row) for row in rows]
    if table.name in SHARED_TABLES:
        return [dict(row) for row in rows]
    ids = cloned_columns(table)
    return [clone_row(row, ids, copy) for copy in range(factor) for row in rows]


def write_synthetic(target: Path, factor: int, source: Path | None = None) -> Path:
    """Write every table of `source` (default: data/) at `factor` times into `target`."""
    if factor < 1:
        raise ValueError("factor must be 1 or more")
    source = source or config.DATA_DIR
    target = Path(target)
    if target.resolve() == config.DATA_DIR.resolve():
        raise ValueError("synthetic data never goes into data/")
    target.mkdir(parents=True, exist_ok=True)
    originals = {table.name: read_rows(source / table.file) for table in TABLES.values()}
    for table in TABLES.values():
        header, rows = originals[table.name]
        rows = scaled_rows(table, rows, factor)
        if table.name == "aliases":
            keys = {tuple(r[k] for k in table.key) for r in rows}
            clones = own_name_aliases(
                originals, lambda i: [f"{i}-x{copy}" for copy in range(1, factor)])
            rows += [r for r in clones if tuple(r[k] for k in table.key) not in keys]
        write_rows(target / table.file, header, rows)
    return target


def own_name_aliases(originals: dict[str, tuple[list[str], list[dict[str, str]]]],
                     copies: Callable[[str], list[str]]) -> list[dict[str, str]]:
    """Aliases that keep renamed entities named: for each entity, its original name for every
    id in `copies(entity_id)`, in each source whose excerpts use that name."""
    said: dict[str, str] = {}
    for _, rows in originals.values():
        for row in rows:
            if row.get("source_id"):
                said[row["source_id"]] = said.get(row["source_id"], "") + "|" + "|".join(
                    normalise(v) for k, v in row.items() if is_evidence_column(k) and v)
    aliases = []
    for entity, (table, key) in ENTITY_TABLES.items():
        for row in originals[table][1]:
            name = row["title" if table == "events" else "name"]
            for source_id, text in said.items():
                if normalise(name) not in text:
                    continue
                aliases += [{"entity": entity, "entity_id": copy, "alias": name,
                             "source_id": source_id, "evidence": name}
                            for copy in copies(row[key])]
    return aliases


def main() -> None:
    """`python -m benchmarks.synthetic 10` writes a 10x copy to a new temporary directory."""
    factor = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    target = Path(tempfile.mkdtemp(prefix=f"bso-synthetic-{factor}x-"))
    print(write_synthetic(target, factor))


if __name__ == "__main__":
    main()
