"""The ASGI receiver through a real uvicorn on 127.0.0.1: acks, dedup, faults, retries, mounting."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from linksfield.webhooks import (
    Event,
    EventKind,
    EventState,
    EventStore,
    LfHmacSha1Verifier,
    OrderState,
    OrderTracker,
    RetryPolicy,
    SQLiteEventStore,
    StoredEvent,
    make_app,
    replay,
)

from .support import EXAMPLES, SMS_ACK, ServerThread, body, order_push, wait_until

FAST = RetryPolicy(backoff=0.05, backoff_max=0.2, max_attempts=5, lease_seconds=5, poll_interval=0.05)


class Recorder:
    """A sync handler that records each call; ``fail`` makes the next N calls raise."""

    def __init__(self, fail: int = 0) -> None:
        self.calls: list[Event] = []
        self.failures = 0
        self.fail = fail
        self.threads: set[int] = set()
        self.lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        with self.lock:
            self.threads.add(threading.get_ident())
            if self.fail > 0:
                self.fail -= 1
                self.failures += 1
                raise RuntimeError("downstream unavailable")
            self.calls.append(event)

    def keys(self) -> list[str]:
        with self.lock:
            return [e.dedup_key for e in self.calls]


@contextlib.contextmanager
def serve(handler: Any, **kwargs: Any) -> Iterator[tuple[str, Any]]:
    kwargs.setdefault("policy", FAST)
    app = make_app(handler, **kwargs)
    with ServerThread(app) as server:
        yield server.url, app.state.receiver


HTTP = httpx.Client(timeout=10, trust_env=False)  # one client: building an SSL context per call is slow


def post(url: str, raw: bytes, path: str = "/", **headers: str) -> httpx.Response:
    return HTTP.post(url + path, content=raw, headers={"Content-Type": "application/json", **headers})


def test_acknowledgements_are_exact() -> None:
    recorder = Recorder()
    with serve(recorder) as (url, _):
        order = post(url, body(EXAMPLES["OrderStatusPush"]))
        assert order.status_code == 200 and order.content == b"1"
        assert order.headers["content-type"].startswith("text/plain")
        for name in ("SmsMtPush", "SmsMoPush"):
            sms = post(url, body(EXAMPLES[name]))
            assert sms.status_code == 200 and sms.json() == SMS_ACK
            assert sms.content == b'{"code":"0","message":"success"}'
            assert sms.headers["content-type"] == "application/json"
        assert len(recorder.calls) == 3
        assert {e.kind.value for e in recorder.calls} == {"order_status_push", "sms_mt_push", "sms_mo_push"}


def test_per_kind_paths_enforce_the_kind() -> None:
    with serve(Recorder()) as (url, _):
        assert post(url, body(EXAMPLES["SmsMtPush"]), "/sms_mt_push").json() == SMS_ACK
        wrong = post(url, body(EXAMPLES["SmsMtPush"]), "/order_status_push")
        assert wrong.status_code == 400
        fields = {e["field"] for e in wrong.json()["errors"]}
        assert {"orderid", "operation", "assetid"} <= fields


DUPLICATES = 10


def test_duplicate_deliveries_are_acknowledged_and_handled_once() -> None:
    recorder = Recorder()
    with serve(recorder) as (url, receiver):
        raw = body(EXAMPLES["OrderStatusPush"])
        sequential = [post(url, raw) for _ in range(DUPLICATES)]
        assert all(r.status_code == 200 and r.content == b"1" for r in sequential)
        # and concurrently, as a sender retrying on timeouts would
        mt = body(EXAMPLES["SmsMtPush"])
        with httpx.Client(timeout=10) as client:
            results: list[int] = []

            def send() -> None:
                results.append(client.post(url, content=mt).status_code)

            threads = [threading.Thread(target=send) for _ in range(DUPLICATES)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert results == [200] * DUPLICATES
        assert sorted(recorder.keys()) == sorted(
            [
                "order_status_push:L201901290000000533:1001:2019-10-16 12:34:54",
                "sms_mt_push:18fc707863a0000a37157dd34e6ec630:1",
            ]
        )
        assert receiver.store.counts()["duplicates"] == 2 * (DUPLICATES - 1)


MALFORMED: list[tuple[bytes, str]] = [
    (b"", "body"),
    (b"not json", "body"),
    (b"\xff\xfe", "body"),
    (b"[]", "body"),
    (b"null", "body"),
    (b"{}", "body"),
    (b'{"foo": 1}', "body"),
    (body({**EXAMPLES["OrderStatusPush"], "time": "16/10/2019"}), "time"),
    (body({**EXAMPLES["OrderStatusPush"], "orderid": 5}), "orderid"),
    (body({k: v for k, v in EXAMPLES["OrderStatusPush"].items() if k != "operation"}), "operation"),
    (body({**EXAMPLES["SmsMtPush"], "iccid": "abc"}), "iccid"),
    (body({**EXAMPLES["SmsMtPush"], "msg_id": ""}), "msg_id"),
    (body({**EXAMPLES["SmsMoPush"], "sms_content": None}), "sms_content"),
    (b'{"msg_id": "\\udc00", "status_report": "1"}', "msg_id"),
    (b"[" * 50_000, "body"),
]


def test_malformed_bodies_get_a_4xx_naming_the_field() -> None:
    recorder = Recorder()
    with serve(recorder) as (url, receiver):
        for raw, field in MALFORMED:
            response = post(url, raw)
            assert response.status_code == 400, (raw[:40], response.text)
            answer = response.json()
            assert answer["code"] == "400" and answer["message"]
            assert field in {e["field"] for e in answer["errors"]}, answer
            assert f"{field}:" in answer["message"] or field == "body"
        too_big = post(url, b"{" + b" " * (1 << 20) + b"}")
        assert too_big.status_code == 413 and "larger than" in too_big.json()["message"]
        assert HTTP.get(url + "/").status_code == 405
        assert HTTP.post(url + "/nowhere", content=b"{}").status_code == 404
        assert recorder.calls == [] and sum(receiver.store.counts().values()) == 0


def test_out_of_order_deliveries_end_in_the_right_state() -> None:
    recorder = Recorder()
    tracker = OrderTracker()
    lifecycles = {
        "A": ["1000", "1005", "1003", "1004", "1001"],
        "B": ["1000", "1002"],
        "C": ["1000", "1007", "1003", "1008"],
        "D": ["1000", "1005", "1003", "1004"],
    }
    pushes = [
        order_push(oid, op, f"2024-06-01 10:00:{i:02d}", assetid=f"8985{ord(oid):016d}")
        for oid, ops in lifecycles.items()
        for i, op in enumerate(ops)
    ]
    random.Random(3).shuffle(pushes)
    with serve(recorder, tracker=tracker) as (url, _):
        for push in pushes:
            assert post(url, body(push)).content == b"1"
    assert len(recorder.calls) == len(pushes)
    assert tracker.out_of_order > 0
    assert {oid: tracker.state_of(oid) for oid in lifecycles} == {
        "A": OrderState.ENDED, "B": OrderState.CANCELLED, "C": OrderState.ENDED, "D": OrderState.ACTIVE,
    }  # fmt: skip
    assert tracker.anomalies == []
    assert tracker.live_sims() == {f"8985{ord('D'):016d}"}


def test_handler_failure_is_acknowledged_then_retried_until_it_succeeds() -> None:
    recorder = Recorder(fail=3)
    with serve(recorder) as (url, receiver):
        assert post(url, body(EXAMPLES["SmsMoPush"])).json() == SMS_ACK  # acknowledged: it is stored
        wait_until(lambda: len(recorder.calls) == 1, message="the retry loop to succeed")
        wait_until(
            lambda: next(iter(receiver.store.events())).state is EventState.HANDLED,
            message="the success to be committed",
        )
        (stored,) = list(receiver.store.events())
        assert stored.state is EventState.HANDLED and stored.attempts == 4
    assert recorder.failures == 3 and len(recorder.calls) == 1


def test_handler_that_keeps_failing_is_parked_then_replayed_once(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    broken = Recorder(fail=1000)
    with serve(broken, store=SQLiteEventStore(path)) as (url, receiver):
        for name in ("OrderStatusPush", "SmsMtPush"):
            assert post(url, body(EXAMPLES[name])).status_code == 200
        wait_until(lambda: receiver.store.counts()["failed"] == 2, message="events to be parked")
        assert broken.failures == 2 * FAST.max_attempts  # type: ignore[operator]
        stored = list(receiver.store.events())
        assert all(s.last_error == "RuntimeError: downstream unavailable" for s in stored)
    fixed = Recorder()
    store = SQLiteEventStore(path)
    result = replay(store, fixed)
    assert len(result.handled) == 2 and result.failed == []
    assert replay(store, fixed).handled == []  # nothing left
    assert len(fixed.calls) == 2 and store.counts()["handled"] == 2


def test_redelivery_of_a_pending_event_retries_it_when_due() -> None:
    recorder = Recorder(fail=1)
    slow_loop = RetryPolicy(backoff=0.01, poll_interval=3600)  # only the redelivery can retry it
    with serve(recorder, policy=slow_loop) as (url, _):
        raw = body(EXAMPLES["SmsMtPush"])
        post(url, raw)
        assert recorder.calls == [] and recorder.failures == 1
        time.sleep(0.05)  # past the backoff
        post(url, raw)
        assert len(recorder.calls) == 1
        post(url, raw)
        assert len(recorder.calls) == 1


def test_async_handler_and_sync_handler_in_a_thread() -> None:
    seen: list[str] = []

    async def handler(event: Event) -> None:
        await asyncio.sleep(0)
        seen.append(event.dedup_key)

    with serve(handler) as (url, _):
        post(url, body(EXAMPLES["OrderStatusPush"]))
    assert len(seen) == 1
    recorder = Recorder()
    with serve(recorder) as (url, _):
        post(url, body(EXAMPLES["OrderStatusPush"]))
    assert threading.main_thread().ident not in recorder.threads


def test_background_mode_acknowledges_before_the_handler_finishes() -> None:
    release = threading.Event()
    done: list[str] = []

    def handler(event: Event) -> None:
        release.wait(10)
        done.append(event.dedup_key)

    with serve(handler, background=True) as (url, _):
        response = post(url, body(EXAMPLES["SmsMoPush"]))
        assert response.json() == SMS_ACK and done == []
        release.set()
        wait_until(lambda: len(done) == 1, message="the background handler")


def test_mounted_in_a_host_app_with_its_retry_loop() -> None:
    recorder = Recorder(fail=1)
    webhooks = make_app(recorder, policy=FAST)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with webhooks.state.receiver.running():
            yield

    host = Starlette(routes=[Mount("/linksfield", app=webhooks)], lifespan=lifespan)
    with ServerThread(host) as server:
        response = post(server.url, body(EXAMPLES["OrderStatusPush"]), "/linksfield/")
        assert response.content == b"1"
        wait_until(lambda: len(recorder.calls) == 1, message="the host-run retry loop")
        # The handler has run; its success is committed just after it returns, so wait for that too.
        wait_until(
            lambda: HTTP.get(server.url + "/linksfield/health").json()["events"]["handled"] == 1,
            message="the retried event recorded as handled",
        )


def test_verifier_refuses_unsigned_and_stale_pushes() -> None:
    verifier = LfHmacSha1Verifier("push-secret")
    recorder = Recorder()
    raw = body(EXAMPLES["OrderStatusPush"])
    with serve(recorder, verifier=verifier) as (url, receiver):
        unsigned = post(url, raw)
        assert unsigned.status_code == 401 and "x-lf-signature: missing" in unsigned.json()["message"]
        stale = post(url, raw, **verifier.sign(raw, timestamp=0))
        assert stale.status_code == 401 and "tolerance" in stale.json()["message"]
        tampered = post(url, raw.replace(b"1001", b"1002"), **verifier.sign(raw))
        assert tampered.status_code == 401
        assert sum(receiver.store.counts().values()) == 0
        assert post(url, raw, **verifier.sign(raw)).content == b"1"
    assert len(recorder.calls) == 1


class BrokenStore(SQLiteEventStore):
    def add(self, event: Event) -> bool:
        raise sqlite3.OperationalError("disk I/O error")


def test_store_failure_is_a_503_so_the_sender_retries() -> None:
    recorder = Recorder()
    with serve(recorder, store=BrokenStore()) as (url, _):
        response = post(url, body(EXAMPLES["OrderStatusPush"]))
        assert response.status_code == 503 and response.content != b"1"
        assert "retry" in response.json()["message"]
    assert recorder.calls == []


class SlowMarkStore(SQLiteEventStore):
    """Commits "handled" marks slowly: longer than the lease, as a busy database might."""

    def mark_handled(self, dedup_key: str) -> None:
        time.sleep(0.4)
        super().mark_handled(dedup_key)


def test_retry_loop_never_starts_a_second_run_while_the_mark_is_being_committed() -> None:
    recorder = Recorder()
    eager = RetryPolicy(backoff=0.01, lease_seconds=0.05, poll_interval=0.01)
    with serve(recorder, store=SlowMarkStore(), policy=eager) as (url, receiver):
        assert post(url, body(EXAMPLES["SmsMoPush"])).json() == SMS_ACK
        time.sleep(0.2)  # many retry passes, the lease long expired
        (stored,) = receiver.store.events()
        assert stored.state is EventState.HANDLED and stored.attempts == 1
    assert len(recorder.calls) == 1


def test_tracker_is_rebuilt_from_the_store_at_startup(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with serve(Recorder(), store=SQLiteEventStore(path)) as (url, _):
        for i, op in enumerate(["1000", "1005", "1003"]):
            post(url, body(order_push("R1", op, f"2024-06-01 10:00:0{i}")))
    tracker = OrderTracker()
    with serve(Recorder(), store=SQLiteEventStore(path), tracker=tracker) as (url, _):
        assert tracker.state_of("R1") is OrderState.PAUSED
        post(url, body(order_push("R1", "1004", "2024-06-01 10:00:09")))
        assert tracker.state_of("R1") is OrderState.ACTIVE


def test_health_reports_counts() -> None:
    with serve(Recorder()) as (url, _):
        post(url, body(EXAMPLES["SmsMtPush"]))
        post(url, body(EXAMPLES["SmsMtPush"]))
        health = HTTP.get(url + "/health").json()
    assert health == {"status": "ok", "events": {"pending": 0, "handled": 1, "failed": 0, "duplicates": 1}}
    assert json.dumps(health)


class DictStore:
    """A second EventStore (plain dicts, one lock): the interface is all the receiver needs."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()

    def _stored(self, row: dict[str, Any]) -> StoredEvent:
        return StoredEvent(row["seq"], row["event"], row["state"], row["attempts"], row["error"], row["dups"],
                           row["next"], None)  # fmt: skip

    def add(self, event: Event) -> bool:
        with self.lock:
            if event.dedup_key in self.rows:
                self.rows[event.dedup_key]["dups"] += 1
                return False
            self.rows[event.dedup_key] = {"seq": len(self.rows), "event": event, "state": EventState.PENDING,
                                          "attempts": 0, "error": None, "dups": 0, "next": 0.0, "lease": 0.0}  # fmt: skip
            return True

    def get(self, dedup_key: str) -> StoredEvent | None:
        row = self.rows.get(dedup_key)
        return None if row is None else self._stored(row)

    def claim(
        self, dedup_key: str, *, lease_seconds: float, now: float | None = None, force: bool = False
    ) -> StoredEvent | None:
        now = time.time() if now is None else now
        with self.lock:
            row = self.rows.get(dedup_key)
            if (
                row is None
                or row["state"] is not EventState.PENDING
                or row["lease"] > now
                or (row["next"] > now and not force)
            ):
                return None
            row["lease"] = now + lease_seconds
            row["attempts"] += 1  # counted when the run starts, as the protocol says
            return self._stored(row)

    def extend_lease(self, dedup_key: str, *, lease_seconds: float) -> None:
        self.rows[dedup_key]["lease"] = time.time() + lease_seconds

    def due(self, *, now: float | None = None, limit: int = 100) -> list[StoredEvent]:
        now = time.time() if now is None else now
        rows = [
            r
            for r in self.rows.values()
            if r["state"] is EventState.PENDING and r["lease"] <= now and r["next"] <= now
        ]
        return [self._stored(r) for r in rows[:limit]]

    def pending(self) -> list[StoredEvent]:
        return [self._stored(r) for r in self.rows.values() if r["state"] is EventState.PENDING]

    def mark_handled(self, dedup_key: str) -> None:
        self.rows[dedup_key].update(state=EventState.HANDLED, lease=0.0)

    def mark_failed(self, dedup_key: str, error: str, *, retry_at: float | None) -> None:
        row = self.rows[dedup_key]
        row.update(state=EventState.PENDING if retry_at is not None else EventState.FAILED, error=error,
                   next=retry_at or 0.0, lease=0.0)  # fmt: skip

    def requeue_failed(self) -> int:
        failed = [r for r in self.rows.values() if r["state"] is EventState.FAILED]
        for row in failed:
            row.update(state=EventState.PENDING, next=0.0)
        return len(failed)

    def events(self, kind: EventKind | None = None) -> Iterator[StoredEvent]:
        yield from (
            self._stored(r) for r in list(self.rows.values()) if kind is None or r["event"].kind is kind
        )

    def counts(self) -> dict[str, int]:
        counts = {s.value: sum(r["state"] is s for r in self.rows.values()) for s in EventState}
        return {**counts, "duplicates": sum(r["dups"] for r in self.rows.values())}

    def close(self) -> None:
        return None


def test_another_store_implementation_works() -> None:
    store = DictStore()
    assert isinstance(store, EventStore)
    recorder = Recorder(fail=1)
    with serve(recorder, store=store) as (url, _):
        raw = body(EXAMPLES["SmsMtPush"])
        assert post(url, raw).json() == SMS_ACK
        assert post(url, raw).json() == SMS_ACK
        wait_until(lambda: len(recorder.calls) == 1, message="the retry through DictStore")
        wait_until(lambda: store.counts()["handled"] == 1, message="the success recorded")
    assert store.counts() == {"pending": 0, "handled": 1, "failed": 0, "duplicates": 1}
    (stored,) = store.events()
    assert stored.attempts == 2


def test_credential_headers_are_not_kept_on_events() -> None:
    recorder = Recorder()
    with serve(recorder) as (url, _):
        post(url, body(EXAMPLES["SmsMoPush"]), Authorization="Bearer abc", Cookie="s=1", **{"X-Trace": "t1"})
    (event,) = recorder.calls
    assert "authorization" not in event.headers and "cookie" not in event.headers
    assert event.headers["x-trace"] == "t1"
