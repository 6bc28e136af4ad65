"""SQLite implementation of :class:`~.store.EventStore` (stdlib ``sqlite3``, no server to run).

Durability choices, each because a lost push is a billing error:

* WAL journal with ``synchronous=FULL``: ``add`` returns only after the row is on disk, so the
  acknowledgement sent afterwards never covers an event a crash or power cut could take back.
* The exact bytes received are stored, not a re-serialisation: events are rebuilt with the same
  parser on the way out, so a replay sees what the vendor sent.
* ``busy_timeout``: several receiver processes may share one file (uvicorn ``--workers``); claims
  are single UPDATE statements, so a lease is taken by exactly one of them.
* Inbox handlers (``handle_atomically``) write through this store's own connection inside a
  ``BEGIN IMMEDIATE`` transaction that also marks the event handled: their effect and the mark
  commit together or not at all. An authorizer refuses, for the handler's statements only,
  transaction control (``COMMIT`` would split the two) and changes to the receiver's own table.
  The transaction holds the database's write lock while the handler runs, so inbox handlers
  should be short (database writes, not network calls).

``:memory:`` works for tests and demos; it is durable only as long as the process.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from .errors import WebhookPayloadError
from .events import Event, EventKind
from .parsing import parse
from .store import EventState, StoredEvent, Transaction

__all__ = ["SQLiteEventStore", "SQLiteTransaction"]

log = logging.getLogger("linksfield.webhooks.store")

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS webhook_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    dedup_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    raw_body BLOB NOT NULL,
    headers TEXT NOT NULL,
    received_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'handled', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    duplicates INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL,
    leased_until REAL,
    handled_at TEXT
);
CREATE INDEX IF NOT EXISTS webhook_events_due ON webhook_events (state, next_attempt_at);
"""
_MAX_ERROR: Final = 2000
_TABLE: Final = "webhook_events"
_READS: Final = frozenset({sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION})


def _inbox_authorizer(
    action: int, arg1: str | None, arg2: str | None, db: str | None, trigger: str | None
) -> int:
    """Refuse what would break an inbox transaction: ending it, or changing the receiver's table
    (its rows, schema or indexes); reading it is fine."""
    if action == sqlite3.SQLITE_TRANSACTION:
        return sqlite3.SQLITE_DENY
    if action not in _READS and _TABLE in (arg1, arg2):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _allow_all(action: int, arg1: str | None, arg2: str | None, db: str | None, trigger: str | None) -> int:
    return sqlite3.SQLITE_OK


class SQLiteTransaction:
    """The :class:`~.store.Transaction` an inbox handler gets: ``execute`` and ``executemany`` on the
    store's connection, inside the transaction that will also mark the event handled."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = (), /) -> sqlite3.Cursor:
        return self._db.execute(sql, parameters)

    def executemany(
        self, sql: str, parameters: Iterable[Sequence[Any] | Mapping[str, Any]], /
    ) -> sqlite3.Cursor:
        return self._db.executemany(sql, parameters)


class SQLiteEventStore:
    """An :class:`~.store.EventStore` in one SQLite file (or ``:memory:``); safe across threads."""

    def __init__(self, path: str | Path = ":memory:", *, busy_timeout: float = 10.0) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        self._db.row_factory = sqlite3.Row
        if self.path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteEventStore({self.path!r})"

    # -- writing -----------------------------------------------------------------------------------
    def add(self, event: Event) -> bool:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO webhook_events"
                    " (dedup_key, kind, raw_body, headers, received_at, next_attempt_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        event.dedup_key,
                        event.kind.value,
                        event.raw_body,
                        json.dumps(dict(event.headers), sort_keys=True),
                        event.received_at.isoformat(),
                        event.received_at.timestamp(),
                    ),
                )
                new = cursor.rowcount == 1
                if not new:
                    self._db.execute(
                        "UPDATE webhook_events SET duplicates = duplicates + 1 WHERE dedup_key = ?",
                        (event.dedup_key,),
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return new

    def claim(
        self, dedup_key: str, *, lease_seconds: float, now: float | None = None, force: bool = False
    ) -> StoredEvent | None:
        now = time.time() if now is None else now
        schedule = "" if force else " AND (next_attempt_at IS NULL OR next_attempt_at <= :now)"
        with self._lock:
            cursor = self._db.execute(
                "UPDATE webhook_events SET leased_until = :until, attempts = attempts + 1"
                " WHERE dedup_key = :key AND state = 'pending'"
                " AND (leased_until IS NULL OR leased_until <= :now)" + schedule,
                {"until": now + lease_seconds, "key": dedup_key, "now": now},
            )
            if cursor.rowcount != 1:
                return None
            return self.get(dedup_key)

    def extend_lease(self, dedup_key: str, *, lease_seconds: float) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE webhook_events SET leased_until = ? WHERE dedup_key = ? AND state = 'pending'",
                (time.time() + lease_seconds, dedup_key),
            )

    def mark_handled(self, dedup_key: str) -> None:
        with self._lock:
            self._mark_handled(dedup_key)

    def _mark_handled(self, dedup_key: str) -> int:
        cursor = self._db.execute(
            "UPDATE webhook_events SET state = 'handled', last_error = NULL, leased_until = NULL,"
            " next_attempt_at = NULL, handled_at = ? WHERE dedup_key = ? AND state = 'pending'",
            (datetime.now().astimezone().isoformat(), dedup_key),
        )
        return cursor.rowcount

    def handle_atomically(self, dedup_key: str, work: Callable[[Transaction], object]) -> bool:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute(
                    "SELECT state FROM webhook_events WHERE dedup_key = ?", (dedup_key,)
                ).fetchone()
                if row is None or row["state"] != EventState.PENDING.value:
                    self._db.execute("ROLLBACK")
                    return False
                self._db.set_authorizer(_inbox_authorizer)
                try:
                    work(SQLiteTransaction(self._db))
                finally:
                    self._db.set_authorizer(None if sys.version_info >= (3, 11) else _allow_all)
                self._mark_handled(dedup_key)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                raise
        return True

    def mark_failed(self, dedup_key: str, error: str, *, retry_at: float | None) -> None:
        state = EventState.PENDING if retry_at is not None else EventState.FAILED
        with self._lock:
            self._db.execute(
                "UPDATE webhook_events SET state = ?, last_error = ?,"
                " leased_until = NULL, next_attempt_at = ? WHERE dedup_key = ? AND state = 'pending'",
                (state.value, error[:_MAX_ERROR], retry_at, dedup_key),
            )

    def requeue_failed(self) -> int:
        with self._lock:
            cursor = self._db.execute(
                "UPDATE webhook_events SET state = 'pending', next_attempt_at = ?, leased_until = NULL"
                " WHERE state = 'failed'",
                (time.time(),),
            )
            return cursor.rowcount

    # -- reading -----------------------------------------------------------------------------------
    def get(self, dedup_key: str) -> StoredEvent | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM webhook_events WHERE dedup_key = ?", (dedup_key,)
            ).fetchone()
        return None if row is None else self._stored(row)

    def due(self, *, now: float | None = None, limit: int = 100) -> list[StoredEvent]:
        now = time.time() if now is None else now
        return self._readable(
            "SELECT * FROM webhook_events WHERE state = 'pending' AND (leased_until IS NULL OR leased_until <= ?)"
            " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY seq LIMIT ?",
            (now, now, limit),
        )

    def pending(self) -> list[StoredEvent]:
        return self._readable("SELECT * FROM webhook_events WHERE state = 'pending' ORDER BY seq", ())

    def events(self, kind: EventKind | None = None) -> Iterator[StoredEvent]:
        where, args = ("WHERE kind = ?", (kind.value,)) if kind is not None else ("", ())
        yield from self._readable(f"SELECT * FROM webhook_events {where} ORDER BY seq", args)

    def counts(self) -> Mapping[str, int]:
        with self._lock:
            rows = self._db.execute(
                "SELECT state, COUNT(*) AS n FROM webhook_events GROUP BY state"
            ).fetchall()
            duplicates = self._db.execute(
                "SELECT COALESCE(SUM(duplicates), 0) FROM webhook_events"
            ).fetchone()[0]
        counts = {state.value: 0 for state in EventState}
        counts.update({str(r["state"]): int(r["n"]) for r in rows})
        counts["duplicates"] = int(duplicates)
        return counts

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- internals ---------------------------------------------------------------------------------
    def _readable(self, sql: str, args: tuple[Any, ...]) -> list[StoredEvent]:
        """Rows as events; a row the current parser refuses is marked failed, never silently lost."""
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        out: list[StoredEvent] = []
        for row in rows:
            try:
                out.append(self._stored(row))
            except WebhookPayloadError as exc:
                log.error("stored event %s no longer parses: %s", row["dedup_key"], exc)
                if row["state"] == EventState.PENDING.value:
                    self.mark_failed(str(row["dedup_key"]), f"unreadable: {exc}", retry_at=None)
        return out

    @staticmethod
    def _stored(row: sqlite3.Row) -> StoredEvent:
        event = parse(
            json.loads(row["headers"]),
            bytes(row["raw_body"]),
            kind=EventKind(row["kind"]),
            received_at=datetime.fromisoformat(row["received_at"]),
        )
        handled_at = row["handled_at"]
        return StoredEvent(
            seq=int(row["seq"]),
            event=event,
            state=EventState(row["state"]),
            attempts=int(row["attempts"]),
            last_error=row["last_error"],
            duplicates=int(row["duplicates"]),
            next_attempt_at=row["next_attempt_at"],
            handled_at=datetime.fromisoformat(handled_at) if handled_at else None,
        )
