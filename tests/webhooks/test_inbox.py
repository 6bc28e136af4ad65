"""Inbox handlers through a real receiver: what they write through ``tx`` commits with the "handled"
mark, so redeliveries and failures never double it; the handler kinds cannot be confused."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import httpx
import pytest

from linksfield.webhooks import (
    Event,
    EventState,
    InboxHandler,
    RetryPolicy,
    SQLiteEventStore,
    Transaction,
    inbox,
    make_app,
    replay,
)
from linksfield.webhooks.cli import load_handler

from .support import EXAMPLES, SMS_ACK, ServerThread, body, wait_until
from .test_app import DictStore

FAST = RetryPolicy(backoff=0.05, backoff_max=0.2, max_attempts=5, lease_seconds=5, poll_interval=0.05)


class Ledger:
    """An inbox handler that books one row per event; ``fail`` makes the next N runs raise *after*
    writing, so a rollback is what keeps the row from being booked twice."""

    def __init__(self, fail: int = 0) -> None:
        self.fail = fail
        self.runs = 0
        self.threads: set[int] = set()

    def __call__(self, event: Event, tx: Transaction) -> None:
        self.runs += 1
        self.threads.add(threading.get_ident())
        tx.execute("CREATE TABLE IF NOT EXISTS ledger (dedup_key TEXT NOT NULL, kind TEXT NOT NULL)")
        tx.execute("INSERT INTO ledger VALUES (?, ?)", (event.dedup_key, event.kind.value))
        if self.fail > 0:
            self.fail -= 1
            raise RuntimeError("downstream unavailable")


def booked(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'ledger'").fetchone():
            return []  # not even the CREATE TABLE was committed
        return [row[0] for row in db.execute("SELECT dedup_key FROM ledger ORDER BY rowid")]


def test_inbox_writes_commit_once_despite_redeliveries_and_failures(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    ledger = Ledger(fail=2)
    app = make_app(inbox(ledger), store=SQLiteEventStore(path), policy=FAST)
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=10) as client:
        raw = body(EXAMPLES["SmsMtPush"])
        for _ in range(3):
            assert client.post("/", content=raw).json() == SMS_ACK  # acknowledged though it failed
        store = app.state.receiver.store
        wait_until(lambda: store.counts()["handled"] == 1, message="the report handled")
        assert client.post("/", content=body(EXAMPLES["OrderStatusPush"])).content == b"1"
        assert store.counts()["handled"] == 2
    assert ledger.runs == 4 and threading.main_thread().ident not in ledger.threads
    assert sorted(booked(path)) == sorted(s.dedup_key for s in SQLiteEventStore(path).events())
    stored = {s.event.kind.value: s for s in SQLiteEventStore(path).events()}
    assert stored["sms_mt_push"].attempts == 3 and stored["sms_mt_push"].duplicates == 2
    assert stored["order_status_push"].attempts == 1


def test_replay_with_an_inbox_handler_books_parked_events_once(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    app = make_app(inbox(Ledger(fail=100)), store=SQLiteEventStore(path), policy=RetryPolicy(max_attempts=1))
    with ServerThread(app) as server:
        assert httpx.post(server.url, content=body(EXAMPLES["SmsMoPush"]), timeout=10).json() == SMS_ACK
    store = SQLiteEventStore(path)
    assert store.counts()["failed"] == 1 and booked(path) == []  # the failed run's row rolled back
    assert len(replay(store, inbox(Ledger())).handled) == 1
    assert replay(store, inbox(Ledger())).handled == []
    assert len(booked(path)) == 1
    (stored,) = store.events()
    assert stored.state is EventState.HANDLED and stored.attempts == 2


def two_arguments(event: Event, tx: Transaction) -> None:
    """An inbox handler someone forgot to mark."""


@inbox
def marked(event: Event, tx: Transaction) -> None:
    """What the CLI loads as an inbox handler."""


def test_handler_kinds_cannot_be_confused() -> None:
    with pytest.raises(TypeError, match=r"@linksfield\.webhooks\.inbox"):
        make_app(two_arguments)  # type: ignore[arg-type]

    async def coroutine(event: Event, tx: Transaction) -> None:
        return None

    with pytest.raises(TypeError, match="coroutine"):
        inbox(coroutine)

    with pytest.raises(TypeError, match="handle_atomically"):
        make_app(marked, store=DictStore())  # an EventStore, not an InboxStore
    assert isinstance(load_handler("tests.webhooks.test_inbox:marked"), InboxHandler)
    with pytest.raises(SystemExit, match="inbox"):
        load_handler("tests.webhooks.test_inbox:two_arguments")
