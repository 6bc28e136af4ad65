"""The order state machine, as the CMP pages describe it.

::

    ordered (1) --open--> active (2) --pause--> paused (5) --restart--> active (2)
        |                    |                      |
        +--cancel--> ended (3)  +--finish early--> ended (3)   (expiry: active or paused -> ended)

Cancel only before activation; finish and pause only when active; restart only when paused; open
refuses unpaid orders and the secondary plan of an OTA device. Every change (and every new order)
queues the order status push with its operation code in the same transaction.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from ..gateway.refusals import Refusal, Rule
from ..pushes.outbox import PushKind, PushOperation, order_push, queue_push
from .clock import VENDOR_TZ, add_months, vendor_now, wire_datetime
from .store import Store

__all__ = ["STATUS_NAMES", "OrderBook", "OrderRequest", "data_sign", "expire_for"]

STATUS_NAMES: Final = {"1": "ordered", "2": "active", "3": "ended", "5": "paused"}
_ORDER_ID_BASE: Final = 1_813_000_000_000_000_000
POOL_ORDER_LIMIT: Final = 1000


def data_sign(secret: str, data: Mapping[str, Any]) -> str:
    """The opaque ``sign`` inside CMP answers: Base64 HMAC-SHA1 over the compact data (R-SIGN-IN-DATA)."""
    content = json.dumps(
        {k: v for k, v in data.items() if k != "sign"},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return base64.b64encode(hmac.new(secret.encode(), content.encode(), hashlib.sha1).digest()).decode()


def expire_for(package_type: str, start: date, periods: int) -> date:
    """Last day of an order of ``periods`` cycles opened on ``start`` (type 0/1 daily, 2 monthly ...)."""
    periods = max(periods, 1)
    if package_type in ("0", "1"):
        return start + timedelta(days=periods - 1)
    months = {"2": 1, "3": 3, "4": 6, "5": 12}.get(package_type, 1) * periods
    return add_months(start, months) - timedelta(days=1)


def expiry(package_type: str, start: date, periods: int) -> date:
    """The order's last day; a period running past the calendar (year 9999) is refused, not a 500."""
    try:
        return expire_for(package_type, start, periods)
    except (OverflowError, ValueError):
        raise Refusal(Rule.ORDER_PERIOD, "order_period: too many periods for this package") from None


@dataclass(frozen=True)
class OrderRequest:
    """One order as batchOrderPackages (per device) or CSSS orderPackage asks for it."""

    package_code: str
    is_open: bool
    pay_rst: str = "2"
    pay_type: str | None = None
    pay_amount: str | None = None
    order_period: int = 1
    global_order: str = "0"
    test_flow_flag: str = "0"
    test_flow: str = "0"
    package_type: str | None = None
    subscribed_count: int | None = None
    channel: str = "cmp"


@dataclass(frozen=True)
class Placed:
    order_id: str
    start: datetime | None
    expire: date | None


class OrderBook:
    """Order rules over the store; ``callback_url`` is read per call (it can change at runtime)."""

    def __init__(self, store: Store, callback_url: Callable[[], str | None]) -> None:
        self.store = store
        self._callback_url = callback_url

    @property
    def callback_url(self) -> str | None:
        return self._callback_url()

    # -- reading -----------------------------------------------------------------------------------
    def order(self, order_id: str) -> sqlite3.Row:
        row = self.store.one("SELECT * FROM orders WHERE order_id = ?", order_id)
        if row is None:
            raise Refusal(Rule.NOT_FOUND_ORDER, f"order {order_id} does not exist")
        return row

    def device(self, device_id: str) -> sqlite3.Row | None:
        return self.store.one("SELECT * FROM devices WHERE device_id = ?", device_id)

    def package(self, code: str) -> sqlite3.Row:
        row = self.store.one("SELECT * FROM packages WHERE code = ?", code)
        if row is None:
            raise Refusal(Rule.NOT_FOUND_PACKAGE, f"package {code} does not exist")
        return row

    # -- placing -----------------------------------------------------------------------------------
    def check_package(self, request: OrderRequest) -> sqlite3.Row:
        """Rules about the whole request: a failure here refuses every device at once."""
        package = self.package(request.package_code)
        if package["status"] != "1":
            raise Refusal(
                Rule.PACKAGE_OBSOLETE, f"package {package['code']} is obsolete and cannot be ordered"
            )
        if request.package_type is not None and request.package_type != package["type"]:
            raise Refusal(
                Rule.PACKAGE_MISMATCH,
                f"package_type {request.package_type} does not match package {package['code']} (type {package['type']})",
            )
        low, high = int(package["min_period"] or 1), int(package["max_period"] or -1)
        if request.order_period < low or (high != -1 and request.order_period > high):
            limit = "no upper limit" if high == -1 else f"at most {high}"
            raise Refusal(
                Rule.ORDER_PERIOD, f"order_period must be at least {low} ({limit}) for this package"
            )
        expiry(
            str(package["type"]), vendor_now().date(), request.order_period
        )  # refuses absurd periods early
        if request.subscribed_count is not None and request.subscribed_count > POOL_ORDER_LIMIT:
            raise Refusal(Rule.POOL_LIMIT, "Traffic pool order count exceeds the allowable limit")
        return package

    def place(self, device_id: str, request: OrderRequest, package: sqlite3.Row, now: datetime) -> Placed:
        """One device's order inside the caller's transaction; a Refusal concerns this device only."""
        device = self.device(device_id)
        if device is None:
            raise Refusal(Rule.NOT_FOUND_DEVICE, f"device {device_id} does not exist")
        # Two index probes (orders_by_device, orders_by_device_status), never a read of the device's
        # whole history: placement costs the same for a device's first order and its 100,000th.
        if request.test_flow_flag == "1" and self._has_order(device_id):
            raise Refusal(Rule.TEST_FLOW_NOT_FIRST, "test traffic is only allowed on a device's first order")
        ota = device["ota_flag"] == "1"
        if request.is_open and request.pay_rst == "1":
            raise Refusal(Rule.ORDER_UNPAID, "an unpaid order cannot be opened immediately")
        secondary = ota and self._has_order(device_id, live=True)
        # CSSS: "is_open must be 0 for OTA SIMs"; the CMP batch page only bars the OTA secondary plan.
        if request.is_open and (secondary or (ota and request.channel == "csss")):
            raise Refusal(Rule.OTA_OPEN, "an OTA device's order opens on location report; send is_open 0")
        seq = self.store.next_counter("order")
        order_id = f"ORDER_{_ORDER_ID_BASE + seq}"
        self.store.execute(
            "INSERT INTO orders (order_id, seq, device_id, package_code, status, pay_rst, pay_type, pay_amount,"
            " order_period, global_order, test_flow_flag, test_flow, ota_secondary, order_date, active_date,"
            " expire_date, used_flow_kb, channel) VALUES (?,?,?,?,'1',?,?,?,?,?,?,?,?,?,NULL,NULL,0,?)",
            order_id, seq, device_id, package["code"], request.pay_rst, request.pay_type, request.pay_amount,
            str(request.order_period), request.global_order, request.test_flow_flag, request.test_flow or "0",
            int(secondary), wire_datetime(now), request.channel,
        )  # fmt: skip
        self.store.bump(f"orders.created.{request.channel}")
        self._push(device, order_id, PushOperation.NEW_ORDER, now)
        if request.is_open:
            expire = self._activate(device, self.order(order_id), now)
            return Placed(order_id, now, expire)
        return Placed(order_id, None, None)

    def _has_order(self, device_id: str, *, live: bool = False) -> bool:
        """Whether the device has any order (``live``: one ordered, active or paused)."""
        if live:
            sql = "SELECT EXISTS (SELECT 1 FROM orders WHERE device_id = ? AND status IN ('1', '2', '5'))"
        else:
            sql = "SELECT EXISTS (SELECT 1 FROM orders WHERE device_id = ?)"
        return bool(self.store.scalar(sql, device_id))

    # -- transitions -------------------------------------------------------------------------------
    def open(self, order_id: str) -> tuple[datetime, date]:
        now = vendor_now()
        with self.store.transaction():
            order = self.order(order_id)
            if order["status"] != "1":
                raise Refusal(
                    Rule.ORDER_STATE,
                    f"order {order_id} is {STATUS_NAMES.get(order['status'], order['status'])}; "
                    "only an ordered (not yet opened) order can be opened",
                )
            if order["pay_rst"] == "1":
                raise Refusal(Rule.ORDER_UNPAID, f"order {order_id} is unpaid and cannot be opened")
            if order["ota_secondary"]:
                raise Refusal(
                    Rule.ORDER_OTA_SECONDARY,
                    f"order {order_id} is the secondary plan of an OTA device; it opens on location report",
                )
            device = self._device_of(order)
            expire = self._activate(device, order, now)
            self.store.bump("transitions.open")
        return now, expire

    def cancel(self, order_id: str) -> None:
        self._transition(
            order_id, allowed=("1",), to="3", push=PushOperation.CANCELLED, name="cancel",
            rule="only an order that has not been activated can be cancelled",
        )  # fmt: skip

    def finish(self, order_id: str) -> None:
        self._transition(
            order_id, allowed=("2",), to="3", push=PushOperation.FINISHED_EARLY, name="finish",
            rule="only an active order can be finished early", end_today=True,
        )  # fmt: skip

    def pause(self, order_id: str, device_id: str | None) -> None:
        self._transition(
            order_id, allowed=("2",), to="5", push=PushOperation.PAUSED, name="pause",
            rule="only an active order can be paused", device_id=device_id,
        )  # fmt: skip

    def restart(self, order_id: str, device_id: str | None) -> None:
        self._transition(
            order_id, allowed=("5",), to="2", push=PushOperation.RESTARTED, name="restart",
            rule="only a paused order can be restarted", device_id=device_id,
        )  # fmt: skip

    def expire(self, order_id: str) -> None:
        self._transition(
            order_id, allowed=("2", "5"), to="3", push=PushOperation.EXPIRED, name="expire",
            rule="only an active or paused order can expire", end_today=True,
        )  # fmt: skip

    def sweep_expired(self, today: date) -> int:
        """End active or paused orders whose last day is over (run by the background worker)."""
        due = self.store.all(
            "SELECT order_id FROM orders WHERE status IN ('2', '5') AND expire_date < ? ORDER BY seq",
            today.isoformat(),
        )
        for row in due:
            self.expire(str(row["order_id"]))
        return len(due)

    # -- internals ---------------------------------------------------------------------------------
    def _transition(
        self,
        order_id: str,
        *,
        allowed: tuple[str, ...],
        to: str,
        push: PushOperation,
        name: str,
        rule: str,
        device_id: str | None = None,
        end_today: bool = False,
    ) -> None:
        now = vendor_now()
        with self.store.transaction():
            order = self.order(order_id)
            if device_id is not None and device_id != order["device_id"]:
                raise Refusal(Rule.DEVICE_MISMATCH, f"order {order_id} does not belong to device {device_id}")
            if order["status"] not in allowed:
                raise Refusal(
                    Rule.ORDER_STATE,
                    f"order {order_id} is {STATUS_NAMES.get(order['status'], order['status'])}; {rule}",
                )
            if end_today:
                self.store.execute(
                    "UPDATE orders SET status = ?, expire_date = MIN(COALESCE(expire_date, ?), ?) WHERE order_id = ?",
                    to, now.date().isoformat(), now.date().isoformat(), order_id,
                )  # fmt: skip
            else:
                self.store.execute("UPDATE orders SET status = ? WHERE order_id = ?", to, order_id)
            self._push(self._device_of(order), order_id, push, now)
            self.store.bump(f"transitions.{name}")

    def _activate(self, device: sqlite3.Row, order: sqlite3.Row, now: datetime) -> date:
        package = self.package(str(order["package_code"]))
        expire = expiry(str(package["type"]), now.date(), int(order["order_period"]))
        self.store.execute(
            "UPDATE orders SET status = '2', active_date = ?, expire_date = ? WHERE order_id = ?",
            now.date().isoformat(),
            expire.isoformat(),
            order["order_id"],
        )
        operation = PushOperation.OTA_ENABLED if device["ota_flag"] == "1" else PushOperation.NON_OTA_ENABLED
        self._push(device, str(order["order_id"]), operation, now)
        return expire

    def _device_of(self, order: sqlite3.Row) -> sqlite3.Row:
        device = self.device(str(order["device_id"]))
        if device is None:  # seed data always has the device; a hand-edited file may not
            raise Refusal(Rule.NOT_FOUND_DEVICE, f"device {order['device_id']} does not exist")
        return device

    def _push(self, device: sqlite3.Row, order_id: str, operation: PushOperation, now: datetime) -> None:
        body = order_push(
            str(device["device_id"]), str(device["imsi"]), order_id, operation, now.astimezone(VENDOR_TZ)
        )
        queue_push(self.store, self.callback_url, PushKind.ORDER, body)
