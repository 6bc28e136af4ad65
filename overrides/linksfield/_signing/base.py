"""What every family's ``httpx.Auth`` shares: the default request headers, set in this one place.

The CMP gateway signs ``Accept-Language`` and ``Content-Type`` by default, and the CSSS and CMP
success messages follow ``Accept-Language``; so every request, from the client or from a plain
``httpx.Client`` using one of these auths, carries both unless the caller chose its own values.
Setting them in the auth flow (the last hook before the wire, re-run for every retry) means a signer
never signs a header the request then lacks.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Final

import httpx

__all__ = ["DEFAULT_HEADERS", "SigningAuth"]

DEFAULT_HEADERS: Final = (("Accept-Language", "en-US"), ("Content-Type", "application/json"))
"""Header values a request gets when the caller sets none (kept where the caller set one)."""


class SigningAuth(httpx.Auth):
    """Sets :data:`DEFAULT_HEADERS`, then lets the family sign the request (:meth:`sign`)."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        headers = request.headers
        present = {key.lower() for key, _ in headers.raw}  # one pass; usually both are there already
        for name, value in DEFAULT_HEADERS:
            if name.lower().encode("ascii") not in present:
                headers[name] = value
        yield self.sign(request)

    def sign(self, request: httpx.Request) -> httpx.Request:
        """The request to send: ``request`` signed in place, or a signed copy."""
        raise NotImplementedError
