"""What holds for one script run: values a page asks for many times, looked up once.

A page asks for the dataset and the language dozens of times per run; reading the data
files' stats or the URL each time cost milliseconds per run. `app.py` calls `start()` first
on every run, and a value kept here lives until the next run starts, so one run never mixes
two data versions or two languages. Code outside a run started by app.py (a test page of its
own, a notebook) has no run state and looks everything up each time.
"""

import threading
from collections.abc import Callable
from typing import TypeVar

from streamlit.runtime.scriptrunner import get_script_run_ctx

T = TypeVar("T")

_state = threading.local()


def start() -> None:
    """Forget what the previous run kept (app.py calls it first)."""
    _state.run = (get_script_run_ctx(suppress_warning=True), {})


def once(name: str, make: Callable[[], T]) -> T:
    """`make()` the first time this run asks for `name`; the same value after that."""
    values = _values()
    if values is None:
        return make()
    if name not in values:
        values[name] = make()
    return values[name]


def _values() -> dict | None:
    context, values = getattr(_state, "run", (None, None))
    if context is not None and context is get_script_run_ctx(suppress_warning=True):
        return values
    return None
