"""The sandbox's input gate: what a client sends becomes bounded values, or a 4xx naming the field.

Everything a request carries passes through here before anything else reads it: the operations'
dispatch (body, query numbers), request validation, the CSSS pre-parse and signature check, and the
admin routes. Past the gate a handler may assume it holds bounded, encodable values, so SQLite,
``int()`` and JSON rendering cannot fail on them.

The rules for JSON (nesting, number literals, finite numbers, valid Unicode) and their wording are
the toolkit's one bounded-JSON gate, ``linksfield._json_gate``, shared with the webhook receiver;
this module adds what is the sandbox's own: reading the body under its cap, and
:class:`BadRequest`, the exception dispatch turns into the family's 400 (or 413) envelope.

``max_body_bytes`` (``SandboxConfig``, default :data:`DEFAULT_MAX_BODY_BYTES` = 1 MiB)
    Answered with **413** before more than the cap is read: a declared ``Content-Length`` over the
    cap is refused without reading a byte, a chunked body is counted as it streams and reading
    stops at the first byte over. The spec states no size limit, so the cap is chosen well above
    any legitimate request: the biggest request the toolkit itself sends is a bulk-order chunk of at
    most 1,000 devices (the CLI's ``--chunk`` maximum), about 25 KB with 20-digit ICCIDs; 1 MiB
    holds about 45,000 such ids in one ``batchOrderPackages`` (40 times that), while one request
    can no longer hold the event loop or the memory of the process hostage.

Bodies are UTF-8 (RFC 8259; the gateway's web server assumes nothing else). Messages say
``<field>: <reason>`` and never echo the value (it may be huge, binary or secret).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from starlette.requests import ClientDisconnect, Request

from ... import _json_gate as gate

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "BadRequest",
    "BodyTooLarge",
    "decode_json",
    "field_path",
    "is_text",
    "number_from_text",
    "read_body",
]

DEFAULT_MAX_BODY_BYTES: Final = 1024 * 1024

is_text = gate.is_text


def field_path(parts: Iterable[str | int]) -> str:
    """``deviceList[3]``, ``flag_list[0].msg_id``: how messages name a place in a document."""
    return gate.field_path(parts)


class BadRequest(Exception):
    """Input refused before (or by) validation; ``message`` is ``<field>: <reason>``, never the value.

    ``status`` is the HTTP status of the answer: 400 unless a subclass says otherwise.
    """

    status: int = 400

    def __init__(self, field_name: str, reason: str) -> None:
        self.field = gate.field_name(field_name)
        self.reason = reason
        super().__init__(f"{self.field}: {reason}")

    @property
    def message(self) -> str:
        return f"{self.field}: {self.reason}"

    @classmethod
    def from_gate(cls, refused: gate.Unreasonable, field_name: str = "body") -> BadRequest:
        """The first flaw the shared gate found, named by its path (``field_name`` for the whole)."""
        flaw = refused.flaws[0]
        return cls(field_path(flaw.path) or field_name, flaw.reason)


class BodyTooLarge(BadRequest):
    """The body is over the cap (HTTP 413); raised before more than the cap was read."""

    status = 413

    def __init__(self, limit: int) -> None:
        super().__init__("body", f"is larger than {limit} bytes")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, read as it streams and never past ``limit`` bytes (else :class:`BodyTooLarge`).

    A declared ``Content-Length`` over the cap is refused before anything is read (so a client
    sending ``Expect: 100-continue`` is never invited to send it). Chunked bodies have no declared
    length: they are counted chunk by chunk and reading stops at the first chunk past the cap.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        digits = declared.strip().lstrip("0")
        # The server has checked the syntax; comparing lengths first keeps int() on a short string.
        if len(digits) > len(str(limit)) or (digits.isascii() and digits.isdecimal() and int(digits) > limit):
            raise BodyTooLarge(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(limit)
            chunks.append(chunk)
    except ClientDisconnect:
        raise BadRequest("body", "was cut off: the client disconnected") from None
    return b"".join(chunks)


def decode_json(raw: bytes | str) -> Any:
    """Parse a JSON body through the shared gate; :class:`BadRequest` naming the first field at fault."""
    try:
        return gate.loads(raw if isinstance(raw, str) else gate.decode_text(raw))
    except gate.Unreasonable as refused:
        raise BadRequest.from_gate(refused) from None


def number_from_text(raw: str, field_name: str, *, integer: bool) -> int | float | None:
    """The number ``raw`` spells (``52``, ``-3``, ``52.0``, ``1e3``), bounded; None if it spells none.
    Length and finiteness are checked before any conversion (:func:`linksfield._json_gate.number_from_text`)."""
    try:
        return gate.number_from_text(raw, integer=integer)
    except gate.Unreasonable as refused:
        raise BadRequest.from_gate(refused, field_name) from None
