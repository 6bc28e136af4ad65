"""End to end: the sandbox (``python -m linksfield.sandbox``) is the push sender.

Orders are driven through their lifecycles with signed CMP requests; the sandbox POSTs each state
change (and SMS reports) to a real receiver on 127.0.0.1 whose acknowledgements are sometimes
lost on the way back (the receiver stored the push, the sandbox sees a 502 and redelivers). The
receiver must record every push exactly once, in order per order, and its tracker must end in the
sandbox's own order states.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

from linksfield._signing import CmpHmacAuth, CmpHmacSigner
from linksfield.sandbox.config import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY
from linksfield.sandbox.launcher import SandboxProcess
from linksfield.webhooks import Event, OrderState, OrderStatusEvent, OrderTracker, make_app, parse

from .support import ServerThread, body

SANDBOX_STATES = {"1": {OrderState.ORDERED}, "2": {OrderState.ACTIVE}, "5": {OrderState.PAUSED},
                  "3": {OrderState.ENDED, OrderState.CANCELLED}}  # fmt: skip
DROP_EVERY = 3


class LoseSomeAcks:
    """ASGI wrapper: every DROP_EVERY-th push is fully processed, but its answer is replaced by a
    502, as if the acknowledgement were lost on the network."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.posts = 0
        self.dropped = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        self.posts += 1
        if self.posts % DROP_EVERY:
            await self.app(scope, receive, send)
            return

        async def swallow(message: Any) -> None:
            return None

        await self.app(scope, receive, swallow)
        self.dropped += 1
        await send(
            {"type": "http.response.start", "status": 502, "headers": [(b"content-type", b"text/plain")]}
        )
        await send({"type": "http.response.body", "body": b"acknowledgement lost"})


class Journal:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        with self.lock:
            self.events.append(event)


class Cmp:
    """Signed CMP calls against the sandbox (the SDK's own gateway-HMAC signer)."""

    def __init__(self, url: str) -> None:
        auth = CmpHmacAuth(CmpHmacSigner(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY))
        self.client = httpx.Client(base_url=url, auth=auth, timeout=10, trust_env=False)

    def __call__(self, path: str, payload: dict[str, Any]) -> Any:
        response = self.client.post(path, json=payload)
        assert response.status_code == 200, response.text
        answer = response.json()
        assert answer.get("success") is True, (path, payload, answer)
        return answer.get("data")


@contextlib.contextmanager
def running_pair() -> Iterator[tuple[SandboxProcess, LoseSomeAcks, Journal, OrderTracker, Any]]:
    journal, tracker = Journal(), OrderTracker()
    app = make_app(journal, tracker=tracker)
    lossy = LoseSomeAcks(app)
    with ServerThread(lossy) as receiver:
        sandbox = SandboxProcess(
            "--callback-url", receiver.url + "/", "--push-backoff", "0.1", "--devices", "60"
        )
        with sandbox:
            yield sandbox, lossy, journal, tracker, app.state.receiver


def sandbox_pushes(sandbox: SandboxProcess) -> list[dict[str, Any]]:
    answer = httpx.get(sandbox.admin_url + "/pushes", params={"state": "all", "limit": 10_000}, timeout=10)
    return sorted(answer.json(), key=lambda p: p["id"])


def settle(sandbox: SandboxProcess, expected_mt: int, timeout: float = 20.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pushes = sandbox_pushes(sandbox)
        mt = sum(p["kind"] == "sms_mt_push" for p in pushes)
        if pushes and mt >= expected_mt and all(p["delivered"] for p in pushes):
            return pushes
        time.sleep(0.05)
    raise AssertionError(f"the sandbox did not deliver everything: {sandbox_pushes(sandbox)}")


def test_sandbox_pushes_are_recorded_once_in_order_and_tracked() -> None:
    with running_pair() as (sandbox, lossy, journal, tracker, receiver):
        fixtures = httpx.get(sandbox.admin_url + "/fixtures", timeout=10).json()
        devices = list(
            fixtures.get("orderless_devices") or fixtures.get("fresh_devices") or fixtures["devices"]
        )
        assert len(devices) >= 6, fixtures
        package = fixtures["package_code"]
        cmp = Cmp(sandbox.url)

        def place(device: str, is_open: str = "0") -> str:
            data = cmp("/cmp-api/package/batchOrderPackages",
                       {"deviceList": [device], "package_code": package, "is_open": is_open})  # fmt: skip
            (result,) = data["device_order"]
            assert result["error"] == "0000", result
            return str(result["order_id"])

        a, b, c, d, e = (place(devices[i]) for i in range(5))
        live = place(devices[5], is_open="1")  # 1000 and 1005 in the same second
        for order in (a, d, e):
            cmp("/cmp-api/package/openPackage", {"order_id": order})
        cmp("/cmp-api/device/pauseService", {"order_id": a, "device_id": devices[0]})
        cmp("/cmp-api/device/restartService", {"order_id": a, "device_id": devices[0]})
        cmp("/cmp-api/package/aheadFinishDeviceOrder", {"order_id": a, "ahead_finish_cause": "e2e"})
        cmp("/cmp-api/package/cancelPackage", {"order_id": b})
        cmp("/cmp-api/device/pauseService", {"order_id": d, "device_id": devices[3]})
        assert httpx.post(f"{sandbox.admin_url}/orders/{e}/expire", timeout=10).status_code == 200
        mo = httpx.post(sandbox.admin_url + "/sms/mo", timeout=10,
                        json={"device_id": devices[1], "dest_address": "12345", "sms_content": "e2e"})  # fmt: skip
        assert mo.status_code == 200 and mo.json()["queued"] is True
        cmp("/cmp-api/sms/sendSms", {"flag_list": [{"msg_id": "LKE2E000001", "device_id": devices[2]}],
                                     "sms_content": "hello", "message_type": "1"})  # fmt: skip

        pushes = settle(sandbox, expected_mt=1)
        time.sleep(0.2)  # nothing further may arrive
        handled = list(journal.events)
        stored = list(receiver.store.events())
        states = {order: httpx.get(f"{sandbox.admin_url}/orders/{order}", timeout=10).json()["status"]
                  for order in {p["body"]["orderid"] for p in pushes if p["kind"] == "order_status_push"}}  # fmt: skip

    # every push exactly once: handled once, stored once, whatever the redeliveries
    sent_keys = [parse({}, body(p["body"])).dedup_key for p in pushes]
    assert len(set(sent_keys)) == len(sent_keys)
    assert sorted(e.dedup_key for e in handled) == sorted(sent_keys)
    assert sorted(s.dedup_key for s in stored) == sorted(sent_keys)
    assert lossy.dropped >= 1 and sum(s.duplicates for s in stored) == lossy.dropped
    assert sum(p["attempts"] for p in pushes) == len(pushes) + lossy.dropped
    # in order per order: the receiver saw each order's pushes in the sandbox's order
    for order in states:
        sent = [p["body"]["operation"] for p in pushes if p["body"].get("orderid") == order]
        seen = [e.operation_code for e in handled if isinstance(e, OrderStatusEvent) and e.order_id == order]
        assert seen == sent, order
    ours = {a: ["1000", "1005", "1003", "1004", "1001"], b: ["1000", "1002"], d: ["1000", "1005", "1003"],
            e: ["1000", "1005", "1008"], live: ["1000", "1005"], c: ["1000"]}  # fmt: skip
    for order, operations in ours.items():
        assert [p["body"]["operation"] for p in pushes if p["body"].get("orderid") == order] == operations
    assert {p["kind"] for p in pushes} == {"order_status_push", "sms_mt_push", "sms_mo_push"}
    # the tracker ends in the sandbox's own state, with nothing impossible seen
    for order, status in states.items():
        assert tracker.state_of(order) in SANDBOX_STATES[status], (order, status, tracker.status_of(order))
    assert tracker.state_of(b) is OrderState.CANCELLED and tracker.state_of(a) is OrderState.ENDED
    assert tracker.anomalies == []
    assert {devices[5]} <= tracker.live_sims()
    assert not {devices[i] for i in (0, 1, 2, 3, 4)} & tracker.live_sims()
