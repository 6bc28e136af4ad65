"""SMS: the msg_id rules, delivery reports with MT pushes, MO pushes from the admin endpoint."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

import pytest

from .conftest import DevicePool
from .support import PushReceiver, SandboxProcess, call, op, schema_errors, schema_valid

SEND = op("send_sms")
_ids = itertools.count(1)


def _msg_id() -> str:
    return f"LKSMS{next(_ids):06d}"


def _send(sandbox: SandboxProcess, flag_list: list[dict[str, str]], **extra: str) -> dict[str, Any]:
    body = {"flag_list": flag_list, "sms_content": "hello", "message_type": "1", **extra}
    with sandbox.cmp() as client:
        response = call(client, SEND, body=body)
    assert response.status_code in (200, 400)
    answer: dict[str, Any] = response.json()
    assert schema_errors(SEND, response.status_code, answer) is None
    answer["_status"] = response.status_code
    return answer


@pytest.mark.parametrize(
    ("make", "accepted"),
    [
        (lambda n: "LK", True),
        (lambda n: f"LK{n:030d}", True),  # 32 characters: the limit
        (lambda n: f"LK{n:031d}", False),  # 33
        (lambda n: f"lk{n}", False),
        (lambda n: f"XK{n}", False),
        (lambda n: f"LK{n} 1", True),  # the page states the prefix and the length, no alphabet
    ],
)
def test_msg_id_rules(
    sandbox: SandboxProcess, devices: DevicePool, make: Callable[[int], str], accepted: bool
) -> None:
    answer = _send(sandbox, [{"msg_id": make(next(_ids)), "device_id": devices.one()}])
    if accepted:
        assert answer["_status"] == 200 and answer["success"], answer
    else:
        assert answer["_status"] == 400
        assert answer["message"].startswith("flag_list[0].msg_id: must "), answer


def test_msg_id_cannot_be_reused(sandbox: SandboxProcess, devices: DevicePool) -> None:
    device = devices.one()
    msg_id = _msg_id()
    assert _send(sandbox, [{"msg_id": msg_id, "device_id": device}])["success"]
    again = _send(sandbox, [{"msg_id": msg_id, "device_id": device}])
    assert again["success"] is False and again["code"] == "CB-10-1009"
    twice = _send(
        sandbox, [{"msg_id": (m := _msg_id()), "device_id": device}, {"msg_id": m, "device_id": device}]
    )
    assert twice["code"] == "CB-10-1009" and "appears twice" in twice["message"]


def test_unknown_device_sends_nothing(sandbox: SandboxProcess, devices: DevicePool) -> None:
    msg_id = _msg_id()
    refused = _send(sandbox, [{"msg_id": msg_id, "device_id": f"{devices.one()},NO_SUCH"}])
    assert refused["success"] is False and refused["code"] == "CB-10-1005"
    assert "flag_list[0].device_id" in refused["message"]
    assert _send(sandbox, [{"msg_id": msg_id, "device_id": devices.one()}])["success"]  # the id was not used


def test_binary_content_must_be_hex(sandbox: SandboxProcess, devices: DevicePool) -> None:
    answer = _send(
        sandbox, [{"msg_id": _msg_id(), "device_id": devices.one()}], message_type="2", sms_content="zz"
    )
    assert (
        answer["_status"] == 200
        and answer["success"] is False
        and answer["message"].startswith("sms_content:")
    )
    ok = _send(
        sandbox,
        [{"msg_id": _msg_id(), "device_id": devices.one()}],
        message_type="2",
        sms_content="48656C6C6F",
    )
    assert ok["success"]


def test_delivery_report_and_mt_push(
    sandbox: SandboxProcess, devices: DevicePool, receiver: PushReceiver
) -> None:
    first, second = devices.take(2)
    msg_id = _msg_id()
    assert _send(sandbox, [{"msg_id": msg_id, "device_id": f"{first},{second}"}])["success"]
    status = op("query_mt_sms_status")
    deadline = time.monotonic() + 10
    records: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        with sandbox.cmp() as client:
            answer = call(client, status, body={"msg_id": msg_id, "page_no": 1, "page_size": 10}).json()
        assert schema_errors(status, 200, answer) is None
        records = answer["data"]["data"]
        if records and all(r["statusReport"] == "1" for r in records):
            break
        time.sleep(0.05)
    assert sorted(r["assetId"] for r in records) == sorted([first, second])
    assert all(r["sendEndTime"] and r["sendStatus"] == "1" for r in records)
    pushes = [receiver.wait_for("iccid", iccid, 1)[0] for iccid in _iccids(sandbox, first, second)]
    for push in pushes:
        assert schema_valid("SmsMtPush", push) is None, push
        assert push["status_report"] == "1" and push["status_report_msg"] == "DELIVRD"
        assert len(push["msg_id"]) == 32 and not push["msg_id"].startswith("LK")  # the operator's id


def _iccids(sandbox: SandboxProcess, *device_ids: str) -> list[str]:
    return [str(sandbox.admin("GET", f"devices/{device_id}")["iccid"]) for device_id in device_ids]


def test_mo_push_and_sms_records(
    sandbox: SandboxProcess, devices: DevicePool, receiver: PushReceiver
) -> None:
    device = devices.one()
    result = sandbox.admin(
        "POST", "sms/mo", {"device_id": device, "dest_address": "10086", "sms_content": "PING"}
    )
    assert result["queued"] is True
    push = receiver.wait_for("dest_address", "10086", 1)[-1]
    assert schema_valid("SmsMoPush", push) is None and push["sms_content"] == "PING"
    cdr = op("query_sms_cdr")
    with sandbox.cmp() as client:
        answer = call(client, cdr, body={"device_id": device, "page_no": 1, "page_size": 100}).json()
    assert schema_errors(cdr, 200, answer) is None
    mo = [r for r in answer["data"]["data"] if r["smsType"] == "MO" and r["recMsisdn"] == "10086"]
    assert len(mo) == 1 and mo[0]["fromIccid"] == _iccids(sandbox, device)[0]
    assert answer["data"]["totalPage"] == -(-answer["data"]["totalData"] // 100)
