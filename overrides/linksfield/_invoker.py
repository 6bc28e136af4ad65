"""Send described calls: route, validate, sign, retry safely, unwrap. Sync and async.

The facade (generated) describes each call as the keyword arguments of ``httpx.request``; the
invokers here implement its ``SyncInvoker``/``AsyncInvoker`` protocols. Everything that does not
wait on the network lives in :class:`_Core` (what to send, what the family's route is, how much
of the call's time budget is left), which carries out the decisions of ``_retry`` (whether and
when to retry, what to log) and raises the errors of ``_failures``; so both loops only send and
wait, and decide the same. Each invoker owns how it waits and how it stops an attempt at the end
of the budget (see ``_deadline``).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

import anyio
import attrs
import httpx

from linksfield_api.facade import Operation, Pagination, RequestBuilder
from linksfield_api.types import Unset

from ._deadline import WATCHDOG, Budget, BudgetedStream, CallTimeout, Exchange
from ._exceptions import RequestValidationError, ResponseValidationError
from ._failures import status_failure, transport_failure
from ._pagination import PageCursor
from ._rate_limit import AsyncLimiter, SyncLimiter
from ._response import APIResponse
from ._retry import RETRY_LOG, GiveUp, Retry, RetryPolicy, rate_limit_pause
from ._routing import FamilyRoute, Routes
from ._secret import summarize_request
from ._settings import Settings
from ._spec_checks import check_request, check_sendable, unsendable_reason
from ._unwrap import unwrap

T = TypeVar("T")
ItemT = TypeVar("ItemT")

logger = logging.getLogger("linksfield")

URL_CACHE_SIZE = 512
_PLAIN_PARAMS: frozenset[type] = frozenset({str, int, bool})


class _WithParams(Protocol):
    """What the shared core reads of either httpx client: its default query params."""

    @property
    def params(self) -> httpx.QueryParams: ...


"""Query values whose (type, value) says how httpx encodes them: the URL cache keys on them."""
"""Distinct request URLs whose parsed form a client keeps (see ``_Core.url``)."""


def readable_pages(pages: Pagination[T, ItemT]) -> Pagination[T, ItemT]:
    """``pages`` with accessors that refuse a page whose items or totals cannot be read.

    Answers are read tolerantly (``strict_responses`` off), so a page may hold a raw value where
    the spec declares its item list or totals, or have no data at all. Iteration must not then end
    as if it were complete: a caller (bulk ordering's reconciliation, for one) would conclude from
    a truncated listing that an order does not exist. Such a page raises
    ``ResponseValidationError``; misfits inside the items are left to the tolerant reader.
    """
    operation = pages.operation.operation_id

    def refuse(what: str) -> ResponseValidationError:
        return ResponseValidationError(
            f"cannot page through {operation}: the page's {what} does not match the spec, so the "
            "listing would be incomplete (the misfits of the answer were logged)",
            path=("data",),
            operation=operation,
        )

    def items(data: T) -> list[ItemT] | Unset | None:
        try:
            value = pages.items(data)
        except AttributeError:  # data missing, or a raw value where the page model belongs
            raise refuse("item list") from None
        if not isinstance(value, (list, Unset)) and value is not None:
            raise refuse("item list")
        return value

    def total(
        read: Callable[[T], int | Unset | None] | None, what: str
    ) -> Callable[[T], int | Unset | None] | None:
        if read is None:
            return None

        def checked(data: T) -> int | Unset | None:
            try:
                value = read(data)
            except AttributeError:
                raise refuse(what) from None
            if value is not None and not isinstance(value, Unset) and type(value) is not int:
                raise refuse(what)
            return value

        return checked

    return attrs.evolve(
        pages,
        items=items,
        total_items=total(pages.total_items, "total item count"),
        total_pages=total(pages.total_pages, "total page count"),
    )


@attrs.define
class _Call:
    """One call in progress: what is sent, how many attempts it has made, and its time budget."""

    operation: Operation[Any]
    request: dict[str, Any]
    route: FamilyRoute
    kwargs: dict[str, Any]
    budget: Budget
    attempt: int = 0
    honoured: float = -math.inf
    """The end of a rate-limit pause this call has slept through itself (in its own backoff)."""
    started: float = 0.0
    """``time.perf_counter()`` when the current attempt went to httpx (for the debug log)."""


class _Core:
    """What both invokers share: settings, routes, retry policy, time budget and the non-I/O steps."""

    limiter: SyncLimiter | AsyncLimiter
    http: _WithParams

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.call_budget = settings.call_budget  # settings are frozen: worked out once, not per call
        self.routes = Routes(settings)
        self._urls: dict[Hashable, httpx.URL] = {}
        self.retry = RetryPolicy(max_retries=settings.max_retries, retry_unsafe=settings.retry_unsafe)

    def prepare(
        self, operation: Operation[Any], request: dict[str, Any]
    ) -> tuple[FamilyRoute, dict[str, Any]]:
        """Check the request, then route it to its family (the family's auth sets default headers)."""
        if self.settings.validate_requests:
            check_request(operation.operation_id, operation.method, operation.path, request)
        else:  # what no request can carry is refused even then: see check_sendable
            check_sendable(operation.operation_id, request)
        route = self.routes.for_family(operation.family)
        params = request.get("params")
        if params and self.http.params:
            # A client with default params merges them under the call's: httpx does that, as before.
            return route, {**request, "url": self.url(route.url(request["url"]))}
        kwargs = {**request, "url": self.url(route.url(request["url"]), params)}
        kwargs.pop("params", None)  # in the URL now
        return route, kwargs

    def url(self, text: str, params: Mapping[str, Any] | None = None) -> httpx.URL:
        """``text`` with its query ``params`` as an ``httpx.URL``, parsed once per distinct URL (a few
        hundred kept).

        httpx parses a string URL on every request, checking it character by character, and merging
        ``params=`` into a URL checks the query again the same way: together ~130 µs of a CDR call on
        the 2-core machine, more than the decoding of its 100 rows. A URL object is immutable, so one
        serves every request to it; httpx builds it (``httpx.URL(text, params=...)``), so the bytes on
        the wire are the ones it would send. Calls with path parameters (a SIM id) or changing pages
        make many distinct URLs, hence the cap.
        """
        key: Hashable = text
        if params:
            if all(type(value) in _PLAIN_PARAMS for value in params.values()):
                # With each value's type: True == 1, but they encode as "true" and "1".
                key = (text, *params.items(), *map(type, params.values()))
            else:  # a float (0.0 == -0.0), a list: the encoded query is the key
                key = (text, str(httpx.QueryParams(params)))
        url = self._urls.get(key)
        if url is None:
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()
            url = self._urls[key] = httpx.URL(text, params=params) if params else httpx.URL(text)
        return url

    @staticmethod
    def build(operation: Operation[Any], builder: RequestBuilder) -> dict[str, Any]:
        """The call's ``httpx`` arguments, from the facade's builder over the caller's arguments.

        Building quotes path parameters, which fails on text a URL cannot carry (a lone surrogate):
        that becomes the same :class:`RequestValidationError` as anywhere else in the request,
        naming the argument, instead of a bare ``UnicodeEncodeError``.
        """
        try:
            return builder()
        except UnicodeEncodeError:
            arguments = getattr(builder, "keywords", None) or {}
            wire = {a.python_name: a.wire_name for a in operation.arguments}
            for name, value in arguments.items():
                reason = unsendable_reason(value)
                if reason is not None:
                    raise RequestValidationError(
                        wire.get(name, name), reason, operation=operation.operation_id
                    ) from None
            raise

    def begin(self, operation: Operation[Any], builder: RequestBuilder) -> _Call:
        """Start the clock of a call (``Settings.timeout`` covers it all), then build, check and route it."""
        request = self.build(operation, builder)
        budget = Budget(self.call_budget)
        route, kwargs = self.prepare(operation, request)
        return _Call(operation, request, route, kwargs, budget)

    def attempt_kwargs(self, call: _Call, trace: Callable[[str, dict[str, Any]], object]) -> dict[str, Any]:
        """The ``httpx`` arguments of the next attempt: timeouts cut to the budget, and the tracer.

        Raises :class:`CallTimeout` (nothing sent) when the budget is already spent.
        """
        timeout = call.budget.attempt_timeout(self.settings.timeout)
        call.started = time.perf_counter()
        return {**call.kwargs, "timeout": timeout, "extensions": {"trace": trace}}

    def after_failure(self, call: _Call, exc: httpx.TransportError) -> float:
        """Seconds to wait before the next attempt after a transport failure; else raise the call's error."""
        decision = self.retry.after_failure(call.operation.side_effect, call.attempt, exc, call.budget)
        if isinstance(decision, GiveUp):
            raise transport_failure(call.operation, call.request, call.kwargs, decision.failure) from exc
        return self.retrying(call, decision)

    def after_answer(self, call: _Call, response: httpx.Response) -> float | None:
        """Seconds to wait before repeating a call that got ``response``; ``None``: the answer is final.

        A 429's ``Retry-After`` also pauses every new request of the client (the limiter); this call
        honours the pause by its own backoff sleep.
        """
        pause = rate_limit_pause(response)
        pause_end = self.limiter.pause_for(pause) if pause is not None else None
        self.log(call.operation, response, call.started, call.attempt)
        decision = self.retry.after_answer(call.operation.side_effect, call.attempt, response, call.budget)
        if decision is None:
            return None
        if pause_end is not None:
            call.honoured = max(call.honoured, pause_end)
        return self.retrying(call, decision)

    @staticmethod
    def retrying(call: _Call, decision: Retry) -> float:
        logger.info(RETRY_LOG, *decision.log_args(call.operation.operation_id))
        call.attempt = decision.attempt
        return decision.delay

    def finish(self, call: _Call, response: httpx.Response) -> APIResponse[Any]:
        """The call's result from its final answer (an HTTP error status raises)."""
        if response.status_code >= 400:
            raise status_failure(call.operation, call.request, response)
        verify = call.route.verify_response
        if self.settings.verify_responses and verify is not None:
            verify(response)
        return unwrap(call.operation, response, strict=self.settings.strict_responses)

    def log(self, operation: Operation[Any], response: httpx.Response, started: float, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d, request id %s)",
                operation.operation_id,
                summarize_request(response.request.method, response.request.url),
                response.status_code,
                (time.perf_counter() - started) * 1000,
                attempt + 1,
                response.headers.get("x-request-id") or "-",
            )


class SyncInvoker(_Core):
    """Implements ``linksfield_api.facade.SyncInvoker`` over one ``httpx.Client``."""

    limiter: SyncLimiter
    http: httpx.Client

    def __init__(
        self,
        settings: Settings,
        http: httpx.Client,
        *,
        sleep: Callable[[float], None] = time.sleep,
        limiter: SyncLimiter | None = None,
    ) -> None:
        super().__init__(settings)
        self.http = http
        self._sleep = sleep
        self.limiter = limiter or SyncLimiter(settings.rate_limit, settings.max_concurrency)

    def call(self, operation: Operation[T], request: RequestBuilder) -> T:
        data: T = self.call_raw(operation, request).data
        return data

    def call_raw(self, operation: Operation[T], request: RequestBuilder) -> APIResponse[T]:
        call = self.begin(operation, request)
        while True:
            try:
                response = self._attempt(call)
            except httpx.TransportError as exc:
                self._sleep(self.after_failure(call, exc))
                continue
            delay = self.after_answer(call, response)
            if delay is None:
                return self.finish(call, response)
            self._sleep(delay)

    def _attempt(self, call: _Call) -> httpx.Response:
        """One HTTP attempt inside the rate limiter (a slot is held only while the request is open).

        The body is streamed so the budget can stop a trickle (``BudgetedStream``), and the
        watchdog stops a read blocked on the socket; either stop surfaces as :class:`CallTimeout`.
        """
        budget = call.budget
        limiter = self.limiter
        limited = limiter.engaged  # no rate, cap or pause: nothing to wait for, no call
        if limited:
            try:
                limiter.acquire(
                    lambda seconds: self._sleep(budget.check_wait(seconds)),
                    honoured_until=call.honoured,
                    slot_timeout=max(0.0, budget.remaining()),
                )
            except TimeoutError:  # every slot stayed busy for the whole budget: nothing was sent
                raise budget.out_of_time(maybe_sent=False) from None
        exchange = Exchange()
        alarm = WATCHDOG.arm(exchange, budget.stop_in())
        try:
            request = self.http.build_request(**self.attempt_kwargs(call, exchange.trace))
            exchange.handed_over()
            response = self.http.send(request, auth=call.route.auth, stream=True)
            try:
                exchange.attach(response.extensions.get("network_stream"))
                response.stream = BudgetedStream(response.stream, budget, exchange)  # type: ignore[arg-type]
                response.read()
            finally:
                response.close()
            return response
        except httpx.TransportError as exc:
            if not exchange.interrupted or isinstance(exc, CallTimeout):
                raise
            # The watchdog woke the read by shutting the socket down: report the timeout, not the hang-up.
            raise budget.out_of_time(maybe_sent=exchange.maybe_sent) from exc
        finally:
            WATCHDOG.disarm(alarm)
            exchange.finish()
            if limited:
                limiter.release()

    def paginate(
        self,
        pages: Pagination[T, ItemT],
        fetch: Callable[[int, int], T],
        *,
        page_size: int,
        max_items: int | None,
        max_pages: int | None,
    ) -> Iterator[ItemT]:
        cursor = PageCursor(
            readable_pages(pages), page_size=page_size, max_items=max_items, max_pages=max_pages
        )

        def items() -> Iterator[ItemT]:
            while not cursor.done:
                yield from cursor.take(fetch(cursor.page, cursor.page_size))

        return items()


class AsyncInvoker(_Core):
    """Implements ``linksfield_api.facade.AsyncInvoker`` over one ``httpx.AsyncClient``."""

    limiter: AsyncLimiter
    http: httpx.AsyncClient

    def __init__(
        self,
        settings: Settings,
        http: httpx.AsyncClient,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        limiter: AsyncLimiter | None = None,
    ) -> None:
        super().__init__(settings)
        self.http = http
        self._sleep = sleep
        self.limiter = limiter or AsyncLimiter(settings.rate_limit, settings.max_concurrency)

    async def call(self, operation: Operation[T], request: RequestBuilder) -> T:
        data: T = (await self.call_raw(operation, request)).data
        return data

    async def call_raw(self, operation: Operation[T], request: RequestBuilder) -> APIResponse[T]:
        call = self.begin(operation, request)
        while True:
            try:
                response = await self._attempt(call)
            except httpx.TransportError as exc:
                await self._sleep(self.after_failure(call, exc))
                continue
            delay = self.after_answer(call, response)
            if delay is None:
                return self.finish(call, response)
            await self._sleep(delay)

    async def _attempt(self, call: _Call) -> httpx.Response:
        """One HTTP attempt inside the rate limiter, cancelled when the call's budget ends.

        The cancel scope covers the wait for a limiter slot, connecting, sending and reading the
        whole body, so nothing a server does can hold the call past its budget.
        """
        budget = call.budget

        async def sleep(seconds: float) -> None:
            await self._sleep(budget.check_wait(seconds))

        exchange = Exchange()
        limiter = self.limiter
        limited = limiter.engaged  # no rate, cap or pause: nothing to wait for, no call
        # ``anyio.fail_after`` without its two generator-based context managers (~13 µs a call on
        # asyncio, measured): the same cancel scope, and the same test after it.
        scope = anyio.CancelScope(deadline=anyio.current_time() + budget.stop_in())
        try:
            with scope:
                if limited:
                    await limiter.acquire(sleep, honoured_until=call.honoured)
                try:
                    kwargs = self.attempt_kwargs(call, exchange.atrace)
                    exchange.handed_over()
                    return await self.http.request(auth=call.route.auth, **kwargs)
                finally:
                    if limited:
                        limiter.release()
        except TimeoutError as exc:
            raise budget.out_of_time(maybe_sent=exchange.maybe_sent) from exc
        # Only a cancellation caught by the scope gets here: its deadline, the call's budget, passed.
        raise budget.out_of_time(maybe_sent=exchange.maybe_sent) from TimeoutError()

    def paginate(
        self,
        pages: Pagination[T, ItemT],
        fetch: Callable[[int, int], Awaitable[T]],
        *,
        page_size: int,
        max_items: int | None,
        max_pages: int | None,
    ) -> AsyncIterator[ItemT]:
        cursor = PageCursor(
            readable_pages(pages), page_size=page_size, max_items=max_items, max_pages=max_pages
        )

        async def items() -> AsyncIterator[ItemT]:
            while not cursor.done:
                for item in cursor.take(await fetch(cursor.page, cursor.page_size)):
                    yield item

        return items()
