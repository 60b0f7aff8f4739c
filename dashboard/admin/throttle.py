"""A brake on guessing a password: after a few wrong attempts, each next one waits longer.

One brake for the whole server process, not per browser session: a new session (a reload, a
script) must not start with a clean slate. The cost is that someone guessing also makes the
programme leader wait, at most MAX_WAIT per attempt; the command-line importer is not behind
this page and stays available. Every wrong attempt is logged (never what was typed).
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

FREE_ATTEMPTS = 3  # typos happen; the brake starts after these
FIRST_WAIT = 2.0  # seconds, doubled with each further wrong attempt
MAX_WAIT = 300.0  # five minutes: slow enough against guessing, short for a real user

log = logging.getLogger("dashboard.admin")


@dataclass
class Throttle:
    """Counts wrong attempts in a row and says how long the next one must wait."""

    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    blocked_until: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def wait(self) -> float:
        """Seconds until an attempt is allowed again (0: now)."""
        with self._lock:
            return max(0.0, self.blocked_until - self.clock())

    def failed(self) -> float:
        """Record a wrong attempt; returns the wait it imposes on the next one."""
        with self._lock:
            self.failures += 1
            extra = self.failures - FREE_ATTEMPTS
            delay = min(MAX_WAIT, FIRST_WAIT * 2 ** (extra - 1)) if extra > 0 else 0.0
            self.blocked_until = self.clock() + delay
        log.warning("wrong admin password (%d in a row); next attempt allowed in %.0f s",
                    self.failures, delay)
        return delay

    def succeeded(self) -> None:
        """A right password clears the count."""
        with self._lock:
            if self.failures:
                log.info("admin unlocked after %d wrong attempt(s)", self.failures)
            self.failures = 0
            self.blocked_until = 0.0


# The brake on the Beheer page's password: a module lives once per server process.
ADMIN = Throttle()
