"""The event store interface: what the receiver needs from a database, and nothing more.

The receiver's promise is "stored before acknowledged, handled once": the store is where that
promise lives. Each event is keyed by its dedup key, so a redelivered push is recognised by
``add`` returning False. Its life is ``pending -> handled`` or, after too many failed handler
attempts, ``failed`` (kept, with attempts and the last error, until replayed). A short lease
(``claim``) stops two workers, or a retry loop and a redelivery, from running the handler on the
same event at the same time.

SQLite (:mod:`.sqlite_store`) is the default; another database implements this Protocol.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Protocol, runtime_checkable

from .events import Event, EventKind

__all__ = ["EventState", "EventStore", "StoredEvent"]


class EventState(str, Enum):
    PENDING = "pending"
    """Stored, the handler has not (successfully) run yet; retried."""
    HANDLED = "handled"
    """The handler returned normally; never run again."""
    FAILED = "failed"
    """The handler kept failing and retries stopped; ``replay`` runs it again."""


@dataclass(frozen=True)
class StoredEvent:
    """An event with its bookkeeping, as the store returns it."""

    seq: int
    """Arrival order in this store (first delivery)."""
    event: Event
    state: EventState
    attempts: int
    last_error: str | None
    duplicates: int
    """How many redeliveries were recognised and not handled again."""
    next_attempt_at: float | None
    handled_at: datetime | None

    @property
    def dedup_key(self) -> str:
        return self.event.dedup_key


@runtime_checkable
class EventStore(Protocol):
    """Durable storage of webhook events. Every method commits before returning."""

    def add(self, event: Event) -> bool:
        """Insert if the dedup key is new (True); otherwise count a duplicate and return False."""
        ...

    def get(self, dedup_key: str) -> StoredEvent | None: ...

    def claim(
        self, dedup_key: str, *, lease_seconds: float, now: float | None = None, force: bool = False
    ) -> StoredEvent | None:
        """Lease a pending, unleased event that is due (any pending one with ``force``) or return None."""
        ...

    def extend_lease(self, dedup_key: str, *, lease_seconds: float) -> None:
        """Keep holding a claimed event while its handler is still running."""
        ...

    def due(self, *, now: float | None = None, limit: int = 100) -> list[StoredEvent]:
        """Pending, unleased events whose next attempt is due, oldest first."""
        ...

    def pending(self) -> list[StoredEvent]:
        """All pending events, oldest first, whatever their schedule or lease."""
        ...

    def mark_handled(self, dedup_key: str) -> None: ...

    def mark_failed(self, dedup_key: str, error: str, *, retry_at: float | None) -> None:
        """Record a failed attempt: still pending until ``retry_at``, or ``failed`` when it is None."""
        ...

    def requeue_failed(self) -> int:
        """Make every failed event pending (and due) again; returns how many."""
        ...

    def events(self, kind: EventKind | None = None) -> Iterator[StoredEvent]:
        """Every stored event (any state) in arrival order, e.g. to rebuild an order tracker."""
        ...

    def counts(self) -> Mapping[str, int]:
        """Events per state plus ``duplicates`` (redeliveries recognised)."""
        ...

    def close(self) -> None: ...
