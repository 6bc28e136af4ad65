"""Credential for the pool and card API (``/api/v1/pool/...``, ``/api/v1/card/...``).

Assumption, recorded because no public page states this API's authentication: a static credential
sent in one request header. The header name and an optional value prefix (e.g. ``"Bearer "`` with
``header_name="Authorization"``) are configurable so the real scheme can be matched once known.
"""

from __future__ import annotations

import httpx

from .._secret import Secret
from .base import SigningAuth

__all__ = ["PoolCredentialAuth"]


class PoolCredentialAuth(SigningAuth):
    """Adds the user-supplied credential header to every request."""

    def __init__(self, value: Secret | str, *, header_name: str = "X-API-Key", prefix: str = "") -> None:
        if not header_name or any(c in header_name for c in ": \t\r\n"):
            raise ValueError(f"invalid header name {header_name!r}")
        self._value = Secret(value)
        if not self._value:
            raise ValueError("the credential must not be empty")
        if any(c in self._value.get_secret_value() + prefix for c in "\r\n"):
            raise ValueError("the credential must be a single line")
        self.header_name = header_name
        self.prefix = prefix

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header_name={self.header_name!r}, value={self._value!r})"

    def sign(self, request: httpx.Request) -> httpx.Request:
        request.headers[self.header_name] = self.prefix + self._value.get_secret_value()
        return request
