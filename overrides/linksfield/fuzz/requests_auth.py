"""The client's httpx signers, usable where only a ``requests`` auth is accepted (schemathesis).

Schemathesis sends with ``requests``; its ``auth.set_from_requests`` hook sees the final prepared
request, so signing there covers the exact bytes on the wire (toolchain note 10). Rather than a
second signer, the prepared request is mirrored into an ``httpx.Request``, run through the same
``httpx.Auth`` flow the client uses, and the result copied back.
"""

from __future__ import annotations

import httpx
import requests
import requests.auth

UNSIGNED_MARKER = "X-Linksfield-Fuzz-Unsigned"
"""Set on requests whose body could not be signed, so their refusal is not counted as a signing bug."""


class HttpxAuthAdapter(requests.auth.AuthBase):
    def __init__(self, auth: httpx.Auth) -> None:
        self._auth = auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._auth!r})"

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        body = prepared.body
        if isinstance(body, str):
            content = body.encode("utf-8")
        elif isinstance(body, bytes):
            content = body
        elif body is None:
            content = b""
        else:
            raise TypeError("streamed request bodies cannot be signed")
        headers = {
            name: value if isinstance(value, str) else value.decode("latin-1")
            for name, value in prepared.headers.items()
        }
        request = httpx.Request(str(prepared.method), str(prepared.url), headers=headers, content=content)
        try:
            signed = next(self._auth.auth_flow(request))
        except ValueError:
            # A deliberately malformed body (negative testing) cannot be signed; send it unsigned
            # and let the server refuse it as it would any unsigned request.
            prepared.headers[UNSIGNED_MARKER] = "1"
            return prepared
        signed.read()
        prepared.headers.clear()
        prepared.headers.update(dict(signed.headers))
        prepared.url = str(signed.url)
        if signed.content or content:
            prepared.body = signed.content
            prepared.headers["Content-Length"] = str(len(signed.content))
        return prepared
