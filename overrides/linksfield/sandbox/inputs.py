"""The one gate for what a client sends: undecodable or unreasonable input becomes a 4xx naming the field.

Everything a request carries passes through here before anything else reads it: the operations'
dispatch (body, query numbers), request validation, the CSSS pre-parse and signature check, and the
admin routes. Past the gate a handler may assume it holds bounded, encodable values, so SQLite,
``int()`` and JSON rendering cannot fail on them. Each limit, and why it is where it is:

``max_body_bytes`` (``SandboxConfig``, default :data:`DEFAULT_MAX_BODY_BYTES` = 1 MiB)
    Answered with **413** before more than the cap is read: a declared ``Content-Length`` over the
    cap is refused without reading a byte, a chunked body is counted as it streams and reading
    stops at the first byte over. The spec states no size limit, so the cap is chosen well above
    any legitimate request: the biggest request the toolkit itself sends is a bulk-order chunk of at
    most 1,000 devices (the CLI's ``--chunk`` maximum), about 25 KB with 20-digit ICCIDs; 1 MiB
    holds about 45,000 such ids in one ``batchOrderPackages`` (40 times that), while one request
    can no longer hold the event loop or the memory of the process hostage.
:data:`MAX_DEPTH` (64 levels of arrays/objects)
    No request of the spec nests deeper than 4; 64 leaves room for anything schema-valid and keeps
    every recursive consumer (the validator, the CSSS canonical form) far from Python's limit.
:data:`MAX_DIGITS` (64 digits in an integer)
    Checked *before* any ``int()``: a 5,000-digit number would otherwise hit Python's int
    conversion limit (a ``ValueError`` far from the field). 64 digits is past any 64-bit id or
    count (19 digits) and past the 128-bit integers property-based fuzzers draw. Numbers with a
    fraction or exponent are doubles whatever their digits (``1.7976931348623157e+308`` is a valid
    value a contract fuzzer sends, and is kept); only non-finite ones (``NaN``, ``Infinity``, and
    ``1e400``, which overflows to infinity) are refused: JSON has no such numbers.
Valid Unicode
    A lone surrogate (``"\\ud800"``) is legal JSON text but not a Unicode string: SQLite, UTF-8
    encoding and the CSSS signature all fail on it, so it is refused wherever it appears (values
    and property names).

Messages say ``<field>: <reason>`` and never echo the value (it may be huge, binary or secret);
field names longer than :data:`MAX_FIELD_NAME` characters are clipped.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from starlette.requests import ClientDisconnect, Request

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "BadRequest",
    "BodyTooLarge",
    "bounded_integer",
    "decode_json",
    "field_path",
    "is_text",
    "number_from_text",
    "read_body",
    "text_arg",
]

DEFAULT_MAX_BODY_BYTES: Final = 1024 * 1024
MAX_DEPTH: Final = 64
MAX_DIGITS: Final = 64
MAX_FIELD_NAME: Final = 80

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_INTEGER_TEXT: Final = re.compile(r"[+-]?[0-9]+")
_NUMBER_TEXT: Final = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def _clip(name: str) -> str:
    return name if len(name) <= MAX_FIELD_NAME else name[: MAX_FIELD_NAME - 1] + "…"


class BadRequest(Exception):
    """Input refused before (or by) validation; ``message`` is ``<field>: <reason>``, never the value.

    ``status`` is the HTTP status of the answer: 400 unless a subclass says otherwise.
    """

    status: int = 400

    def __init__(self, field_name: str, reason: str) -> None:
        self.field = _clip(field_name)
        self.reason = reason
        super().__init__(f"{self.field}: {reason}")

    @property
    def message(self) -> str:
        return f"{self.field}: {self.reason}"


class BodyTooLarge(BadRequest):
    """The body is over the cap (HTTP 413); raised before more than the cap was read."""

    status = 413

    def __init__(self, limit: int) -> None:
        super().__init__("body", f"is larger than {limit} bytes")


def field_path(parts: Iterable[str | int]) -> str:
    """``deviceList[3]``, ``flag_list[0].msg_id``: how messages name a place in a document."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def is_text(value: str) -> bool:
    """True when ``value`` is valid Unicode (no lone surrogate), i.e. encodable as UTF-8."""
    return value.isascii() or _SURROGATE.search(value) is None


# -- the body --------------------------------------------------------------------------------------


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


class _Unreasonable:
    """Put in a decoded document where a number could not be kept; reported with its field."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


_TOO_LONG: Final = _Unreasonable(f"has more than {MAX_DIGITS} digits")
_NOT_FINITE: Final = _Unreasonable("must be a finite number")


def _parse_int(text: str) -> int | _Unreasonable:
    digits = len(text) - (text[:1] == "-")
    return _TOO_LONG if digits > MAX_DIGITS else int(text)


def _parse_float(text: str) -> float | _Unreasonable:
    value = float(text)  # float() has no digit limit; 1e400 becomes inf
    return value if math.isfinite(value) else _NOT_FINITE


def _parse_constant(name: str) -> _Unreasonable:
    return _NOT_FINITE  # NaN, Infinity, -Infinity: Python extensions, not JSON


def decode_json(raw: bytes | str, *, root: str = "body", max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text and check every value; raises :class:`BadRequest` naming the first field at fault.

    ``root`` names the document itself in messages (``body: must be valid JSON``); places inside it
    are named by their path (``flag_list[0].msg_id: is not valid Unicode``).
    """
    try:
        document = json.loads(
            raw, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
        )
    except RecursionError:
        raise BadRequest(root, f"nested deeper than {max_depth} levels") from None
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise BadRequest(root, "must be valid JSON") from None
    inspect_document(document, root=root, max_depth=max_depth)
    return document


def inspect_document(document: Any, *, root: str = "body", max_depth: int = MAX_DEPTH) -> None:
    """Depth, numbers and text of an already-decoded document, iteratively (no recursion to exhaust)."""
    stack: list[tuple[Any, tuple[str | int, ...], int]] = [(document, (), 1)]
    while stack:
        value, parts, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > max_depth:
                raise BadRequest(root, f"nested deeper than {max_depth} levels")
            if isinstance(value, dict):
                items: list[tuple[str | int, Any]] = []
                for key, item in value.items():
                    if not is_text(key):
                        raise BadRequest(
                            field_path(parts) or root, "has a property name that is not valid Unicode"
                        )
                    items.append((key, item))
            else:
                items = list(enumerate(value))
            stack.extend((item, (*parts, key), depth + 1) for key, item in reversed(items))
        elif isinstance(value, str):
            if not is_text(value):
                raise BadRequest(field_path(parts) or root, "is not valid Unicode")
        elif isinstance(value, _Unreasonable):
            raise BadRequest(field_path(parts) or root, value.reason)
        elif isinstance(value, float) and not math.isfinite(value):
            raise BadRequest(field_path(parts) or root, _NOT_FINITE.reason)


# -- scalars from text (query strings, admin arguments) --------------------------------------------


def number_from_text(raw: str, field_name: str, *, integer: bool) -> int | float | None:
    """The number ``raw`` spells in plain ASCII (``52``, ``-3``, ``52.0``, ``1e3``), bounded; None if
    it spells none. Digit count and finiteness are checked before any conversion."""
    if _INTEGER_TEXT.fullmatch(raw):
        if len(raw.lstrip("+-")) > MAX_DIGITS:
            raise BadRequest(field_name, _TOO_LONG.reason)
        return int(raw)
    if not _NUMBER_TEXT.fullmatch(raw):
        return None
    number = float(raw)
    if not math.isfinite(number):
        raise BadRequest(field_name, _NOT_FINITE.reason)
    if integer and number.is_integer():
        return int(number)
    return number


def bounded_integer(value: Any, field_name: str, *, minimum: int, maximum: int) -> int:
    """An integer argument (JSON integer, whole number, or digit string), within [minimum, maximum]."""
    number: int | float | None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = value if math.isfinite(value) else None
    elif isinstance(value, str):
        number = number_from_text(value.strip(), field_name, integer=True) if is_text(value) else None
    else:
        number = None
    if number is None or (isinstance(number, float) and not number.is_integer()):
        raise BadRequest(field_name, "must be a whole number")
    if not minimum <= number <= maximum:
        raise BadRequest(field_name, f"must be between {minimum} and {maximum}")
    return int(number)


def text_arg(
    document: Mapping[str, Any], name: str, *, default: str | None = None, max_length: int = 4096
) -> str | None:
    """A string argument of an admin body: a JSON string (or a number, as text), valid and bounded."""
    value = document.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise BadRequest(name, "must be a string")
    text = value if isinstance(value, str) else str(value)
    if not is_text(text):
        raise BadRequest(name, "is not valid Unicode")
    if len(text) > max_length:
        raise BadRequest(name, f"must be at most {max_length} characters")
    return text
