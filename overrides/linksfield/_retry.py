"""When a failed attempt may be repeated, and how long to wait first.

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
"""

from __future__ import annotations

import random
from typing import Literal

import attrs
import httpx

from ._deadline import CallTimeout

SideEffect = Literal["read", "mutate", "spend"]

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0
"""A server asking for more than this is treated as this: a client should not sleep for hours."""


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
class RetryPolicy:
    """Exponential backoff with full jitter, bounded by ``max_retries`` extra attempts."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    retry_unsafe: bool = False

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
        return random.uniform(ceiling / 2, ceiling)
