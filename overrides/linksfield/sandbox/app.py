"""``create_app``: the Starlette application serving every operation of the spec, both families' paths.

Routes are derived from the spec (plus each operation's ``x-alias-paths``); an operation without a
handler stops the app from being built, so "serves every operation" cannot silently regress when
the spec grows. The push worker runs as a task of the app's lifespan.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from .admin import admin_routes
from .config import SandboxConfig
from .dispatch import endpoint_for
from .fault_middleware import FaultMiddleware
from .handlers import HANDLERS
from .push_worker import PushWorker
from .runtime import Runtime
from .spec_index import SpecIndex, spec_index

__all__ = ["create_app"]


def create_app(config: SandboxConfig | None = None, *, index: SpecIndex | None = None) -> Starlette:
    config = config or SandboxConfig()
    index = index or spec_index()
    missing = sorted(op.operation_id for op in index.operations if op.operation_id not in HANDLERS)
    if missing:
        raise RuntimeError(f"the sandbox has no handler for: {', '.join(missing)}")
    runtime = Runtime(config, index)

    routes: list[BaseRoute] = [
        Route(path, endpoint_for(runtime, op), methods=[op.method], name=f"{op.operation_id}:{path}")
        for op in index.operations
        for path in op.paths
    ]
    routes.extend(admin_routes(runtime))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        runtime.wake = asyncio.Event()  # bound to the serving loop
        task = asyncio.create_task(PushWorker(runtime).run(), name="linksfield-sandbox-pushes")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            runtime.store.close()

    app = Starlette(
        routes=routes, middleware=[Middleware(FaultMiddleware, runtime=runtime)], lifespan=lifespan
    )
    app.state.runtime = runtime
    return app
