"""Untrusted text reaches Streamlit's Markdown only through `md_escape` (or `tm`, which
escapes every value it fills in): checked on the source of every page and UI module.

Any call that renders Markdown (st.markdown, st.write, st.caption, st.info, st.title, widget
labels, help texts, …) must get an argument built only from string literals, `md_escape(…)`,
`tm(…)`, `t(key)` without values, a source line's `.markdown()`, functions named `*_md` (whose
returns are checked the same way) and local names assigned only such values. An f-string, a
data cell or `t(key, name=value)` in such a call fails this test.

Also: only ui.url (and the language switch) reads the URL, so every page's parameters go
through their declaration.
"""

import ast
from pathlib import Path

from dashboard import config

DASHBOARD = config.ROOT / "dashboard"
SOURCES = sorted([DASHBOARD / "app.py", *(DASHBOARD / "ui").rglob("*.py"),
                  *(DASHBOARD / "views").glob("*.py")])

# Streamlit calls whose first argument (body or label) is rendered as Markdown.
MARKDOWN_CALLS = {
    "markdown", "write", "caption", "info", "warning", "error", "success", "toast", "title",
    "header", "subheader", "expander", "popover", "metric", "button", "download_button",
    "link_button", "form_submit_button", "selectbox", "multiselect", "radio", "checkbox",
    "toggle", "text_input", "text_area", "number_input", "slider", "file_uploader",
    "segmented_control", "pills", "date_input",
}
MARKDOWN_KEYWORDS = {"body", "label", "help"}
ESCAPING = {"md_escape", "tm"}
# `*_md` functions read and accepted as they are: the map legend puts its own PNG data URIs
# (checked at run time) into image Markdown beside escaped text.
REVIEWED = {"_swatch_md"}


class Checker:
    def __init__(self, tree: ast.Module):
        self.assigned: dict[str, list[ast.expr]] = {}
        self.unsafe_names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    self._assign(target, node.value)
            elif isinstance(node, ast.AnnAssign | ast.AugAssign):
                self._assign(node.target, node.value)
            elif isinstance(node, ast.For | ast.comprehension):
                self._taint(node.target)
            elif isinstance(node, ast.arguments):
                for arg in [*node.posonlyargs, *node.args, *node.kwonlyargs]:
                    self.unsafe_names.add(arg.arg)
            elif isinstance(node, ast.NamedExpr | ast.withitem):
                self._taint(getattr(node, "target", None) or node.optional_vars)
        self._checking: set[str] = set()

    def _assign(self, target: ast.expr, value: ast.expr | None) -> None:
        if isinstance(target, ast.Name) and value is not None:
            self.assigned.setdefault(target.id, []).append(value)
        else:
            self._taint(target)

    def _taint(self, target: ast.expr | None) -> None:
        for node in ast.walk(target) if target is not None else ():
            if isinstance(node, ast.Name):
                self.unsafe_names.add(node.id)

    def safe(self, node: ast.expr) -> bool:
        """Whether `node` can only produce trusted or escaped Markdown."""
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.JoinedStr):
            return all(self.safe(v.value) for v in node.values
                       if isinstance(v, ast.FormattedValue))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.safe(node.left) and self.safe(node.right)
        if isinstance(node, ast.IfExp):
            return self.safe(node.body) and self.safe(node.orelse)
        if isinstance(node, ast.List | ast.Tuple):
            return all(self.safe(e) for e in node.elts)
        if isinstance(node, ast.GeneratorExp | ast.ListComp):
            return self.safe(node.elt)
        if isinstance(node, ast.Name):
            return self._safe_name(node.id)
        if isinstance(node, ast.Call):
            return self._safe_call(node)
        # Markdown a page model prepared (`…_md` fields): each value given to such a field is
        # checked where it is made (offences).
        return isinstance(node, ast.Attribute) and node.attr.endswith("_md")

    def _safe_name(self, name: str) -> bool:
        if name in self.unsafe_names or name not in self.assigned:
            return False
        if name in self._checking:  # a name built from itself: judged by its other parts
            return True
        self._checking.add(name)
        try:
            return all(self.safe(v) for v in self.assigned[name])
        finally:
            self._checking.discard(name)

    def _safe_call(self, node: ast.Call) -> bool:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in ESCAPING or (name or "").endswith("_md"):
            return True
        if name == "t":
            return all(isinstance(k.value, ast.Constant) for k in node.keywords)
        if name == "markdown" and not node.args and isinstance(func, ast.Attribute):
            return True  # SourceLine.markdown(): escapes every source title
        if name == "join" and isinstance(func, ast.Attribute):
            return self.safe(func.value) and all(self.safe(a) for a in node.args)
        return False


def offences(path: Path, root: Path = config.ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    checker = Checker(tree)
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if (isinstance(node, ast.FunctionDef) and node.name.endswith("_md")
                and node.name not in REVIEWED):
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value and not checker.safe(ret.value):
                    found.append(f"{where}: {node.name} returns unescaped text")
        if isinstance(node, ast.Call):
            for k in node.keywords:
                if (k.arg or "").endswith("_md") and not checker.safe(k.value):
                    found.append(f"{where}: {k.arg}={ast.unparse(k.value)[:60]}")
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        # A label or help text is Markdown on every Streamlit element that takes one.
        rendered = [*(node.args[:1] if node.func.attr in MARKDOWN_CALLS else []),
                    *(k.value for k in node.keywords if k.arg in MARKDOWN_KEYWORDS)]
        for argument in rendered:
            if not checker.safe(argument):
                found.append(f"{where}: {node.func.attr}({ast.unparse(argument)[:60]})")
    return found


def test_there_are_pages_to_check():
    assert len(SOURCES) > 15


def test_untrusted_text_reaches_markdown_only_escaped():
    assert [o for path in SOURCES for o in offences(path)] == []


def test_the_check_catches_what_it_forbids(tmp_path):
    bad = tmp_path / "dashboard" / "bad.py"
    bad.parent.mkdir()
    bad.write_text(
        "import streamlit as st\n"
        "st.info(t('bad_query', value=raw))\n"          # a URL value filled into a notice
        "st.markdown(f'**{row[\"name\"]}**')\n"          # a data cell in an f-string
        "st.caption(' · '.join(names))\n"                # names joined unescaped
        "for name in names:\n    st.write(name)\n"       # a loop variable
        "st.selectbox(label, [], help=row.summary)\n"    # a help text from data
        "st.page_link('p.py', label=row.name)\n"         # a label from data
        "def summary_md(row):\n    return row.summary\n"
        "Profile(lists_md=row.summary)\n"                # a model's Markdown field from data
        # and what is allowed:
        "title = md_escape(row['name'])\n"
        "st.subheader(title)\nst.info(tm('bad_query', value=raw))\nst.write(t('intro'))\n"
        "st.markdown('\\n'.join(f'- {md_escape(n)}' for n in names))\n"
        "st.caption(source.markdown())\nst.markdown(summary_md(row))\n"
        "Profile(lists_md=summary_md(row) + '\\n')\nst.markdown(profile.lists_md)\n",
        encoding="utf-8")
    assert sorted(o.split(": ", 1)[1].split("(")[0] for o in offences(bad, tmp_path)) == [
        "caption", "info", "lists_md=row.summary", "markdown", "page_link", "selectbox",
        "selectbox", "summary_md returns unescaped text", "write"]


# --- the URL is read in one place --------------------------------------------------------------

READERS = {DASHBOARD / "ui" / "url.py", DASHBOARD / "ui" / "lang.py"}


def url_reads(path: Path, root: Path = config.ROOT) -> list[str]:
    """Reads of st.query_params other than a presence test (`key in st.query_params`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        params = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            params = node.func.value if node.func.attr in ("get", "get_all", "to_dict") else None
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            params = node.value
        elif isinstance(node, ast.For | ast.comprehension):
            params = node.iter
        if isinstance(params, ast.Attribute) and params.attr == "query_params":
            found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)[:60]}")
    return found


def test_url_parameters_are_read_only_through_the_declared_schema():
    """Pages declare their parameters as ui.url Params; only ui.url (and the language switch)
    reads st.query_params."""
    assert [o for path in SOURCES if path not in READERS for o in url_reads(path)] == []
    assert url_reads(DASHBOARD / "ui" / "url.py")  # the check sees a real read


def test_pages_leave_the_url_to_their_declared_parameters():
    """No page reads or writes st.query_params itself: its ui.url Params say what its link
    holds, so reading, checking and writing back cannot drift apart page by page."""
    touched = [f"{path.name}:{node.lineno}" for path in (DASHBOARD / "views").glob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Attribute) and node.attr == "query_params"]
    assert touched == []


def test_the_url_check_catches_direct_reads(tmp_path):
    bad = tmp_path / "page.py"
    bad.write_text("raw = st.query_params.get('slide')\nx = st.query_params['a']\n"
                   "y = st.query_params.get_all('b')\nfor k in st.query_params:\n    pass\n"
                   "st.query_params['slide'] = '1'\nok = 'a' in st.query_params\n",
                   encoding="utf-8")
    assert sorted(int(o.split(":")[1]) for o in url_reads(bad, tmp_path)) == [1, 2, 3, 4]
