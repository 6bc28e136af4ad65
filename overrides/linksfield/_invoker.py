"""Send described calls: route, validate, sign, retry safely, unwrap. Sync and async.

The facade (generated) describes each call as the keyword arguments of ``httpx.request``; the
invokers here implement its ``SyncInvoker``/``AsyncInvoker`` protocols. Everything that does not
wait on the network lives in shared functions, so both loops stay short and behave the same.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

import attrs
import httpx

from linksfield_api.facade import Operation, Pagination
from linksfield_api.types import Unset

from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    OutcomeUnknownError,
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
from ._spec_checks import check_request
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


class _Core:
    """What both invokers share: settings, routes, retry policy and the non-I/O steps."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.routes = Routes(settings)
        self.retry = RetryPolicy(max_retries=settings.max_retries, retry_unsafe=settings.retry_unsafe)

    def prepare(
        self, operation: Operation[Any], request: dict[str, Any]
    ) -> tuple[httpx.Auth, dict[str, Any]]:
        if self.settings.validate_requests:
            check_request(operation.operation_id, operation.method, operation.path, request)
        route = self.routes.for_family(operation.family)
        kwargs = dict(request)
        kwargs["url"] = route.url(request["url"])
        headers = dict(kwargs.pop("headers", {}) or {})
        headers.setdefault("Accept-Language", self.settings.accept_language)
        headers.setdefault("Content-Type", "application/json")
        kwargs["headers"] = headers
        kwargs["timeout"] = self.settings.timeout
        return route.auth, kwargs

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
        if operation.side_effect != "read" and not never_sent(exc):
            return self.outcome_unknown(
                operation,
                request,
                f"{type(exc).__name__} after the request may have been sent",
                request_summary=summary,
            )
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return cls(
            f"{type(exc).__name__}: no response", operation=operation.operation_id, request_summary=summary
        )

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

    def call(self, operation: Operation[T], request: dict[str, Any]) -> T:
        data: T = self.call_raw(operation, request).data
        return data

    def _send(self, auth: httpx.Auth, kwargs: dict[str, Any], honoured: float) -> httpx.Response:
        """One HTTP attempt inside the rate limiter (a slot is held only while the request is open).

        ``honoured``: the end of a pause this call already slept through in its own retry backoff.
        """
        self.limiter.acquire(self._sleep, honoured_until=honoured)
        try:
            return self.http.request(auth=auth, **kwargs)
        finally:
            self.limiter.release()

    def call_raw(self, operation: Operation[T], request: dict[str, Any]) -> APIResponse[T]:
        auth, kwargs = self.prepare(operation, request)
        attempt = 0
        honoured = -math.inf  # the end of the rate-limit pause this call has slept through itself
        while True:
            started = time.perf_counter()
            try:
                response = self._send(auth, kwargs, honoured)
            except httpx.TransportError as exc:
                if self.retry.may_retry_exception(operation.side_effect, exc, attempt):
                    delay = self.retry.delay(attempt)
                    self.log_retry(operation, type(exc).__name__, delay, attempt)
                    self._sleep(delay)
                    attempt += 1
                    continue
                raise self.transport_failure(operation, request, kwargs, exc) from exc
            pause = self.pause_hint(response)
            pause_end = self.limiter.pause_for(pause) if pause is not None else None
            self.log(operation, response, started, attempt)
            if self.retry.may_retry_status(operation.side_effect, response.status_code, attempt):
                delay = self.retry.delay(attempt, parse_retry_after(response.headers.get("Retry-After")))
                self.log_retry(operation, f"HTTP {response.status_code}", delay, attempt)
                self._sleep(delay)
                if pause_end is not None:
                    honoured = max(honoured, pause_end)
                attempt += 1
                continue
            return self.finish(operation, request, response, auth)

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

    async def call(self, operation: Operation[T], request: dict[str, Any]) -> T:
        data: T = (await self.call_raw(operation, request)).data
        return data

    async def _send(self, auth: httpx.Auth, kwargs: dict[str, Any], honoured: float) -> httpx.Response:
        """One HTTP attempt inside the rate limiter (a slot is held only while the request is open).

        ``honoured``: the end of a pause this call already slept through in its own retry backoff.
        """
        await self.limiter.acquire(self._sleep, honoured_until=honoured)
        try:
            return await self.http.request(auth=auth, **kwargs)
        finally:
            self.limiter.release()

    async def call_raw(self, operation: Operation[T], request: dict[str, Any]) -> APIResponse[T]:
        auth, kwargs = self.prepare(operation, request)
        attempt = 0
        honoured = -math.inf  # the end of the rate-limit pause this call has slept through itself
        while True:
            started = time.perf_counter()
            try:
                response = await self._send(auth, kwargs, honoured)
            except httpx.TransportError as exc:
                if self.retry.may_retry_exception(operation.side_effect, exc, attempt):
                    delay = self.retry.delay(attempt)
                    self.log_retry(operation, type(exc).__name__, delay, attempt)
                    await self._sleep(delay)
                    attempt += 1
                    continue
                raise self.transport_failure(operation, request, kwargs, exc) from exc
            pause = self.pause_hint(response)
            pause_end = self.limiter.pause_for(pause) if pause is not None else None
            self.log(operation, response, started, attempt)
            if self.retry.may_retry_status(operation.side_effect, response.status_code, attempt):
                await self._sleep(
                    self.retry.delay(attempt, parse_retry_after(response.headers.get("Retry-After")))
                )
                if pause_end is not None:
                    honoured = max(honoured, pause_end)
                attempt += 1
                continue
            return self.finish(operation, request, response, auth)

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
