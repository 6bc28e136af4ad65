"""Retries: reads on every transient failure; mutate/spend calls only when nothing can have happened.

Backoff sleeps are recorded by the stub instead of slept (the invoker's injectable ``sleep``), so
delays, ``Retry-After`` and attempt counts are exact and the suite stays fast. Every attempt goes
through the stub's verifier, so a retry that reused a stale signature would be refused.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import yaml

import linksfield
from linksfield_api.facade import OPERATIONS
from linksfield_api.models import OpenPackageData, OrderPackageData, QueryOrdersData

from .support import (
    ROOT,
    Stub,
    answer,
    arguments_for,
    assert_typed_data,
    facade_method,
    fault,
    response_example,
    run,
)

READS = ["query_orders", "query_sim_cdr", "get_pool_detail"]  # one read of each family
UNSAFE = sorted(oid for oid, operation in OPERATIONS.items() if operation.side_effect != "read")

TRANSIENT_FAULTS = [httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.RemoteProtocolError]
RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504]
AMBIGUOUS_FAULTS = [httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError]
AMBIGUOUS_STATUSES = [500, 502, 503, 504]


def _status(code: int, headers: dict[str, str] | None = None) -> Any:
    return answer(code, {"message": f"injected {code}"}, headers=headers)


def _call(client: Any, operation_id: str) -> Any:
    return facade_method(client, operation_id)(**arguments_for(operation_id))


def test_the_side_effects_are_the_pinned_ones() -> None:
    """The safety class of each operation is the one the curator pinned in spec/inventory.yaml."""
    inventory = yaml.safe_load((ROOT / "spec" / "inventory.yaml").read_text(encoding="utf-8"))
    pinned = {name: entry["side-effect"] for name, entry in inventory["operations"].items()}
    found = {oid: operation.side_effect for oid, operation in OPERATIONS.items()}
    assert found == pinned, "regenerate, or update spec/inventory.yaml if the spec change is intended"


# -- reads ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation_id", READS)
@pytest.mark.parametrize("kind", TRANSIENT_FAULTS, ids=lambda k: k.__name__)
def test_reads_are_retried_on_transport_faults(stub: Stub, operation_id: str, kind: type[Exception]) -> None:
    stub.then(fault(kind), fault(kind))
    data = _call(stub.client(max_retries=2), operation_id)
    assert_typed_data(OPERATIONS[operation_id], data, response_example(operation_id))
    assert len(stub.seen) == 3
    assert len(stub.sleeps) == 2
    assert stub.rejections == []


@pytest.mark.parametrize("operation_id", READS)
@pytest.mark.parametrize("status", RETRYABLE_STATUSES)
def test_reads_are_retried_on_retryable_statuses(stub: Stub, operation_id: str, status: int) -> None:
    stub.then(_status(status), _status(status))
    data = _call(stub.client(max_retries=2), operation_id)
    assert_typed_data(OPERATIONS[operation_id], data, response_example(operation_id))
    assert len(stub.seen) == 3
    assert stub.rejections == []


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_reads_are_not_retried_on_client_errors(stub: Stub, status: int) -> None:
    stub.then(_status(status))
    with pytest.raises(linksfield.APIError) as caught:
        _call(stub.client(max_retries=3), "query_orders")
    assert caught.value.status_code == status
    assert len(stub.seen) == 1
    assert stub.sleeps == []


@pytest.mark.parametrize(
    ("action", "error"),
    [
        (fault(httpx.ConnectError), linksfield.APIConnectionError),
        (fault(httpx.ReadTimeout), linksfield.APITimeoutError),
        (fault(httpx.RemoteProtocolError), linksfield.APIConnectionError),
        (_status(503), linksfield.ServerError),
        (_status(429), linksfield.RateLimitError),
    ],
    ids=["connect", "timeout", "protocol", "503", "429"],
)
@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_reads_give_up_after_max_retries(
    stub: Stub, action: Any, error: type[Exception], max_retries: int
) -> None:
    stub.default = action
    with pytest.raises(error) as caught:
        _call(stub.client(max_retries=max_retries), "query_sim_cdr")
    assert len(stub.seen) == max_retries + 1
    assert len(stub.sleeps) == max_retries
    assert not isinstance(caught.value, linksfield.OutcomeUnknownError)
    assert caught.value.operation == "query_sim_cdr"  # type: ignore[attr-defined]


def test_default_max_retries_is_two(stub: Stub) -> None:
    stub.default = _status(502)
    with pytest.raises(linksfield.ServerError):
        _call(stub.client(), "query_orders")
    assert len(stub.seen) == 3


def test_retry_after_is_honoured(stub: Stub) -> None:
    stub.then(_status(429, {"Retry-After": "7"}), _status(503, {"Retry-After": "2.5"}))
    data = stub.client(max_retries=2).packages.query_orders(page_no=1, page_size=3)
    assert isinstance(data, QueryOrdersData)
    assert stub.sleeps == [7.0, 2.5]


def test_retry_after_as_an_http_date_and_its_cap(stub: Stub) -> None:
    soon = (datetime.now(timezone.utc) + timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    stub.then(_status(503, {"Retry-After": soon}), _status(429, {"Retry-After": "86400"}))
    # The whole call must have room for both waits: `timeout` bounds backoff sleeps too.
    stub.client(max_retries=2, timeout=120).packages.query_orders(page_no=1, page_size=3)
    assert 25 <= stub.sleeps[0] <= 30
    assert stub.sleeps[1] == 60.0  # a server asking for a day is not obeyed literally


@pytest.mark.parametrize("status", [429, 503])
def test_a_wait_longer_than_the_call_timeout_is_not_slept(stub: Stub, status: int) -> None:
    """The answer that asked for the wait is final: it says more than a timeout would."""
    stub.then(_status(status, {"Retry-After": "45"}))
    with pytest.raises(linksfield.RateLimitError if status == 429 else linksfield.ServerError):
        stub.client(max_retries=2, timeout=10).packages.query_orders(page_no=1, page_size=3)
    assert stub.sleeps == []
    assert len(stub.seen) == 1


def test_backoff_without_retry_after_grows_with_jitter(stub: Stub) -> None:
    stub.then(*(fault(httpx.ReadTimeout) for _ in range(4)))
    stub.client(max_retries=4).cdr.query_sim_cdr(**arguments_for("query_sim_cdr"))
    assert len(stub.sleeps) == 4
    for attempt, delay in enumerate(stub.sleeps):
        ceiling = min(8.0, 0.5 * 2**attempt)
        assert ceiling / 2 <= delay <= ceiling


def test_reads_are_retried_async(stub: Stub) -> None:
    stub.then(fault(httpx.ReadTimeout), _status(503, {"Retry-After": "1"}))

    async def go() -> Any:
        async with stub.async_client(max_retries=2) as client:
            return await client.packages.query_orders(page_no=1, page_size=3)

    assert isinstance(run(go()), QueryOrdersData)
    assert len(stub.seen) == 3
    assert stub.sleeps[1] == 1.0
    assert stub.rejections == []


# -- mutate and spend ---------------------------------------------------------------------------------


@pytest.mark.parametrize("operation_id", UNSAFE)
@pytest.mark.parametrize("kind", [httpx.ConnectError, httpx.ConnectTimeout], ids=lambda k: k.__name__)
def test_unsafe_calls_are_retried_when_the_request_never_left(
    stub: Stub, operation_id: str, kind: type[Exception]
) -> None:
    stub.then(fault(kind))
    data = _call(stub.client(max_retries=2), operation_id)
    assert_typed_data(OPERATIONS[operation_id], data, response_example(operation_id))
    assert len(stub.seen) == 2
    assert len(stub.reached) == 1  # the refused attempt never reached the server
    assert stub.rejections == []


@pytest.mark.parametrize("operation_id", UNSAFE)
def test_unsafe_calls_are_retried_after_429(stub: Stub, operation_id: str) -> None:
    stub.then(_status(429, {"Retry-After": "3"}))
    data = _call(stub.client(max_retries=2), operation_id)
    assert_typed_data(OPERATIONS[operation_id], data, response_example(operation_id))
    assert len(stub.seen) == 2
    assert stub.sleeps == [3.0]


def _assert_outcome_unknown(error: linksfield.OutcomeUnknownError, operation_id: str) -> None:
    text = str(error)
    assert error.operation == operation_id
    assert "outcome" in text and "unknown" in text
    assert "may or may not have been applied" in text
    assert "Do not retry blindly" in text
    assert error.how_to_check in text
    # How to find out comes from the spec's x-outcome-check, filled with this request's values.
    check = OPERATIONS[operation_id].outcome_check
    assert check is not None, f"{operation_id} has no x-outcome-check"
    assert error.how_to_check.startswith(check.hint)
    assert error.checks, "the request's values give at least one concrete read"
    first = error.checks[0]
    assert (first.operation_id, first.tag) == (check.operation_id, check.tag)
    assert str(first) in error.how_to_check
    read = OPERATIONS[check.operation_id]
    assert set(first.arguments) <= {argument.python_name for argument in read.arguments}
    assert any(source.kind != "literal" and name in first.arguments for name, source in check.arguments)
    assert isinstance(error, linksfield.APIError)


@pytest.mark.parametrize("operation_id", UNSAFE)
@pytest.mark.parametrize("kind", AMBIGUOUS_FAULTS, ids=lambda k: k.__name__)
def test_unsafe_calls_are_never_repeated_after_an_ambiguous_fault(
    stub: Stub, operation_id: str, kind: type[Exception]
) -> None:
    stub.then(fault(kind))
    with pytest.raises(linksfield.OutcomeUnknownError) as caught:
        _call(stub.client(max_retries=5), operation_id)
    _assert_outcome_unknown(caught.value, operation_id)
    assert len(stub.seen) == 1
    assert stub.sleeps == []
    assert isinstance(caught.value.__cause__, kind)


@pytest.mark.parametrize("operation_id", UNSAFE)
@pytest.mark.parametrize("status", AMBIGUOUS_STATUSES)
def test_unsafe_calls_are_never_repeated_after_a_5xx(stub: Stub, operation_id: str, status: int) -> None:
    stub.then(_status(status, {"x-request-id": "req-5xx"}))
    with pytest.raises(linksfield.OutcomeUnknownError) as caught:
        _call(stub.client(max_retries=5), operation_id)
    _assert_outcome_unknown(caught.value, operation_id)
    assert caught.value.status_code == status
    assert caught.value.request_id == "req-5xx"
    assert len(stub.seen) == 1
    assert stub.sleeps == []


@pytest.mark.parametrize(
    ("operation_id", "hint"),
    [
        ("open_package", "query_orders(order_id="),
        ("order_package", "query_orders(device_id="),
        ("batch_order_packages", "query_orders(device_id="),
        ("send_sms", "query_mt_sms_status(msg_id="),
    ],
)
def test_the_outcome_error_names_the_query_to_run(stub: Stub, operation_id: str, hint: str) -> None:
    stub.then(fault(httpx.ReadTimeout))
    with pytest.raises(linksfield.OutcomeUnknownError) as caught:
        _call(stub.client(), operation_id)
    assert hint in str(caught.value)


def test_unsafe_calls_are_never_repeated_async(stub: Stub) -> None:
    stub.then(fault(httpx.ReadTimeout))

    async def go() -> None:
        async with stub.async_client(max_retries=5) as client:
            await client.packages.open_package(order_id="202107061625560742397")

    with pytest.raises(linksfield.OutcomeUnknownError) as caught:
        run(go())
    _assert_outcome_unknown(caught.value, "open_package")
    assert len(stub.seen) == 1

    again = Stub().then(_status(502))

    async def go_5xx() -> None:
        async with again.async_client(max_retries=5) as client:
            await client.packages.order_package(**arguments_for("order_package"))

    with pytest.raises(linksfield.OutcomeUnknownError):
        run(go_5xx())
    assert len(again.seen) == 1

    refused = Stub().then(fault(httpx.ConnectError), _status(429))

    async def go_refused() -> Any:
        async with refused.async_client(max_retries=5) as client:
            return await client.packages.open_package(order_id="202107061625560742397")

    assert isinstance(run(go_refused()), OpenPackageData)
    assert len(refused.seen) == 3


@pytest.mark.parametrize("action", [fault(httpx.ReadTimeout), _status(503)], ids=["timeout", "503"])
def test_retry_unsafe_via_with_options_repeats_a_spend(stub: Stub, action: Any) -> None:
    client = stub.client(max_retries=2)
    risky = stub.quiet(client.with_options(retry_unsafe=True))
    assert risky.settings.retry_unsafe is True
    assert client.settings.retry_unsafe is False
    stub.then(action)
    data = risky.packages.open_package(order_id="202107061625560742397")
    assert isinstance(data, OpenPackageData)
    assert len(stub.seen) == 2
    assert stub.rejections == []

    stub.then(action)  # the original client still refuses to repeat it
    with pytest.raises(linksfield.OutcomeUnknownError):
        client.packages.open_package(order_id="202107061625560742397")
    assert len(stub.seen) == 3


def test_retry_unsafe_async(stub: Stub) -> None:
    stub.then(fault(httpx.RemoteProtocolError))

    async def go() -> Any:
        async with stub.async_client(max_retries=1) as client:
            risky = stub.quiet_async(client.with_options(retry_unsafe=True))
            return await risky.packages.order_package(**arguments_for("order_package"))

    assert isinstance(run(go()), OrderPackageData)
    assert len(stub.seen) == 2


# -- every attempt is signed afresh ---------------------------------------------------------------------


@pytest.fixture
def ticking_clocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each signature reads a clock one second later than the last, as real retries would."""
    start = datetime(2024, 5, 9, 10, 0, 0, tzinfo=timezone.utc)
    ticks = itertools.count()

    def now() -> datetime:
        return start + timedelta(seconds=next(ticks))

    monkeypatch.setattr("linksfield._signing.cmp_hmac._utc_now", now)
    monkeypatch.setattr("linksfield._signing.csss._utc_now", now)


@pytest.mark.usefixtures("ticking_clocks")
def test_every_cmp_retry_is_re_signed(stub: Stub) -> None:
    stub.then(fault(httpx.ReadTimeout), _status(503))
    stub.client(max_retries=2).cdr.query_sim_cdr(**arguments_for("query_sim_cdr"))
    assert len(stub.seen) == 3
    assert stub.rejections == []  # each attempt verified by the gateway's own algorithm
    assert len(set(stub.dates)) == 3
    assert len(set(stub.sent_signatures)) == 3


@pytest.mark.usefixtures("ticking_clocks")
def test_every_csss_retry_is_re_signed(stub: Stub) -> None:
    stub.then(fault(httpx.ConnectError), _status(429))
    data = stub.client(max_retries=2).packages.order_package(**arguments_for("order_package"))
    assert isinstance(data, OrderPackageData)
    assert len(stub.seen) == 3
    assert stub.rejections == []
    assert len(set(stub.dates)) == 3  # fresh timestamp ...
    assert len(set(stub.sent_signatures)) == 3  # ... and sign on every attempt


@pytest.mark.usefixtures("ticking_clocks")
def test_every_async_retry_is_re_signed(stub: Stub) -> None:
    stub.then(fault(httpx.ReadTimeout), _status(500))

    async def go() -> None:
        async with stub.async_client(max_retries=2) as client:
            await client.packages.query_orders(page_no=1, page_size=3)

    run(go())
    assert stub.rejections == []
    assert len(set(stub.sent_signatures)) == 3


def test_every_pool_retry_carries_the_credential(stub: Stub) -> None:
    stub.then(_status(503), fault(httpx.ReadTimeout))
    stub.client(max_retries=2).pools.get_pool_detail(pool_code="UP20250401000123")
    assert len(stub.seen) == 3
    assert stub.rejections == []


@pytest.mark.parametrize("operation_id", ["open_package", "order_package", "send_sms"])
def test_an_unsafe_call_that_never_left_is_a_connection_error_not_an_unknown_outcome(
    stub: Stub, operation_id: str
) -> None:
    stub.default = fault(httpx.ConnectError)
    with pytest.raises(linksfield.APIConnectionError) as caught:
        _call(stub.client(max_retries=2), operation_id)
    assert not isinstance(caught.value, linksfield.OutcomeUnknownError)  # nothing can have happened
    assert len(stub.seen) == 3
    assert stub.reached == []


def test_an_unsafe_call_still_rate_limited_after_retries_is_a_rate_limit_error(stub: Stub) -> None:
    stub.default = _status(429, {"Retry-After": "1"})
    with pytest.raises(linksfield.RateLimitError) as caught:
        _call(stub.client(max_retries=2), "batch_order_packages")
    assert caught.value.retry_after == 1.0
    assert len(stub.seen) == 3
    assert stub.sleeps == [1.0, 1.0]
