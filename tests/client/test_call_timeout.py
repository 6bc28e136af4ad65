"""``timeout`` bounds the whole call: connect to last byte, retries and backoff sleeps included.

A real server on 127.0.0.1 (``slow_server``) sends its headers and then one byte every 0.3 s, or
its headers a byte at a time, or nothing: each keeps every socket read short, so httpx's per-read
timeout alone never fires. Each call, sync and async, a read and a spend, must end within its
budget plus a small margin (asserted below twice the budget), a read with ``APITimeoutError``, a
spend with ``OutcomeUnknownError`` after exactly one request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import linksfield
from linksfield._rate_limit import SyncLimiter
from linksfield_api.facade import OPERATIONS

from .slow_server import Mode, SlowServer, slow_server
from .support import Stub, arguments_for, credentials, facade_method, fault, run

BUDGET = 1.0
READS = ["get_pool_detail", "query_orders"]  # pool and CSSS families
SPEND = "order_package"


def _settings(url: str) -> dict[str, Any]:
    return {
        **credentials(),
        "base_url": url,
        "csss_base_url": url + "/cube/v4",
        "pool_base_url": url,
        "timeout": BUDGET,
        "max_retries": 2,
    }


def _sent(server: SlowServer, operation_id: str) -> int:
    path = OPERATIONS[operation_id].path.encode()
    return sum(1 for request in server.requests if path in request.split(b"\r\n", 1)[0])


def _timed(call: Callable[[], Any]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except linksfield.LinksfieldError as error:
        return time.monotonic() - started, error
    return time.monotonic() - started, None


def _call_sync(url: str, operation_id: str) -> tuple[float, BaseException | None]:
    arguments = arguments_for(operation_id)
    with linksfield.Client(**_settings(url)) as client:
        return _timed(lambda: facade_method(client, operation_id)(**arguments))


def _call_async(url: str, operation_id: str) -> tuple[float, BaseException | None]:
    arguments = arguments_for(operation_id)

    async def go() -> tuple[float, BaseException | None]:
        async with linksfield.AsyncClient(**_settings(url)) as client:
            started = time.monotonic()
            try:
                await facade_method(client, operation_id)(**arguments)
            except linksfield.LinksfieldError as error:
                return time.monotonic() - started, error
            return time.monotonic() - started, None

    result: tuple[float, BaseException | None] = run(go())
    return result


CALLERS = {"sync": _call_sync, "async": _call_async}
CASES = [
    ("body", READS[0]),
    ("body", READS[1]),
    ("body", SPEND),
    ("headers", READS[0]),
    ("headers", SPEND),
    ("silent", SPEND),
]


@pytest.mark.parametrize("flavour", sorted(CALLERS))
@pytest.mark.parametrize(("mode", "operation_id"), CASES)
def test_a_slow_server_cannot_hold_a_call_past_its_timeout(
    flavour: str, mode: Mode, operation_id: str
) -> None:
    with slow_server(mode) as server:
        elapsed, error = CALLERS[flavour](server.url, operation_id)
    assert elapsed < 2 * BUDGET, f"the call took {elapsed:.2f} s with a timeout of {BUDGET} s"
    if OPERATIONS[operation_id].side_effect == "read":
        assert isinstance(error, linksfield.APITimeoutError), error
    else:
        assert isinstance(error, linksfield.OutcomeUnknownError), error
        assert _sent(server, operation_id) == 1, "a spend whose outcome is unknown is never repeated"
        assert error.checks, "the error names the read that settles it"
    assert f"timeout of {BUDGET:g} s" in str(error)


def _twice_on_one_connection(flavour: str, url: str) -> list[tuple[float, BaseException | None]]:
    """Two calls on one client: the first gets a quick 404 and leaves its connection in the pool."""
    arguments = arguments_for(READS[0])
    if flavour == "sync":
        with linksfield.Client(**_settings(url)) as client:
            return [_timed(lambda: facade_method(client, READS[0])(**arguments)) for _ in range(2)]

    async def go() -> list[tuple[float, BaseException | None]]:
        results: list[tuple[float, BaseException | None]] = []
        async with linksfield.AsyncClient(**_settings(url)) as client:
            for _ in range(2):
                started = time.monotonic()
                try:
                    await facade_method(client, READS[0])(**arguments)
                except linksfield.LinksfieldError as error:
                    results.append((time.monotonic() - started, error))
        return results

    outcome: list[tuple[float, BaseException | None]] = run(go())
    return outcome


KEPT_ALIVE = [("sync", "body"), ("async", "body"), ("async", "headers"), ("sync", "headers")]


@pytest.mark.parametrize(("flavour", "mode"), KEPT_ALIVE)
def test_a_slow_answer_on_a_kept_alive_connection_is_cut_too(flavour: str, mode: Mode) -> None:
    """The second call reuses the first one's connection: no new socket for the watchdog to learn."""
    with slow_server(mode, warm_up=True, max_seconds=3.0) as server:
        (_, first), (elapsed, second) = _twice_on_one_connection(flavour, server.url)
    assert isinstance(first, linksfield.NotFoundError)
    assert len(server.requests) == 2, "the second call did not reuse the connection"
    assert elapsed < 2 * BUDGET, f"the call took {elapsed:.2f} s with a timeout of {BUDGET} s"
    assert isinstance(second, linksfield.APITimeoutError)


# -- the budget without a slow server: waits that would not fit are never started -------------------------


@pytest.mark.parametrize("operation_id", [READS[0], SPEND])
def test_a_rate_limit_wait_beyond_the_budget_fails_before_sending(stub: Stub, operation_id: str) -> None:
    """Nothing was sent, so even a spend reports a plain timeout (it is safe to try again later)."""
    client = stub.client(rate_limit=0.1, timeout=BUDGET)  # one token, then one every 10 s
    facade_method(client, operation_id)(**arguments_for(operation_id))
    with pytest.raises(linksfield.APITimeoutError) as caught:
        facade_method(client, operation_id)(**arguments_for(operation_id))
    assert not isinstance(caught.value, linksfield.OutcomeUnknownError)
    assert "before the request was sent" in str(caught.value)
    assert len(stub.seen) == 1


def test_a_backoff_beyond_the_budget_ends_the_call_with_the_last_failure(stub: Stub) -> None:
    stub.then(fault(httpx.ConnectError), fault(httpx.ConnectError))
    client = stub.client(timeout=0.2, max_retries=5)  # the first backoff is 0.25-0.5 s
    with pytest.raises(linksfield.APIConnectionError) as caught:
        client.pools.get_pool_detail(pool_code="UP20250401000123")
    assert "ConnectError" in str(caught.value)
    assert len(stub.seen) == 1
    assert stub.sleeps == []


def test_the_budget_is_shared_by_the_async_client(stub: Stub) -> None:
    stub.then(fault(httpx.ConnectError))

    async def go() -> None:
        async with stub.async_client(timeout=0.2, max_retries=5) as client:
            await client.pools.get_pool_detail(pool_code="UP20250401000123")

    with pytest.raises(linksfield.APIConnectionError):
        run(go())
    assert len(stub.seen) == 1
    assert stub.sleeps == []


def test_a_wait_for_a_busy_concurrency_slot_is_cut_by_the_budget() -> None:
    """``max_concurrency`` slots are shared; a call that cannot get one in time fails unsent."""
    with slow_server("silent", max_seconds=4.0) as server:
        with linksfield.Client(**_settings(server.url), max_concurrency=1) as client:
            holder = client.with_options(timeout=4.0)  # shares the limiter, keeps the slot ~4 s
            arguments = arguments_for(READS[0])
            thread = threading.Thread(
                target=lambda: _timed(lambda: facade_method(holder, READS[0])(**arguments)), daemon=True
            )
            thread.start()
            deadline = time.monotonic() + 3.0
            while not server.requests and time.monotonic() < deadline:
                time.sleep(0.01)
            assert server.requests, "the first call never reached the server"
            elapsed, error = _timed(lambda: facade_method(client, READS[0])(**arguments))
        thread.join(timeout=6.0)
    assert elapsed < 2 * BUDGET, f"waited {elapsed:.2f} s for a slot with a timeout of {BUDGET} s"
    assert isinstance(error, linksfield.APITimeoutError), error
    assert "before the request was sent" in str(error)
    assert len(server.requests) == 1  # the second call sent nothing


def test_a_limiter_slot_wait_has_a_limit() -> None:
    limiter = SyncLimiter(None, 1)
    limiter.acquire(time.sleep)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        limiter.acquire(time.sleep, slot_timeout=0.2)
    assert 0.15 < time.monotonic() - started < 1.0
    limiter.release()
    limiter.acquire(time.sleep, slot_timeout=0.2)  # free again: taken at once
    limiter.release()
