"""A replay server in its own process: every request gets a canned answer, in almost no time.

The side-by-side figures must not be hidden by the server: the sandbox spends ~3 ms of work per
request, which sits on both sides of a ratio and flattens it. This server is a bare asyncio
protocol: it reads the request head and body, picks the body by the path (a regular expression
per operation, from the spec's path templates) and writes it back on the kept-alive connection.

``python -m bench.replay BODIES.json`` (``{"<path regex>": "<file of the answer>"}``) prints
``port N`` once it listens on 127.0.0.1, then serves until killed.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from pathlib import Path

_HEAD_END = b"\r\n\r\n"


class _Replay(asyncio.Protocol):
    def __init__(self, routes: list[tuple[re.Pattern[bytes], bytes]]) -> None:
        self._routes = routes
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(_HEAD_END)
            if end < 0:
                return
            head = self._buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            total = end + len(_HEAD_END) + length
            if len(self._buffer) < total:
                return
            self._buffer = self._buffer[total:]
            target = head.split(b" ", 2)[1].split(b"?", 1)[0]
            assert self._transport is not None
            self._transport.write(self._answer(target))

    def _answer(self, path: bytes) -> bytes:
        for pattern, response in self._routes:
            if pattern.fullmatch(path):
                return response
        body = b'{"code":"404","message":"no canned answer"}'
        return b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
            len(body),
            body,
        )


def _response(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )


async def _serve(bodies: Path) -> None:
    table = json.loads(bodies.read_text("utf-8"))
    routes = [
        (re.compile(pattern.encode()), _response(Path(file).read_bytes())) for pattern, file in table.items()
    ]
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Replay(routes), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"port {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_serve(Path(sys.argv[1])))
