"""Applies the fault plan around the spec's operations; ``/_sandbox/`` is never touched.

"Before" faults (429, 5xx, dropped connection) stop the request before any handler runs, so
nothing changed. "After" faults run the request to completion (an order is placed, a push queued)
and then lose or replace the answer: the case where a client cannot know whether its spend landed,
which the admin statistics let a test prove.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Final

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..runtime import Runtime
from ..spec.index import Operation, SpecIndex
from .drop import drop_connection
from .envelopes import error_body
from .refusals import Rule

__all__ = ["ADMIN_PREFIX", "FaultMiddleware", "RouteTable", "operation_for", "route_table"]

ADMIN_PREFIX: Final = "/_sandbox/"


RouteTable = list[tuple[re.Pattern[str], str, Operation]]


def route_table(index: SpecIndex) -> RouteTable:
    """A matcher per operation path (aliases included), for code outside Starlette's router."""
    table = []
    for op in index.operations:
        for path in op.paths:
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path))
            table.append((re.compile(pattern), op.method, op))
    return table


def operation_for(table: RouteTable, path: str, method: str | None = None) -> Operation | None:
    """The operation serving ``path`` (with ``method``, or any method when None)."""
    for pattern, op_method, op in table:
        if (method is None or op_method == method) and pattern.fullmatch(path):
            return op
    return None


def _fault_body(family: str, status: int) -> bytes:
    if family == "cmp" and status == 429:
        body: dict[str, object] = {"message": "API rate limit exceeded"}  # the gateway answers, not the API
    elif family == "pool":
        body = error_body("pool", Rule.INVALID, "service busy, retry later", pool_code=status)
    else:
        code = "CB-99-9500" if status in (429, 503) else "CB-99-9999"
        body = {"code": code, "data": None, "message": "service busy, retry later", "success": False}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


async def _answer(send: Send, status: int, body: bytes, retry_after: int | None = None) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class FaultMiddleware:
    def __init__(self, app: ASGIApp, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime
        self.routes = route_table(runtime.index)

    def _operation(self, path: str, method: str) -> Operation | None:
        return operation_for(self.routes, path, method)

    def _count(self, *names: str) -> None:
        for name in names:
            self.runtime.store.bump(name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope["path"]).startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        op = self._operation(str(scope["path"]), str(scope["method"]))
        if op is None:
            await self.app(scope, receive, send)
            return
        # Counted here, before any fault, so the figure is what clients sent (retries included).
        # In a worker thread, like every store access: a batch may hold the store for seconds.
        await run_in_threadpool(self._count, f"requests.{op.family}", f"calls.{op.operation_id}")
        spec = self.runtime.faults.spec
        decision = self.runtime.faults.decide(op.operation_id, op.family, op.side_effect, str(scope["path"]))
        if decision.delay:
            await run_in_threadpool(self._count, "faults.latency")
            await asyncio.sleep(decision.delay)
        action = decision.action
        if action is None:
            await self.app(scope, receive, send)
            return
        await run_in_threadpool(self._count, f"faults.{action}")
        if action == "drop_before":
            await drop_connection(receive, send)
        elif action == "rate429":
            await _answer(send, 429, _fault_body(op.family, 429), retry_after=spec.retry_after)
        elif action == "error5xx":
            await _answer(send, decision.status, _fault_body(op.family, decision.status))
        else:

            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)  # processed for real; the answer is lost
            if action == "drop_after":
                await drop_connection(receive, send)
            else:
                await _answer(send, decision.status, _fault_body(op.family, decision.status))
