"""`make audit`: how much of the dataset the proof rules check, table by table.

Every excerpt is checked for presence in its source; this report says which rows a rule
also checks for what the excerpt must prove (dashboard.data.proof), and lists the rows that
only have the presence check, so a curator sees where proof rests on reading alone.
"""

import sys
from dataclasses import dataclass
from pathlib import Path

from dashboard import config
from dashboard.data.dataset import read_tables
from dashboard.data.evidence import source_texts_if_present
from dashboard.data.proof import run_rules
from dashboard.data.schemas import TABLES

# The tables issue 12 set a target for: at least 95 % of their rows checked by a rule.
TARGET_TABLES = ("participants", "relations", "figures", "events", "statements")
TARGET = 0.95
SPEAKER_RULE = "lies inside the speaker's quotation (needs the sources)"


@dataclass(frozen=True)
class TableAudit:
    table: str
    rows: int
    by_rule: dict[str, int]
    unchecked: list[int]  # CSV line numbers of rows no rule checks

    @property
    def checked(self) -> int:
        return self.rows - len(self.unchecked)


def audit(data_dir: Path | None = None) -> tuple[list[TableAudit], bool]:
    """Per sourced table: rows, rows per rule, rows only checked for presence; and whether
    the source-level rules ran (they need the newsletters)."""
    frames, problems = read_tables(Path(data_dir) if data_dir else config.data_dir())
    if problems:
        raise SystemExit("\n".join(str(p) for p in problems))
    _, checked = run_rules(frames)
    with_sources = source_texts_if_present(frames["sources"]) is not None
    statements = frames["statements"]
    if with_sources:
        spoken = set(statements.index[statements["person_id"].notna()])
        checked.setdefault("statements", {})[SPEAKER_RULE] = spoken
    audits = []
    for table in TABLES.values():
        if not table.sourced or table.name not in frames:
            continue
        rules = checked.get(table.name, {})
        covered = set().union(*rules.values()) if rules else set()
        frame = frames[table.name]
        audits.append(TableAudit(table.name, len(frame),
                                 {rule: len(rows) for rule, rows in rules.items()},
                                 [int(i) + 2 for i in frame.index if i not in covered]))
    return audits, with_sources


def report(audits: list[TableAudit], with_sources: bool) -> str:
    lines = ["# Proof audit", "",
             "Every excerpt is checked for presence in its source"
             + ("." if with_sources else " — NOT in this run: the sources were not found."),
             "", "| table | rows | checked by a rule | only presence | share |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for a in audits:
        share = a.checked / a.rows if a.rows else 1.0
        lines.append(f"| {a.table} | {a.rows} | {a.checked} | {len(a.unchecked)} | "
                     f"{share:.0%} |")
    lines += ["", "## Rules", "", "| table | rule | rows |", "| --- | --- | ---: |"]
    lines += [f"| {a.table} | {rule} | {n} |" for a in audits for rule, n in a.by_rule.items()]
    lines += ["", "## Rows only checked for presence", ""]
    lines += [f"- {a.table}.csv lines {', '.join(map(str, a.unchecked))}"
              for a in audits if a.unchecked] or ["- none"]
    return "\n".join(lines)


def meets_target(audits: list[TableAudit]) -> bool:
    return all(a.checked >= TARGET * a.rows for a in audits if a.table in TARGET_TABLES)


def main() -> None:
    audits, with_sources = audit()
    print(report(audits, with_sources))
    if not meets_target(audits):
        print(f"\nBelow target: fewer than {TARGET:.0%} of the rows of "
              + ", ".join(TARGET_TABLES) + " are checked by a rule.")
        sys.exit(1)


if __name__ == "__main__":
    main()
