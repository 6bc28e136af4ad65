"""The three families' answer envelopes, for successes, refusals, bad requests and faults.

CMP and CSSS share ``{code, data, message, success}`` (``0000`` on success); the pool API answers
``{code, message, traceId, data}`` with an integer code (200 on success, R-POOL-SUCCESS-CODE). The
success message follows ``Accept-Language`` the way the examples do (``success`` / ``成功``, and
``Success`` for answers without data; R-MESSAGE-LANGUAGE): CSSS speaks Chinese when none is sent.
"""

from __future__ import annotations

import secrets
from typing import Any

from .refusals import Rule

__all__ = ["error_body", "success_body", "success_message", "trace_id"]


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
