"""Admin arguments: bodies through the input gate, every value bounded, a bad one a 4xx naming it.

The admin routes are unauthenticated but not unchecked: a body is a JSON object decoded by the same
gate as the API's (``gateway.inputs``), and every argument is bounded (``limit`` 0 to 1,000,000,
``seed`` a signed 64-bit integer, ``callback_url`` an http(s) URL, text at most 4,096 characters),
so a bad one is ``{"error": "<field>: <reason>"}`` with a 4xx, never a 500.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Final

import httpx
from starlette.responses import JSONResponse, Response

from ... import _json_gate as gate
from ..gateway.inputs import BadRequest, decode_json, is_text, number_from_text

__all__ = [
    "CALLBACK_URL_MAX",
    "PUSHES_LIMIT_MAX",
    "SEED_MAX",
    "SEED_MIN",
    "bounded_integer",
    "callback_url",
    "json_object",
    "refused",
    "text_arg",
]

PUSHES_LIMIT_MAX: Final = 1_000_000
SEED_MIN: Final = -(2**63)
SEED_MAX: Final = 2**63 - 1
CALLBACK_URL_MAX: Final = 2048


def json_object(raw: bytes) -> dict[str, Any]:
    """An admin body: empty means ``{}``; otherwise a JSON object through the input gate."""
    if not raw.strip():
        return {}
    document = decode_json(raw)
    if not isinstance(document, dict):
        raise BadRequest("body", "must be a JSON object")
    return document


def refused(bad: BadRequest) -> Response:
    """An admin route's 4xx: ``{"error": "<field>: <reason>"}`` with the refusal's status."""
    response = JSONResponse({"error": bad.message}, status_code=bad.status)
    if bad.status == 413:
        response.headers["Connection"] = "close"  # the rest of the body is not read
    return response


def callback_url(value: Any) -> str | None:
    """``callback_url``: null or empty to switch pushes off, else an absolute http(s) URL."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadRequest("callback_url", "must be a string or null")
    if not is_text(value):
        raise BadRequest("callback_url", gate.LONE_SURROGATE)
    if len(value) > CALLBACK_URL_MAX:
        raise BadRequest("callback_url", f"must be at most {CALLBACK_URL_MAX} characters")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise BadRequest("callback_url", "is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise BadRequest("callback_url", "must be an absolute http or https URL")
    return value


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
        raise BadRequest(name, gate.LONE_SURROGATE)
    if len(text) > max_length:
        raise BadRequest(name, f"must be at most {max_length} characters")
    return text
