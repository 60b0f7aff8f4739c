"""One cache for everything computed from the data, declared where a function is defined.

A page asks for a dozen tables and figures per run, and every rerun asks again, so a lookup
must cost microseconds, not the milliseconds of recomputing (or of Streamlit's caches, which
hash or unpickle their values on every call). `@memo` keeps each result in one bounded store
shared by all sessions, keyed on the function and its arguments:

- a Dataset (a `Versioned`) by its version token: load_dataset gives it the data files'
  version, so editing a file means new keys and the old entries age out; a Dataset made any
  other way gets a token of its own;
- strings, numbers, frozen dataclasses and other hashable values by value, dicts and lists
  by their items;
- a DataFrame by where it came from: a frame this module handed out, and that comes back
  unchanged, is keyed by the call that made it (the same on every rerun). Any other frame,
  or one its holder changed, makes the call go uncached, never stale;
- a graph, figure or deck this module returned by the call that made it.

What is handed out cannot change the stored value: frames are shallow copies (under
copy-on-write a change to the copy never reaches the original), dicts and lists are copies,
graphs are frozen. A figure or deck is handed out as it is, and must be treated as finished.
"""

import copy
import dataclasses
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, ParamSpec, TypeVar

import networkx as nx
import pandas as pd

P = ParamSpec("P")
T = TypeVar("T")

MAX_ENTRIES = 512
BY_VALUE = frozenset({str, int, float, bool, type(None), bytes})

# key -> (value, ids of the objects in it that are keyed by this key, see _made)
_entries: OrderedDict[Hashable, tuple[object, list[int]]] = OrderedDict()
# id of a graph, figure or other object held in the store -> (the object, its key). The store
# holds the object, so its id cannot be reused while it is listed here.
_made: dict[int, tuple[object, Hashable]] = {}
# One computation at a time: twenty sessions opening the app together load the data once,
# not twenty times. Re-entrant, because cached values are built from other cached values.
_computing = threading.RLock()


class Versioned:
    """A value that stands for one version of the data, keyed by its `version` token alone."""

    version: Hashable


class Uncacheable(Exception):
    """An argument no key can stand for: the call is made without the cache."""


@dataclasses.dataclass(frozen=True, eq=False)
class _Lineage:
    """Which call made a handed-out frame, and the frame's parts when it was handed out.

    `origin` is the stored frame: holding it keeps the shared arrays referenced, so a change
    to the copy is always a copy-on-write, which gives the copy new parts.
    """

    key: Hashable
    origin: pd.DataFrame
    parts: tuple

    def unchanged(self, frame: pd.DataFrame) -> bool:
        return _same(_parts(frame), self.parts)


def _parts(frame: pd.DataFrame) -> tuple:
    manager = frame._mgr  # pandas internals: the block arrays are what a change replaces
    return (manager, manager.blocks, frame.columns, frame.index,
            *(block.values for block in manager.blocks))


def _same(now: tuple, then: tuple) -> bool:
    return len(now) == len(then) and all(a is b for a, b in zip(now, then, strict=True))


def memo(func: Callable[P, T]) -> Callable[P, T]:
    """`func` computed once per data version and arguments, its result read-only.

    Arguments must be everything the result depends on; see the module docstring for how
    each kind is keyed.
    """

    @functools.wraps(func)
    def cached(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            key = (func, tuple(map(_key, args)),
                   tuple((name, _key(value)) for name, value in sorted(kwargs.items())))
        except Uncacheable:
            return func(*args, **kwargs)
        return _hand_out(_lookup(key, lambda: func(*args, **kwargs)), key)

    return cached


@memo
def rows(frame: pd.DataFrame) -> tuple[dict, ...]:
    """A table's rows as plain dicts, made once per cached table: a page that draws a block
    per row would otherwise convert every Arrow column to Python on every run."""
    return tuple(frame.to_dict("records"))


def _lookup(key: Hashable, compute: Callable[[], object]) -> object:
    try:
        value = _entries[key][0]
        _entries.move_to_end(key)  # least recently used goes first
        return value
    except KeyError:
        pass
    with _computing:
        if key not in _entries:
            value = compute()
            if isinstance(value, pd.DataFrame):
                # The function may have returned a frame someone else holds (an argument).
                value = value.copy(deep=False)
            made: list[int] = []
            _register(value, key, made)
            _entries[key] = (value, made)
            while len(_entries) > MAX_ENTRIES:
                _, (_, old) = _entries.popitem(last=False)
                for ident in old:
                    _made.pop(ident, None)
        return _entries[key][0]


def clear() -> None:
    """Forget every entry (tests; the app never needs it, new data means new keys)."""
    with _computing:
        _entries.clear()
        _made.clear()


def _key(arg: object) -> Hashable:
    if type(arg) in BY_VALUE:
        return arg
    if isinstance(arg, pd.DataFrame):
        lineage = arg.__dict__.get("_memo_lineage")
        if lineage is None or not lineage.unchanged(arg):
            raise Uncacheable
        return ("frame", lineage.key)
    if isinstance(arg, Versioned):
        return ("version", arg.version)
    made = _made.get(id(arg))
    if made is not None and made[0] is arg:
        return ("made", made[1])
    if isinstance(arg, dict):
        return ("dict", *((k, _key(v)) for k, v in arg.items()))
    if isinstance(arg, list):
        return ("list", *map(_key, arg))
    if isinstance(arg, tuple) and not hasattr(arg, "_fields"):
        return ("tuple", *map(_key, arg))
    # An object hashed by identity (a graph, a deck) says nothing of its content.
    if type(arg).__hash__ in (None, object.__hash__):
        raise Uncacheable
    try:
        hash(arg)
    except TypeError:
        raise Uncacheable from None
    return arg


def _register(value: object, key: Hashable, made: list[int]) -> None:
    """Freeze the graphs in a new value and list what in it may come back as an argument."""
    if type(value) in BY_VALUE or isinstance(value, (pd.DataFrame, pd.Series, Versioned,
                                                     dict, list, set, frozenset)):
        return
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            _register(item, (key, i), made)
        return
    if isinstance(value, nx.Graph):
        nx.freeze(value)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _register(getattr(value, field.name), (key, field.name), made)
    _made[id(value)] = (value, key)
    made.append(id(value))


def _hand_out(value: T, key: Hashable) -> T:
    """What a caller gets: the value, with every part it could change in place a copy."""
    if type(value) in BY_VALUE:
        return value
    if isinstance(value, pd.DataFrame):
        handed = value.copy(deep=False)
        object.__setattr__(handed, "_memo_lineage", _Lineage(key, value, _parts(handed)))
        return handed  # type: ignore[return-value]
    if isinstance(value, pd.Series):
        return value.copy(deep=False)  # type: ignore[return-value]
    if isinstance(value, (dict, list, set)):
        return type(value)(value)  # type: ignore[return-value,call-arg]
    if isinstance(value, tuple):
        if _plain(value):
            return value
        items = [_hand_out(item, (key, i)) for i, item in enumerate(value)]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return (type(value)._make(items) if hasattr(value, "_fields")  # type: ignore[attr-defined]
                else tuple(items))  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, (type, Versioned)):
        return _hand_out_fields(value, key)
    return value


def _plain(value: tuple) -> bool:
    """Strings, numbers and tuples of them all the way down: nothing to copy. Checked without
    making a key per item: with 100× the data, that walk over a card's facts was a quarter of
    every rerun of Netwerken."""
    return all(type(item) in BY_VALUE or (type(item) is tuple and _plain(item))
               for item in value)


def _hand_out_fields(value: Any, key: Hashable) -> Any:
    changed = {}
    for field in dataclasses.fields(value):
        part = getattr(value, field.name)
        handed = _hand_out(part, (key, field.name))
        if handed is not part:
            changed[field.name] = handed
    if not changed:
        return value
    handed_value = copy.copy(value)
    for name, part in changed.items():
        object.__setattr__(handed_value, name, part)
    return handed_value
