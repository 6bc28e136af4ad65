"""The sandbox every network figure runs against, and clients pointed at it.

Everything binds 127.0.0.1; the credentials are the sandbox's public defaults.
"""

from __future__ import annotations

from typing import Any

import httpx

import linksfield
from linksfield.sandbox import config as defaults
from linksfield.sandbox.launcher import SandboxProcess

__all__ = ["SandboxProcess", "async_client", "client", "credentials", "fixtures", "reset"]


def credentials(url: str) -> dict[str, Any]:
    """Client arguments for a sandbox at ``url``, with the client-side rate limiter switched off.

    ``0`` is the constructor's "off" (``None`` there means "default"): the figures measure the
    toolkit's own cost, not the pacing it applies on purpose.
    """
    return {
        **defaults.client_arguments(url),
        "rate_limit": 0,
        "max_concurrency": 0,
    }


def client(url: str, http: httpx.Client | None = None) -> linksfield.Client:
    return linksfield.Client(**credentials(url), http_client=http)


def async_client(url: str, http: httpx.AsyncClient | None = None) -> linksfield.AsyncClient:
    return linksfield.AsyncClient(**credentials(url), http_client=http)


def fixtures(sandbox: SandboxProcess) -> dict[str, Any]:
    payload: dict[str, Any] = httpx.get(sandbox.admin_url + "/fixtures", timeout=30.0).json()
    return payload


def reset(sandbox: SandboxProcess) -> None:
    """Wipe and reseed (same seed): every run of a mutating figure starts from the same state."""
    httpx.post(sandbox.admin_url + "/reset", json={}, timeout=300.0).raise_for_status()
