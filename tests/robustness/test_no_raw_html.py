"""No data reaches the page as raw HTML: no `unsafe_allow_html=True` anywhere in the app, and
`st.html` / `components.html` only with a string literal or a module-level string constant,
except in `ui.text.show_markup`, which takes only Markup (from an autoescaping template)."""

import ast
from pathlib import Path

import pytest

from dashboard import config
from dashboard.ui.text import show_markup

SOURCES = sorted((config.ROOT / "dashboard").rglob("*.py"))
RAW_HTML_CALLS = {"html"}  # st.html, components.html, st.components.v1.html
# The one function that may pass computed HTML on: it refuses anything but Markup.
SANCTIONED = {("dashboard/ui/text.py", "show_markup")}


def module_constants(tree: ast.Module) -> set[str]:
    """Names assigned exactly once at module level, to a plain string literal."""
    assigned: dict[str, list[ast.expr]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)
    return {name for name, values in assigned.items()
            if len(values) == 1 and isinstance(values[0], ast.Constant)
            and isinstance(values[0].value, str)}


def offences(path: Path, root: Path = config.ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = module_constants(tree)
    name = path.relative_to(root).as_posix()
    sanctioned = {id(call) for function in ast.walk(tree)
                  if isinstance(function, ast.FunctionDef) and (name, function.name) in SANCTIONED
                  for call in ast.walk(function)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in sanctioned:
            continue
        where = f"{path.relative_to(root)}:{node.lineno}"
        for keyword in node.keywords:
            if keyword.arg == "unsafe_allow_html" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False):
                found.append(f"{where}: unsafe_allow_html")
        if getattr(node.func, "attr", None) in RAW_HTML_CALLS:
            argument = node.args[0] if node.args else None
            literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            constant = isinstance(argument, ast.Name) and argument.id in constants
            if not (literal or constant):
                found.append(f"{where}: {ast.unparse(node.func)} with a computed argument")
    return found


def test_the_app_has_sources_to_check():
    assert len(SOURCES) > 20


def test_no_unsafe_html_and_no_raw_html_built_from_data():
    assert [o for path in SOURCES for o in offences(path)] == []


def test_the_sanctioned_function_refuses_plain_strings():
    with pytest.raises(TypeError):
        show_markup("<b>data as it is</b>")


def test_the_check_catches_what_it_forbids(tmp_path):
    bad = tmp_path / "dashboard" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("import streamlit as st\nimport streamlit.components.v1 as components\n"
                   "STYLE = '<style></style>'\nst.html(STYLE)\nst.html('<b>x</b>')\n"
                   "st.markdown(name, unsafe_allow_html=True)\nst.html(f'<b>{name}</b>')\n"
                   "components.html(row.summary)\n", encoding="utf-8")
    assert [o.split(": ", 1)[1] for o in offences(bad, tmp_path)] == [
        "unsafe_allow_html", "st.html with a computed argument",
        "components.html with a computed argument"]
