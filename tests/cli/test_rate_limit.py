"""The client-side rate limiter: token bucket arithmetic on a fake clock, the concurrency cap, and
its wiring into the clients (settings, environment, 429 ``Retry-After`` pausing every request).

Nothing here sleeps: the bucket answers "how long to wait" against an injected clock, and the
limiters sleep through a function the test records.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import httpx
import pytest

import linksfield
from linksfield import ConfigurationError, NotFoundError, RateLimitError
from linksfield._rate_limit import AsyncLimiter, SyncLimiter, TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def _no_linksfield_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("LINKSFIELD_"):
            monkeypatch.delenv(name)


# -- the bucket ---------------------------------------------------------------------------------------


def test_a_full_bucket_allows_a_burst_then_spaces_requests_at_the_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(10, clock=clock)
    assert [bucket.reserve() for _ in range(10)] == [0.0] * 10
    # Queued reservations wait for *their* token: 0.1 s apart, so callers do not all wake at once.
    assert [round(bucket.reserve(), 6) for _ in range(3)] == [0.1, 0.2, 0.3]


def test_tokens_refill_with_time_up_to_the_capacity() -> None:
    clock = FakeClock()
    bucket = TokenBucket(2, capacity=2, clock=clock)
    bucket.reserve(), bucket.reserve()
    clock.now += 0.5
    assert bucket.reserve() == 0.0  # one token back after half a second
    assert bucket.reserve() == pytest.approx(0.5)
    clock.now += 100  # idle for long: never more than the capacity
    assert [bucket.reserve() for _ in range(2)] == [0.0, 0.0]
    assert bucket.reserve() == pytest.approx(0.5)


def test_a_pause_holds_every_new_request_until_its_end() -> None:
    clock = FakeClock()
    bucket = TokenBucket(100, clock=clock)
    end = bucket.pause_for(5)
    assert end == clock.now + 5
    assert bucket.reserve() == pytest.approx(5)
    clock.now += 2
    assert bucket.reserve() == pytest.approx(3)
    assert bucket.pause_for(1) == end  # a shorter pause never shortens a longer one
    clock.now += 3
    assert bucket.reserve() == 0.0
    assert bucket.paused_for() == 0.0


def test_the_request_that_slept_through_its_own_pause_is_not_held_again() -> None:
    clock = FakeClock()
    bucket = TokenBucket(100, clock=clock)
    end = bucket.pause_for(5)
    assert bucket.reserve(honoured_until=end) == 0.0
    later = bucket.pause_for(9)  # another 429 meanwhile: that newer pause still applies
    assert bucket.reserve(honoured_until=end) == pytest.approx(later - clock.now)


@pytest.mark.parametrize("rate", [0, -1, float("inf"), float("nan")])
def test_nonsense_rates_are_refused(rate: float) -> None:
    with pytest.raises(ValueError, match="rate"):
        TokenBucket(rate)


# -- the limiters -------------------------------------------------------------------------------------


def test_sync_limiter_sleeps_what_the_bucket_says_through_the_given_sleep() -> None:
    clock = FakeClock()
    limiter = SyncLimiter(4, None, clock=clock)
    slept: list[float] = []
    for _ in range(6):
        limiter.acquire(slept.append)
        limiter.release()
    assert [round(s, 6) for s in slept] == [0.25, 0.5]


def test_sync_limiter_caps_requests_in_flight() -> None:
    limiter = SyncLimiter(None, 2)
    limiter.acquire(lambda s: None)
    limiter.acquire(lambda s: None)
    assert limiter._slots is not None and not limiter._slots.acquire(blocking=False)
    limiter.release()
    assert limiter._slots.acquire(blocking=False)


def test_sync_limiter_gives_the_slot_back_when_the_wait_is_interrupted() -> None:
    limiter = SyncLimiter(1, 1, clock=FakeClock())
    limiter.acquire(lambda s: None)
    limiter.release()

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        limiter.acquire(interrupted)  # the bucket is empty: it must wait, and is interrupted
    assert limiter._slots is not None and limiter._slots.acquire(blocking=False)


def test_async_limiter_waits_without_blocking_and_releases_on_cancel() -> None:
    clock = FakeClock()
    limiter = AsyncLimiter(2, 1, clock=clock)

    async def scenario() -> list[float]:
        slept: list[float] = []

        async def sleep(seconds: float) -> None:
            slept.append(seconds)

        for _ in range(4):
            await limiter.acquire(sleep)
            limiter.release()

        async def cancelled(seconds: float) -> None:
            raise asyncio.CancelledError

        with pytest.raises(asyncio.CancelledError):
            await limiter.acquire(cancelled)
        await asyncio.wait_for(limiter.acquire(sleep), timeout=1)  # the slot came back
        limiter.release()
        return slept

    slept = asyncio.run(scenario())
    assert [round(s, 6) for s in slept[:2]] == [0.5, 1.0]


# -- settings and the clients --------------------------------------------------------------------------


def test_defaults_are_ten_per_second_and_three_in_flight() -> None:
    settings = linksfield.Client(access_key="a", secret_key="s").settings
    assert (settings.rate_limit, settings.max_concurrency) == (10.0, 3)


@pytest.mark.parametrize(
    ("rate", "concurrency", "expected"),
    [("25", "8", (25.0, 8)), ("off", "none", (None, None)), ("0", "0", (None, None)), ("2.5", "1", (2.5, 1))],
)
def test_environment_variables_configure_the_limits(
    monkeypatch: pytest.MonkeyPatch, rate: str, concurrency: str, expected: tuple[object, object]
) -> None:
    monkeypatch.setenv("LINKSFIELD_RATE_LIMIT", rate)
    monkeypatch.setenv("LINKSFIELD_MAX_CONCURRENCY", concurrency)
    settings = linksfield.Client(access_key="a", secret_key="s").settings
    assert (settings.rate_limit, settings.max_concurrency) == expected


def test_arguments_win_and_zero_switches_a_limit_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKSFIELD_RATE_LIMIT", "25")
    client = linksfield.Client(access_key="a", secret_key="s", rate_limit=0, max_concurrency=5)
    assert (client.settings.rate_limit, client.settings.max_concurrency) == (None, 5)


@pytest.mark.parametrize(("name", "value"), [("rate_limit", -1), ("max_concurrency", -2)])
def test_negative_limits_are_configuration_errors(name: str, value: int) -> None:
    arguments: dict[str, Any] = {"access_key": "a", "secret_key": "s", name: value}
    with pytest.raises(ConfigurationError, match=name):
        linksfield.Client(**arguments)


def test_with_options_shares_the_limiter_unless_a_limit_changes() -> None:
    client = linksfield.Client(access_key="a", secret_key="s")
    assert client.with_options(max_retries=5)._invoker.limiter is client._invoker.limiter
    assert client.with_options(rate_limit=50)._invoker.limiter is not client._invoker.limiter


def _not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"code": "404", "message": "nope"})


def test_async_client_never_has_more_than_max_concurrency_requests_open() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(5):  # stay open while the other tasks run
            await asyncio.sleep(0)
        in_flight -= 1
        return _not_found(request)

    async def scenario() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client = linksfield.AsyncClient(
            access_key="a", secret_key="s", base_url="https://cmp.test", rate_limit=0, max_concurrency=2,
            http_client=http,
        )  # fmt: skip
        calls = [client.packages.query_orders(page_no=1, page_size=1) for _ in range(12)]
        results = await asyncio.gather(*calls, return_exceptions=True)
        assert all(isinstance(r, NotFoundError) for r in results)
        await http.aclose()

    asyncio.run(scenario())
    assert peak == 2


def test_a_429_retry_after_pauses_the_next_calls_too() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"}, json={"message": "slow down"})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or _not_found(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = linksfield.Client(
        access_key="a", secret_key="s", base_url="https://cmp.test", max_retries=0, http_client=http
    )
    slept: list[float] = []
    client._invoker._sleep = slept.append
    with pytest.raises(RateLimitError):
        client.packages.query_orders(page_no=1, page_size=1)
    assert slept == []  # no retry allowed, so this call did not wait
    with pytest.raises(NotFoundError):
        client.packages.query_orders(page_no=1, page_size=1)  # another call: held until the pause ends
    assert len(slept) == 1 and 6.5 < slept[0] <= 7.0
