"""The sync watchdog: it interrupts an attempt whose budget ended, and stays asleep otherwise.

Every sync call arms and disarms an alarm; waking the watchdog thread for each one cost more than
the rest of the bookkeeping (issue 18), so the thread sleeps until the latest alarm armed so far.
Both halves matter: an alarm armed after many quick calls must still fire on time.
"""

from __future__ import annotations

import threading
import time

from linksfield._deadline import Exchange, Watchdog


class _Counting(threading.Condition):
    """A condition that counts its notifies (each one wakes the watchdog thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.notified = 0

    def notify(self, n: int = 1) -> None:
        self.notified += 1
        super().notify(n)


def _watchdog() -> tuple[Watchdog, _Counting]:
    watchdog = Watchdog()
    condition = _Counting()
    watchdog._condition = condition
    return watchdog, condition


def test_quick_calls_one_after_the_other_do_not_wake_the_thread() -> None:
    watchdog, condition = _watchdog()
    for _ in range(200):
        watchdog.disarm(watchdog.arm(Exchange(), 30.0))
        time.sleep(0.0005)  # let the thread run, as it does between real calls
    assert condition.notified <= 2, condition.notified


def test_an_alarm_armed_after_many_calls_still_fires_on_time() -> None:
    watchdog, _ = _watchdog()
    for _ in range(50):
        watchdog.disarm(watchdog.arm(Exchange(), 30.0))
    exchange = Exchange()
    started = time.monotonic()
    watchdog.arm(exchange, 0.05)  # due long before the 30 s the thread sleeps towards
    while not exchange.interrupted and time.monotonic() - started < 5:
        time.sleep(0.005)
    assert exchange.interrupted
    assert time.monotonic() - started < 1


def test_a_disarmed_alarm_never_fires() -> None:
    watchdog, _ = _watchdog()
    exchange = Exchange()
    watchdog.disarm(watchdog.arm(exchange, 0.02))
    time.sleep(0.1)
    assert not exchange.interrupted
