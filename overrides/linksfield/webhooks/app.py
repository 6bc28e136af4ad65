"""The ASGI receiver: verify, parse, persist, hand the event to the handler, acknowledge.

The acknowledgement is the contract with the sender: CMP keeps retrying until it reads exactly
``1`` (order push, ``text/plain``) or ``{"code": "0", "message": "success"}`` (SMS pushes), per the
spec's ``x-acknowledgement`` (R-PUSH-ACK). So the receiver acknowledges only what it has committed
to the store, and acknowledges it even when the user's handler fails: the event is durable and
retried from the store, while a refused acknowledgement would only make the vendor resend it.
How often a handler may run is :mod:`.delivery`'s contract.

Status codes: 200 acknowledged (new or duplicate); 400 malformed or unreasonable body (the answer
names the field and the reason, never the value); 401 a configured verifier refused it; 408 the body
did not arrive within ``body_timeout``; 413 body too large (refused from ``Content-Length`` or while
streaming, before it is read in full); 404/405 wrong path or method. A 4xx means "this push is
wrong and will be refused again": nothing of it is stored. A 5xx means only that the receiver
itself could not store the event (the sender should retry), never that the input was bad.

``make_app`` returns a Starlette app that runs alone or mounts in any Starlette/FastAPI app. A
mounted sub-app's lifespan does not run, so the host app should enter ``receiver.running()`` (the
retry loop) in its own lifespan; ``app.state.receiver`` is the receiver.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, Final

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from .delivery import RetryPolicy, deliver, log_event, retry_due
from .errors import Problem, SignatureError, WebhookPayloadError
from .events import Event, EventKind
from .handlers import AnyHandler, InboxHandler, check_handler
from .parsing import parse
from .sqlite_store import SQLiteEventStore
from .store import EventStore, InboxStore
from .tracker import OrderTracker
from .verify import Verifier

__all__ = ["WebhookReceiver", "acknowledgement", "make_app"]

log = logging.getLogger("linksfield.webhooks")

DEFAULT_MAX_BODY: Final = 1 << 20
DEFAULT_BODY_TIMEOUT: Final = 30.0
SMS_ACK: Final = {"code": "0", "message": "success"}


def acknowledgement(kind: EventKind) -> Response:
    """The exact answer the sender expects for a push of this kind (x-acknowledgement)."""
    if kind is EventKind.ORDER_STATUS:
        return PlainTextResponse("1")
    return JSONResponse(SMS_ACK)


def _refusal(status: int, problems: list[Problem] | tuple[Problem, ...], message: str) -> Response:
    """An error body shaped like the SMS acknowledgement (any ``code`` but "0" is a failure).

    ASCII-escaped JSON: the message may quote the sender's input, which must not be able to make
    the error answer itself fail to encode.
    """
    body = {
        "code": str(status),
        "message": message,
        "errors": [{"field": p.field, "reason": p.reason} for p in problems],
    }
    return Response(json.dumps(body, ensure_ascii=True), status_code=status, media_type="application/json")


def _headers(request: Request) -> dict[str, str]:
    """Lower-cased names; a repeated header becomes one comma-joined value (RFC 9110), so a
    second signature header cannot slip past a verifier that reads only the first."""
    out: dict[str, str] = {}
    for raw_name, raw_value in request.headers.raw:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


class _TooLarge(Exception):
    pass


def _declared_length(headers: dict[str, str]) -> int | None:
    """``Content-Length`` if present and a number (the HTTP server has already refused a bad one)."""
    value = headers.get("content-length", "").strip()
    return int(value) if value.isdigit() else None


class WebhookReceiver:
    """The receiving logic, independent of how it is mounted (see :func:`make_app`)."""

    def __init__(
        self,
        handler: AnyHandler | None = None,
        *,
        store: EventStore | str | Path | None = None,
        verifier: Verifier | None = None,
        tracker: OrderTracker | None = None,
        policy: RetryPolicy | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        background: bool = False,
    ) -> None:
        self.handler: AnyHandler = check_handler(handler or log_event)
        # Anything that is not a path is taken as a store: a structural check could mistake an
        # incomplete store for a file name.
        if store is None or isinstance(store, (str, Path)):
            self.store: EventStore = SQLiteEventStore(":memory:" if store is None else store)
            self._owns_store = True
        else:
            self.store = store
            self._owns_store = False
        if isinstance(self.handler, InboxHandler) and not isinstance(self.store, InboxStore):
            raise TypeError(f"an inbox handler needs a store with handle_atomically; {self.store!r} has none")
        self.verifier = verifier
        self.tracker = tracker
        self.policy = policy or RetryPolicy()
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout
        self.background = background
        self._busy: set[str] = set()
        """Keys this process is storing or delivering (touched on the event loop only): the retry
        loop and concurrent duplicates leave them alone, whatever the lease timing. Across
        processes, the lease does the same."""

    # -- one request -------------------------------------------------------------------------------
    async def receive(self, request: Request, kind: EventKind | None = None) -> Response:
        headers = _headers(request)
        try:
            raw_body = await asyncio.wait_for(self._body(request, headers), self.body_timeout)
        except _TooLarge:
            return self._refuse(
                413, Problem("body", f"is larger than {self.max_body_bytes} bytes"), "refused"
            )
        except asyncio.TimeoutError:
            return self._refuse(
                408, Problem("body", f"not received within {self.body_timeout:g} s"), "refused"
            )
        except ClientDisconnect:
            return _refusal(400, [Problem("body", "incomplete")], "client disconnected")
        if self.verifier is not None:
            try:
                self.verifier.verify(headers, raw_body)
            except SignatureError as exc:
                return _refusal(401, [Problem("signature", str(exc))], f"signature refused: {exc}")
        try:
            # In a worker thread: a hostile body costs at most one linear pass, but not on the loop.
            event = await run_in_threadpool(functools.partial(parse, headers, raw_body, kind=kind))
        except WebhookPayloadError as exc:
            log.warning("refused a push (400): %s", exc)
            return _refusal(400, exc.problems, str(exc))
        return await self._store_and_deliver(event)

    async def _store_and_deliver(self, event: Event) -> Response:
        """Commit, then run the handler (or schedule it), then acknowledge.

        From before it is stored until its handler's outcome is recorded, the event belongs to
        this request: the retry loop must not start it meanwhile (it is due the moment it is
        committed), and a concurrent duplicate only acknowledges.
        """
        key = event.dedup_key
        mine = key not in self._busy
        self._busy.add(key)
        try:
            try:
                new = await run_in_threadpool(self.store.add, event)
            except (sqlite3.Error, OSError) as exc:
                log.error("could not store %s: %s", key, exc)
                return _refusal(503, [Problem("store", "unavailable")], "not stored; please retry")
            if new and self.tracker is not None:
                self.tracker.apply(event)
            if not new:
                log.info("duplicate delivery of %s acknowledged", key)
            response = acknowledgement(event.kind)
            if mine and not self.background:
                await self._deliver(key)
        finally:
            if mine:
                self._busy.discard(key)
        if mine and self.background:
            response.background = BackgroundTask(self._deliver_unless_busy, key)
        return response

    @staticmethod
    def _refuse(status: int, problem: Problem, verb: str) -> Response:
        log.warning("refused a push (%d): %s", status, problem)
        return _refusal(status, [problem], f"{verb}: {problem}")

    async def _body(self, request: Request, headers: dict[str, str]) -> bytes:
        """The body, counted as it streams (chunked or not): refused once past the cap, unread."""
        declared = _declared_length(headers)
        if declared is not None and declared > self.max_body_bytes:
            raise _TooLarge
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    async def _deliver(self, key: str) -> None:
        """Run the handler if this event is due (new, or a redelivery of one waiting for a retry)."""
        try:
            await deliver(self.store, self.handler, key, self.policy)
        except (sqlite3.Error, OSError) as exc:  # stored already: the retry loop picks it up
            log.error("could not record the outcome of %s: %s", key, exc)

    async def _deliver_unless_busy(self, key: str) -> None:
        """``background=True``: after the acknowledgement, unless the retry loop got there first."""
        if key in self._busy:
            return
        self._busy.add(key)
        try:
            await self._deliver(key)
        finally:
            self._busy.discard(key)

    # -- background ----------------------------------------------------------------------------------
    async def retry_forever(self) -> None:
        """Deliver due events every ``policy.poll_interval`` seconds until cancelled."""
        while True:
            try:
                await retry_due(self.store, self.handler, self.policy, busy=self._busy)
            except (sqlite3.Error, OSError) as exc:
                log.error("retry pass failed: %s", exc)
            await asyncio.sleep(self.policy.poll_interval)

    @contextlib.asynccontextmanager
    async def running(self, *, retry_loop: bool = True) -> AsyncIterator[WebhookReceiver]:
        """Rebuild the tracker from the store, run the retry loop, close an owned store at exit."""
        if self.tracker is not None:
            self.tracker.apply_all(s.event for s in self.store.events(EventKind.ORDER_STATUS))
        task = (
            asyncio.create_task(self.retry_forever(), name="linksfield-webhooks-retry")
            if retry_loop
            else None
        )
        try:
            yield self
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if self._owns_store:
                self.store.close()

    # -- routing ---------------------------------------------------------------------------------
    def routes(self) -> list[Route]:
        """``POST /`` (kind detected) and ``POST /<kind>`` (kind enforced), plus ``GET /health``."""

        def endpoint(kind: EventKind | None) -> Callable[[Request], Any]:
            async def handle(request: Request) -> Response:
                return await self.receive(request, kind)

            return handle

        async def health(request: Request) -> Response:
            counts = await run_in_threadpool(self.store.counts)
            return JSONResponse({"status": "ok", "events": dict(counts)})

        routes = [Route("/", endpoint(None), methods=["POST"])]
        routes += [Route(f"/{kind.value}", endpoint(kind), methods=["POST"]) for kind in EventKind]
        routes.append(Route("/health", health, methods=["GET"]))
        return routes


def make_app(
    handler: AnyHandler | None = None,
    *,
    store: EventStore | str | Path | None = None,
    verifier: Verifier | None = None,
    tracker: OrderTracker | None = None,
    policy: RetryPolicy | None = None,
    retry_loop: bool = True,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    background: bool = False,
) -> Starlette:
    """A Starlette app receiving all three pushes.

    ``handler`` (default: log each event) runs on each event after it is stored: a plain
    ``handler(event)`` at least once (again only after it raised, or if it was in flight at a
    crash), or an ``@inbox`` ``handler(event, tx)`` exactly once for its writes through ``tx``
    (see :mod:`.delivery`). ``store`` is an :class:`EventStore` or a SQLite path (default: in
    memory, not durable); ``verifier`` checks signatures (default: none, as CMP sends none);
    ``tracker`` is fed every new order push and rebuilt from the store at startup;
    ``max_body_bytes`` and ``body_timeout`` bound what one request may cost (413, 408);
    ``background=True`` acknowledges before the handler runs.
    """
    receiver = WebhookReceiver(
        handler,
        store=store,
        verifier=verifier,
        tracker=tracker,
        policy=policy,
        max_body_bytes=max_body_bytes,
        body_timeout=body_timeout,
        background=background,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with receiver.running(retry_loop=retry_loop):
            yield

    app = Starlette(routes=receiver.routes(), lifespan=lifespan)
    app.state.receiver = receiver
    return app
