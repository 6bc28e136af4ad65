"""Client-side rate limiting: a token bucket plus a cap on requests in flight, sync and async.

The vendor's gateway answers 429 once a client goes too fast, and every 429 costs a round trip plus
a ``Retry-After`` wait; a fleet job that paces itself never meets one. The bucket bounds the
request rate, the cap bounds how many requests are open at once, and a 429's ``Retry-After`` pauses
*every* new request of the client until that instant, not only the one that was refused (the
others would be refused too).

The arithmetic lives in :class:`TokenBucket`, which never sleeps: it answers "how long must this
request wait" against an injected clock, so it is tested without timing anything. The sync and
async limiters only add the waiting: the caller's sleep function (so a test that skips the
invoker's backoff sleeps skips these too) and a semaphore for the cap.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Awaitable, Callable

__all__ = ["AsyncLimiter", "SyncLimiter", "TokenBucket"]

Clock = Callable[[], float]


class TokenBucket:
    """``rate`` requests per second on average, bursts of at most ``capacity``; not thread-safe.

    Reservations may drive the token count negative: each caller is told how long to wait for *its*
    token, so concurrent callers queue up fairly instead of all waking at the same instant.
    """

    def __init__(self, rate: float, *, capacity: float | None = None, clock: Clock = time.monotonic) -> None:
        if not (rate > 0 and math.isfinite(rate)):
            raise ValueError(f"rate must be a positive, finite number of requests per second, got {rate}")
        self.rate = float(rate)
        self.capacity = float(capacity) if capacity is not None else max(1.0, self.rate)
        if self.capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._clock = clock
        self._tokens = self.capacity
        self._updated = clock()
        self._paused_until = -math.inf

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = now

    def reserve(self, *, honoured_until: float = -math.inf) -> float:
        """Take one token; return the seconds the caller must wait before sending (0 = now).

        ``honoured_until``: the caller already waited out pauses up to this instant (the request
        whose own 429 set the pause slept its ``Retry-After`` in the retry backoff), so a pause
        ending no later must not hold it a second time.
        """
        now = self._clock()
        self._refill(now)
        self._tokens -= 1.0
        wait = 0.0 if self._tokens >= 0 else -self._tokens / self.rate
        if self._paused_until > honoured_until:
            wait = max(wait, self._paused_until - now)
        return wait

    def pause_until(self, instant: float) -> float:
        """Hold every request reserved from now on until ``instant``; returns the pause's end."""
        self._paused_until = max(self._paused_until, instant)
        return self._paused_until

    def pause_for(self, seconds: float) -> float:
        return self.pause_until(self._clock() + max(0.0, seconds))

    def paused_for(self) -> float:
        """Seconds left of the current pause (0 when none)."""
        return max(0.0, self._paused_until - self._clock())


class _Pause:
    """Pause-only stand-in when the rate is unlimited: a 429's ``Retry-After`` still holds requests."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._paused_until = -math.inf

    def reserve(self, *, honoured_until: float = -math.inf) -> float:
        if self._paused_until <= honoured_until:
            return 0.0
        return max(0.0, self._paused_until - self._clock())

    def pause_for(self, seconds: float) -> float:
        self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))
        return self._paused_until


class _LimiterBase:
    def __init__(self, rate: float | None, max_concurrency: int | None, clock: Clock) -> None:
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1 (or None for no cap)")
        self.rate = rate
        self.max_concurrency = max_concurrency
        self.engaged = bool(rate or max_concurrency)
        """False while ``acquire``/``release`` would do nothing: no rate, no cap and no pause yet.
        The invokers then skip both (``rate_limit=0, max_concurrency=0`` costs no call); the
        first ``Retry-After`` pause engages the limiter for good."""
        self._lock = threading.Lock()
        self._bucket: TokenBucket | _Pause = TokenBucket(rate, clock=clock) if rate else _Pause(clock)

    def _reserve(self, honoured_until: float) -> float:
        with self._lock:
            return self._bucket.reserve(honoured_until=honoured_until)

    def pause_for(self, seconds: float) -> float:
        """The server asked for a break (``Retry-After``): no new request starts before it ends.

        Returns the pause's end on the limiter's clock, for ``acquire(honoured_until=...)``.
        """
        with self._lock:
            self.engaged = True
            return self._bucket.pause_for(seconds)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(rate={self.rate}, max_concurrency={self.max_concurrency})"


class SyncLimiter(_LimiterBase):
    """Thread-safe: one limiter is shared by every thread using a :class:`linksfield.Client`."""

    def __init__(
        self, rate: float | None, max_concurrency: int | None, *, clock: Clock = time.monotonic
    ) -> None:
        super().__init__(rate, max_concurrency, clock)
        self._slots = threading.BoundedSemaphore(max_concurrency) if max_concurrency else None

    def acquire(
        self,
        sleep: Callable[[float], None],
        *,
        honoured_until: float = -math.inf,
        slot_timeout: float | None = None,
    ) -> None:
        """Wait for a slot, then for a token; pair every successful call with :meth:`release`.

        ``slot_timeout``: the longest wait for a slot (the caller's remaining time budget); past it
        :class:`TimeoutError` is raised and nothing is held.
        """
        if self._slots is not None and not self._slots.acquire(timeout=slot_timeout):
            raise TimeoutError("no concurrency slot became free in time")
        try:
            delay = self._reserve(honoured_until)
            if delay > 0:
                sleep(delay)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        if self._slots is not None:
            self._slots.release()


class AsyncLimiter(_LimiterBase):
    """For one event loop's :class:`linksfield.AsyncClient`; waiting never blocks the loop."""

    def __init__(
        self, rate: float | None, max_concurrency: int | None, *, clock: Clock = time.monotonic
    ) -> None:
        super().__init__(rate, max_concurrency, clock)
        self._slots = asyncio.Semaphore(max_concurrency) if max_concurrency else None

    async def acquire(
        self, sleep: Callable[[float], Awaitable[None]], *, honoured_until: float = -math.inf
    ) -> None:
        """Wait for a slot, then for a token; a cancelled wait gives its slot back."""
        if self._slots is not None:
            await self._slots.acquire()
        try:
            delay = self._reserve(honoured_until)
            if delay > 0:
                await sleep(delay)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        if self._slots is not None:
            self._slots.release()
