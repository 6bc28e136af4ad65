"""Fault injection, driven through raw httpx; the server-side order count proves what really happened."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from linksfield.sandbox.gateway.faults import FaultPlan, parse_fault_spec

from .conftest import DevicePool
from .support import SandboxProcess, call, op

BATCH = op("batch_order_packages")


@pytest.fixture
def faults(sandbox: SandboxProcess) -> Iterator[SandboxProcess]:
    """The session sandbox, with faults switched off again whatever the test did."""
    try:
        yield sandbox
    finally:
        sandbox.set_faults("")


def _order(sandbox: SandboxProcess, device: str) -> httpx.Response:
    body = {"deviceList": [device], "package_code": sandbox.fixtures()["package_code"], "is_open": "0"}
    with sandbox.cmp() as client:
        return call(client, BATCH, body=body)


def _orders_of(sandbox: SandboxProcess, device: str) -> int:
    per_device: dict[str, int] = sandbox.stats()["orders"]["per_device"]
    return per_device.get(device, 0)


def test_429_with_retry_after_and_admin_untouched(faults: SandboxProcess, devices: DevicePool) -> None:
    device = devices.one()
    faults.set_faults("rate429=1,retry_after=2")
    response = _order(faults, device)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert response.json() == {"message": "API rate limit exceeded"}
    assert faults.stats()["faults"]["rate429"] >= 1  # /_sandbox/ answers normally meanwhile
    assert _orders_of(faults, device) == 0
    with faults.pool() as client:
        pool = call(client, op("get_pool_detail"), query={"poolCode": "UP20250401000123"})
    assert pool.status_code == 429 and pool.json()["code"] == 429


def test_5xx_before_processing(faults: SandboxProcess, devices: DevicePool) -> None:
    device = devices.one()
    faults.set_faults("error5xx=1,seed=3")
    statuses = {_order(faults, device).status_code for _ in range(8)}
    assert statuses <= {500, 502, 503} and len(statuses) >= 2
    assert _orders_of(faults, device) == 0


@pytest.mark.parametrize("action", ["drop_before", "drop_after"])
def test_dropped_connections(faults: SandboxProcess, devices: DevicePool, action: str) -> None:
    device = devices.one()
    faults.set_faults(f"{action}=1,only=batch_order_packages")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        _order(faults, device)
    # `only` spares the other operations
    with faults.cmp() as client:
        assert call(client, op("query_devices"), body={"page_no": 1, "page_size": 1}).status_code == 200
    landed = _orders_of(faults, device)
    assert landed == (1 if action == "drop_after" else 0)
    assert faults.stats()["faults"][action] >= 1


def test_drop_after_is_a_clean_disconnect(faults: SandboxProcess, devices: DevicePool) -> None:
    """The client sees no status line at all, and the server keeps serving new connections."""
    device = devices.one()
    faults.set_faults("drop_after=1,only=batch_order_packages")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        _order(faults, device)
    faults.set_faults("")
    assert _order(faults, device).status_code == 200
    assert _orders_of(faults, device) == 2


def test_5xx_after_processing(faults: SandboxProcess, devices: DevicePool) -> None:
    device = devices.one()
    faults.set_faults("error5xx_after=1,only=spend")
    assert _order(faults, device).status_code in (500, 502, 503)
    assert _orders_of(faults, device) == 1


def test_latency(faults: SandboxProcess) -> None:
    faults.set_faults("latency=1,latency_s=0.3,only=query_devices")
    with faults.cmp() as client:
        started = time.monotonic()
        assert call(client, op("query_devices"), body={"page_no": 1, "page_size": 1}).status_code == 200
        assert time.monotonic() - started >= 0.3


def test_plans_are_reproducible() -> None:
    spec = parse_fault_spec("rate429=0.1,error5xx=0.05,latency=0.02,drop_before=0.02,drop_after=0.02,seed=7")
    runs = []
    for _ in range(2):
        plan = FaultPlan(spec)
        runs.append([plan.decide("batch_order_packages", "cmp", "spend", "/x") for _ in range(500)])
    assert runs[0] == runs[1]
    actions: dict[Any, int] = {}
    for decision in runs[0]:
        actions[decision.action] = actions.get(decision.action, 0) + 1
    assert 20 < actions["rate429"] < 80 and actions.get("drop_after", 0) > 0
    assert FaultPlan(parse_fault_spec("")).decide("x", "cmp", "read", "/").action is None


def test_faults_and_credentials_from_the_environment() -> None:
    env = {
        "LINKSFIELD_SANDBOX_FAULTS": "rate429=1,only=pool",
        "LINKSFIELD_SANDBOX_POOL_CREDENTIAL": "my-own-credential",
        "LINKSFIELD_SANDBOX_DEVICES": "50",
    }
    process = SandboxProcess(env=env).start()
    try:
        assert process.banner[0] == f"sandbox listening on {process.url}"
        assert "pool credential: (set)" in process.banner  # a user's secret is never printed
        assert "cmp secret key: sandbox-secret-key" in process.banner  # the public defaults are
        assert "faults: rate429=1,only=pool" in process.banner
        with process.pool("my-own-credential") as client:
            assert (
                call(client, op("get_pool_detail"), query={"poolCode": "UP20250401000123"}).status_code == 429
            )
        with process.cmp() as client:
            answer = call(client, op("query_devices"), body={"page_no": 1, "page_size": 1}).json()
        assert answer["data"]["page"]["total_count"] == 50
    finally:
        process.stop()
