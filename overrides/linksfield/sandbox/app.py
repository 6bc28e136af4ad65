"""``create_app``: the Starlette application serving every operation of the spec, both families' paths.

Routes are derived from the spec (plus each operation's ``x-alias-paths``). Operations with a
handler in ``handlers/`` are served by it; every other one is answered from the spec alone
(``spec_answers``), so the app serves every operation of whatever document it is given and a new
operation never stops it from starting. The push worker runs as a task of the app's lifespan.
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
from .spec_answers import serve_plan
from .spec_index import SpecIndex, load_spec_document, spec_index

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
