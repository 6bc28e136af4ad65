"""CSSS ``orderPackage``: one device, one order, the same rules as the CMP bulk order."""

from __future__ import annotations

from typing import Any

from ..clock import vendor_now, wire_datetime
from ..runtime import Call
from .packages import order_request
from .registry import handles


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
