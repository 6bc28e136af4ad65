"""A real HTTP server on 127.0.0.1 that answers slowly on purpose, for the call-timeout tests.

The stub transport of ``support`` cannot show a hang: a read timeout is per socket read, so only a
real socket that keeps sending a byte now and then shows whether ``timeout`` bounds the whole call.
Each connection is served by its own thread; every wait is bounded (``MAX_SECONDS``) and the
server stops at the end of the ``with`` block, so a failing client can never hang the suite.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import attrs

Mode = Literal["body", "headers", "silent"]
MAX_SECONDS = 8.0
"""How long one answer may trickle at most; far beyond any budget the tests give the client."""

_QUICK_404 = b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"


@attrs.define
class SlowServer:
    """Answers every request with ``mode``: headers then a byte per ``interval`` (``body``), the
    headers themselves a byte at a time (``headers``), or nothing at all (``silent``)."""

    mode: Mode
    interval: float = 0.3
    warm_up: bool = False
    """Answer the first request of each connection at once (a 404, kept alive), so the next call
    reuses that connection and meets the slow answer on it."""
    max_seconds: float = MAX_SECONDS
    requests: list[bytes] = attrs.field(factory=list)
    _listener: socket.socket = attrs.field(init=False)
    _stop: threading.Event = attrs.field(factory=threading.Event, init=False)
    _threads: list[threading.Thread] = attrs.field(factory=list, init=False)

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._spawn(self._accept)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=self.max_seconds + 2)
        self._listener.close()

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._spawn(self._serve, connection)

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(self.max_seconds)
            try:
                self.requests.append(_read_request(connection))
                if self.warm_up:
                    connection.sendall(_QUICK_404)
                    self.requests.append(_read_request(connection))
                self._answer(connection)
            except OSError:
                pass  # the client gave up and closed: what the tests want

    def _answer(self, connection: socket.socket) -> None:
        ends = time.monotonic() + self.max_seconds
        if self.mode == "body":
            connection.sendall(_HEAD)
            payload = b"{" + b" " * 99_999
        elif self.mode == "headers":
            payload = _HEAD
        else:
            self._stop.wait(self.max_seconds)
            return
        for byte in payload:
            if self._stop.is_set() or time.monotonic() > ends:
                return
            connection.sendall(bytes([byte]))
            self._stop.wait(self.interval)


def _read_request(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@contextmanager
def slow_server(
    mode: Mode, interval: float = 0.3, *, warm_up: bool = False, max_seconds: float = MAX_SECONDS
) -> Iterator[SlowServer]:
    server = SlowServer(mode, interval, warm_up=warm_up, max_seconds=max_seconds)
    server.start()
    try:
        yield server
    finally:
        server.stop()
