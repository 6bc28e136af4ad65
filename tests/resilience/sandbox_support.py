"""Helpers of the sandbox's resilience suite: exact bytes to a real sandbox process, signed per family.

The sandbox runs as users run it (``python -m linksfield.sandbox`` on 127.0.0.1, through
``tests.sandbox.support.SandboxProcess``). Hostile requests are built from raw bytes: CMP requests
are signed by the client's own signer over what is sent (with ``--require-digest`` the signature
covers the body bytes too); CSSS requests carry their ``sign`` in the body, computed over the
document as the sandbox will see it, and serialised with ``ensure_ascii`` so lone surrogates travel
as ``\\ud800`` escapes; pool requests carry the header credential; admin requests carry nothing.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Mapping
from typing import Any, Final

import httpx

from linksfield._signing import CmpHmacAuth, CmpHmacSigner, CmpOptions, CsssSigner
from linksfield.sandbox.app import create_app
from linksfield.sandbox.config import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_CSSS_ACCESS_CODE,
    DEFAULT_CSSS_SECRET,
    DEFAULT_POOL_CREDENTIAL,
    DEFAULT_POOL_HEADER,
    DEFAULT_SECRET_KEY,
    SandboxConfig,
)
from linksfield.sandbox.gateway.inputs import DEFAULT_MAX_BODY_BYTES
from tests.sandbox.support import SPEC, SandboxProcess

CAP: Final = DEFAULT_MAX_BODY_BYTES
JSON: Final = {"Content-Type": "application/json"}
SIGNER: Final = CsssSigner(DEFAULT_CSSS_ACCESS_CODE, DEFAULT_CSSS_SECRET)


def operation_routes() -> list[tuple[str, str, str, str]]:
    """(family, method, path template, operation id) of every operation path of the spec, aliases
    included."""
    return [(op.family, op.method, path, op.operation_id) for op in SPEC.operations for path in op.paths]


def admin_routes() -> list[tuple[str, str]]:
    """(method, path template) of every ``/_sandbox/`` route, read from the app itself."""
    app = create_app(SandboxConfig(devices=5))
    try:
        return sorted(
            (method, route.path)
            for route in app.routes
            if getattr(route, "path", "").startswith("/_sandbox/")
            for method in (getattr(route, "methods", None) or ()) - {"HEAD"}
        )
    finally:
        app.state.runtime.store.close()


def csss_body(document: Mapping[str, Any], **globals_: Any) -> bytes:
    """``document`` plus the CSSS global parameters and its ``sign`` (the request is genuinely
    signed whenever the document can be signed at all), as JSON text with escaped non-ASCII."""
    merged: dict[str, Any] = {
        **document,
        "access_code": DEFAULT_CSSS_ACCESS_CODE,
        "timestamp": str(int(time.time())),
        "version": "2.0",
        **globals_,
    }
    merged.pop("sign", None)
    try:
        merged["sign"] = SIGNER.sign(merged)
    except (UnicodeEncodeError, ValueError, TypeError, RecursionError):
        merged["sign"] = "cannot-be-signed"  # lone surrogates: refused before the signature anyway
    return json.dumps(merged, ensure_ascii=True).encode("ascii")


class Raw:
    """Sends exact bytes to one sandbox, authenticated as the family needs."""

    def __init__(self, sandbox: SandboxProcess, *, digest: bool = False) -> None:
        self.url = sandbox.url
        signer = CmpHmacSigner(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, options=CmpOptions(body_digest=digest))
        self._cmp = httpx.Client(base_url=self.url, auth=CmpHmacAuth(signer), timeout=30, trust_env=False)
        self._plain = httpx.Client(base_url=self.url, timeout=30, trust_env=False)

    def close(self) -> None:
        self._cmp.close()
        self._plain.close()

    def send(
        self,
        family: str,
        method: str,
        target: str,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        extra = {**JSON, **(headers or {})}
        if family == "cmp":
            return self._cmp.request(method, target, content=body, headers=extra)
        if family == "pool":
            extra[DEFAULT_POOL_HEADER] = DEFAULT_POOL_CREDENTIAL
        return self._plain.request(method, target, content=body, headers=extra)


def health_seconds(url: str, timeout: float = 30.0) -> float:
    """How long ``/_sandbox/health`` takes on a fresh connection (raises if it does not answer).

    A bare socket, so the figure is the server's: an httpx client per call would add its own SSL
    context set-up (tens of milliseconds of this process's CPU) to every measurement.
    """
    host, port = url.removeprefix("http://").rsplit(":", 1)
    start = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(b"GET /_sandbox/health HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    seconds = time.monotonic() - start
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b'{"status":"ok"}'), answer[:300]
    return seconds


def assert_alive(sandbox: SandboxProcess) -> None:
    assert health_seconds(sandbox.url, timeout=5.0) < 5.0


def pid_of(sandbox: SandboxProcess) -> int:
    process = sandbox._process._process  # the launcher's Popen
    assert process is not None
    return process.pid


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


GRACEFUL_CANCEL = "Task cancelled, timeout graceful shutdown exceeded"
"""The last line of what uvicorn logs for a request it cancels when its graceful shutdown window
(``timeout_graceful_shutdown``) ends: the designed way a stop cuts a long request short."""


def server_errors(sandbox: SandboxProcess, *, stopped_mid_request: bool = False) -> list[str]:
    """Lines of the sandbox's own output that report an exception (it logs one per 500).

    ``stopped_mid_request``: the test stopped the sandbox while a request ran, so uvicorn may have
    cancelled it at the end of its shutdown window; that traceback (and only it) is no error.
    """
    text = "\n".join(sandbox.banner)
    if stopped_mid_request:
        # Each traceback uvicorn logs ends at its exception's line; drop the ones of a cancel.
        blocks = text.split("Exception in ASGI application")
        text = blocks[0] + "".join(
            "Exception in ASGI application" + block for block in blocks[1:] if GRACEFUL_CANCEL not in block
        )
    return [line for line in text.splitlines() if "Traceback" in line or "Exception in ASGI" in line]
