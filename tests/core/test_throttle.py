"""The password brake: free attempts, then a doubling wait up to a cap; logged; reset on
success. A fake clock, never a real wait."""

import logging

from dashboard.admin.throttle import FREE_ATTEMPTS, MAX_WAIT, Throttle


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_attempts_wait_longer_and_longer_up_to_the_cap(caplog):
    clock = Clock()
    brake = Throttle(clock=clock)
    with caplog.at_level(logging.WARNING, logger="dashboard.admin"):
        delays = [brake.failed() for _ in range(FREE_ATTEMPTS + 10)]
    assert delays[:FREE_ATTEMPTS] == [0.0] * FREE_ATTEMPTS
    assert delays[FREE_ATTEMPTS:FREE_ATTEMPTS + 4] == [2.0, 4.0, 8.0, 16.0]
    assert max(delays) == MAX_WAIT == delays[-1]
    assert len(caplog.records) == FREE_ATTEMPTS + 10
    assert "13 in a row" in caplog.records[-1].getMessage()


def test_the_wait_runs_out_and_a_right_password_clears_it():
    clock = Clock()
    brake = Throttle(clock=clock)
    for _ in range(FREE_ATTEMPTS + 1):
        brake.failed()
    assert brake.wait() == 2.0
    clock.now += 1.5
    assert brake.wait() == 0.5
    clock.now += 1
    assert brake.wait() == 0.0
    brake.succeeded()
    assert brake.failed() == 0.0  # free attempts again
