"""One retry engine: the same fault script gives the same events and the same error, sync and async.

The decisions (retry or not, how long to wait, what to log, what to raise) are made once, in
``linksfield._retry``; the sync and async invokers only sleep and send. Each script below runs
through both clients against the verifying stub, with the backoff's jitter seeded alike, and the
logged lines, the recorded sleeps, the attempts sent and the outcome (the error's type and text, or
success) must agree one for one. Each script also pins what happens, so agreeing on a wrong
behaviour fails too.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import linksfield

from .support import Action, Stub, answer, arguments_for, example_answer, facade_method, fault, run


def _status(code: int, headers: dict[str, str] | None = None) -> Action:
    return answer(code, {"message": f"injected {code}"}, headers=headers)


# name: (operation, max_retries, the stub's answers in order, expected outcome)
SCRIPTS: dict[str, tuple[str, int, list[Action], str]] = {
    "read recovers": (
        "query_orders",
        4,
        [
            _status(503),
            _status(429, {"Retry-After": "1"}),
            fault(httpx.ConnectError),
            fault(httpx.ReadTimeout),
            example_answer,
        ],
        "ok",
    ),
    "read exhausted by timeouts": (
        "query_sim_cdr",
        2,
        [fault(httpx.ReadTimeout)] * 3,
        "APITimeoutError",
    ),
    "read keeps its last 503": ("get_pool_detail", 2, [_status(503)] * 3, "ServerError"),
    "spend after a read timeout": (
        "batch_order_packages",
        2,
        [fault(httpx.ReadTimeout)],
        "OutcomeUnknownError",
    ),
    "spend never sent, then throttled, then done": (
        "order_package",
        2,
        [fault(httpx.ConnectError), _status(429, {"Retry-After": "2"}), example_answer],
        "ok",
    ),
    "spend answered 503": ("send_sms", 3, [_status(503)], "OutcomeUnknownError"),
}


class _Lines(logging.Handler):
    """The ``linksfield`` logger's INFO-and-above lines (DEBUG lines carry timings that differ)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.getMessage()}")


def _run(script: str, client_of: Callable[[Stub, int], Any], is_async: bool) -> dict[str, Any]:
    operation_id, max_retries, actions, _ = SCRIPTS[script]
    stub = Stub().then(*actions)
    client = client_of(stub, max_retries)
    handler = _Lines()
    logger = logging.getLogger("linksfield")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    random.seed(20261124)  # the backoff's jitter, drawn alike by both runs
    try:
        result = facade_method(client, operation_id)(**arguments_for(operation_id))
        if is_async:
            run(result)
        outcome = "ok"
    except linksfield.LinksfieldError as error:
        outcome = f"{type(error).__name__}: {error}"
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return {
        "log": handler.lines,
        "sleeps": stub.sleeps,
        "sent": [seen.operation.operation_id for seen in stub.seen],
        "rejected": stub.rejections,
        "outcome": outcome,
    }


def events(script: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The same script through ``Client`` and ``AsyncClient``."""

    def sync_client(stub: Stub, max_retries: int) -> Any:
        return stub.client(max_retries=max_retries)

    def async_client(stub: Stub, max_retries: int) -> Any:
        return stub.async_client(max_retries=max_retries)

    return _run(script, sync_client, False), _run(script, async_client, True)


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_sync_and_async_retries_agree_event_for_event(script: str) -> None:
    sync, asynchronous = events(script)
    assert sync == asynchronous
    _, _, actions, expected = SCRIPTS[script]
    assert sync["outcome"].split(":")[0] == expected
    assert sync["rejected"] == []
    assert len(sync["sent"]) == len(actions)
    retries = [line for line in sync["log"] if "retrying in" in line]
    assert len(retries) == len(sync["sleeps"]) == len(actions) - 1  # every attempt but the last


def test_the_pinned_events_of_a_read_that_recovers() -> None:
    """What a reader of the logs sees, word for word (and so what both clients must say)."""
    sync, asynchronous = events("read recovers")
    assert sync == asynchronous
    assert sync["log"][1] == "INFO query_orders: HTTP 429; retrying in 1.00 s (attempt 3 of 5)"
    assert [line.split(";")[0] for line in sync["log"]] == [
        "INFO query_orders: HTTP 503",
        "INFO query_orders: HTTP 429",
        "INFO query_orders: ConnectError",
        "INFO query_orders: ReadTimeout",
    ]
    assert sync["sleeps"][1] == 1.0  # Retry-After wins over the backoff
    assert sync["outcome"] == "ok"


def test_a_spend_that_may_have_been_sent_is_never_repeated_by_either_client() -> None:
    for script in ("spend after a read timeout", "spend answered 503"):
        sync, asynchronous = events(script)
        assert sync == asynchronous
        assert len(sync["sent"]) == 1 and sync["sleeps"] == [] and sync["log"] == []
        assert "Do not retry blindly" in sync["outcome"]
