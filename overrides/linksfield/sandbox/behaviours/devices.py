"""Devices (CMP): queryDevice, queryBatchDevice, IMEI binding (beta) and its history."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..gateway.refusals import Refusal, Rule
from ..runtime import Call
from ..state.clock import vendor_now, wire_datetime
from .common import device
from .registry import handles
from .views import OrderShape, device_view, order_view, page_view


def _current_order(call: Call, row: sqlite3.Row, shape: OrderShape) -> dict[str, Any] | None:
    """The active or paused order of the device (the newest), in the operation's shape."""
    order = call.store.one(
        "SELECT * FROM orders WHERE device_id = ? AND status IN ('2', '5') ORDER BY seq DESC LIMIT 1",
        row["device_id"],
    )
    if order is None:
        return None
    package = call.store.one("SELECT * FROM packages WHERE code = ?", order["package_code"])
    return None if package is None else order_view(order, package, row, shape)


@handles("query_device")
def query_device(call: Call) -> dict[str, Any]:
    row = device(call.store, str(call.body["device_id"]))
    return device_view(row, _current_order(call, row, "query_device"), batch=False)


@handles("query_devices")
def query_devices(call: Call) -> dict[str, Any]:
    page_no, page_size, offset = call.paging()
    total = int(call.store.scalar("SELECT COUNT(*) FROM devices"))
    rows = call.store.all("SELECT * FROM devices ORDER BY position LIMIT ? OFFSET ?", page_size, offset)
    views = [device_view(row, _current_order(call, row, "query_devices"), batch=True) for row in rows]
    return {"device": views, "page": page_view(page_no, page_size, total), "device_num": len(views)}


@handles("bind_device_imei")
def bind_device_imei(call: Call) -> str:
    row = device(call.store, str(call.body["device_id"]))
    imei = str(call.body["imei"])
    if not row["bind_supported"]:
        raise Refusal(
            Rule.BIND_UNSUPPORTED, f"IMEI binding (beta) is not available for device {row['device_id']}"
        )
    bound = row["bound_imei"]
    binding = call.body["oper_type"] == "1"
    if binding and bound not in (None, imei):
        raise Refusal(Rule.BIND_STATE, "the device is bound to another IMEI; unbind it first")
    if not binding and bound is None:
        raise Refusal(Rule.BIND_STATE, "the device is not bound to an IMEI")
    if not binding and bound != imei:
        raise Refusal(Rule.BIND_STATE, "the device is bound to a different IMEI")
    with call.store.transaction():
        call.store.execute(
            "UPDATE devices SET bound_imei = ? WHERE device_id = ?",
            imei if binding else None,
            row["device_id"],
        )
        call.store.execute(
            "INSERT INTO bind_tracks (device_id, iccid, imei, track, oper_user, created_at) VALUES (?,?,?,?,?,?)",
            row["device_id"], row["iccid"], imei, "机卡绑定" if binding else "机卡解绑", "api",
            wire_datetime(vendor_now()),
        )  # fmt: skip
    return "操作成功"


@handles("get_bind_history")
def get_bind_history(call: Call) -> list[dict[str, Any]]:
    row = device(call.store, str(call.body["device_id"]))
    tracks = call.store.all("SELECT * FROM bind_tracks WHERE device_id = ? ORDER BY id", row["device_id"])
    return [
        {
            "iccid": t["iccid"],
            "track": t["track"],
            "imei": t["imei"],
            "operUser": t["oper_user"],
            "createTime": t["created_at"],
        }
        for t in tracks
    ]
