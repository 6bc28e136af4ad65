"""Body-parameter signing for the CSSS API (``/package/orderPackage`` and kin).

The vendor states the rule only loosely: ``sign = Base64(HMAC-SHA1(secret, signContent))`` where
signContent is a compact, key-sorted JSON object of every non-empty parameter. Each point the
public material leaves open is a field of :class:`CsssOptions`, so a partner who learns the real
rule can switch it without patching code. Defaults and why:

* ``sign`` itself is excluded (it cannot sign itself);
* ``None``, ``""``, ``[]`` and ``{}`` top-level values are "empty" and omitted; nested values are
  kept as given, since the rule speaks of parameters, not of their contents;
* JSON types are kept (``1`` stays a number), as ``json.dumps`` of the parameters would do in the
  descendant API that signs this way;
* keys are sorted at every depth (``sort_keys=True``), the only reading under which a nested
  object has one canonical form;
* non-ASCII text is written as UTF-8, not ``\\uXXXX``;
* ``timestamp`` is whole seconds as a string (every request example has 10 digits);
* query and body parameters are merged in that order; a later source wins on a name clash (a
  path parameter would come first: :meth:`CsssSigner.signed_params` takes any merged mapping, but
  no CSSS operation has one, so :class:`CsssAuth` signs what the request carries).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Final, Literal
from urllib.parse import quote

import httpx

from .._secret import Secret
from .base import SigningAuth
from .canonical import parse_query

__all__ = ["GLOBAL_PARAMS", "CsssAuth", "CsssOptions", "CsssSigner"]

GLOBAL_PARAMS: Final = ("access_code", "timestamp", "version", "sign")
_BODY_METHODS: Final = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=timezone.utc)

JsonValue = object


@dataclass(frozen=True)
class CsssOptions:
    """Every undocumented choice of the CSSS signature, each switchable."""

    exclude_sign: bool = True
    omit_none: bool = True
    omit_empty_string: bool = True
    omit_empty_list: bool = True
    omit_empty_object: bool = True
    prune_nested: bool = False
    """Also drop empty values inside nested objects (the emptiness rules above apply)."""
    stringify_scalars: bool = False
    """Write numbers and booleans as JSON strings (``1`` → ``"1"``, ``true`` → ``"true"``)."""
    sort_nested_keys: bool = True
    ensure_ascii: bool = False
    compact: bool = True
    timestamp_unit: Literal["s", "ms"] = "s"
    timestamp_as_string: bool = True
    version: str = "2.0"


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class CsssSigner:
    """Holds one CSSS partner credential; the clock is injectable so signatures are reproducible."""

    __slots__ = ("_access_code", "_clock", "_encode", "_options", "_secret")

    def __init__(
        self,
        access_code: str,
        secret: Secret | str,
        *,
        options: CsssOptions | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if not access_code:
            raise ValueError("access_code must not be empty")
        self._secret = Secret(secret)
        if not self._secret:
            raise ValueError("secret must not be empty")
        self._access_code = access_code
        self._options = o = options or CsssOptions()
        self._clock = clock or _utc_now
        # One encoder for the options: ``json.dumps`` with any non-default argument builds a new
        # JSONEncoder on every call, a sixth of the signature's cost.
        self._encode = json.JSONEncoder(
            ensure_ascii=o.ensure_ascii,
            separators=(",", ":") if o.compact else (", ", ": "),
            sort_keys=o.sort_nested_keys,
            allow_nan=False,
        ).encode

    @property
    def access_code(self) -> str:
        return self._access_code

    @property
    def options(self) -> CsssOptions:
        return self._options

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(access_code={self._access_code!r}, secret={self._secret!r}, "
            f"options={self._options!r})"
        )

    # -- signContent -------------------------------------------------------------------------------

    def _is_empty(self, value: JsonValue) -> bool:
        o = self._options
        if type(value) is str:  # nearly every parameter: one test instead of four
            return o.omit_empty_string and value == ""
        return (
            (o.omit_none and value is None)
            or (o.omit_empty_string and isinstance(value, str) and value == "")
            or (o.omit_empty_list and isinstance(value, (list, tuple)) and len(value) == 0)
            or (o.omit_empty_object and isinstance(value, Mapping) and len(value) == 0)
        )

    def _prepare(self, value: JsonValue) -> JsonValue:
        if type(value) is str:  # the common case: signed as it is
            return value
        o = self._options
        if isinstance(value, Mapping):
            return {
                str(k): self._prepare(v)
                for k, v in value.items()
                if not (o.prune_nested and self._is_empty(v))
            }
        if isinstance(value, (list, tuple)):
            return [self._prepare(v) for v in value]
        if o.stringify_scalars and isinstance(value, (bool, int, float)):
            return json.dumps(value)
        return value

    def sign_content(self, params: Mapping[str, JsonValue]) -> str:
        """The exact text that is MACed, for the given merged parameters."""
        o = self._options
        chosen: dict[str, JsonValue] = {}
        for key, value in params.items():
            if o.exclude_sign and key == "sign":
                continue
            if type(value) is str:  # nearly every parameter: kept as it is unless empty
                if not (o.omit_empty_string and value == ""):
                    chosen[key] = value
            elif not self._is_empty(value):
                chosen[key] = self._prepare(value)
        return self._encode(dict(sorted(chosen.items())))

    def sign(self, params: Mapping[str, JsonValue]) -> str:
        key = self._secret.get_secret_value().encode("utf-8")
        mac = hmac.new(key, self.sign_content(params).encode("utf-8"), hashlib.sha1).digest()
        return base64.b64encode(mac).decode("ascii")

    # -- global parameters ---------------------------------------------------------------------------

    def timestamp(self) -> str | int:
        moment = self._clock()
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("the clock must return an aware datetime")
        unit = timedelta(milliseconds=1) if self._options.timestamp_unit == "ms" else timedelta(seconds=1)
        value = (moment - _EPOCH) // unit
        return str(value) if self._options.timestamp_as_string else value

    def global_params(self) -> dict[str, JsonValue]:
        return {
            "access_code": self._access_code,
            "timestamp": self.timestamp(),
            "version": self._options.version,
        }

    def signed_params(self, params: Mapping[str, JsonValue]) -> dict[str, JsonValue]:
        """``params`` plus fresh global parameters and their ``sign``."""
        merged = {k: v for k, v in params.items() if k not in GLOBAL_PARAMS}
        merged.update(self.global_params())
        merged["sign"] = self.sign(merged)
        return merged


_BODY_FRAMING: Final = frozenset({b"content-length", b"transfer-encoding"})
_encode_body: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""The new body as the client's own JSON bodies are written (UTF-8 text, compact)."""


def _query_params(raw_query: bytes) -> dict[str, JsonValue]:
    grouped: dict[str, list[str]] = {}
    for key, value in parse_query(raw_query):
        # Undecodable bytes become U+FFFD on both sides (the sandbox's verifier does the same).
        grouped.setdefault(key.decode("utf-8", "replace"), []).append(value.decode("utf-8", "replace"))
    return {k: v[0] if len(v) == 1 else v for k, v in grouped.items()}


def _strip_globals(raw_query: bytes) -> bytes:
    kept = []
    for piece in raw_query.split(b"&"):
        if not piece:
            continue
        keys = parse_query(piece)
        if keys and keys[0][0].decode("utf-8", "replace") in GLOBAL_PARAMS:
            continue
        kept.append(piece)
    return b"&".join(kept)


class CsssAuth(SigningAuth):
    """httpx auth that injects ``access_code``/``timestamp``/``version``/``sign`` into each request.

    The signature lives in the body (or query for GET), so a new request is yielded with the new
    body and a recomputed ``Content-Length``; httpx runs this again for every request it sends.
    """

    requires_request_body = True

    def __init__(self, signer: CsssSigner) -> None:
        self.signer = signer

    def __repr__(self) -> str:
        return f"{type(self).__name__}(signer={self.signer!r})"

    @staticmethod
    def _body_object(request: httpx.Request, content_type: str) -> dict[str, JsonValue]:
        content = request.content
        if not content.strip():
            return {}
        if "json" not in content_type.lower():
            raise ValueError(f"CSSS signing needs a JSON object body, got Content-Type {content_type!r}")
        body = json.loads(content)
        if not isinstance(body, dict):
            raise ValueError("CSSS signing needs a JSON object body")
        return body

    def build_signed_request(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` carrying fresh global parameters and signature."""
        method = request.method.upper()
        raw_query = request.url.query
        query = (
            {k: v for k, v in _query_params(raw_query).items() if k not in GLOBAL_PARAMS} if raw_query else {}
        )
        # The new body gets its own length; one pass over the raw headers instead of a copy and pops
        # (and a ``headers.get``, which decodes every header again).
        headers = []
        content_types = []
        for name, value in request.headers.raw:
            lowered = name.lower()
            if lowered == b"content-type":
                content_types.append(value)
            if lowered not in _BODY_FRAMING:
                headers.append((name, value))
        if not content_types:
            content_type = "application/json"
        elif len(content_types) == 1 and content_types[0].isascii():
            content_type = content_types[0].decode("ascii")
        else:  # repeated or non-ASCII: as httpx reads it (values joined, its encoding guess)
            content_type = request.headers["Content-Type"]

        if method in _BODY_METHODS:
            body = self._body_object(request, content_type)
            signed = self.signer.signed_params({**query, **body})
            new_body = {k: v for k, v in body.items() if k not in GLOBAL_PARAMS}
            new_body.update({k: signed[k] for k in GLOBAL_PARAMS})
            content: bytes | None = _encode_body(new_body).encode()
            url = request.url
        else:
            signed = self.signer.signed_params(query)
            extra = "&".join(f"{k}={quote(str(signed[k]), safe='')}" for k in GLOBAL_PARAMS).encode("ascii")
            kept = _strip_globals(raw_query)
            url = request.url.copy_with(query=kept + b"&" + extra if kept else extra)
            content = request.content or None
        return httpx.Request(method, url, headers=headers, content=content, extensions=request.extensions)

    def sign(self, request: httpx.Request) -> httpx.Request:
        return self.build_signed_request(request)
