"""The event store interface: what the receiver needs from a database, and nothing more.

The receiver's promise (see :mod:`.delivery`) lives here: "stored before acknowledged" is ``add``
committing before it returns; each event is keyed by its dedup key, so a redelivered push is
recognised by ``add`` returning False. An event's life is ``pending -> handled`` or, after too
many failed handler attempts, ``failed`` (kept, with attempts and the last error, until replayed).
A lease (``claim``) stops two workers, or a retry loop and a redelivery, from running the handler
on the same event at the same time, and counts the attempt *before* the handler runs, so a run
cut short by a crash still shows in ``attempts``.

An :class:`InboxStore` can also commit an inbox handler's own writes in the same transaction as
the "handled" mark (``handle_atomically``): that is what makes delivery exactly once for such a
handler. SQLite (:mod:`.sqlite_store`) is the default and is one; another database implements
:class:`EventStore` (and, for inbox handlers, :class:`InboxStore`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Protocol, runtime_checkable

from .events import Event, EventKind

__all__ = ["EventState", "EventStore", "InboxStore", "StoredEvent", "Transaction"]


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
    """Handler runs started (counted when claimed, before the run), whatever their end."""
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
        """Lease a pending, unleased event that is due (any pending one with ``force``) or return None.

        Taking the lease counts an attempt, committed before returning: the handler runs after it.
        """
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

    def mark_handled(self, dedup_key: str) -> None:
        """The handler returned: ``handled``, never run again (the attempt was counted by ``claim``)."""
        ...

    def mark_failed(self, dedup_key: str, error: str, *, retry_at: float | None) -> None:
        """Record how an attempt failed: still pending until ``retry_at``, or ``failed`` when it is None."""
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


class Transaction(Protocol):
    """What an inbox handler writes through: the store's open transaction, DB-API style.

    It cannot commit or roll back (the store does, together with the "handled" mark). For
    :class:`~.sqlite_store.SQLiteEventStore` ``execute`` returns a ``sqlite3.Cursor``.
    """

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = (), /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any] | Mapping[str, Any]], /) -> Any: ...


@runtime_checkable
class InboxStore(EventStore, Protocol):
    """An :class:`EventStore` that can commit a handler's own writes with the event's "handled" mark."""

    def handle_atomically(self, dedup_key: str, work: Callable[[Transaction], object]) -> bool:
        """In one transaction: check the event is still pending, call ``work(tx)``, mark it handled,
        commit. Either all of it is committed or none of it (a crash, or ``work`` raising, which is
        re-raised after the rollback). False, with ``work`` not called, if the event is not pending.
        """
        ...
