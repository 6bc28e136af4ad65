"""Request signing and response verification for the CMP API's gateway HMAC scheme.

The signature is computed from the request exactly as httpx will put it on the wire (raw target,
final headers, final body), because the gateway recomputes it from what it receives; signing a
pre-encoding view of the URL is the classic way to get sporadic 401s on unusual characters.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Final, Literal, get_args

import httpx

from .._exceptions import ConfigurationError, SignatureMismatchError
from .._secret import Secret, summarize_request
from .base import SigningAuth
from .canonical import canonical_query, decode_path, split_raw_target, string_to_sign

__all__ = [
    "DEFAULT_SIGNED_HEADERS",
    "CmpHmacAlgorithm",
    "CmpHmacAuth",
    "CmpHmacSigner",
    "CmpOptions",
    "DateSource",
    "http_date",
]

CmpHmacAlgorithm = Literal["hmac-sha1", "hmac-sha256", "hmac-sha512"]
DateSource = Literal["response", "none"]

DEFAULT_SIGNED_HEADERS: Final = ("Accept-Language", "Content-Type")
_DIGESTS: Final[dict[str, str]] = {"hmac-sha1": "sha1", "hmac-sha256": "sha256", "hmac-sha512": "sha512"}

H_ACCESS_KEY: Final = "X-HMAC-ACCESS-KEY"
H_ALGORITHM: Final = "X-HMAC-ALGORITHM"
H_SIGNED_HEADERS: Final = "X-HMAC-SIGNED-HEADERS"
H_SIGNATURE: Final = "X-HMAC-SIGNATURE"
H_DIGEST: Final = "X-HMAC-DIGEST"
_H_ACCESS_KEY: Final = H_ACCESS_KEY.encode("ascii")


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def http_date(moment: datetime) -> str:
    """RFC 9110 IMF-fixdate in GMT, the only form the gateway's ``parse_http_time`` is sure to read."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the clock must return an aware datetime; a naive one has no defined GMT value")
    return email.utils.format_datetime(moment.astimezone(timezone.utc), usegmt=True)


def _header_values(headers: httpx.Headers, name: str) -> list[bytes]:
    wanted = name.lower().encode("ascii")
    return [value for key, value in headers.raw if key.lower() == wanted]


def _single_header(headers: httpx.Headers, name: str) -> bytes | None:
    return _single(_header_values(headers, name), name)


def _single(values: list[bytes], name: str) -> bytes | None:
    if len(values) > 1:
        # The gateway's view of a repeated header is undefined, so no signature over it is reliable.
        raise ValueError(f"header {name!r} appears {len(values)} times; a signed header must appear once")
    return values[0] if values else None


def _by_name(raw: list[tuple[bytes, bytes]]) -> dict[bytes, list[bytes]]:
    """Every header value by lower-case name, in wire order: one pass instead of one per lookup."""
    found: dict[bytes, list[bytes]] = {}
    for key, value in raw:
        found.setdefault(key.lower(), []).append(value)
    return found


def _check_header_name(name: str) -> str:
    if not name or len(name) > 50 or any(c in name for c in ";: \t\r\n") or not name.isascii():
        raise ConfigurationError(f"invalid signed header name {name!r}")
    return name


@dataclass(frozen=True)
class CmpOptions:
    """Every choice of the CMP gateway signature, each switchable (the counterpart of ``CsssOptions``).

    ``algorithm`` must be the one the gateway's consumer is configured for. ``signed_headers`` are
    the request headers the signature covers, in order. ``send_date`` sends and signs ``Date`` (a
    gateway checking clock skew needs it). ``body_digest`` adds ``X-HMAC-DIGEST`` for gateways
    configured to demand it (whether the vendor does is unknown).
    """

    algorithm: CmpHmacAlgorithm = "hmac-sha256"
    signed_headers: Iterable[str] = DEFAULT_SIGNED_HEADERS
    """Any iterable of names; kept as a tuple."""
    send_date: bool = True
    body_digest: bool = False

    def __post_init__(self) -> None:
        if self.algorithm not in get_args(CmpHmacAlgorithm):
            raise ConfigurationError(
                f"unsupported algorithm {self.algorithm!r}; expected one of {get_args(CmpHmacAlgorithm)}"
            )
        object.__setattr__(self, "signed_headers", tuple(_check_header_name(h) for h in self.signed_headers))


class CmpHmacSigner:
    """Holds one CMP credential and the signing choices; nothing changes after construction, so one
    signer can be shared by sync and async clients.

    ``clock`` exists so tests and replays can pin the ``Date`` header; it must return an aware
    datetime.
    """

    __slots__ = (
        "_access_key",
        "_clock",
        "_date_cache",
        "_fixed",
        "_options",
        "_own",
        "_secret_key",
        "_signed",
    )

    def __init__(
        self,
        access_key: str,
        secret_key: Secret | str,
        *,
        options: CmpOptions | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if not access_key or any(c in access_key for c in "\r\n"):
            raise ValueError("access_key must be a non-empty single-line string")
        secret = Secret(secret_key)
        if not secret:
            raise ValueError("secret_key must not be empty")
        self._access_key = access_key
        self._secret_key = secret
        self._options = options = options or CmpOptions()
        self._clock = clock or _utc_now
        self._date_cache: tuple[datetime, str] | None = None
        # What ``apply`` needs of the options, worked out once: the headers whose value never
        # changes, the lower-case names it sets (an existing header of that name is replaced), and
        # each signed header as (name as listed, lower-case wire name).
        self._fixed: tuple[tuple[bytes, bytes], ...] = (
            (H_ALGORITHM.encode("ascii"), options.algorithm.encode("ascii")),
            (H_SIGNED_HEADERS.encode("ascii"), ";".join(options.signed_headers).encode("ascii")),
        )
        own = [H_ACCESS_KEY, H_ALGORITHM, H_SIGNED_HEADERS, H_SIGNATURE]
        own += ["Date"] if options.send_date else []
        own += [H_DIGEST] if options.body_digest else []
        self._own = frozenset(name.lower().encode("ascii") for name in own)
        self._signed = tuple((name, name.lower().encode("ascii")) for name in options.signed_headers)

    @property
    def access_key(self) -> str:
        return self._access_key

    @property
    def options(self) -> CmpOptions:
        return self._options

    @property
    def algorithm(self) -> CmpHmacAlgorithm:
        return self._options.algorithm

    @property
    def signed_headers(self) -> tuple[str, ...]:
        return tuple(self._options.signed_headers)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(access_key={self._access_key!r}, secret_key={self._secret_key!r}, "
            f"options={self._options!r})"
        )

    def _mac(self, message: bytes) -> bytes:
        key = self._secret_key.get_secret_value().encode("utf-8")
        return hmac.new(key, message, _DIGESTS[self._options.algorithm]).digest()

    def sign(self, message: bytes) -> str:
        """Base64 (standard, padded) of the raw MAC: the gateway decodes Base64, not hex."""
        return base64.b64encode(self._mac(message)).decode("ascii")

    def digest_body(self, body: bytes) -> str:
        """The ``X-HMAC-DIGEST`` value: same key and algorithm, over the raw body bytes."""
        return self.sign(body)

    def now_http_date(self) -> str:
        """``Date`` for a request sent now; formatted once per clock second (it changes no faster)."""
        moment = self._clock()
        cached = self._date_cache
        # Only aware moments are cached, and a naive one never equals an aware one: it still fails.
        if cached is not None and cached[0] == moment.replace(microsecond=0):
            return cached[1]
        text = http_date(moment)
        self._date_cache = (moment.replace(microsecond=0), text)
        return text

    def _string_to_sign_for(
        self, method: str, raw_target: bytes, headers: dict[bytes, list[bytes]], date: bytes | None
    ) -> bytes:
        """``headers``: every request header value by lower-case name (see :func:`_by_name`)."""
        raw_path, raw_query = split_raw_target(raw_target)
        return string_to_sign(
            method=method,
            path=decode_path(raw_path),
            canonical_query=canonical_query(raw_query),
            access_key=self._access_key,
            date=date,
            signed_headers=[(name, _single(headers.get(lower, []), name)) for name, lower in self._signed],
        )

    def string_to_sign_for_request(self, request: httpx.Request) -> bytes:
        """What the gateway will hash for this request; exposed for debugging 401s, never logged."""
        headers = _by_name(request.headers.raw)
        return self._string_to_sign_for(
            request.method, request.url.raw_path, headers, _single(headers.get(b"date", []), "Date")
        )

    def apply(self, request: httpx.Request) -> None:
        """Set every auth header on ``request``; the body must already be read.

        The headers it signs must be set before (``CmpHmacAuth`` sets the defaults first). The
        request's headers are read in one pass and replaced in one assignment (a header of a name
        this signer sets is replaced, every other one kept in order): a request is signed on every
        send, and header-by-header writes into ``httpx.Headers`` cost more than the signature.
        """
        raw = request.headers.raw
        own = self._own
        kept = [(key, value) for key, value in raw if key.lower() not in own]
        headers = _by_name(kept)
        # Encoded at each send, as httpx encodes a str header value (ASCII: another key fails here).
        added = [(_H_ACCESS_KEY, self._access_key.encode("ascii")), *self._fixed]
        date: bytes | None
        if self._options.send_date:
            now = self.now_http_date().encode("ascii")
            headers[b"date"] = [now]
            added.append((b"Date", now))
            date = now
        else:
            date = _single(headers.get(b"date", []), "Date")
        if self._options.body_digest:
            added.append((H_DIGEST.encode("ascii"), self.digest_body(request.content).encode("ascii")))
        signature = self.sign(self._string_to_sign_for(request.method, request.url.raw_path, headers, date))
        added.append((H_SIGNATURE.encode("ascii"), signature.encode("ascii")))
        request.headers = httpx.Headers(kept + added)

    def verify_response(
        self, request: httpx.Request, response: httpx.Response, *, date_source: DateSource
    ) -> None:
        """Check that ``response`` was signed by the holder of this secret; raise if not.

        Inputs, since the vendor does not document them: method, decoded path and canonical query
        of ``request`` as it was sent; this signer's access key (the response's
        ``X-HMAC-ACCESS-KEY`` must equal it, and ``X-HMAC-ALGORITHM`` must equal this signer's
        algorithm); for the Date line, the response's own ``Date`` header when ``date_source`` is
        ``"response"`` (it must then be present) or the empty string when ``"none"``; then one
        ``Name:value`` line per name in the response's ``X-HMAC-SIGNED-HEADERS``, with the
        response's header value byte for byte (a ``charset`` suffix on ``Content-Type`` is part of
        the value). Every listed header must be present: a stripped header is treated as tampering.
        """
        if date_source not in get_args(DateSource):
            raise ValueError(f"date_source must be 'response' or 'none', not {date_source!r}")

        def fail(reason: str) -> SignatureMismatchError:
            return SignatureMismatchError(
                f"response signature verification failed: {reason}",
                status_code=response.status_code,
                request_summary=summarize_request(request.method, request.url),
            )

        rheaders = response.headers
        try:
            present = {
                name: _single_header(rheaders, name) for name in (H_SIGNATURE, H_ALGORITHM, H_ACCESS_KEY)
            }
            listed_raw = _single_header(rheaders, H_SIGNED_HEADERS)
        except ValueError as exc:
            raise fail(str(exc)) from None
        missing = [name for name, value in present.items() if value is None]
        if listed_raw is None:
            missing.append(H_SIGNED_HEADERS)
        if missing:
            raise fail(f"missing header(s) {', '.join(missing)}")
        if present[H_ACCESS_KEY] != self._access_key.encode("utf-8"):
            raise fail("access key differs from this client's")
        if present[H_ALGORITHM] != self._options.algorithm.encode("ascii"):
            raise fail("algorithm differs from this client's")

        listed = [n for n in listed_raw.decode("latin-1").split(";") if n] if listed_raw else []
        signed_values: list[tuple[str, str | bytes | None]] = []
        try:
            for name in listed:
                value = _single_header(rheaders, name)
                if value is None:
                    raise fail(f"signed header {name!r} is missing")
                signed_values.append((name, value))
            date = _single_header(rheaders, "Date") if date_source == "response" else None
            if date_source == "response" and date is None:
                raise fail("date_source='response' but the response has no Date header")
        except ValueError as exc:
            raise fail(str(exc)) from None

        raw_path, raw_query = split_raw_target(request.url.raw_path)
        expected = self._mac(
            string_to_sign(
                method=request.method,
                path=decode_path(raw_path),
                canonical_query=canonical_query(raw_query),
                access_key=self._access_key,
                date=date,
                signed_headers=signed_values,
            )
        )
        signature = present[H_SIGNATURE] or b""
        try:
            received = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            raise fail("signature is not valid Base64") from None
        if not hmac.compare_digest(expected, received):
            raise fail("signature does not match")


class CmpHmacAuth(SigningAuth):
    """httpx auth that signs each request as sent: ``httpx.Client(auth=CmpHmacAuth(signer))``.

    ``linksfield.Client`` builds one from its settings; use this directly with a plain httpx
    client. httpx calls ``auth_flow`` once per request it sends, so every retry gets a fresh
    ``Date`` and signature. Redirects httpx follows inside one ``send`` are not re-signed, so leave
    ``follow_redirects`` off (httpx's default). httpx's ``Headers`` repr redacts only
    ``Authorization``: log requests through a redacting formatter, not ``repr(request.headers)``.
    """

    requires_request_body = True

    def __init__(self, signer: CmpHmacSigner) -> None:
        self.signer = signer

    def __repr__(self) -> str:
        return f"{type(self).__name__}(signer={self.signer!r})"

    def sign(self, request: httpx.Request) -> httpx.Request:
        self.signer.apply(request)
        return request

    def verify_response(self, response: httpx.Response, *, date_source: DateSource) -> None:
        """Opt-in authenticity check of ``response`` against the request that produced it."""
        self.signer.verify_response(response.request, response, date_source=date_source)
