"""The HTTP clients a ``Client``/``AsyncClient`` builds when the user passes none."""

from __future__ import annotations

import httpx

__all__ = ["default_async_http_client", "default_sync_http_client"]

_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)


def default_sync_http_client() -> httpx.Client:
    return httpx.Client(limits=_LIMITS, follow_redirects=False)


def default_async_http_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(limits=_LIMITS, follow_redirects=False)
