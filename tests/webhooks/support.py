"""Helpers: spec example payloads, a real uvicorn server in a thread, the CLI as a subprocess.

Everything talks HTTP over 127.0.0.1 (no Starlette TestClient, toolchain note 13), so the
acknowledgement bytes and content types are checked as a sender sees them.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import uvicorn
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
EXAMPLES: dict[str, dict[str, Any]] = {
    name: SPEC["components"]["examples"][name]["value"]
    for name in ("OrderStatusPush", "SmsMtPush", "SmsMoPush")
}
SMS_ACK = {"code": "0", "message": "success"}


def body(value: Mapping[str, Any]) -> bytes:
    return json.dumps(dict(value), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def order_push(
    order_id: str, operation: str, time_: str, *, assetid: str = "89852420180910344720"
) -> dict[str, Any]:
    return {
        "assetid": assetid,
        "imsi": "204046990912345",
        "operation": operation,
        "orderid": order_id,
        "time": time_,
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerThread:
    """``uvicorn.Server`` on 127.0.0.1 in a daemon thread (lifespan on), stopped on exit."""

    def __init__(self, app: Any) -> None:
        self.app = app
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted connections only when the
        # listening socket says TCP, otherwise every request pays a 40 ms delayed-ACK stall.
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def wait_until(predicate: Any, timeout: float = 10.0, message: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {message}")


def subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(ROOT / "generated"), str(ROOT / "overrides"), str(ROOT)]
    env["PYTHONPATH"] = os.pathsep.join([*paths, *filter(None, [env.get("PYTHONPATH")])])
    env.update(extra)
    return env


class ReceiverProcess:
    """``python -m linksfield.webhooks`` as a child process, so it can be SIGKILLed like a real crash
    (``module`` runs another entry point with the same arguments, e.g. one with hold points)."""

    def __init__(
        self,
        workdir: Path,
        *args: str,
        env: Mapping[str, str] | None = None,
        module: str = "linksfield.webhooks",
    ) -> None:
        self.workdir = workdir
        self.args = list(args)
        self.env = dict(env or {})
        self.module = module
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self, timeout: float = 15.0) -> ReceiverProcess:
        stamp = time.monotonic_ns()
        out_path, err_path = self.workdir / f"out-{stamp}.txt", self.workdir / f"err-{stamp}.txt"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", self.module, *self.args],
                stdout=out,
                stderr=err,
                env=subprocess_env(**self.env),
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = out_path.read_text(encoding="utf-8").splitlines()
            if lines and lines[0].startswith("webhooks listening on "):
                self.url = lines[0].removeprefix("webhooks listening on ").strip()
                break
            if self.proc.poll() is not None:
                raise RuntimeError(f"receiver exited: {err_path.read_text()}")
            time.sleep(0.02)
        else:
            self.kill()
            raise RuntimeError(f"receiver did not start: {err_path.read_text()}")
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return self
            time.sleep(0.02)
        self.kill()
        raise RuntimeError("receiver never became healthy")

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


class RawResponse(NamedTuple):
    status: int
    body: bytes
    sent: int
    """Body bytes the client got onto the wire before the answer came (or the connection ended)."""
    seconds: float


def raw_request(url: str, head: bytes, chunks: Iterable[bytes] = (), *, timeout: float = 15.0) -> RawResponse:
    """Send ``head`` then ``chunks`` on a bare socket, stopping as soon as the server answers (so a
    413 can arrive while the client still has megabytes to send), and read that answer."""
    host, port = url.removeprefix("http://").rstrip("/").rsplit(":", 1)
    started = time.monotonic()
    sent = 0
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(head)
        for chunk in chunks:
            if select.select([sock], [], [], 0)[0]:
                break  # the answer is there: stop sending, as a well-behaved client would
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        answer = b""
        with contextlib.suppress(ConnectionResetError, TimeoutError):
            while b"\r\n\r\n" not in answer or len(answer) < _answer_length(answer):
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
    seconds = time.monotonic() - started
    head_part, _, body_part = answer.partition(b"\r\n\r\n")
    status = int(head_part.split(b" ", 2)[1]) if head_part.startswith(b"HTTP/") else 0
    return RawResponse(status, body_part, sent, seconds)


def _answer_length(answer: bytes) -> int:
    head, sep, _ = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(head) + len(sep) + int(value.strip())
    return len(answer) + 1  # no length: read until the server closes
