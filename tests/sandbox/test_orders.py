"""The order state machine: every allowed transition with its push, and every refused one.

Refusals must be answers (HTTP 200, ``success: false``, a rule code, ``data: null``), valid against
the operation's schema, and must neither change the order nor owe a push.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from .conftest import DevicePool
from .support import PushReceiver, SandboxProcess, call, op, schema_errors, schema_valid

ORDER_STATE = "CB-10-1002"


class Orders:
    def __init__(self, sandbox: SandboxProcess, devices: DevicePool) -> None:
        self.sandbox = sandbox
        self.devices = devices
        self.package = sandbox.fixtures()["package_code"]

    def cmp(self, operation_id: str, body: dict[str, Any]) -> dict[str, Any]:
        operation = op(operation_id)
        with self.sandbox.cmp() as client:
            response = call(client, operation, body=body)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        assert schema_errors(operation, 200, answer) is None, (schema_errors(operation, 200, answer), answer)
        return answer

    def place(self, *, is_open: str = "0", **extra: Any) -> tuple[str, str]:
        device = self.devices.one()
        body = {"deviceList": [device], "package_code": self.package, "is_open": is_open, **extra}
        result = self.cmp("batch_order_packages", body)["data"]["device_order"][0]
        assert result["error"] == "0000", result
        return str(result["order_id"]), device

    def status(self, order_id: str) -> str:
        answer = self.cmp("query_orders", {"order_id": order_id, "page_no": 1, "page_size": 1})
        (order,) = answer["data"]["package_order"]
        return str(order["orderStatus"])

    def refused(self, operation_id: str, body: dict[str, Any], code: str) -> str:
        answer = self.cmp(operation_id, body)
        assert answer["success"] is False and answer["data"] is None, answer
        assert answer["code"] == code, answer
        return str(answer["message"])


@pytest.fixture
def orders(sandbox: SandboxProcess, devices: DevicePool) -> Orders:
    return Orders(sandbox, devices)


def _operations(receiver: PushReceiver, order_id: str, count: int) -> list[str]:
    pushes = receiver.wait_for("orderid", order_id, count)
    for push in pushes:
        assert schema_valid("OrderStatusPush", push) is None, push
    return [p["operation"] for p in pushes]


def test_full_lifecycle_pushes_each_change(orders: Orders, receiver: PushReceiver) -> None:
    order_id, device = orders.place()
    assert orders.status(order_id) == "1"
    opened = orders.cmp("open_package", {"order_id": order_id})
    assert opened["success"] and opened["data"]["order_id"] == order_id
    assert opened["data"]["order_expire_date"].endswith("23:59:59")
    assert orders.status(order_id) == "2"
    assert orders.cmp("pause_service", {"order_id": order_id, "device_id": device})["success"]
    assert orders.status(order_id) == "5"
    assert orders.cmp("restart_service", {"order_id": order_id, "device_id": device})["success"]
    assert orders.status(order_id) == "2"
    assert orders.cmp("finish_order_early", {"order_id": order_id, "ahead_finish_cause": "done"})["success"]
    assert orders.status(order_id) == "3"
    assert _operations(receiver, order_id, 5) == ["1000", "1005", "1003", "1004", "1001"]
    push = receiver.bodies("orderid", order_id)[0]
    assert push["assetid"] == device


def test_cancel_before_activation(orders: Orders, receiver: PushReceiver) -> None:
    order_id, _ = orders.place()
    assert orders.cmp("cancel_package", {"order_id": order_id})["success"]
    assert orders.status(order_id) == "3"
    assert _operations(receiver, order_id, 2) == ["1000", "1002"]


def test_order_opened_at_once_when_paid(orders: Orders, receiver: PushReceiver) -> None:
    device = orders.devices.one()
    answer = orders.cmp(
        "batch_order_packages",
        {"deviceList": [device], "package_code": orders.package, "is_open": "1", "pay_rst": "2"},
    )
    result = answer["data"]["device_order"][0]
    assert result["order_start_date"] and result["order_expire_date"]
    assert orders.status(result["order_id"]) == "2"
    assert _operations(receiver, result["order_id"], 2) == ["1000", "1005"]


def test_expiry_pushes_1008(orders: Orders, sandbox: SandboxProcess, receiver: PushReceiver) -> None:
    order_id, _ = orders.place(is_open="1")
    sandbox.admin("POST", f"orders/{order_id}/expire")
    assert orders.status(order_id) == "3"
    assert _operations(receiver, order_id, 3) == ["1000", "1005", "1008"]


def test_refused_transitions(orders: Orders, receiver: PushReceiver, sandbox: SandboxProcess) -> None:
    ordered, device = orders.place()
    active, _ = orders.place(is_open="1")
    paused, _ = orders.place(is_open="1")
    assert orders.cmp("pause_service", {"order_id": paused})["success"]
    ended, _ = orders.place()
    assert orders.cmp("cancel_package", {"order_id": ended})["success"]
    expected = {ordered: 1, active: 2, paused: 3, ended: 2}  # new (+ opened) (+ paused | cancelled)
    for order_id, count in expected.items():
        receiver.wait_for("orderid", order_id, count)

    # cancel only before activation
    assert "cannot" not in orders.refused("cancel_package", {"order_id": active}, ORDER_STATE)
    orders.refused("cancel_package", {"order_id": paused}, ORDER_STATE)
    orders.refused("cancel_package", {"order_id": ended}, ORDER_STATE)
    # finish only when active
    orders.refused("finish_order_early", {"order_id": ordered, "ahead_finish_cause": "x"}, ORDER_STATE)
    orders.refused("finish_order_early", {"order_id": paused, "ahead_finish_cause": "x"}, ORDER_STATE)
    orders.refused("finish_order_early", {"order_id": ended, "ahead_finish_cause": "x"}, ORDER_STATE)
    # pause only when active
    orders.refused("pause_service", {"order_id": ordered}, ORDER_STATE)
    orders.refused("pause_service", {"order_id": paused}, ORDER_STATE)
    orders.refused("pause_service", {"order_id": ended}, ORDER_STATE)
    # restart only when paused
    orders.refused("restart_service", {"order_id": ordered}, ORDER_STATE)
    orders.refused("restart_service", {"order_id": active}, ORDER_STATE)
    orders.refused("restart_service", {"order_id": ended}, ORDER_STATE)
    # open only when ordered
    orders.refused("open_package", {"order_id": active}, ORDER_STATE)
    orders.refused("open_package", {"order_id": paused}, ORDER_STATE)
    orders.refused("open_package", {"order_id": ended}, ORDER_STATE)
    # the order must belong to the device named
    orders.refused("pause_service", {"order_id": active, "device_id": device}, "CB-10-1015")
    # unknown order
    orders.refused("open_package", {"order_id": "ORDER_0"}, "CB-10-1001")

    assert [orders.status(o) for o in (ordered, active, paused, ended)] == ["1", "2", "5", "3"]
    stats = sandbox.stats()
    assert stats["refusals"]["ORDER_STATE"] >= 15
    time.sleep(0.3)  # room for a wrongly owed push to arrive
    for order_id, count in expected.items():
        assert len(receiver.bodies("orderid", order_id)) == count, "a refused change must not push"


def test_open_refuses_unpaid_and_ota_secondary(orders: Orders, sandbox: SandboxProcess) -> None:
    unpaid, _ = orders.place(pay_rst="1")
    assert "unpaid" in orders.refused("open_package", {"order_id": unpaid}, "CB-10-1003")
    secondary = sandbox.fixtures()["ota_secondary_order"]
    assert "OTA" in orders.refused("open_package", {"order_id": secondary}, "CB-10-1004")
    assert orders.status(unpaid) == "1" and orders.status(secondary) == "1"


def test_ota_device_second_order_is_secondary(orders: Orders, sandbox: SandboxProcess) -> None:
    ota = sandbox.fixtures()["ota_device"]
    body = {"deviceList": [ota], "package_code": orders.package, "is_open": "0"}
    order_id = orders.cmp("batch_order_packages", body)["data"]["device_order"][0]["order_id"]
    assert sandbox.admin("GET", f"orders/{order_id}")["ota_secondary"] == 1
    orders.refused("open_package", {"order_id": order_id}, "CB-10-1004")


def test_batch_rules_per_device_and_per_request(orders: Orders, sandbox: SandboxProcess) -> None:
    fx = sandbox.fixtures()
    fresh = orders.devices.one()
    body = {
        "deviceList": [fresh, fx["ota_device"]],
        "package_code": orders.package,
        "is_open": "1",
        "pay_rst": "1",
    }
    results = orders.cmp("batch_order_packages", body)["data"]["device_order"]
    assert [r["error"] for r in results] == ["CB-10-1003", "CB-10-1003"]
    body = {"deviceList": [fx["ota_device"]], "package_code": orders.package, "is_open": "1"}
    assert orders.cmp("batch_order_packages", body)["data"]["device_order"][0]["error"] == "CB-10-1014"
    # test traffic only on a device's first order
    used = orders.devices.one()
    orders.cmp("batch_order_packages", {"deviceList": [used], "package_code": orders.package, "is_open": "0"})
    body = {
        "deviceList": [used],
        "package_code": orders.package,
        "is_open": "0",
        "test_flow_flag": "1",
        "test_flow": "100",
    }
    assert orders.cmp("batch_order_packages", body)["data"]["device_order"][0]["error"] == "CB-10-1013"
    # whole-request refusals
    orders.refused(
        "batch_order_packages",
        {"deviceList": [fresh], "package_code": fx["obsolete_package"], "is_open": "0"},
        "CB-10-1010",
    )
    orders.refused(
        "batch_order_packages", {"deviceList": [fresh], "package_code": "NOPE", "is_open": "0"}, "CB-10-1006"
    )
    orders.refused(
        "batch_order_packages",
        {"deviceList": [fresh], "package_code": orders.package, "is_open": "0", "package_type": "5"},
        "CB-10-1011",
    )
    orders.refused(
        "batch_order_packages",
        {"deviceList": [fresh], "package_code": orders.package, "is_open": "0", "subscribed_count": 5000},
        "CB-10-1018",
    )
    orders.refused(
        "batch_order_packages",
        {
            "deviceList": [fresh],
            "package_code": orders.package,
            "is_open": "0",
            "test_flow_flag": "1",
            "test_flow": "0",  # present, so the schema's rule (R-TEST-FLOW-RULE) passes; no traffic is no test
        },
        "CB-99-9400",
    )
    assert fresh not in sandbox.stats()["orders"]["per_device"]


def test_csss_order_lands_in_the_same_book(
    sandbox: SandboxProcess, devices: DevicePool, receiver: PushReceiver
) -> None:
    device = devices.one()
    fx = sandbox.fixtures()
    body = {
        "device_id": device, "global_order": "0", "is_open": "1", "order_period": "1", "package_code": fx["package_code"],
        "package_name": "x", "package_type": "2", "pay_amount": "0", "pay_rst": "2", "test_flow": "0", "test_flow_flag": "0",
    }  # fmt: skip
    with sandbox.csss() as client:
        response = call(client, op("order_package"), body=body)
    answer = response.json()
    assert answer["success"] and answer["message"] == "success"  # Accept-Language en-US from the signer
    assert answer["data"]["sign"] is None and answer["data"]["order_start_date"]
    order_id = answer["data"]["order_id"]
    assert sandbox.admin("GET", f"orders/{order_id}")["channel"] == "csss"
    assert _operations(receiver, order_id, 2) == ["1000", "1005"]
    assert sandbox.stats()["orders"]["per_device"][device] == 1
    with sandbox.csss() as client:  # CSSS: "is_open must be 0 for OTA SIMs"
        ota = call(client, op("order_package"), body={**body, "device_id": fx["ota_device"]}).json()
    assert ota["success"] is False and ota["code"] == "CB-10-1014" and ota["data"] is None


def test_push_retried_until_acknowledged(
    orders: Orders, sandbox: SandboxProcess, receiver: PushReceiver
) -> None:
    before = sandbox.stats()["pushes"]["attempts"]
    with receiver.lock:
        receiver.fail_next = 2
        receiver.wrong_ack_next = 1
    order_id, _ = orders.place()
    assert _operations(receiver, order_id, 1) == ["1000"]
    deadline = time.monotonic() + 10
    while (stats := sandbox.stats()["pushes"])["pending"] and time.monotonic() < deadline:
        time.sleep(0.05)  # other tests' SMS reports may still be on their way
    assert stats["attempts"] - before >= 4  # two failures, one wrong acknowledgement, then success
    assert stats["pending"] == 0
