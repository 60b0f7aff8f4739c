"""The packages are layers (docs/decisions/0005): each imports only the layers below it."""

import ast
from pathlib import Path

from dashboard import config

DASHBOARD = config.ROOT / "dashboard"
BELOW = {
    "config": set(),
    "data": {"config"},
    "topics": {"data", "config"},
    "i18n": {"data", "config"},
    "content": {"topics", "i18n", "data", "config"},
    "viz": {"content", "topics", "i18n", "data", "publish", "config"},
    "publish": {"content", "i18n", "data", "config"},
    "admin": {"data", "config"},
    "tools": {"data", "publish", "config"},
    "core": {"data"},
    "ui": {"viz", "content", "topics", "i18n", "data", "publish", "admin", "config"},
    "views": {"ui", "viz", "content", "topics", "i18n", "data", "publish", "admin", "config"},
}


def layer(path: Path) -> str:
    return path.relative_to(DASHBOARD).parts[0].removesuffix(".py")


def imported_layers(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                 else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
        for name in names:
            parts = name.split(".")
            if parts[0] == "dashboard" and len(parts) > 1:
                found.add(parts[1])
            elif parts[0] == "dashboard" and isinstance(node, ast.ImportFrom):
                found.update(a.name for a in node.names)
    return found


def test_every_package_imports_only_the_layers_below_it():
    wrong = {}
    for path in sorted(DASHBOARD.rglob("*.py")):
        own = layer(path)
        if own not in BELOW:
            continue
        above = imported_layers(path) - BELOW[own] - {own}
        if above:
            wrong[str(path.relative_to(config.ROOT))] = sorted(above)
    assert not wrong


def test_every_package_is_a_known_layer():
    packages = {p.name for p in DASHBOARD.iterdir() if (p / "__init__.py").exists()}
    assert packages - {"static"} <= set(BELOW) | {"views"}
