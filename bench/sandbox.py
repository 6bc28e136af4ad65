"""The sandbox every network figure runs against, and clients pointed at it.

Everything binds 127.0.0.1; the credentials are the sandbox's public defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx

import linksfield
from linksfield.sandbox import config as defaults
from linksfield.sandbox.launcher import SandboxProcess

__all__ = ["SandboxProcess", "async_client", "client", "cpu_seconds", "credentials", "fixtures", "reset"]


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


def cpu_seconds(sandbox: SandboxProcess) -> float | None:
    """CPU time (user + system) the sandbox process has used so far; None where ``/proc`` is missing.

    Read from the outside, so the sandbox's own work per request can be set beside what a client
    achieves: the sandbox is one process on one event loop, so a sandbox busy a whole core is
    the ceiling of any client's throughput against it.
    """
    process = sandbox._process  # the launcher keeps its child private; only its pid is read here
    stat = Path(f"/proc/{process.pid}/stat") if process is not None else None
    if stat is None or not stat.is_file():
        return None
    # Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    # utime and stime are the 12th and 13th, in clock ticks.
    fields = stat.read_text(encoding="ascii").rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
