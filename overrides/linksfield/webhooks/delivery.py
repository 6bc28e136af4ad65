"""Running the user's handler on stored events: once each, retried with backoff, replayable.

The handler runs only on an event the store holds and this worker has leased (``claim``), and
the outcome is written back straight after: success marks it handled (never run again), an
exception records the attempt and schedules the next one (exponential backoff), and after
``max_attempts`` the event is parked as ``failed`` for ``replay``. The handler may be a plain
function (run in a worker thread, so it cannot stall the server) or a coroutine function.

"Once" is exact except for one window no receiver can close on its own: a crash after the
handler returned and before ``mark_handled`` committed re-runs that event after restart
(at-least-once). A handler with external side effects should be idempotent on ``event.dedup_key``.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum

from starlette.concurrency import run_in_threadpool

from .events import Event
from .store import EventStore

__all__ = [
    "Handler",
    "Outcome",
    "ReplayResult",
    "RetryPolicy",
    "areplay",
    "call_handler",
    "deliver",
    "log_event",
    "replay",
    "retry_due",
]

log = logging.getLogger("linksfield.webhooks")

Handler = Callable[[Event], None] | Callable[[Event], Awaitable[None]]
"""What the receiver calls with each new event: sync or async, its return value ignored."""


class Outcome(str, Enum):
    HANDLED = "handled"
    RETRY = "retry"
    FAILED = "failed"
    SKIPPED = "skipped"
    """Not claimed: already handled, leased by another worker, or not yet due."""


@dataclass(frozen=True)
class RetryPolicy:
    """When a failed handler runs again. Defaults suit a production receiver; tests shorten them."""

    backoff: float = 1.0
    """Delay after the first failure; doubles per attempt."""
    backoff_max: float = 300.0
    max_attempts: int | None = 10
    """Attempts before an event is parked as ``failed``; None retries forever."""
    lease_seconds: float = 60.0
    """How long a claim keeps others off an event; longer than the slowest handler should take."""
    poll_interval: float = 1.0
    """How often the background loop looks for due events."""

    def retry_at(self, attempts: int, now: float) -> float | None:
        """Next attempt after ``attempts`` failures, or None once the budget is spent."""
        if self.max_attempts is not None and attempts >= self.max_attempts:
            return None
        delay: float = min(self.backoff * 2.0 ** max(attempts - 1, 0), self.backoff_max)
        return now + delay


@dataclass
class ReplayResult:
    handled: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def log_event(event: Event) -> None:
    """The default handler: one INFO line per event (the CLI's receiver and replay use it)."""
    flag = " (unknown operation)" if event.unknown_operation else ""
    log.info("%s %s%s %s", event.kind.value, event.dedup_key, flag, event.payload.model_dump_json())


def _is_async(handler: Handler) -> bool:
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(
        getattr(handler, "__call__", None)  # noqa: B004 - callable objects with async __call__
    )


async def call_handler(handler: Handler, event: Event) -> None:
    """Await an async handler; run a sync one in a thread (awaiting what it returns, if awaitable)."""
    result: object = await run_in_threadpool(handler, event) if not _is_async(handler) else handler(event)
    if inspect.isawaitable(result):
        await result


async def _run_leased(store: EventStore, handler: Handler, event: Event, policy: RetryPolicy) -> None:
    """Run the handler, renewing the lease every third of its length while it runs.

    The lease only has to outlive a *crashed* worker, not the slowest handler: without renewal a
    handler slower than the lease would be started a second time by the retry loop.
    """
    task = asyncio.ensure_future(call_handler(handler, event))
    interval = max(policy.lease_seconds / 3.0, 0.01)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=interval)
            if done:
                task.result()
                return
            store.extend_lease(event.dedup_key, lease_seconds=policy.lease_seconds)
    except asyncio.CancelledError:
        task.cancel()
        raise


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


async def deliver(
    store: EventStore, handler: Handler, dedup_key: str, policy: RetryPolicy, *, force: bool = False
) -> Outcome:
    """Claim one event, run the handler, record the outcome. ``force`` ignores the backoff schedule."""
    claimed = store.claim(dedup_key, lease_seconds=policy.lease_seconds, force=force)
    if claimed is None:
        return Outcome.SKIPPED
    try:
        await _run_leased(store, handler, claimed.event, policy)
    except Exception as exc:
        retry_at = policy.retry_at(claimed.attempts + 1, time.time())
        store.mark_failed(dedup_key, _describe(exc), retry_at=retry_at)
        log.warning("handler failed on %s (attempt %d): %s", dedup_key, claimed.attempts + 1, _describe(exc))
        return Outcome.RETRY if retry_at is not None else Outcome.FAILED
    store.mark_handled(dedup_key)
    return Outcome.HANDLED


async def retry_due(store: EventStore, handler: Handler, policy: RetryPolicy, *, limit: int = 100) -> int:
    """One pass of the retry loop: deliver every due event; returns how many were attempted."""
    attempted = 0
    for stored in store.due(limit=limit):
        if await deliver(store, handler, stored.dedup_key, policy) is not Outcome.SKIPPED:
            attempted += 1
    return attempted


async def areplay(
    store: EventStore,
    handler: Handler,
    *,
    include_failed: bool = True,
    policy: RetryPolicy | None = None,
) -> ReplayResult:
    """Run the handler now on every pending event (and, by default, the parked failed ones).

    Backoff is ignored (an operator asked), leases are not: an event another worker is handling
    right now is skipped, not run twice.
    """
    policy = policy or RetryPolicy(max_attempts=None)
    if include_failed:
        store.requeue_failed()
    result = ReplayResult()
    for stored in store.pending():
        outcome = await deliver(store, handler, stored.dedup_key, policy, force=True)
        if outcome is Outcome.HANDLED:
            result.handled.append(stored.dedup_key)
        elif outcome is Outcome.SKIPPED:
            result.skipped.append(stored.dedup_key)
        else:
            result.failed.append(stored.dedup_key)
    return result


def replay(
    store: EventStore,
    handler: Handler,
    *,
    include_failed: bool = True,
    policy: RetryPolicy | None = None,
) -> ReplayResult:
    """Blocking :func:`areplay` for scripts and the CLI (not from inside a running event loop)."""
    return asyncio.run(areplay(store, handler, include_failed=include_failed, policy=policy))
