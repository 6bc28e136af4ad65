"""Send described calls: route, validate, sign, retry safely, unwrap. Sync and async.

The facade (generated) describes each call as the keyword arguments of ``httpx.request``; the
invokers here implement its ``SyncInvoker``/``AsyncInvoker`` protocols. Everything that does not
wait on the network lives in :class:`_Core` (what to send, whether and when to retry, what a
failure means, how much of the call's time budget is left), so both loops stay short and decide
the same; each invoker only owns how it waits and how it stops an attempt at the end of the budget
(see ``_deadline``).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

import anyio
import attrs
import httpx

from linksfield_api.facade import Operation, Pagination, RequestBuilder
from linksfield_api.types import Unset

from ._deadline import WATCHDOG, Budget, BudgetedStream, CallTimeout, Exchange
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    OutcomeUnknownError,
    RequestValidationError,
    ResponseValidationError,
    parse_retry_after,
    summarize_request,
)
from ._outcome import describe_checks, plan_checks
from ._pagination import PageCursor
from ._rate_limit import AsyncLimiter, SyncLimiter
from ._response import APIResponse
from ._retry import MAX_RETRY_AFTER, RetryPolicy, never_sent
from ._routing import Routes
from ._settings import Settings
from ._signing import CmpHmacAuth
from ._spec_checks import check_request, check_sendable, unsendable_reason
from ._unwrap import error_for_status, unwrap

T = TypeVar("T")
ItemT = TypeVar("ItemT")

logger = logging.getLogger("linksfield")


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
    auth: httpx.Auth
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

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.routes = Routes(settings)
        self.retry = RetryPolicy(max_retries=settings.max_retries, retry_unsafe=settings.retry_unsafe)

    def prepare(
        self, operation: Operation[Any], request: dict[str, Any]
    ) -> tuple[httpx.Auth, dict[str, Any]]:
        if self.settings.validate_requests:
            check_request(operation.operation_id, operation.method, operation.path, request)
        else:  # what no request can carry is refused even then: see check_sendable
            check_sendable(operation.operation_id, request)
        route = self.routes.for_family(operation.family)
        kwargs = dict(request)
        kwargs["url"] = route.url(request["url"])
        headers = dict(kwargs.pop("headers", {}) or {})
        headers.setdefault("Accept-Language", self.settings.accept_language)
        headers.setdefault("Content-Type", "application/json")
        kwargs["headers"] = headers
        return route.auth, kwargs

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
        budget = Budget(self.settings.call_budget)
        auth, kwargs = self.prepare(operation, request)
        return _Call(operation, request, auth, kwargs, budget)

    def attempt_kwargs(self, call: _Call, trace: Callable[[str, dict[str, Any]], object]) -> dict[str, Any]:
        """The ``httpx`` arguments of the next attempt: timeouts cut to the budget, and the tracer.

        Raises :class:`CallTimeout` (nothing sent) when the budget is already spent.
        """
        timeout = call.budget.attempt_timeout(self.settings.timeout)
        call.started = time.perf_counter()
        return {**call.kwargs, "timeout": timeout, "extensions": {"trace": trace}}

    def retry_after_failure(self, call: _Call, exc: httpx.TransportError) -> float:
        """Seconds to wait before the next attempt after a transport failure; else raise the call's error.

        Called from inside the ``except`` block, so the raised error chains the transport one.
        """
        operation = call.operation
        failure = exc
        if (
            call.budget.expired()
            and isinstance(exc, httpx.TimeoutException)
            and not isinstance(exc, CallTimeout)
        ):
            # httpx's timeout fired because it was cut to the budget: it is the call's timeout that
            # ran out, in the same words whichever of the two noticed first.
            failure = call.budget.out_of_time(maybe_sent=not never_sent(exc))
        if self.retry.may_retry_exception(operation.side_effect, failure, call.attempt):
            delay = self.retry.delay(call.attempt)
            if call.budget.allows(delay):
                self.log_retry(operation, type(failure).__name__, delay, call.attempt)
                call.attempt += 1
                return delay
        raise self.transport_failure(operation, call.request, call.kwargs, failure) from exc

    def retry_after_answer(self, call: _Call, response: httpx.Response) -> float | None:
        """Seconds to wait before repeating a call that got ``response``; ``None``: the answer is final.

        A retry that would not fit the budget is not started: the answer at hand (a 503, say) is
        then final, which tells the caller more than a timeout would.
        """
        operation = call.operation
        pause = self.pause_hint(response)
        pause_end = self.limiter.pause_for(pause) if pause is not None else None
        self.log(operation, response, call.started, call.attempt)
        if not self.retry.may_retry_status(operation.side_effect, response.status_code, call.attempt):
            return None
        delay = self.retry.delay(call.attempt, parse_retry_after(response.headers.get("Retry-After")))
        if not call.budget.allows(delay):
            return None
        self.log_retry(operation, f"HTTP {response.status_code}", delay, call.attempt)
        if pause_end is not None:
            call.honoured = max(call.honoured, pause_end)
        call.attempt += 1
        return delay

    @staticmethod
    def outcome_unknown(
        operation: Operation[Any], request: dict[str, Any], reason: str, **details: Any
    ) -> OutcomeUnknownError:
        """The error for a lost answer, with the spec's outcome check filled in from this request."""
        checks = plan_checks(operation, request)
        return OutcomeUnknownError(
            reason,
            how_to_check=describe_checks(operation, checks),
            checks=checks,
            operation=operation.operation_id,
            **details,
        )

    def transport_failure(
        self,
        operation: Operation[Any],
        request: dict[str, Any],
        kwargs: dict[str, Any],
        exc: httpx.TransportError,
    ) -> APIError:
        summary = summarize_request(kwargs["method"], kwargs["url"])
        budget_ran_out = isinstance(exc, CallTimeout)
        if operation.side_effect != "read" and not never_sent(exc):
            return self.outcome_unknown(
                operation,
                request,
                str(exc) if budget_ran_out else f"{type(exc).__name__} after the request may have been sent",
                request_summary=summary,
            )
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        message = f"{exc}: no response" if budget_ran_out else f"{type(exc).__name__}: no response"
        return cls(message, operation=operation.operation_id, request_summary=summary)

    def status_failure(
        self, operation: Operation[Any], request: dict[str, Any], response: httpx.Response
    ) -> APIError:
        error = error_for_status(operation, response)
        if operation.side_effect != "read" and response.status_code >= 500:
            return self.outcome_unknown(
                operation,
                request,
                f"HTTP {response.status_code} from the server",
                status_code=response.status_code,
                code=error.code,
                request_id=error.request_id,
                request_summary=error.request_summary,
            )
        return error

    def finish(
        self, operation: Operation[Any], request: dict[str, Any], response: httpx.Response, auth: httpx.Auth
    ) -> APIResponse[Any]:
        if response.status_code >= 400:
            raise self.status_failure(operation, request, response)
        if self.settings.verify_responses and isinstance(auth, CmpHmacAuth):
            auth.verify_response(response, date_source="response")
        return unwrap(operation, response, strict=self.settings.strict_responses)

    def pause_hint(self, response: httpx.Response) -> float | None:
        """Seconds every new request must wait after a 429 that named them (``Retry-After``)."""
        if response.status_code != 429:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        return None if retry_after is None else min(retry_after, MAX_RETRY_AFTER)

    def log_retry(self, operation: Operation[Any], why: str, delay: float, attempt: int) -> None:
        logger.info(
            "%s: %s; retrying in %.2f s (attempt %d of %d)",
            operation.operation_id,
            why,
            delay,
            attempt + 2,
            self.retry.max_retries + 1,
        )

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
                self._sleep(self.retry_after_failure(call, exc))
                continue
            delay = self.retry_after_answer(call, response)
            if delay is None:
                return self.finish(operation, call.request, response, call.auth)
            self._sleep(delay)

    def _attempt(self, call: _Call) -> httpx.Response:
        """One HTTP attempt inside the rate limiter (a slot is held only while the request is open).

        The body is streamed so the budget can stop a trickle (``BudgetedStream``), and the
        watchdog stops a read blocked on the socket; either stop surfaces as :class:`CallTimeout`.
        """
        budget = call.budget
        try:
            self.limiter.acquire(
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
            response = self.http.send(request, auth=call.auth, stream=True)
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
            self.limiter.release()

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
                await self._sleep(self.retry_after_failure(call, exc))
                continue
            delay = self.retry_after_answer(call, response)
            if delay is None:
                return self.finish(operation, call.request, response, call.auth)
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
        try:
            with anyio.fail_after(budget.stop_in()):
                await self.limiter.acquire(sleep, honoured_until=call.honoured)
                try:
                    kwargs = self.attempt_kwargs(call, exchange.atrace)
                    exchange.handed_over()
                    return await self.http.request(auth=call.auth, **kwargs)
                finally:
                    self.limiter.release()
        except TimeoutError as exc:
            raise budget.out_of_time(maybe_sent=exchange.maybe_sent) from exc

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
