"""Full call overhead: ``client.packages.query_orders(page_no=1, page_size=50)`` against the sandbox
versus a bare httpx POST of the same pre-signed request plus ``json.loads``.

Both share one ``httpx`` client (so one keep-alive connection to the same server) and alternate
call by call, so a slow moment of the machine hits both sides alike. The toolkit's side signs,
validates the arguments, sends, unwraps, parses 50 orders into the generated models and checks
them; the bare side only sends bytes signed once and decodes the JSON.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from .figures import Figure, median
from .sandbox import async_client, client

TARGET = 1.15


def _captured(http: httpx.Client | httpx.AsyncClient) -> tuple[list[httpx.Request], Callable[..., Any]]:
    seen: list[httpx.Request] = []

    def hook(request: httpx.Request) -> None:
        seen.append(request)

    async def async_hook(request: httpx.Request) -> None:
        seen.append(request)

    return seen, async_hook if isinstance(http, httpx.AsyncClient) else hook


def _run_sync(url: str, calls: int) -> tuple[float, float]:
    """Medians (µs) of ``calls`` alternating toolkit and bare calls, after a warm-up."""
    with httpx.Client() as http:
        seen, hook = _captured(http)
        http.event_hooks = {"request": [hook]}
        toolkit = client(url, http)
        toolkit.packages.query_orders(page_no=1, page_size=50)
        http.event_hooks = {"request": []}
        signed = seen[-1]
        body, headers = signed.content, signed.headers

        def toolkit_call() -> None:
            toolkit.packages.query_orders(page_no=1, page_size=50)

        def bare_call() -> None:
            json.loads(http.post(signed.url, headers=headers, content=body).content)

        own: list[float] = []
        bare: list[float] = []
        for index in range(calls + calls // 10):
            for fn, sink in ((toolkit_call, own), (bare_call, bare)):
                started = time.perf_counter()
                fn()
                if index >= calls // 10:  # the first tenth warms both paths
                    sink.append(time.perf_counter() - started)
        return median(own) * 1e6, median(bare) * 1e6


async def _run_async(url: str, calls: int) -> tuple[float, float]:
    async with httpx.AsyncClient() as http:
        seen, hook = _captured(http)
        http.event_hooks = {"request": [hook]}
        toolkit = async_client(url, http)
        await toolkit.packages.query_orders(page_no=1, page_size=50)
        http.event_hooks = {"request": []}
        signed = seen[-1]
        body, headers = signed.content, signed.headers

        async def toolkit_call() -> None:
            await toolkit.packages.query_orders(page_no=1, page_size=50)

        async def bare_call() -> None:
            json.loads((await http.post(signed.url, headers=headers, content=body)).content)

        own: list[float] = []
        bare: list[float] = []
        calls_of: tuple[tuple[Callable[[], Awaitable[None]], list[float]], ...] = (
            (toolkit_call, own),
            (bare_call, bare),
        )
        for index in range(calls + calls // 10):
            for fn, sink in calls_of:
                started = time.perf_counter()
                await fn()
                if index >= calls // 10:
                    sink.append(time.perf_counter() - started)
        return median(own) * 1e6, median(bare) * 1e6


def _figures(mode: str, pairs: list[tuple[float, float]]) -> list[Figure]:
    own = [p[0] for p in pairs]
    bare = [p[1] for p in pairs]
    ratio = median(own) / median(bare)
    return [
        Figure("overhead", f"query_orders, 50 orders, toolkit ({mode})", "µs/call", own),
        Figure("overhead", f"same request, bare httpx + json.loads ({mode})", "µs/call", bare),
        Figure(
            "overhead",
            f"toolkit / bare, ratio of medians ({mode})",
            "x",
            [o / b for o, b in pairs],
            target=f"≤ {TARGET}x",
            met=ratio <= TARGET,
            headline=ratio,
            note="per-run ratios in results.json",
            extra={
                "beside": {"toolkit": f"{median(own):,.0f} µs/call", "bare": f"{median(bare):,.0f} µs/call"}
            },
        ),
    ]


def run(url: str, repeats: int, calls: int = 300) -> list[Figure]:
    sync_pairs = [_run_sync(url, calls) for _ in range(repeats)]
    async_pairs = [asyncio.run(_run_async(url, calls)) for _ in range(repeats)]
    return _figures("sync", sync_pairs) + _figures("async", async_pairs)
