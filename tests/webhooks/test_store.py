"""SQLiteEventStore: insert-if-new, states, leases, schedule, durability across connections."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from linksfield.webhooks import EventState, EventStore, InboxStore, SQLiteEventStore, Transaction, parse
from linksfield.webhooks.events import Event

from .support import EXAMPLES, body, order_push


def ev(order_id: str = "O1", operation: str = "1000") -> Event:
    return parse({"x-a": "1"}, body(order_push(order_id, operation, "2024-06-01 10:00:00")))


def test_is_an_event_store() -> None:
    assert isinstance(SQLiteEventStore(), EventStore)


def test_insert_if_new_and_duplicates_counted() -> None:
    store = SQLiteEventStore()
    event = ev()
    assert store.add(event) is True
    assert store.add(ev()) is False
    assert store.add(ev()) is False
    stored = store.get(event.dedup_key)
    assert stored is not None and stored.duplicates == 2 and stored.state is EventState.PENDING
    assert stored.event.raw_body == event.raw_body and stored.event.headers == {"x-a": "1"}
    assert stored.event.received_at == event.received_at
    assert dict(store.counts()) == {"pending": 1, "handled": 0, "failed": 0, "duplicates": 2}


def test_lifecycle_pending_failed_handled() -> None:
    store = SQLiteEventStore()
    event = ev()
    store.add(event)
    key = event.dedup_key
    now = time.time()
    assert store.claim(key, lease_seconds=30, now=now) is not None
    assert store.claim(key, lease_seconds=30, now=now) is None  # leased
    assert store.due(now=now) == []
    store.mark_failed(key, "boom", retry_at=now + 5)
    stored = store.get(key)
    assert stored is not None and stored.state is EventState.PENDING and stored.attempts == 1
    assert stored.last_error == "boom"
    assert store.due(now=now) == [] and store.claim(key, lease_seconds=30, now=now) is None  # not yet due
    assert [s.dedup_key for s in store.due(now=now + 6)] == [key]
    assert store.claim(key, lease_seconds=30, now=now, force=True) is not None  # replay ignores the schedule
    store.mark_failed(key, "boom again", retry_at=None)
    stored = store.get(key)
    assert stored is not None and stored.state is EventState.FAILED and stored.attempts == 2
    assert store.pending() == [] and store.due(now=now + 1000) == []
    assert store.requeue_failed() == 1
    assert store.claim(key, lease_seconds=30) is not None
    store.mark_handled(key)
    stored = store.get(key)
    assert stored is not None and stored.state is EventState.HANDLED and stored.attempts == 3
    assert stored.last_error is None and stored.handled_at is not None
    assert store.claim(key, lease_seconds=30, force=True) is None  # handled is final


def test_expired_lease_can_be_reclaimed() -> None:
    store = SQLiteEventStore()
    event = ev()
    store.add(event)
    now = time.time()
    assert store.claim(event.dedup_key, lease_seconds=1, now=now) is not None
    assert store.claim(event.dedup_key, lease_seconds=1, now=now + 2) is not None


def test_events_in_arrival_order_by_kind() -> None:
    store = SQLiteEventStore()
    for n in (3, 1, 2):
        store.add(ev(f"O{n}"))
    store.add(parse({}, body(EXAMPLES["SmsMtPush"])))
    assert [s.event.payload.orderid for s in store.events(ev().kind)] == ["O3", "O1", "O2"]  # type: ignore[union-attr]
    assert len(list(store.events())) == 4


def test_file_store_is_wal_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    store = SQLiteEventStore(path)
    store.add(ev())
    # No close: a crash does not close either. A second connection sees the committed row.
    other = SQLiteEventStore(path)
    assert [s.dedup_key for s in other.pending()] == [ev().dedup_key]
    assert other.add(ev()) is False
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    other.close()


def test_only_one_of_two_processes_wins_a_claim(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    stores = [SQLiteEventStore(path), SQLiteEventStore(path)]
    keys = []
    for n in range(50):
        event = ev(f"O{n}")
        stores[0].add(event)
        keys.append(event.dedup_key)
    wins: list[list[str]] = [[], []]
    barrier = threading.Barrier(2)

    def worker(i: int) -> None:
        barrier.wait()
        for key in keys:
            if stores[i].claim(key, lease_seconds=60) is not None:
                wins[i].append(key)

    threads = [threading.Thread(target=worker, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(wins[0] + wins[1]) == sorted(keys)  # each claimed exactly once


def test_unreadable_row_is_parked_as_failed_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    store = SQLiteEventStore(path)
    store.add(ev())
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE webhook_events SET raw_body = ?", (b"{broken",))
    assert store.pending() == []
    assert dict(store.counts())["failed"] == 1


def test_an_attempt_is_counted_and_committed_when_claimed(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    store = SQLiteEventStore(path)
    event = ev()
    store.add(event)
    assert store.claim(event.dedup_key, lease_seconds=30) is not None
    # Another connection (a restarted process) sees the attempt before any outcome is recorded.
    seen = SQLiteEventStore(path).get(event.dedup_key)
    assert seen is not None and seen.attempts == 1 and seen.state is EventState.PENDING
    store.mark_handled(event.dedup_key)
    stored = store.get(event.dedup_key)
    assert stored is not None and stored.attempts == 1  # the outcome does not count a second time


def effects(store: SQLiteEventStore) -> list[str]:
    rows = store._db.execute("SELECT name FROM sqlite_master WHERE name = 'effects'").fetchall()
    return [r[0] for r in store._db.execute("SELECT key FROM effects")] if rows else []


def write_effect(tx: Transaction, key: str) -> None:
    tx.execute("CREATE TABLE IF NOT EXISTS effects (key TEXT NOT NULL)")
    tx.execute("INSERT INTO effects (key) VALUES (?)", (key,))


def test_handle_atomically_commits_the_effect_with_the_mark() -> None:
    store = SQLiteEventStore()
    event = ev()
    store.add(event)
    assert isinstance(store, InboxStore)
    assert store.handle_atomically(event.dedup_key, lambda tx: write_effect(tx, "a")) is True
    stored = store.get(event.dedup_key)
    assert stored is not None and stored.state is EventState.HANDLED and effects(store) == ["a"]
    called: list[object] = []
    assert store.handle_atomically(event.dedup_key, called.append) is False  # handled: not called
    assert store.handle_atomically("no such key", called.append) is False
    assert called == [] and effects(store) == ["a"]


def test_handle_atomically_rolls_back_the_effect_when_the_work_raises() -> None:
    store = SQLiteEventStore()
    event = ev()
    store.add(event)

    def broken(tx: Transaction) -> None:
        write_effect(tx, "a")
        raise RuntimeError("downstream")

    with pytest.raises(RuntimeError, match="downstream"):
        store.handle_atomically(event.dedup_key, broken)
    stored = store.get(event.dedup_key)
    assert stored is not None and stored.state is EventState.PENDING and effects(store) == []
    assert store.add(ev()) is False  # the connection is usable, not stuck in a transaction


@pytest.mark.parametrize(
    "sql",
    [
        "COMMIT",
        "ROLLBACK",
        "BEGIN",
        "END",
        "UPDATE webhook_events SET state = 'handled'",
        "DELETE FROM webhook_events",
        "INSERT INTO webhook_events (dedup_key, kind, raw_body, headers, received_at) VALUES (1, 2, 3, 4, 5)",
        "DROP TABLE webhook_events",
        "ALTER TABLE webhook_events ADD COLUMN x TEXT",
        "CREATE INDEX sneaky ON webhook_events (kind)",
        "DROP INDEX webhook_events_due",
    ],
)
def test_an_inbox_handler_cannot_end_the_transaction_or_touch_the_receivers_rows(sql: str) -> None:
    store = SQLiteEventStore()
    event = ev()
    store.add(event)
    store.add(ev("O2"))  # a statement may have been prepared (cached) before the handler runs

    def sneaky(tx: Transaction) -> None:
        write_effect(tx, "a")
        tx.execute(sql)

    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        store.handle_atomically(event.dedup_key, sneaky)
    stored = store.get(event.dedup_key)
    assert stored is not None and stored.state is EventState.PENDING and effects(store) == []
    assert dict(store.counts()) == {"pending": 2, "handled": 0, "failed": 0, "duplicates": 0}
    assert store.handle_atomically(event.dedup_key, lambda tx: tx.execute("SELECT * FROM webhook_events"))
    store.mark_failed(ev("O2").dedup_key, "x", retry_at=None)  # our own statements still work afterwards
