"""Every operation of the spec, once, with a schema-valid successful answer.

The list of operations comes from the spec. ``CASES`` holds requests fed with the seeded fixtures
for the operations whose state the sandbox models; any other operation (one a curator just added)
is called with the spec's own request (``tests.spec_requests``) and must answer the same way: a
schema-valid success, served from the spec alone when no handler knows it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from linksfield.sandbox.app import create_app
from linksfield.sandbox.config import SandboxConfig
from linksfield.sandbox.spec.index import SpecIndex, load_spec_document
from linksfield.sandbox.state.clock import vendor_today
from tests.spec_requests import example_request

from .conftest import DevicePool
from .support import SandboxProcess, call, op, operations, schema_errors

_msg_ids = itertools.count(1)


@dataclass
class Ctx:
    sandbox: SandboxProcess
    devices: DevicePool
    fx: dict[str, Any]

    @property
    def today(self) -> date:
        return vendor_today()

    def new_order(self, *, opened: bool) -> tuple[str, str]:
        device = self.devices.one()
        with self.sandbox.cmp() as client:
            answer = call(
                client,
                op("batch_order_packages"),
                body={
                    "deviceList": [device],
                    "package_code": self.fx["package_code"],
                    "is_open": "1" if opened else "0",
                },
            ).json()
        assert answer["success"], answer
        return str(answer["data"]["device_order"][0]["order_id"]), device

    def cmp(self, operation_id: str, body: dict[str, Any]) -> dict[str, Any]:
        with self.sandbox.cmp() as client:
            result: dict[str, Any] = call(client, op(operation_id), body=body).json()
        return result


Request = dict[str, Any]


def _restart(ctx: Ctx) -> Request:
    order_id, device = ctx.new_order(opened=True)
    assert ctx.cmp("pause_service", {"order_id": order_id})["success"]
    return {"body": {"order_id": order_id, "device_id": device}}


def _pause(ctx: Ctx) -> Request:
    order_id, device = ctx.new_order(opened=True)
    return {"body": {"order_id": order_id, "device_id": device}}


def _cdr_query(ctx: Ctx) -> dict[str, Any]:
    return {
        "received_start_time": (ctx.today - timedelta(days=7)).isoformat(),
        "received_end_by": ctx.today.isoformat(),
        "page_no": 1,
        "page_size": 10,
    }


CASES: dict[str, Callable[[Ctx], Request]] = {
    "query_sim_cdr": lambda c: {"path": {"sim_id": c.fx["busy_sim"]}, "query": _cdr_query(c)},
    "query_sim_cdr_by_apn": lambda c: {
        "path": {"sim_id": c.fx["busy_sim"]},
        "query": {**_cdr_query(c), "apn": "&&&internet&0&&3&3,iot.linksfield"},
    },
    "sync_packages": lambda c: {"body": {"page_no": 1, "page_size": 5, "version": 1.0}},
    "batch_order_packages": lambda c: {
        "body": {"deviceList": c.devices.take(2), "package_code": c.fx["package_code"], "is_open": "0"}
    },
    "query_orders": lambda c: {
        "body": {"device_id": None, "order_id": None, "order_status": None, "page_no": 1, "page_size": 3}
    },
    "open_package": lambda c: {"body": {"order_id": c.new_order(opened=False)[0]}},
    "cancel_package": lambda c: {"body": {"order_id": c.new_order(opened=False)[0]}},
    "finish_order_early": lambda c: {
        "body": {"order_id": c.new_order(opened=True)[0], "ahead_finish_cause": "test", "device_type": ""}
    },
    "get_traffic_pool_info": lambda c: {"body": {"page_no": 1, "page_size": 2}},
    "send_sms": lambda c: {
        "body": {
            "flag_list": [{"msg_id": f"LKOPS{next(_msg_ids):08d}", "device_id": c.devices.one()}],
            "sms_content": "hello from the operations test",
            "message_type": "1",
        }
    },
    "query_mt_sms_status": lambda c: {
        "body": {"msg_id": "LK20240531155200000001", "page_no": 1, "page_size": 10}
    },
    "query_sms_cdr": lambda c: {"body": {"device_id": c.fx["devices"][0], "page_no": 1, "page_size": 5}},
    "query_latest_cdr": lambda c: {"body": {"imsi": c.fx["imsi"]}},
    "restart_service": _restart,
    "pause_service": _pause,
    "query_device": lambda c: {"body": {"device_id": "89852202310161621656", "timestamp": "1606268400095"}},
    "query_devices": lambda c: {"body": {"page_no": 2, "page_size": 5}},
    "bind_device_imei": lambda c: {
        "body": {
            "device_id": c.fx["bindable_device"],
            "imei": "860996043052999",
            "oper_type": "1",
            "ota_flag": "2",
            "auto_bind_flag": "2",
        }
    },
    "get_bind_history": lambda c: {"body": {"device_id": "8949120240814080070"}},
    "get_pool_detail": lambda c: {"query": {"poolCode": c.fx["pool_code"]}},
    "get_pool_month_usage": lambda c: {
        "query": {"poolCode": c.fx["pool_code"], "queryMonth": c.today.strftime("%Y-%m")}
    },
    "get_pool_day_usage": lambda c: {
        "query": {"poolCode": c.fx["pool_code"], "queryDay": (c.today - timedelta(days=1)).isoformat()}
    },
    "get_batch_operation_status": lambda c: {"query": {"batchCode": "BC20250401000045"}},
    "get_card_detail": lambda c: {"query": {"iccid": c.fx["card_iccid"]}},
    "switch_card_network": lambda c: {
        "body": {"iccids": [c.fx["card_iccid"], c.fx["test_period_card"]], "switchOn": True}
    },
    "get_card_month_usage": lambda c: {
        "query": {"iccid": c.fx["card_iccid"], "queryMonth": c.today.strftime("%Y-%m")}
    },
    "get_card_day_usage": lambda c: {"query": {"iccid": c.fx["card_iccid"], "queryDay": c.today.isoformat()}},
    "order_package": lambda c: {
        "body": {
            "device_id": c.devices.one(),
            "global_order": "0",
            "is_open": "0",
            "order_period": "1",
            "package_code": c.fx["package_code"],
            "package_name": "sandbox order",
            "package_type": "2",
            "pay_amount": "0",
            "pay_rst": "2",
            "pay_type": "2",
            "test_flow": "0",
            "test_flow_flag": "0",
        }
    },
}


def request_for(operation_id: str, ctx: Ctx) -> Request:
    """The hand-made request of a known operation, else the spec's own request for it."""
    case = CASES.get(operation_id)
    return case(ctx) if case is not None else example_request(operation_id).as_call()


def test_every_case_names_an_operation_of_the_spec() -> None:
    stale = set(CASES) - {o.operation_id for o in operations()}
    assert not stale, f"CASES for operations the spec no longer has: {sorted(stale)}"


@pytest.mark.parametrize("operation_id", sorted(o.operation_id for o in operations()))
def test_every_operation_answers_schema_valid_success(
    operation_id: str, sandbox: SandboxProcess, devices: DevicePool
) -> None:
    operation = op(operation_id)
    ctx = Ctx(sandbox, devices, sandbox.fixtures())
    request = request_for(operation_id, ctx)
    with sandbox.client_for(operation.family) as client:
        response = call(client, operation, **request)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert schema_errors(operation, 200, body) is None, (schema_errors(operation, 200, body), body)
    if operation.family == "pool":
        assert body["code"] == 200 and body["traceId"], body
    else:
        assert body["success"] is True and body["code"] == "0000", body


@pytest.mark.parametrize("operation_id", sorted(o.operation_id for o in operations() if o.alias_paths))
def test_alias_paths_are_served(operation_id: str, sandbox: SandboxProcess) -> None:
    operation = op(operation_id)
    fx = sandbox.fixtures()
    request = request_for(operation_id, Ctx(sandbox, DevicePool([]), fx))
    for alias in operation.alias_paths:
        if operation_id == "bind_device_imei":  # the canonical call above may have bound it already
            request["body"]["device_id"] = sandbox.fixtures()["bindable_device"]
        with sandbox.cmp() as client:
            response = call(client, operation, url_path=alias, **request)
        assert response.status_code == 200
        assert response.json()["success"] is True, response.json()
        assert schema_errors(operation, 200, response.json()) is None


def test_batch_example_orders_per_device_even_with_an_unknown_one(
    sandbox: SandboxProcess, devices: DevicePool
) -> None:
    good = devices.one()
    fx = sandbox.fixtures()
    with sandbox.cmp() as client:
        response = call(
            client,
            op("batch_order_packages"),
            body={"deviceList": [good, "NO_SUCH_DEVICE"], "package_code": fx["package_code"], "is_open": "0"},
        )
    body = response.json()
    assert body["success"] is True
    first, second = body["data"]["device_order"]
    assert first["error"] == "0000" and first["order_id"]
    assert second == {
        "error": "CB-10-1005",
        "errorMsg": "device NO_SUCH_DEVICE does not exist",
        "order_id": None,
        "device_id": "NO_SUCH_DEVICE",
        "order_start_date": None,
        "order_expire_date": None,
    }


def test_an_operation_without_handler_is_served_from_the_spec() -> None:
    """No handler is no reason to refuse to start: the spec alone answers it (see test_spec_served)."""
    document = load_spec_document()
    paths = dict(document["paths"])
    paths["/cmp-api/new/thing"] = {
        "post": {
            "operationId": "new_thing",
            "x-api-family": "cmp",
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
        }
    }
    app = create_app(SandboxConfig(), index=SpecIndex({**document, "paths": paths}))
    served = app.state.runtime.served
    assert served["new_thing"].served_by == "spec" and served["new_thing"].answer.data is None
    assert served["query_orders"].served_by == "handler"


def test_cmp_answers_verify_with_the_clients_response_check(sandbox: SandboxProcess) -> None:
    with sandbox.cmp() as client:
        response = call(client, op("query_devices"), body={"page_no": 1, "page_size": 1})
        assert isinstance(client.auth, httpx.Auth)
        client.auth.verify_response(response, date_source="response")  # type: ignore[attr-defined]
