"""The three families' answer envelopes, for successes, refusals, bad requests and faults.

CMP and CSSS share ``{code, data, message, success}`` (``0000`` on success); the pool API answers
``{code, message, traceId, data}`` with an integer code (200 on success, R-POOL-SUCCESS-CODE). The
success message follows ``Accept-Language`` the way the examples do (``success`` / ``成功``, and
``Success`` for answers without data; R-MESSAGE-LANGUAGE): CSSS speaks Chinese when none is sent.
"""

from __future__ import annotations

import json
import secrets
from typing import Any, Final

from starlette.responses import JSONResponse

from .refusals import Rule

__all__ = ["JSONAnswer", "error_body", "render_json", "success_body", "success_message", "trace_id"]

_SLICE: Final = 256
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def render_json(value: Any) -> str:
    """``json.dumps`` as Starlette's ``JSONResponse`` does it, long arrays a slice at a time.

    The C encoder holds the GIL for a whole call: one ``dumps`` of a 120,000-device batch answer
    (17 MB) takes 0.2 s during which the event loop's thread cannot run, so the health check
    waits. Encoding slices of :data:`_SLICE` items lets the interpreter switch threads between
    them; the text is byte for byte the same.
    """
    if isinstance(value, list) and len(value) > _SLICE:
        parts = (_encode(value[i : i + _SLICE])[1:-1] for i in range(0, len(value), _SLICE))
        return "[" + ",".join(parts) + "]"
    if (
        isinstance(value, dict)
        and any(isinstance(v, (list, dict)) for v in value.values())
        and all(isinstance(k, str) for k in value)  # other keys: json's own conversion, in one call
    ):
        return "{" + ",".join(f"{_encode(k)}:{render_json(v)}" for k, v in value.items()) + "}"
    return _encode(value)


class JSONAnswer(JSONResponse):
    """A ``JSONResponse`` rendered by :func:`render_json` (same bytes, friendlier to the loop)."""

    def render(self, content: Any) -> bytes:
        return render_json(content).encode("utf-8")


def trace_id() -> str:
    return secrets.token_hex(8)


def success_message(family: str, accept_language: str | None, has_data: bool) -> str:
    if not has_data:
        return "Success"
    language = (accept_language or ("zh-CN" if family == "csss" else "en-US")).lower()
    return "成功" if language.startswith("zh") else "success"


def success_body(family: str, data: Any, accept_language: str | None) -> dict[str, Any]:
    message = success_message(family, accept_language, data is not None)
    if family == "pool":
        return {"code": 200, "message": "success", "traceId": trace_id(), "data": data}
    return {"code": "0000", "data": data, "message": message, "success": True}


def error_body(family: str, rule: Rule, message: str, *, pool_code: int | None = None) -> dict[str, Any]:
    """A refusal (HTTP 200) or bad request (HTTP 400) in the family's envelope, ``data`` null."""
    if family == "pool":
        return {"code": pool_code or rule.pool_code, "message": message, "traceId": trace_id(), "data": None}
    return {"code": rule.cmp_code, "data": None, "message": message, "success": False}
