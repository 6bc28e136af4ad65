"""Each order's current state, derived from order status pushes: "which SIMs are live right now?"

Pushes are not a reliable ordered log: the vendor retries (duplicates), deliveries can overtake
each other, and a receiver may start after an order was created. So the tracker keeps every
order's events and folds them in *event-time* order (the push's ``time``; ties broken by lifecycle
rank, then arrival), recomputing the state whenever an event arrives: a late, older event slots
into its place instead of overriding a newer one.

Transitions follow the CMP pages' rules (as the sandbox implements them)::

    1000 new order           -> ordered    (only as an order's first event)
    1005/1007 enabled        -> active     (from ordered)
    1003 paused              -> paused     (from active)
    1004 restarted           -> active     (from paused)
    1001 finished early      -> ended      (from active)
    1008 expired             -> ended      (from active or paused)
    1002 cancelled           -> cancelled  (from ordered)
    1006, 1009, 1010, 1012   keep the state

The first event seen for an order is accepted from any state (the receiver may have joined late).
An impossible transition is not applied; it is recorded in ``anomalies`` with the reason, and so
is an unknown operation code: flagged, never dropped. Anomalies describe the events known now, so
one caused by a delivery still in flight disappears when that delivery arrives.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Final

from linksfield_api.models import OrderPushOperation as Op

from .events import Event, EventKind, OrderStatusEvent
from .store import EventStore

__all__ = ["Anomaly", "OrderState", "OrderStatus", "OrderTracker"]


class OrderState(str, Enum):
    ORDERED = "ordered"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class _Rule:
    target: OrderState | None
    """None keeps the current state."""
    allowed: frozenset[OrderState | None]
    """States the transition may start from (None: no state yet)."""
    rank: int
    """Tie-break for equal event times: a new order precedes its activation, endings come last."""


_ANY: Final[frozenset[OrderState | None]] = frozenset({None, *OrderState})
_S = OrderState
_RULES: Final[Mapping[Op, _Rule]] = {
    Op.NEW_ORDER: _Rule(_S.ORDERED, frozenset({None}), 0),
    Op.NON_OTA_ENABLED: _Rule(_S.ACTIVE, frozenset({None, _S.ORDERED}), 1),
    Op.OTA_ENABLED: _Rule(_S.ACTIVE, frozenset({None, _S.ORDERED}), 1),
    Op.PAUSED: _Rule(_S.PAUSED, frozenset({None, _S.ACTIVE}), 2),
    Op.RESTARTED: _Rule(_S.ACTIVE, frozenset({None, _S.PAUSED}), 2),
    Op.FINISHED_EARLY: _Rule(_S.ENDED, frozenset({None, _S.ACTIVE}), 3),
    Op.EXPIRED: _Rule(_S.ENDED, frozenset({None, _S.ACTIVE, _S.PAUSED}), 3),
    Op.CANCELLED: _Rule(_S.CANCELLED, frozenset({None, _S.ORDERED}), 3),
    Op.UNDOCUMENTED_1006: _Rule(None, _ANY, 2),
    Op.RENEWED: _Rule(None, _ANY, 2),
    Op.CYCLES_REDUCED: _Rule(None, _ANY, 2),
    Op.OTA_IMSI_REDOWNLOAD: _Rule(None, _ANY, 2),
}
_UNKNOWN: Final = _Rule(None, _ANY, 2)


@dataclass(frozen=True)
class Anomaly:
    """An event kept but not applied (impossible transition) or not understood (unknown code)."""

    order_id: str
    dedup_key: str
    operation: str
    event_time: datetime
    state_before: OrderState | None
    reason: str


@dataclass(frozen=True)
class OrderStatus:
    """One order as the pushes describe it."""

    order_id: str
    assetid: str
    imsi: str
    state: OrderState | None
    """None when only state-keeping events (renewal, unknown codes ...) were seen."""
    last_operation: str
    last_event_time: datetime
    events: int
    anomalies: tuple[Anomaly, ...]


@dataclass
class _Entry:
    event: OrderStatusEvent
    arrival: int

    def sort_key(self) -> tuple[datetime, int, int]:
        operation = self.event.operation
        rank = (_RULES[operation] if operation is not None else _UNKNOWN).rank
        return (self.event.event_time, rank, self.arrival)


@dataclass
class _Order:
    entries: list[_Entry] = field(default_factory=list)
    status: OrderStatus | None = None


def _fold(order_id: str, entries: list[_Entry]) -> OrderStatus:
    state: OrderState | None = None
    anomalies: list[Anomaly] = []
    for entry in entries:
        event = entry.event
        operation = event.operation
        if operation is None:
            reason = f"unknown operation code {event.operation_code}: kept, state unchanged"
        else:
            rule = _RULES[operation]
            if rule.target is None:
                continue
            if state in rule.allowed:
                state = rule.target
                continue
            shown = state.value if state else "unknown"
            reason = f"{operation.value} ({operation.name.lower()}) cannot move an order from {shown} to {rule.target.value}"
        anomalies.append(
            Anomaly(order_id, event.dedup_key, event.operation_code, event.event_time, state, reason)
        )
    last = entries[-1].event
    return OrderStatus(
        order_id=order_id,
        assetid=last.payload.assetid,
        imsi=last.payload.imsi,
        state=state,
        last_operation=last.operation_code,
        last_event_time=last.event_time,
        events=len(entries),
        anomalies=tuple(anomalies),
    )


class OrderTracker:
    """Thread-safe; feed it events with :meth:`apply` (SMS events are ignored)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._orders: dict[str, _Order] = {}
        self._seen: set[str] = set()
        self._arrivals = 0
        self.out_of_order = 0
        """Events that arrived after a newer event of the same order (tolerated, counted)."""

    @classmethod
    def from_store(cls, store: EventStore) -> OrderTracker:
        tracker = cls()
        tracker.apply_all(s.event for s in store.events(EventKind.ORDER_STATUS))
        return tracker

    def apply_all(self, events: Iterable[Event]) -> None:
        for event in events:
            self.apply(event)

    def apply(self, event: Event) -> bool:
        """Take one event into account; False for SMS events and repeats of a known event."""
        if not isinstance(event, OrderStatusEvent):
            return False
        with self._lock:
            if event.dedup_key in self._seen:
                return False
            self._seen.add(event.dedup_key)
            self._arrivals += 1
            order = self._orders.setdefault(event.order_id, _Order())
            entry = _Entry(event, self._arrivals)
            if order.entries and entry.sort_key() < order.entries[-1].sort_key():
                self.out_of_order += 1
            order.entries.append(entry)
            order.entries.sort(key=_Entry.sort_key)
            order.status = _fold(event.order_id, order.entries)
        return True

    def state_of(self, order_id: str) -> OrderState | None:
        status = self.status_of(order_id)
        return None if status is None else status.state

    def status_of(self, order_id: str) -> OrderStatus | None:
        with self._lock:
            order = self._orders.get(order_id)
            return None if order is None else order.status

    def orders(self) -> dict[str, OrderStatus]:
        with self._lock:
            return {oid: o.status for oid, o in self._orders.items() if o.status is not None}

    def live_sims(self) -> frozenset[str]:
        """Asset ids (ICCIDs for SIMs) with at least one active order: billed and in service."""
        return frozenset(s.assetid for s in self.orders().values() if s.state is OrderState.ACTIVE)

    def history(self, order_id: str) -> list[OrderStatusEvent]:
        """The order's events in the order they are applied (event time), not arrival."""
        with self._lock:
            order = self._orders.get(order_id)
            return [] if order is None else [e.event for e in order.entries]

    @property
    def anomalies(self) -> list[Anomaly]:
        with self._lock:
            return [a for o in self._orders.values() if o.status for a in o.status.anomalies]
