"""A limiter switched off costs nothing per call, and a 429's ``Retry-After`` still holds new calls.

``rate_limit=0, max_concurrency=0`` leaves nothing to wait for, so the invokers skip the limiter
(issue 18: no call on the success path for a disabled feature). A ``Retry-After`` pause engages it
for good: the next call of the client waits out the pause the server asked for.
"""

from __future__ import annotations

from typing import Any

import pytest

import linksfield
from linksfield._rate_limit import AsyncLimiter, SyncLimiter

from .support import Stub, answer, run


def _ok() -> Any:
    return answer(200, {"code": "0000", "message": "ok", "success": True, "data": None})


@pytest.mark.parametrize("limiter_class", [SyncLimiter, AsyncLimiter])
def test_a_limiter_without_rate_cap_or_pause_is_not_engaged(limiter_class: Any) -> None:
    limiter = limiter_class(None, None)
    assert not limiter.engaged
    limiter.pause_for(1.0)
    assert limiter.engaged
    assert limiter_class(5.0, None).engaged and limiter_class(None, 2).engaged


def test_the_sync_client_does_not_call_a_disengaged_limiter(stub: Stub) -> None:
    stub.default = _ok()
    client = stub.client(rate_limit=0, max_concurrency=0)
    limiter = client._invoker.limiter
    calls: list[str] = []
    limiter.acquire = lambda *a, **k: calls.append("acquire")  # type: ignore[method-assign]
    limiter.release = lambda: calls.append("release")  # type: ignore[method-assign]
    client.packages.sync_packages(page_no=1, page_size=1)
    assert calls == []


def test_the_async_client_does_not_call_a_disengaged_limiter(stub: Stub) -> None:
    stub.default = _ok()

    async def scenario() -> list[str]:
        client = stub.async_client(rate_limit=0, max_concurrency=0)
        calls: list[str] = []

        async def acquire(*args: Any, **kwargs: Any) -> None:
            calls.append("acquire")

        client._invoker.limiter.acquire = acquire  # type: ignore[method-assign]
        client._invoker.limiter.release = lambda: calls.append("release")  # type: ignore[method-assign]
        await client.packages.sync_packages(page_no=1, page_size=1)
        return calls

    assert run(scenario()) == []


def test_retry_after_still_holds_the_next_call_when_the_limiter_is_off(stub: Stub) -> None:
    stub.then(answer(429, {"message": "slow down"}, headers={"Retry-After": "7"}))
    stub.default = _ok()
    client = stub.client(rate_limit=0, max_concurrency=0, max_retries=0)
    with pytest.raises(linksfield.RateLimitError):
        client.packages.sync_packages(page_no=1, page_size=1)
    assert client._invoker.limiter.engaged
    client.packages.sync_packages(page_no=1, page_size=1)
    assert len(stub.sleeps) == 1 and 6.0 < stub.sleeps[0] <= 7.0  # the pause, waited out by the limiter


def test_retry_after_still_holds_the_next_async_call_when_the_limiter_is_off(stub: Stub) -> None:
    stub.then(answer(429, {"message": "slow down"}, headers={"Retry-After": "7"}))
    stub.default = _ok()

    async def scenario() -> None:
        client = stub.async_client(rate_limit=0, max_concurrency=0, max_retries=0)
        with pytest.raises(linksfield.RateLimitError):
            await client.packages.sync_packages(page_no=1, page_size=1)
        await client.packages.sync_packages(page_no=1, page_size=1)

    run(scenario())
    assert len(stub.sleeps) == 1 and 6.0 < stub.sleeps[0] <= 7.0
