"""A file database keeps the sandbox's state across restarts, pending pushes included; reset reseeds."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx

from .support import PushReceiver, SandboxProcess, call, op


def _place(process: SandboxProcess, device: str, package: str) -> str:
    body = {"deviceList": [device], "package_code": package, "is_open": "0"}
    with process.cmp() as client:
        answer = call(client, op("batch_order_packages"), body=body).json()
    return str(answer["data"]["device_order"][0]["order_id"])


def _find(process: SandboxProcess, order_id: str) -> list[dict[str, Any]]:
    with process.cmp() as client:
        answer = call(
            client, op("query_orders"), body={"order_id": order_id, "page_no": 1, "page_size": 1}
        ).json()
    found: list[dict[str, Any]] = answer["data"]["package_order"]
    return found


def test_restart_keeps_orders_counters_and_pending_pushes(tmp_path: Path, receiver: PushReceiver) -> None:
    db = str(tmp_path / "sandbox.sqlite3")
    dead = "http://127.0.0.1:9/nobody-listens"
    first = SandboxProcess("--db", db, "--callback-url", dead, "--push-backoff", "0.05").start()
    try:
        fx = first.fixtures()
        device, package = fx["devices"][3], fx["package_code"]
        order_id = _place(first, device, package)
        with httpx.Client(trust_env=False) as client:  # one rejected signature, to see counters survive too
            client.post(f"{first.url}/cmp-api/device/queryDevice", json={})
        deadline = time.monotonic() + 10
        while first.admin("GET", "pushes?state=pending")[0]["attempts"] < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.stats()["pushes"]["pending"] == 1
    finally:
        first.stop()

    second = SandboxProcess("--db", db, "--callback-url", receiver.url).start()
    try:
        assert [o["orderStatus"] for o in _find(second, order_id)] == ["1"]
        stats = second.stats()
        assert stats["orders"]["per_device"] == {device: 1}
        assert stats["rejected_signatures"]["cmp"] == 1
        pushed = receiver.wait_for("orderid", order_id, 1)  # owed before the restart, delivered after
        assert pushed[0]["operation"] == "1000"
        assert _place(second, device, package) != order_id  # the id sequence continued
        second.admin("POST", "reset")
        assert _find(second, order_id) == []
        assert second.stats()["orders"]["per_device"] == {}
    finally:
        second.stop()
