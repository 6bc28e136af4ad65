"""Typed webhook events: one frozen record per push, wrapping the generated model of its payload.

The payload models come from the spec (the attrs models of ``linksfield_api.models``, the same
classes the client returns, filled by the generated parsers); this module adds what a
receiver needs around them and the spec cannot say: which push it was (``kind``), the exact bytes
received (kept for audits, signature checks and re-parsing from the store), when it arrived, the
event time as an aware datetime, and the deduplication key. The vendor retries a push until it
gets the acknowledgement, so the same event can arrive many times; the key is what makes the
second copy recognisable:

* order status push: order id + operation + time (R-PUSH-TIME reads ``time`` as the event's time);
* SMS MT delivery report: provider ``msg_id`` + ``status_report``;
* SMS MO: ICCID + timestamp + a hash of the destination and content (an MO carries no id at all).

Operation codes not in :class:`OrderPushOperation` are kept and flagged (``unknown_operation``),
never dropped (R-ENUM-OPEN): a code added by the vendor must not lose the push.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Final, Literal

from linksfield_api.models import OrderPushOperation, OrderStatusPush, SmsMoPush, SmsMtPush
from linksfield_api.types import Unset

__all__ = [
    "VENDOR_TZ",
    "Event",
    "EventKind",
    "OrderStatusEvent",
    "SmsMoEvent",
    "SmsMtEvent",
    "operation_code",
    "parse_vendor_time",
    "payload_json",
]

VENDOR_TZ: Final = timezone(timedelta(hours=8))
"""The pages give every timestamp as a naive local time in UTC+8."""

_VENDOR_FORMAT: Final = "%Y-%m-%d %H:%M:%S"
_KNOWN_OPERATIONS: Final = frozenset(op.value for op in OrderPushOperation)


class EventKind(str, Enum):
    """The push, named as the spec's ``webhooks`` entries are."""

    ORDER_STATUS = "order_status_push"
    SMS_MT = "sms_mt_push"
    SMS_MO = "sms_mo_push"


def parse_vendor_time(text: str) -> datetime:
    """``yyyy-MM-dd HH:mm:ss`` in UTC+8 as an aware datetime; ValueError if not a real date and time."""
    return datetime.strptime(text, _VENDOR_FORMAT).replace(tzinfo=VENDOR_TZ)


def operation_code(operation: OrderPushOperation | str) -> str:
    """The wire code of an operation, whichever union branch the model holds it in."""
    if isinstance(operation, OrderPushOperation):
        return operation.value
    return str(operation)


def _digest(*parts: str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        encoded = part.encode("utf-8")
        hasher.update(len(encoded).to_bytes(8, "big"))  # length-prefixed: ("ab","c") != ("a","bc")
        hasher.update(encoded)
    return hasher.hexdigest()[:32]


def payload_json(event: Event) -> str:
    """The payload as compact JSON text (wire names, unknown fields kept), e.g. for a log line."""
    return json.dumps(event.payload.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _enum_text(value: Enum | str | Unset | None) -> str:
    """The wire code of an optional, open enum field; absent and null both read as ``""``."""
    if value is None or isinstance(value, Unset):
        return ""
    return str(value.value) if isinstance(value, Enum) else value


@dataclass(frozen=True)
class OrderStatusEvent:
    """An order changed state (``order_status_push``)."""

    payload: OrderStatusPush
    raw_body: bytes = field(repr=False)
    received_at: datetime
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    kind: Literal[EventKind.ORDER_STATUS] = field(default=EventKind.ORDER_STATUS, init=False)

    @property
    def operation(self) -> OrderPushOperation | None:
        """The named operation, or None for a code the spec does not list (see ``operation_code``)."""
        code = self.operation_code
        return OrderPushOperation(code) if code in _KNOWN_OPERATIONS else None

    @property
    def operation_code(self) -> str:
        return operation_code(self.payload.operation)

    @property
    def unknown_operation(self) -> bool:
        """True when the code is not in the enum: the event is kept, and this flag says so."""
        return self.operation_code not in _KNOWN_OPERATIONS

    @property
    def order_id(self) -> str:
        return self.payload.orderid

    @property
    def event_time(self) -> datetime:
        return parse_vendor_time(self.payload.time)

    @property
    def dedup_key(self) -> str:
        p = self.payload
        return f"{self.kind.value}:{p.orderid}:{self.operation_code}:{p.time}"


@dataclass(frozen=True)
class SmsMtEvent:
    """The operator's delivery report of an SMS sent to a device (``sms_mt_push``)."""

    payload: SmsMtPush
    raw_body: bytes = field(repr=False)
    received_at: datetime
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    kind: Literal[EventKind.SMS_MT] = field(default=EventKind.SMS_MT, init=False)

    @property
    def unknown_operation(self) -> bool:
        return False

    @property
    def event_time(self) -> datetime:
        return parse_vendor_time(self.payload.timestamp)

    @property
    def dedup_key(self) -> str:
        p = self.payload
        return f"{self.kind.value}:{p.msg_id}:{_enum_text(p.status_report)}"


@dataclass(frozen=True)
class SmsMoEvent:
    """An SMS a device sent to a service short code (``sms_mo_push``)."""

    payload: SmsMoPush
    raw_body: bytes = field(repr=False)
    received_at: datetime
    headers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    kind: Literal[EventKind.SMS_MO] = field(default=EventKind.SMS_MO, init=False)

    @property
    def unknown_operation(self) -> bool:
        return False

    @property
    def event_time(self) -> datetime:
        return parse_vendor_time(self.payload.timestamp)

    @property
    def dedup_key(self) -> str:
        p = self.payload
        # The destination is hashed with the content: the same text to two short codes in one
        # second is two messages.
        return f"{self.kind.value}:{p.iccid}:{p.timestamp}:{_digest(p.dest_address, p.sms_content)}"


Event = OrderStatusEvent | SmsMtEvent | SmsMoEvent
"""Any push; narrow with ``event.kind`` or ``isinstance``."""
