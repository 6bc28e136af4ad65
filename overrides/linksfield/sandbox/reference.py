"""``GET /docs``: the API reference of the document this sandbox serves (``linksfield.apidocs``).

Rendered once, on the first request, from the same document the routes come from (``--spec``
included), so a reader of the sandbox sees exactly what it answers. The page is self-contained
(no script or stylesheet from elsewhere), so it opens on a machine with no network.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from linksfield.apidocs import build_view, render_page

from .spec.index import SpecIndex

__all__ = ["reference_endpoint"]


def reference_endpoint(index: SpecIndex) -> Callable[[Request], Awaitable[Response]]:
    @functools.cache
    def page() -> str:
        document: dict[str, Any] = dict(index.document)
        return render_page(build_view(document))

    async def endpoint(request: Request) -> Response:
        return HTMLResponse(await run_in_threadpool(page), headers={"Cache-Control": "no-cache"})

    return endpoint
