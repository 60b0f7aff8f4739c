"""A server's CPU time per visit, to the microsecond, without its idle hum.

/proc/<pid>/stat counts in clock ticks (10 ms here): a warm visit to the bare page costs one
or two of them, so ratios built on ticks say more about rounding than about the app. The
process's CPU-time clock (`clock_getcpuclockid`) counts every thread, including the script
threads that have already ended, in nanoseconds. An idle `streamlit run` still uses a few
milliseconds a second (its event loop, health checks), and a page that takes six seconds to
draw would be charged for them: `ServerClock` measures that hum first and takes it off.
"""

import ctypes
import ctypes.util
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)

QUIET_S = 0.2  # the server is quiet once its CPU time has grown less than QUIET_GROWTH_S
QUIET_GROWTH_S = 0.002  # in QUIET_S: 1 % of a core
QUIET_TIMEOUT_S = 10
IDLE_SAMPLE_S = 2.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process (all its threads, alive or ended) has used so far."""
    clock = ctypes.c_int()
    error = _libc.clock_getcpuclockid(pid, ctypes.byref(clock))
    if error:
        raise OSError(error, f"no CPU clock for process {pid}: {os.strerror(error)}")
    return time.clock_gettime(clock.value)


@dataclass(frozen=True)
class Reading:
    cpu_s: float
    at_s: float  # time.monotonic() when read


def quiet_reading(read: Callable[[], float], quiet_s: float = QUIET_S,
                  growth_s: float = QUIET_GROWTH_S, timeout_s: float = QUIET_TIMEOUT_S,
                  step_s: float = 0.05) -> Reading:
    """The CPU time `read` gives once it grew less than `growth_s` in `quiet_s` (or at
    `timeout_s`): the work a visit set off (static files, the run, the websocket) is done."""
    deadline = time.monotonic() + timeout_s
    start = Reading(read(), time.monotonic())
    while True:
        time.sleep(step_s)
        now = Reading(read(), time.monotonic())
        if now.cpu_s - start.cpu_s >= growth_s:
            start = now
        if now.at_s - start.at_s >= quiet_s or now.at_s >= deadline:
            return now


class ServerClock:
    """CPU time one server spends on a visit: the growth between two quiet readings, less
    what the server uses when nobody visits, measured once before the visits."""

    def __init__(self, pid: int, read: Callable[[int], float] = cpu_seconds,
                 idle_sample_s: float = IDLE_SAMPLE_S) -> None:
        self._read = lambda: read(pid)
        self.idle_per_s = 0.0
        if idle_sample_s > 0:
            first = quiet_reading(self._read)
            time.sleep(idle_sample_s)
            last = Reading(self._read(), time.monotonic())
            self.idle_per_s = (last.cpu_s - first.cpu_s) / (last.at_s - first.at_s)

    def quiet(self) -> Reading:
        return quiet_reading(self._read)

    def busy(self, before: Reading, after: Reading) -> float:
        """CPU seconds between two readings beyond the server's idle use."""
        idle = self.idle_per_s * (after.at_s - before.at_s)
        return max(0.0, after.cpu_s - before.cpu_s - idle)
