"""When a failed attempt may be repeated, how long to wait first, and what the call fails with.

The rule that matters: a call that changes state or spends money (``x-side-effect`` mutate or
spend) is repeated only when the request provably never reached the server — the connection was
refused or never established, or the gateway's rate limiter turned it away (429). After a timeout,
a dropped connection or a 5xx the server may have acted, so the caller gets
:class:`OutcomeUnknownError` instead of a second order. Reads are retried on all transient failures.

Only the transport and the HTTP status are ever grounds for a retry. Once an answer with a
non-retryable status has arrived, the invoker unwraps it and never sends again, whatever the body
holds: in particular an answer that says success but does not fit the spec (returned with its
misfits, or raised as ``SucceededWithMisfitsError`` in strict mode) is final, because the call it
answers took effect.

Every decision is made here, once, by :meth:`RetryPolicy.after_failure` and
:meth:`RetryPolicy.after_answer`: they read the attempt's outcome and the call's budget and return
a :class:`Retry` (how long to wait, what the log line says) or a :class:`GiveUp` (the transport
error the call fails with). The sync and async invokers only carry the decision out: sleep and send
again, or raise. That is what keeps the two clients' retries, logs and errors identical.
"""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Literal

import attrs
import httpx

from ._deadline import Budget, CallTimeout

__all__ = [
    "MAX_RETRY_AFTER",
    "RETRYABLE_STATUS",
    "GiveUp",
    "Retry",
    "RetryPolicy",
    "never_sent",
    "parse_retry_after",
    "rate_limit_pause",
]

SideEffect = Literal["read", "mutate", "spend"]

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0
"""A server asking for more than this is treated as this: a client should not sleep for hours."""


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Read ``Retry-After`` in either form RFC 9110 allows; unusable values give ``None``."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    reference = now or datetime.now(timezone.utc)
    return max(0.0, (when - reference).total_seconds())


def never_sent(exc: httpx.TransportError) -> bool:
    """True when httpx failed before any byte of the request could reach the server.

    The call's own budget running out (:class:`CallTimeout`) says itself whether the attempt had
    begun to send; a stop it cannot place counts as possibly sent.
    """
    if isinstance(exc, CallTimeout):
        return not exc.maybe_sent
    return isinstance(
        exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
    )


@attrs.frozen
class Retry:
    """Wait ``delay`` seconds, then send again as attempt ``attempt`` (0-based) of ``of``.

    ``why`` names what went wrong the way the log says it (``HTTP 503``, ``ConnectError``).
    """

    delay: float
    why: str
    attempt: int
    of: int

    def log_args(self, operation_id: str) -> tuple[object, ...]:
        """The arguments of :data:`RETRY_LOG`: one wording for both clients."""
        return (operation_id, self.why, self.delay, self.attempt + 1, self.of)


RETRY_LOG = "%s: %s; retrying in %.2f s (attempt %d of %d)"


@attrs.frozen
class GiveUp:
    """Send no more: the call fails with ``failure`` (the budget's own timeout when that ran out)."""

    failure: httpx.TransportError


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with full jitter, bounded by ``max_retries`` extra attempts."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    retry_unsafe: bool = False
    jitter: Callable[[float, float], float] = random.uniform
    """Picks the delay between its two bounds; tests pass a fixed one."""

    def may_retry_exception(self, side_effect: SideEffect, exc: httpx.TransportError, attempt: int) -> bool:
        if attempt >= self.max_retries:
            return False
        return side_effect == "read" or never_sent(exc) or self.retry_unsafe

    def may_retry_status(self, side_effect: SideEffect, status: int, attempt: int) -> bool:
        if attempt >= self.max_retries or status not in RETRYABLE_STATUS:
            return False
        if side_effect == "read" or status == 429:
            return True
        return self.retry_unsafe

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1``; ``Retry-After`` wins when the server sends it."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), MAX_RETRY_AFTER)
        ceiling = min(self.max_delay, self.initial_delay * (2**attempt))
        return self.jitter(ceiling / 2, ceiling)

    def after_failure(
        self, side_effect: SideEffect, attempt: int, exc: httpx.TransportError, budget: Budget
    ) -> Retry | GiveUp:
        """The decision after attempt ``attempt`` (0-based) raised ``exc`` instead of answering."""
        failure = exc
        if budget.expired() and isinstance(exc, httpx.TimeoutException) and not isinstance(exc, CallTimeout):
            # httpx's timeout fired because it was cut to the budget: it is the call's timeout that
            # ran out, in the same words whichever of the two noticed first.
            failure = budget.out_of_time(maybe_sent=not never_sent(exc))
        if self.may_retry_exception(side_effect, failure, attempt):
            delay = self.delay(attempt)
            if budget.allows(delay):
                return Retry(delay, type(failure).__name__, attempt + 1, self.max_retries + 1)
        return GiveUp(failure)

    def after_answer(
        self, side_effect: SideEffect, attempt: int, response: httpx.Response, budget: Budget
    ) -> Retry | None:
        """The decision after attempt ``attempt`` got ``response``; ``None``: the answer is final.

        A retry that would not fit the budget is not started: the answer at hand (a 503, say) is
        then final, which tells the caller more than a timeout would.
        """
        status = response.status_code
        if not self.may_retry_status(side_effect, status, attempt):
            return None
        delay = self.delay(attempt, parse_retry_after(response.headers.get("Retry-After")))
        if not budget.allows(delay):
            return None
        return Retry(delay, f"HTTP {status}", attempt + 1, self.max_retries + 1)


def rate_limit_pause(response: httpx.Response) -> float | None:
    """Seconds every new request must wait after a 429 that named them (``Retry-After``)."""
    if response.status_code != 429:
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return None if retry_after is None else min(retry_after, MAX_RETRY_AFTER)
