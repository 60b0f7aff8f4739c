"""data/README.md documents every table and column that the schema declares."""

import re

from dashboard import config
from dashboard.core.schemas import TABLES


def test_every_table_and_column_is_documented():
    text = (config.DATA_DIR / "README.md").read_text(encoding="utf-8")
    for table in TABLES.values():
        section = text.split(f"### `{table.file}`", 1)
        assert len(section) == 2, f"{table.file} has no section"
        body = section[1].split("\n### ", 1)[0]
        documented = set()
        for cell in re.findall(r"^\| ([^|]+) \|", body, flags=re.M):
            documented |= {c.strip() for c in cell.split(",")}
        missing = set(table.columns) - documented
        assert not missing, f"{table.file}: undocumented columns {sorted(missing)}"
