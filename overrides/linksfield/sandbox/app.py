"""``create_app``: the Starlette application serving every operation of the spec, both families' paths.

Routes are derived from the spec (plus each operation's ``x-alias-paths``). Operations with a
handler in ``behaviours/`` are served by it; every other one is answered from the spec alone
(``spec.answers``), so the app serves every operation of whatever document it is given and a new
operation never stops it from starting. The push worker runs as a task of the app's lifespan, and
``/docs`` serves the API reference of the same document (``reference``).

Hostile input is turned into 4xx answers where it enters (``gateway.inputs``); the exception handler
installed here is only the last resort for a bug: a 500 in the family's envelope (never a
traceback, never the input), counted as ``internal_errors`` in ``/_sandbox/stats`` and logged by
the server.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .admin.routes import admin_routes
from .behaviours import HANDLERS
from .config import SandboxConfig
from .gateway.dispatch import endpoint_for
from .gateway.envelopes import error_body
from .gateway.fault_middleware import FaultMiddleware, operation_for, route_table
from .gateway.refusals import Rule
from .pushes.worker import PushWorker
from .reference import reference_endpoint
from .runtime import Runtime
from .spec.answers import serve_plan
from .spec.index import SpecIndex, load_spec_document, spec_index

__all__ = ["create_app"]


def create_app(config: SandboxConfig | None = None, *, index: SpecIndex | None = None) -> Starlette:
    """The app for ``index`` (default: ``config.spec`` if set, else the bundled spec)."""
    config = config or SandboxConfig()
    if index is None:
        index = SpecIndex(load_spec_document(config.spec)) if config.spec else spec_index()
    runtime = Runtime(config, index, served=serve_plan(index, HANDLERS))

    routes: list[BaseRoute] = [
        Route(path, endpoint_for(runtime, op), methods=[op.method], name=f"{op.operation_id}:{path}")
        for op in index.operations
        for path in op.paths
    ]
    routes.extend(admin_routes(runtime))
    routes.append(Route("/docs", reference_endpoint(index), methods=["GET"], name="reference"))
    table = route_table(index)

    async def last_resort(request: Request, exc: Exception) -> Response:
        """An exception nothing expected: 500 in the envelope of the family the path belongs to."""
        with contextlib.suppress(Exception):  # the store itself may be what failed
            await run_in_threadpool(runtime.store.bump, "internal_errors")
        op = operation_for(table, request.url.path)
        message = "internal error: the sandbox could not answer this request (see its log)"
        if op is None:
            body: dict[str, Any] = {"error": message}
        elif op.family == "pool":
            body = error_body("pool", Rule.INVALID, message, pool_code=500)
        else:
            body = {"code": "CB-99-9999", "data": None, "message": message, "success": False}
        return JSONResponse(body, status_code=500, headers={"Connection": "close"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        runtime.wake = asyncio.Event()  # bound to the serving loop
        runtime.loop = asyncio.get_running_loop()
        task = asyncio.create_task(PushWorker(runtime).run(), name="linksfield-sandbox-pushes")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            runtime.loop = None
            runtime.store.close()  # waits for a transaction still running in a worker thread

    app = Starlette(
        routes=routes,
        middleware=[Middleware(FaultMiddleware, runtime=runtime)],
        exception_handlers={Exception: last_resort},
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    return app
