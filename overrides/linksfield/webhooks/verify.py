"""Optional, pluggable signature verification of pushes (off by default).

CMP documents no signature on its pushes (R-PUSH-SIGNATURE): requiring one would refuse every real
CMP push, so ``make_app`` verifies nothing unless given a :class:`Verifier`. The vendor's newer
platform signs its notifications with HMAC-SHA1 over the raw body and ``x-lf-*`` headers;
:class:`LfHmacSha1Verifier` implements that for receivers of that platform.

Open question (public material is silent; every choice below is a parameter, not a constant):

* which ``x-lf-*`` headers carry the signature, the timestamp and a nonce
  (assumed ``x-lf-signature``, ``x-lf-timestamp``, ``x-lf-nonce``);
* the canonical form (assumed: every ``x-lf-*`` header but the signature, names lower-cased and
  sorted, one ``name:value\\n`` line each, then the raw body bytes; pass ``canonical=`` to change it);
* the encoding of the digest (Base64 and hex are both accepted) and of the timestamp (seconds or
  milliseconds, told apart by size);
* the clock skew allowed (assumed 300 s, configurable).

Verification always sees the exact bytes received, before any parsing, so a re-serialised body
can never be what is checked.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import math
import time
from collections.abc import Callable, Mapping
from typing import Final, Protocol, runtime_checkable

from .errors import SignatureError

__all__ = ["LfHmacSha1Verifier", "Verifier", "lf_canonical"]

_PREFIX: Final = "x-lf-"
_MS_THRESHOLD: Final = 10**11  # a seconds timestamp passes this in the year 5138


@runtime_checkable
class Verifier(Protocol):
    """Checks one push before it is parsed or stored; raises :class:`SignatureError` to refuse it."""

    def verify(self, headers: Mapping[str, str], raw_body: bytes) -> None: ...


def lf_canonical(headers: Mapping[str, str], raw_body: bytes, *, signature_header: str) -> bytes:
    """The assumed signed content: sorted ``x-lf-*`` headers (signature excluded), then the body."""
    lines = sorted(
        (name.lower(), value.strip())
        for name, value in headers.items()
        if name.lower().startswith(_PREFIX) and name.lower() != signature_header
    )
    return "".join(f"{name}:{value}\n" for name, value in lines).encode("utf-8") + raw_body


class LfHmacSha1Verifier:
    """HMAC-SHA1 over the raw body and ``x-lf-*`` headers, with a timestamp tolerance.

    The secret is kept out of ``repr`` and of every error message.
    """

    def __init__(
        self,
        secret: str | bytes,
        *,
        signature_header: str = "x-lf-signature",
        timestamp_header: str | None = "x-lf-timestamp",
        tolerance: float = 300.0,
        canonical: Callable[[Mapping[str, str], bytes], bytes] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
        if not self._key:
            raise ValueError("the signing secret must not be empty")
        self.signature_header = signature_header.lower()
        self.timestamp_header = timestamp_header.lower() if timestamp_header else None
        self.tolerance = tolerance
        self._canonical = canonical or (
            lambda headers, body: lf_canonical(headers, body, signature_header=self.signature_header)
        )
        self._clock = clock

    def __repr__(self) -> str:
        return f"LfHmacSha1Verifier(signature_header={self.signature_header!r}, secret='***')"

    def digest(self, headers: Mapping[str, str], raw_body: bytes) -> bytes:
        names = {k.lower(): v for k, v in headers.items()}
        return hmac.new(self._key, self._canonical(names, raw_body), hashlib.sha1).digest()

    def sign(
        self, raw_body: bytes, *, timestamp: float | None = None, nonce: str | None = None
    ) -> dict[str, str]:
        """The headers a sender would add (for tests and for forwarding pushes between services)."""
        headers: dict[str, str] = {}
        if self.timestamp_header:
            headers[self.timestamp_header] = str(int(self._clock() if timestamp is None else timestamp))
        if nonce is not None:
            headers[f"{_PREFIX}nonce"] = nonce
        headers[self.signature_header] = base64.b64encode(self.digest(headers, raw_body)).decode("ascii")
        return headers

    def verify(self, headers: Mapping[str, str], raw_body: bytes) -> None:
        names = {k.lower(): v for k, v in headers.items()}
        sent = names.get(self.signature_header, "").strip()
        if not sent:
            raise SignatureError(f"{self.signature_header}: missing")
        if self.timestamp_header:
            self._check_timestamp(names.get(self.timestamp_header, "").strip())
        expected = self.digest(names, raw_body)
        if not any(hmac.compare_digest(expected, candidate) for candidate in _decodings(sent)):
            raise SignatureError(f"{self.signature_header}: does not match the body and x-lf-* headers")

    def _check_timestamp(self, text: str) -> None:
        name = self.timestamp_header
        if not text:
            raise SignatureError(f"{name}: missing")
        try:
            stamp = float(text)
        except ValueError:
            stamp = math.nan
        if not math.isfinite(stamp):
            raise SignatureError(f"{name}: not a number")
        if stamp > _MS_THRESHOLD:
            stamp /= 1000.0
        skew = abs(self._clock() - stamp)
        if self.tolerance > 0 and skew > self.tolerance:
            raise SignatureError(f"{name}: {skew:.0f} s away from now (tolerance {self.tolerance:.0f} s)")


def _decodings(text: str) -> list[bytes]:
    """The signature as Base64 and as hex, whichever it turns out to be."""
    out: list[bytes] = []
    with contextlib.suppress(binascii.Error, ValueError):
        out.append(base64.b64decode(text, validate=True))
    with contextlib.suppress(ValueError):
        out.append(bytes.fromhex(text))
    return out
