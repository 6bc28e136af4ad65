"""Orders: the catalogue (syncPackages) they are placed from, placing them (CMP bulk, CSSS single), reading them, and
every transition of the order state machine (open, cancel, finish early, pause, restart).

The rules themselves live in ``state.order_book``; the handlers here turn a call into an
``OrderRequest`` or a transition and the result into the vendor's wire shapes.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..gateway.refusals import Refusal, Rule
from ..runtime import Call
from ..state.clock import vendor_now, wire_datetime
from ..state.order_book import OrderRequest, data_sign
from .registry import handles
from .views import order_view, package_view, page_view


def _signed(call: Call, data: dict[str, Any]) -> dict[str, Any]:
    data["sign"] = data_sign(call.runtime.config.secret_key, data)
    return data


@handles("sync_packages")
def sync_packages(call: Call) -> dict[str, Any]:
    page_no, page_size, offset = call.paging()
    total = int(call.store.scalar("SELECT COUNT(*) FROM packages"))
    rows = call.store.all("SELECT * FROM packages ORDER BY position LIMIT ? OFFSET ?", page_size, offset)
    # package_num carries the catalogue's total, as the vendor's example does (R-SYNC-PACKAGE-NUM).
    data = {"page": page_view(page_no, page_size, total), "package_num": total}
    data["package"] = [package_view(row) for row in rows]
    return _signed(call, data)


def order_request(call: Call, channel: str) -> OrderRequest:
    """The order fields of batchOrderPackages (v1 or v2 body) or CSSS orderPackage."""
    flag = call.text("test_flow_flag") or "0"
    test_flow = call.text("test_flow") or ""
    if flag == "1" and test_flow in ("", "0"):
        raise Refusal(Rule.INVALID, "test_flow: is required when test_flow_flag is 1")
    return OrderRequest(
        package_code=str(call.arg("package_code")),
        is_open=call.text("is_open") == "1",
        pay_rst=call.text("pay_rst") or "2",
        pay_type=call.text("pay_type"),
        pay_amount=call.text("pay_amount"),
        order_period=call.integer("order_period", 1),
        global_order=call.text("global_order") or "0",
        test_flow_flag=flag,
        test_flow=test_flow or "0",
        package_type=call.text("package_type"),
        subscribed_count=call.integer("subscribed_count", 0) or None,
        channel=channel,
    )


def _dates(placed_start: Any, placed_expire: Any) -> tuple[str | None, str | None]:
    if placed_start is None:
        return None, None
    return wire_datetime(placed_start), f"{placed_expire.isoformat()} 23:59:59"


@handles("batch_order_packages")
def batch_order(call: Call) -> dict[str, Any]:
    request = order_request(call, "cmp")
    book = call.runtime.orders
    now = vendor_now()
    results: list[dict[str, Any]] = []
    with call.store.transaction():
        package = book.check_package(request)
        for device_id in call.body["deviceList"]:
            try:
                placed = book.place(str(device_id), request, package, now)
            except Refusal as refusal:  # one device's problem, not the batch's
                results.append(
                    {
                        "error": refusal.rule.cmp_code, "errorMsg": refusal.message, "order_id": None,
                        "device_id": device_id, "order_start_date": None, "order_expire_date": None,
                    }
                )  # fmt: skip
                continue
            start, expire = _dates(placed.start, placed.expire)
            results.append(
                {
                    "error": "0000", "errorMsg": "success", "order_id": placed.order_id, "device_id": device_id,
                    "order_start_date": start, "order_expire_date": expire,
                }
            )  # fmt: skip
    call.runtime.notify()
    return {"device_order": results}


def _lookup(call: Call, orders: list[sqlite3.Row]) -> tuple[dict[str, sqlite3.Row], dict[str, sqlite3.Row]]:
    packages = {str(r["code"]): r for r in call.store.all("SELECT * FROM packages")}
    ids = sorted({str(o["device_id"]) for o in orders})
    devices: dict[str, sqlite3.Row] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        devices = {
            str(r["device_id"]): r
            for r in call.store.all(f"SELECT * FROM devices WHERE device_id IN ({marks})", *ids)
        }
    return packages, devices


@handles("query_orders")
def query_orders(call: Call) -> dict[str, Any]:
    page_no, page_size, offset = call.paging()
    where, args = ["1 = 1"], []
    if call.body.get("device_id") is not None:
        where.append("instr(device_id, ?) > 0")  # the page's "fuzzy match"; instr: `_` is no wildcard
        args.append(str(call.body["device_id"]))
    if call.body.get("order_id") is not None:
        where.append("order_id = ?")
        args.append(str(call.body["order_id"]))
    if call.body.get("order_status") is not None:
        where.append("status = ?")
        args.append(str(call.body["order_status"]))
    clause = " AND ".join(where)
    total = int(call.store.scalar(f"SELECT COUNT(*) FROM orders WHERE {clause}", *args))
    rows = call.store.all(
        f"SELECT * FROM orders WHERE {clause} ORDER BY seq LIMIT ? OFFSET ?", *args, page_size, offset
    )
    packages, devices = _lookup(call, rows)
    views = [
        order_view(o, packages[str(o["package_code"])], devices[str(o["device_id"])], "query_order")
        for o in rows
    ]
    data: dict[str, Any] = {"page": page_view(page_no, page_size, total), "package_order": views}
    data["package_order_num"] = len(views)
    return _signed(call, data)


@handles("open_package")
def open_package(call: Call) -> dict[str, Any]:
    order_id = str(call.body["order_id"])
    start, expire = call.runtime.orders.open(order_id)
    call.runtime.notify()
    data = {
        "order_id": order_id,
        "order_start_date": wire_datetime(start),
        "order_expire_date": f"{expire.isoformat()} 23:59:59",
    }
    return _signed(call, data)


@handles("cancel_package")
def cancel_package(call: Call) -> None:
    call.runtime.orders.cancel(str(call.body["order_id"]))
    call.runtime.notify()


@handles("finish_order_early")
def finish_order_early(call: Call) -> None:
    call.runtime.orders.finish(str(call.body["order_id"]))
    call.runtime.notify()


@handles("order_package")
def order_package(call: Call) -> dict[str, Any]:
    request = order_request(call, "csss")
    book = call.runtime.orders
    with call.store.transaction():
        package = book.check_package(request)
        placed = book.place(str(call.body["device_id"]), request, package, vendor_now())
    call.runtime.notify()
    return {
        "sign": None,  # CSSS sends null here (R-SIGN-IN-DATA)
        "order_id": placed.order_id,
        "order_start_date": wire_datetime(placed.start) if placed.start else None,
        "order_expire_date": f"{placed.expire.isoformat()} 23:59:59" if placed.expire else None,
    }


@handles("pause_service")
def pause_service(call: Call) -> None:
    call.runtime.orders.pause(str(call.body["order_id"]), call.text("device_id"))
    call.runtime.notify()


@handles("restart_service")
def restart_service(call: Call) -> None:
    call.runtime.orders.restart(str(call.body["order_id"]), call.text("device_id"))
    call.runtime.notify()
