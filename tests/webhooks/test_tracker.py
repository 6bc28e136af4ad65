"""OrderTracker: transitions, event-time ordering, anomalies kept, rebuild from the store."""

from __future__ import annotations

import itertools
import random

import pytest

from linksfield.webhooks import OrderState, OrderTracker, SQLiteEventStore, parse
from linksfield.webhooks.events import OrderStatusEvent

from .support import body, order_push

T = [f"2024-06-01 10:00:{s:02d}" for s in range(60)]


def ev(order_id: str, operation: str, t: int, *, assetid: str = "89852420180910344720") -> OrderStatusEvent:
    event = parse({}, body(order_push(order_id, operation, T[t], assetid=assetid)))
    assert isinstance(event, OrderStatusEvent)
    return event


def run(*events: OrderStatusEvent) -> OrderTracker:
    tracker = OrderTracker()
    tracker.apply_all(events)
    return tracker


@pytest.mark.parametrize(
    ("operations", "state"),
    [
        (["1000"], OrderState.ORDERED),
        (["1000", "1005"], OrderState.ACTIVE),
        (["1000", "1007"], OrderState.ACTIVE),
        (["1000", "1005", "1003"], OrderState.PAUSED),
        (["1000", "1005", "1003", "1004"], OrderState.ACTIVE),
        (["1000", "1005", "1001"], OrderState.ENDED),
        (["1000", "1005", "1003", "1008"], OrderState.ENDED),
        (["1000", "1005", "1008"], OrderState.ENDED),
        (["1000", "1002"], OrderState.CANCELLED),
        (["1000", "1005", "1009", "1010", "1012", "1006"], OrderState.ACTIVE),  # these keep the state
        (["1000", "1005", "1003", "1009"], OrderState.PAUSED),
    ],
)
def test_allowed_lifecycles(operations: list[str], state: OrderState) -> None:
    tracker = run(*(ev("O1", op, i) for i, op in enumerate(operations)))
    assert tracker.state_of("O1") is state
    assert tracker.anomalies == []


@pytest.mark.parametrize(
    ("operations", "state", "bad"),
    [
        (["1000", "1003"], OrderState.ORDERED, "1003"),  # pause before activation
        (["1000", "1004"], OrderState.ORDERED, "1004"),  # restart of a never-paused order
        (["1000", "1005", "1002"], OrderState.ACTIVE, "1002"),  # cancel after activation
        (["1000", "1005", "1004"], OrderState.ACTIVE, "1004"),  # restart while active
        (["1000", "1005", "1001", "1005"], OrderState.ENDED, "1005"),  # resurrection
        (["1000", "1002", "1004"], OrderState.CANCELLED, "1004"),
        (["1000", "1005", "1003", "1001"], OrderState.PAUSED, "1001"),  # finish only when active
        (["1000", "1005", "1000"], OrderState.ACTIVE, "1000"),  # a second "new order"
        (["1000", "1005", "1003", "1005"], OrderState.PAUSED, "1005"),  # enable a paused order
    ],
)
def test_impossible_transitions_are_flagged_not_applied(
    operations: list[str], state: OrderState, bad: str
) -> None:
    tracker = run(*(ev("O1", op, i) for i, op in enumerate(operations)))
    assert tracker.state_of("O1") is state
    (anomaly,) = tracker.anomalies
    assert anomaly.operation == bad and anomaly.order_id == "O1"
    assert anomaly.state_before is state and "cannot move" in anomaly.reason
    status = tracker.status_of("O1")
    assert status is not None and status.events == len(operations)  # kept, not dropped


def test_unknown_operation_is_an_anomaly_that_keeps_the_state() -> None:
    tracker = run(ev("O1", "1000", 0), ev("O1", "1005", 1), ev("O1", "1099", 2))
    assert tracker.state_of("O1") is OrderState.ACTIVE
    (anomaly,) = tracker.anomalies
    assert anomaly.operation == "1099" and "unknown operation" in anomaly.reason


def test_first_event_seen_is_accepted_from_any_state() -> None:
    """A receiver started after the order was created sees it mid-life."""
    tracker = run(ev("O1", "1003", 5), ev("O1", "1004", 6))
    assert tracker.state_of("O1") is OrderState.ACTIVE and tracker.anomalies == []


def test_older_event_does_not_override_newer() -> None:
    tracker = run(ev("O1", "1000", 0), ev("O1", "1005", 1), ev("O1", "1003", 3))
    tracker.apply(ev("O1", "1004", 2))  # a restart from before the pause, delivered late
    # Applied in event time: 1000, 1005, 1004 (impossible: active->active), 1003 -> paused.
    assert tracker.state_of("O1") is OrderState.PAUSED
    assert tracker.out_of_order == 1


def test_every_delivery_order_of_a_lifecycle_ends_in_the_same_state() -> None:
    lifecycle = [
        ev("O1", op, i) for i, op in enumerate(["1000", "1005", "1003", "1004", "1003", "1004", "1001"])
    ]
    for permutation in itertools.islice(itertools.permutations(lifecycle), 0, None, 97):
        tracker = run(*permutation)
        assert tracker.state_of("O1") is OrderState.ENDED
        assert tracker.anomalies == [], [p.operation_code for p in permutation]
        assert [e.operation_code for e in tracker.history("O1")] == [e.operation_code for e in lifecycle]


def test_equal_times_order_new_before_enable_before_ending() -> None:
    """The sandbox (and CMP) stamp seconds: an order placed with is_open gets 1000 and 1005 together."""
    tracker = run(ev("O1", "1005", 0), ev("O1", "1000", 0))
    assert tracker.state_of("O1") is OrderState.ACTIVE and tracker.anomalies == []
    tracker = run(ev("O2", "1001", 4), ev("O2", "1005", 4), ev("O2", "1000", 4))
    assert tracker.state_of("O2") is OrderState.ENDED and tracker.anomalies == []


def test_anomaly_from_a_missing_event_clears_when_it_arrives() -> None:
    tracker = run(ev("O1", "1000", 0), ev("O1", "1003", 2))
    assert len(tracker.anomalies) == 1  # 1005 still in flight
    tracker.apply(ev("O1", "1005", 1))
    assert tracker.anomalies == [] and tracker.state_of("O1") is OrderState.PAUSED


def test_duplicates_and_sms_events_are_ignored() -> None:
    tracker = OrderTracker()
    event = ev("O1", "1000", 0)
    assert tracker.apply(event) is True
    assert tracker.apply(ev("O1", "1000", 0)) is False
    sms = parse({}, body({"supplier_code": "S", "phone": "1", "iccid": "8943108169998931684",
                          "dest_address": "1", "sms_content": "", "timestamp": T[0]}))  # fmt: skip
    assert tracker.apply(sms) is False
    assert tracker.status_of("O1") is not None and tracker.status_of("O1").events == 1  # type: ignore[union-attr]


def test_live_sims() -> None:
    tracker = run(
        ev("A", "1000", 0, assetid="111"), ev("A", "1005", 1, assetid="111"),
        ev("B", "1000", 0, assetid="222"), ev("B", "1005", 1, assetid="222"), ev("B", "1003", 2, assetid="222"),
        ev("C", "1000", 0, assetid="333"),
        ev("D", "1000", 0, assetid="444"), ev("D", "1005", 1, assetid="444"), ev("D", "1008", 2, assetid="444"),
        ev("E", "1007", 3, assetid="555"),
    )  # fmt: skip
    assert tracker.live_sims() == {"111", "555"}
    assert tracker.state_of("nope") is None


def test_rebuild_from_store_matches_live_tracker() -> None:
    rng = random.Random(7)
    events = []
    for n in range(20):
        ops = rng.choice(
            [["1000", "1005", "1003", "1004"], ["1000", "1002"], ["1000", "1005", "1001"], ["1000"]]
        )
        events += [ev(f"O{n}", op, i, assetid=f"{n:018d}") for i, op in enumerate(ops)]
    rng.shuffle(events)
    live = run(*events)
    store = SQLiteEventStore()
    for event in events:
        store.add(event)
    rebuilt = OrderTracker.from_store(store)
    assert rebuilt.orders() == live.orders()
    assert rebuilt.live_sims() == live.live_sims() and live.anomalies == []
