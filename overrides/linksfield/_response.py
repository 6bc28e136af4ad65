"""The result of ``with_raw_response``: unwrapped data plus the exchange that produced it."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import attrs
import httpx

T = TypeVar("T")

REQUEST_ID_HEADERS = ("x-request-id", "x-trace-id", "traceid", "x-b3-traceid")


def request_id_of(response: httpx.Response, envelope: object) -> str | None:
    """The id support asks for: a tracing header, else the pool envelope's ``traceId``."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    if isinstance(envelope, dict):
        trace = envelope.get("traceId")
        if isinstance(trace, str) and trace:
            return trace
    return None


@attrs.frozen
class APIResponse(Generic[T]):
    """``data`` as the generated model, the parsed JSON envelope, the HTTP response and its id.

    ``unknown_codes`` lists coded values the spec does not know yet (kept as plain values, see
    R-ENUM-OPEN), as ``path=value`` strings.
    """

    data: T
    http_response: httpx.Response
    envelope: dict[str, Any]
    request_id: str | None
    unknown_codes: tuple[str, ...] = ()

    @property
    def status_code(self) -> int:
        return self.http_response.status_code
