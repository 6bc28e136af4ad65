"""Test helpers: the sandbox as a real uvicorn subprocess, a push receiver, signed clients, the spec.

The sandbox is always started the way a user starts it (``python -m linksfield.sandbox``) and read
back from its first stdout line, so the CLI, the port-0 binding and the printed URL are exercised by
every test that uses it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from jsonschema.exceptions import best_match

from linksfield._signing import CmpHmacAuth, CmpHmacSigner, CsssAuth, CsssSigner, PoolCredentialAuth
from linksfield.sandbox import launcher
from linksfield.sandbox.config import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_CSSS_ACCESS_CODE,
    DEFAULT_CSSS_SECRET,
    DEFAULT_POOL_CREDENTIAL,
    DEFAULT_SECRET_KEY,
)
from linksfield.sandbox.spec.index import Operation, SpecIndex, load_spec_document

SPEC = SpecIndex(load_spec_document())


class SandboxProcess:
    """One ``python -m linksfield.sandbox`` child on 127.0.0.1 and a free port (via ``launcher``),
    plus shared signed clients and admin helpers for the tests."""

    def __init__(self, *args: str, env: Mapping[str, str] | None = None) -> None:
        self._process = launcher.SandboxProcess(*args, env=env)
        # httpx builds an SSL context per Client (~50 ms): share one client per family.
        self._shared: dict[str, httpx.Client] = {}

    @property
    def url(self) -> str:
        return self._process.url

    @property
    def banner(self) -> list[str]:
        return [line.rstrip("\n") for line in self._process.output]

    def start(self) -> SandboxProcess:
        self._process.start()
        deadline = time.monotonic() + 5
        while not any(line.startswith("admin: ") for line in self.banner) and time.monotonic() < deadline:
            time.sleep(0.01)  # the rest of the banner is read by the launcher's drain thread
        return self

    def stop(self) -> None:
        for client in self._shared.values():
            client.close()
        self._shared.clear()
        self._process.stop()

    # -- admin -----------------------------------------------------------------------------------
    def admin(self, method: str, path: str, body: Any = None) -> Any:
        response = self._client("admin", None).request(method, f"/_sandbox/{path}", json=body)
        response.raise_for_status()
        return response.json()

    def stats(self) -> dict[str, Any]:
        result: dict[str, Any] = self.admin("GET", "stats")
        return result

    def fixtures(self) -> dict[str, Any]:
        result: dict[str, Any] = self.admin("GET", "fixtures")
        return result

    def set_faults(self, spec: str) -> None:
        self.admin("POST", "config", {"faults": spec})

    # -- clients ---------------------------------------------------------------------------------
    def _client(self, name: str, auth: httpx.Auth | None) -> httpx.Client:
        if name not in self._shared:
            self._shared[name] = httpx.Client(base_url=self.url, auth=auth, timeout=10, trust_env=False)
        return self._shared[name]

    def cmp(self, **signer: Any) -> AbstractContextManager[httpx.Client]:
        """The shared CMP client; with signer options, a new one (closed after the ``with``)."""
        if signer:
            auth = CmpHmacAuth(CmpHmacSigner(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, **signer))
            return httpx.Client(base_url=self.url, auth=auth, timeout=10, trust_env=False)
        return nullcontext(
            self._client("cmp", CmpHmacAuth(CmpHmacSigner(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)))
        )

    def csss(self) -> AbstractContextManager[httpx.Client]:
        return nullcontext(
            self._client("csss", CsssAuth(CsssSigner(DEFAULT_CSSS_ACCESS_CODE, DEFAULT_CSSS_SECRET)))
        )

    def pool(self, credential: str = DEFAULT_POOL_CREDENTIAL) -> AbstractContextManager[httpx.Client]:
        return nullcontext(self._client(f"pool:{credential}", PoolCredentialAuth(credential)))

    def client_for(self, family: str) -> AbstractContextManager[httpx.Client]:
        return {"cmp": self.cmp, "csss": self.csss, "pool": self.pool}[family]()


@dataclass
class Received:
    path: str
    body: dict[str, Any]


@dataclass
class PushReceiver:
    """A callback endpoint answering each push with its documented acknowledgement.

    ``fail_next`` makes the next N deliveries fail (HTTP 500), ``wrong_ack_next`` answers 200 with a
    body that is not the acknowledgement: both must be retried by the sandbox.
    """

    received: list[Received] = field(default_factory=list)
    attempts: int = 0
    fail_next: int = 0
    wrong_ack_next: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/callback"

    def bodies(self, key: str, value: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r.body for r in self.received if r.body.get(key) == value]

    def wait_for(self, key: str, value: str, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.bodies(key, value)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"expected {count} push(es) with {key}={value}, got {self.bodies(key, value)}")

    @contextmanager
    def running(self) -> Iterator[PushReceiver]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                body = json.loads(raw)
                with receiver.lock:
                    receiver.attempts += 1
                    if receiver.fail_next > 0:
                        receiver.fail_next -= 1
                        self._reply(500, "text/plain", b"down")
                        return
                    if receiver.wrong_ack_next > 0:
                        receiver.wrong_ack_next -= 1
                        self._reply(200, "text/plain", b"ok")
                        return
                    receiver.received.append(Received(self.path, body))
                if "orderid" in body:
                    self._reply(200, "text/plain", b"1")
                else:
                    self._reply(200, "application/json", b'{"code":"0","message":"success"}')

            def _reply(self, status: int, content_type: str, payload: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


# -- spec helpers ----------------------------------------------------------------------------------


def operations() -> list[Operation]:
    return list(SPEC.operations)


def response_schema(operation: Operation, status: int) -> Any:
    raw = SPEC.document["paths"][operation.path][operation.method.lower()]["responses"][str(status)]
    return SPEC.resolve(raw)["content"]["application/json"]["schema"]


def schema_errors(operation: Operation, status: int, body: Any) -> str | None:
    """None when ``body`` is valid for the documented response of ``status``, else the reason."""
    error = best_match(SPEC.validator(response_schema(operation, status)).iter_errors(body))
    return None if error is None else f"{list(error.absolute_path)}: {error.message}"


def schema_valid(schema_name: str, value: Any) -> str | None:
    error = best_match(SPEC.validator({"$ref": f"#/components/schemas/{schema_name}"}).iter_errors(value))
    return None if error is None else f"{list(error.absolute_path)}: {error.message}"


def call(client: httpx.Client, operation: Operation, *, path: Mapping[str, str] | None = None,
         query: Mapping[str, Any] | None = None, body: Any = None, url_path: str | None = None) -> httpx.Response:  # fmt: skip
    target = url_path or operation.path
    for name, value in (path or {}).items():
        target = target.replace("{" + name + "}", value)
    return client.request(operation.method, target, params=dict(query or {}) or None, json=body)


def op(operation_id: str) -> Operation:
    return SPEC.by_id[operation_id]
