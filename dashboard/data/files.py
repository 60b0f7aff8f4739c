"""Reading a file from the data folder: only a regular file inside it, and only so much of it.

The data folder is edited by hand, copied around and sometimes shared, so what sits at a
table's name is not always a file. A named pipe blocks the reader until something writes to
it, so the page (and every visitor waiting for the same load) would hang; a device such as
/dev/zero never ends; a link may point at a file outside the folder, which would then be read
and shown; a file of a gigabyte, or of millions of blank lines, would be read whole into
memory. So the kind of file is asked of the file system before anything is opened (lstat and
stat never block), a link is followed only to a file inside the folder, and at most the cap
is read. What is refused is raised as Refused, a sentence in the curator's words that the
loader turns into a Problem, so the friendly page can name it. See docs/decisions/0014.
"""

import os
import stat
from pathlib import Path

# The largest table is a few tens of kilobytes and a few dozen lines per newsletter; the caps
# leave room for decades of newsletters and refuse what no hand-kept table could be.
MAX_BYTES = 16 * 1024 * 1024
MAX_LINES = 50_000
MISSING = "file is missing"

# The file kinds a path can name other than a regular file, as a curator would say them.
_KINDS = ((stat.S_ISDIR, "is a folder, not a file"),
          (stat.S_ISFIFO, "is a named pipe (FIFO), not a file"),
          (stat.S_ISCHR, "is a device, not a file"),
          (stat.S_ISBLK, "is a device, not a file"),
          (stat.S_ISSOCK, "is a socket, not a file"))


class Refused(Exception):
    """What is wrong with a path, in words for the data error page."""


def regular_file(path: Path, folder: Path, where: str = "the data folder") -> os.stat_result:
    """The stat of `path` if it is a regular file inside `folder` (a link is followed when
    what it points at lies inside `folder` too); raises Refused otherwise, saying what it is
    instead (`where` names the folder). Opens nothing."""
    try:
        own = os.lstat(path)
    except FileNotFoundError as exc:
        raise Refused(MISSING) from exc
    except ValueError as exc:  # a NUL in the name, which no file system allows
        raise Refused("has a name no file can have") from exc
    except OSError as exc:  # no permission, a path through a file
        raise Refused(f"cannot be read: {reason(exc)}") from exc
    if not _inside(path, folder):
        raise Refused(f"is a link to a file outside {where}" if stat.S_ISLNK(own.st_mode)
                      else f"lies outside {where}")
    if stat.S_ISLNK(own.st_mode):
        try:
            own = os.stat(path)
        except FileNotFoundError as exc:
            raise Refused("is a link to a file that does not exist") from exc
        except OSError as exc:  # a link loop, no permission
            raise Refused(f"cannot be read: {reason(exc)}") from exc
    for is_kind, words in _KINDS:
        if is_kind(own.st_mode):
            raise Refused(words)
    if not stat.S_ISREG(own.st_mode):
        raise Refused("is not a regular file")
    if own.st_size > MAX_BYTES:
        raise Refused(too_large())
    return own


def read_capped(path: Path, folder: Path, where: str = "the data folder") -> bytes:
    """The bytes of the regular file `path` inside `folder`, at most MAX_BYTES and MAX_LINES
    lines; raises Refused otherwise.

    Opened without blocking and checked again on the open file: a file swapped for a pipe
    between the look and the open must not hang the reader either. One byte more than the cap
    is read, so a file that grew past it is refused instead of being read whole."""
    regular_file(path, folder, where)
    # The path opened is the one checked, links resolved; should it have become a link since,
    # O_NOFOLLOW refuses it.
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(os.path.realpath(path), flags)
    except OSError as exc:
        raise Refused(f"cannot be read: {reason(exc)}") from exc
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise Refused("is not a regular file")
        try:
            content = file.read(MAX_BYTES + 1)
        except OSError as exc:
            raise Refused(f"cannot be read: {reason(exc)}") from exc
    if len(content) > MAX_BYTES:
        raise Refused(too_large())
    if max(content.count(b"\n"), content.count(b"\r")) > MAX_LINES:
        raise Refused(too_long())
    return content


def stamp(path: str, folder: str) -> tuple[int, int, int] | None:
    """(kind, size, mtime) of what `path` names, for a cache key, or None when it cannot be
    asked. A link is followed only inside `folder`; nothing is opened, so a pipe or device
    gives its stamp without blocking and the load reports it."""
    try:
        own = os.lstat(path)
        if stat.S_ISLNK(own.st_mode) and _inside(path, folder):
            own = os.stat(path)
    except OSError:
        return None
    return stat.S_IFMT(own.st_mode), own.st_size, own.st_mtime_ns


def _inside(path: str | Path, folder: str | Path) -> bool:
    """Whether what `path` finally names, links resolved, lies inside `folder`."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))


def too_large() -> str:
    return f"is larger than {MAX_BYTES // (1024 * 1024)} MB, the limit for one table"


def too_long() -> str:
    return f"has more than {MAX_LINES:_} lines, the limit for one table".replace("_", " ")


def reason(error: OSError) -> str:
    """What the file system said, without the path (the error's own text names it in full,
    and the page that shows problems is public)."""
    return error.strerror or (str(error.args[0]) if error.args else type(error).__name__)
