"""Running the user's handler on stored events: the delivery contract, retries with backoff, replay.

The contract, exactly (the package README says the same):

1. **Stored before acknowledged, never lost.** ``add`` commits the event (``synchronous=FULL``)
   before the acknowledgement is sent; a push that was not committed is not acknowledged, so the
   vendor resends it, and the resend is recognised by its dedup key.
2. **Attempts are counted when a run starts.** ``claim`` leases the event and increments
   ``attempts`` in one committed statement *before* the handler is called, so a run cut short by a
   crash is visible as an attempt.
3. **Plain handlers** (``handler(event)``, sync or async) are delivered at least once. A handler
   runs again for an event only (a) after it raised (retried with backoff, parked as ``failed``
   after ``max_attempts``, re-run by ``replay``), or (b) when the event was *in flight* when the
   process died: claimed and not yet marked handled, i.e. the handler was still running, or had
   returned and its ``mark_handled`` was not committed yet (the same holds if the store refused
   to commit that mark). Such an event runs again once its lease (``RetryPolicy.lease_seconds``)
   has expired, by the retry loop or a redelivery. Nothing else starts a second run: not a
   redelivery, not a concurrent duplicate, not the retry loop of the same process (it skips what
   that process is storing or delivering, see :func:`retry_due`), not a second worker while the
   lease is held. Make the outside effects of a plain handler idempotent on ``event.dedup_key``:
   it is the same on every run of the same event.
4. **Inbox handlers** (``@inbox``, ``handler(event, tx)``) are delivered exactly once for what they
   write through ``tx``: their writes to the receiver's own database and the "handled" mark commit in
   one transaction (:meth:`~.store.InboxStore.handle_atomically`). A crash or an exception before
   the commit leaves neither, and the run is retried (the attempt stays counted); after the commit
   both are there and the event is never run again. Anything an inbox handler does *outside* ``tx``
   is still at-least-once.

A plain handler may be a function (run in a worker thread, so it cannot stall the server) or a
coroutine function (it must not block the event loop, or its lease cannot be renewed). An inbox
handler is synchronous and runs in a worker thread, holding the database's write lock: keep it to
database writes.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

import anyio.to_thread

from .events import Event, payload_json
from .handlers import AnyHandler, Handler, InboxHandler, check_handler, inbox
from .store import EventStore, InboxStore, Transaction

__all__ = [
    "AnyHandler",
    "Handler",
    "InboxHandler",
    "Outcome",
    "ReplayResult",
    "RetryPolicy",
    "areplay",
    "call_handler",
    "check_handler",
    "deliver",
    "inbox",
    "log_event",
    "replay",
    "retry_due",
]

log = logging.getLogger("linksfield.webhooks")

_T = TypeVar("_T")


async def run_in_threadpool(function: Callable[..., _T], *args: Any) -> _T:
    """``function(*args)`` in anyio's worker threads: replaying the store needs no web framework."""
    return await anyio.to_thread.run_sync(functools.partial(function, *args))


def _inbox_store(store: EventStore) -> InboxStore:
    if not isinstance(store, InboxStore):
        raise TypeError(f"an inbox handler needs a store with handle_atomically; {store!r} has none")
    return store


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
    """How long a claim keeps others off an event, renewed while its handler runs; after a crash,
    how long until the event in flight is run again."""
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
    log.info("%s %s%s %s", event.kind.value, event.dedup_key, flag, payload_json(event))


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
    handler slower than the lease would be started a second time by the retry loop. A renewal that
    fails (the database is unavailable) is logged, not taken for the handler's failure.
    """
    task = asyncio.ensure_future(call_handler(handler, event))
    interval = max(policy.lease_seconds / 3.0, 0.01)
    renew = functools.partial(store.extend_lease, event.dedup_key, lease_seconds=policy.lease_seconds)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=interval)
            if done:
                task.result()
                return
            try:
                await run_in_threadpool(renew)
            except Exception as exc:
                log.error("could not renew the lease of %s: %s", event.dedup_key, _describe(exc))
    except asyncio.CancelledError:
        task.cancel()
        raise


class _HandlerRaised(Exception):
    """Carries an inbox handler's exception through the store's rollback, so that it is told apart
    from the store's own failure to begin or commit."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


def _run_inbox(store: InboxStore, handler: InboxHandler, event: Event) -> bool:
    def work(tx: Transaction) -> None:
        try:
            handler(event, tx)
        except Exception as exc:
            raise _HandlerRaised(exc) from exc

    return store.handle_atomically(event.dedup_key, work)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


async def deliver(
    store: EventStore, handler: AnyHandler, dedup_key: str, policy: RetryPolicy, *, force: bool = False
) -> Outcome:
    """Claim one event (counting the attempt), run the handler, record the outcome.

    ``force`` ignores the backoff schedule. Store errors propagate (the event stays pending and
    leased until the lease expires); only the handler's own exceptions count as its failure.
    """
    inbox_store = _inbox_store(store) if isinstance(handler, InboxHandler) else None
    claim = functools.partial(store.claim, dedup_key, lease_seconds=policy.lease_seconds, force=force)
    claimed = await run_in_threadpool(claim)
    if claimed is None:
        return Outcome.SKIPPED
    if isinstance(handler, InboxHandler):
        assert inbox_store is not None
        try:
            committed = await run_in_threadpool(_run_inbox, inbox_store, handler, claimed.event)
        except _HandlerRaised as raised:
            return await _record_failure(store, claimed.attempts, dedup_key, raised.cause, policy)
        return Outcome.HANDLED if committed else Outcome.SKIPPED
    try:
        await _run_leased(store, handler, claimed.event, policy)
    except Exception as exc:
        return await _record_failure(store, claimed.attempts, dedup_key, exc, policy)
    await run_in_threadpool(store.mark_handled, dedup_key)
    return Outcome.HANDLED


async def _record_failure(
    store: EventStore, attempts: int, dedup_key: str, exc: Exception, policy: RetryPolicy
) -> Outcome:
    retry_at = policy.retry_at(attempts, time.time())
    await run_in_threadpool(
        functools.partial(store.mark_failed, dedup_key, _describe(exc), retry_at=retry_at)
    )
    log.warning("handler failed on %s (attempt %d): %s", dedup_key, attempts, _describe(exc))
    return Outcome.RETRY if retry_at is not None else Outcome.FAILED


async def retry_due(
    store: EventStore,
    handler: AnyHandler,
    policy: RetryPolicy,
    *,
    limit: int = 100,
    busy: set[str] | None = None,
) -> int:
    """One pass of the retry loop: deliver every due event; returns how many were attempted.

    ``busy`` holds the keys this process is already storing or delivering: they are skipped (and
    held in it while this pass delivers one), so one process never starts a second run of an event
    whose first run, or whose "handled" mark, is still under way, however long that takes.
    """
    busy = set() if busy is None else busy
    attempted = 0
    for stored in await run_in_threadpool(functools.partial(store.due, limit=limit)):
        key = stored.dedup_key
        if key in busy:
            continue
        busy.add(key)
        try:
            if await deliver(store, handler, key, policy) is not Outcome.SKIPPED:
                attempted += 1
        finally:
            busy.discard(key)
    return attempted


async def areplay(
    store: EventStore,
    handler: AnyHandler,
    *,
    include_failed: bool = True,
    policy: RetryPolicy | None = None,
) -> ReplayResult:
    """Run the handler now on every pending event (and, by default, the parked failed ones).

    Backoff is ignored (an operator asked), leases are not: an event another worker is handling
    right now is skipped, not run twice.
    """
    handler = check_handler(handler)
    policy = policy or RetryPolicy(max_attempts=None)
    if include_failed:
        await run_in_threadpool(store.requeue_failed)
    result = ReplayResult()
    for stored in await run_in_threadpool(store.pending):
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
    handler: AnyHandler,
    *,
    include_failed: bool = True,
    policy: RetryPolicy | None = None,
) -> ReplayResult:
    """Blocking :func:`areplay` for scripts and the CLI (not from inside a running event loop)."""
    return asyncio.run(areplay(store, handler, include_failed=include_failed, policy=policy))
