"""Dropping a connection from inside an ASGI app, so a client sees a dead socket, not an answer.

ASGI has no "hang up" message. Under uvicorn the ``receive`` callable an app gets is a bound method
of the connection's request cycle, which holds the asyncio transport; aborting that transport
closes the socket with nothing written, and once uvicorn has seen the connection lost it neither
logs nor sends the 500 it would otherwise send for an app that never answered. The client gets
``Server disconnected without sending a response`` (httpx ``RemoteProtocolError``).

Where no transport can be found (another server), the fallback starts a response that promises a
body and ends the app without sending it: every ASGI server then closes the connection mid-answer,
which the client also sees as a protocol error rather than a usable reply.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from starlette.types import Receive, Send

__all__ = ["drop_connection"]


class _Abortable(Protocol):
    def abort(self) -> None: ...

    def is_closing(self) -> bool: ...


def _transport_of(receive: Receive) -> _Abortable | None:
    owner: Any = getattr(receive, "__self__", None)
    transport = getattr(owner, "transport", None)
    if transport is not None and callable(getattr(transport, "abort", None)):
        return transport  # type: ignore[no-any-return]
    return None


async def drop_connection(receive: Receive, send: Send) -> None:
    """Close the client's connection without a (complete) answer."""
    transport = _transport_of(receive)
    if transport is not None:
        transport.abort()
        # Let the loop run connection_lost so the server marks the cycle disconnected before the
        # app returns; otherwise it would try to answer 500 on a dead socket.
        for _ in range(3):
            await asyncio.sleep(0)
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
        }
    )
    await send({"type": "http.response.body", "body": b"{", "more_body": True})
