"""Signing CMP answers as the gateway does, so the client's opt-in response check has something real.

The gateway signs a response with the consumer's secret over the request's method, path, query and
access key, the response's ``Date`` and the response headers it lists (R-CMP-RESPONSE-VERIFY). The
string is built by ``signature_checks.gateway_string_to_sign``, the same server-side code that checks
requests, never by the client's helpers.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
from typing import Final

from .signature_checks import gateway_string_to_sign

__all__ = ["SIGNED_RESPONSE_HEADERS", "cmp_response_headers"]

SIGNED_RESPONSE_HEADERS: Final = ("Content-Type",)


def cmp_response_headers(
    *, method: str, raw_target: bytes, access_key: str, secret_key: str, content_type: str
) -> dict[str, str]:
    """Headers to add to a CMP answer: Date, the signed-header list and the signature."""
    date = email.utils.formatdate(usegmt=True)
    values = {"Content-Type": content_type.encode("latin-1")}
    lines = [(name, values[name]) for name in SIGNED_RESPONSE_HEADERS]
    to_sign = gateway_string_to_sign(method, raw_target.decode("latin-1"), access_key, date, lines)
    mac = hmac.new(secret_key.encode("utf-8"), to_sign, hashlib.sha256).digest()
    return {
        "Date": date,
        "X-HMAC-ACCESS-KEY": access_key,
        "X-HMAC-ALGORITHM": "hmac-sha256",
        "X-HMAC-SIGNED-HEADERS": ";".join(SIGNED_RESPONSE_HEADERS),
        "X-HMAC-SIGNATURE": base64.b64encode(mac).decode("ascii"),
    }
