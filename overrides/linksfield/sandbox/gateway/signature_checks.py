"""Request verification as the vendor's servers do it, for the local sandbox.

Written from the receiving side and on purpose without importing ``linksfield._signing``: if the
client and the sandbox shared a canonicalisation helper, a bug in it would sign and verify
consistently and never be seen. Here the raw request target is taken as received, decoded with
``urllib.parse`` (Latin-1, so every byte survives as one character and sorts byte-wise) and
re-escaped through a lookup table, mirroring APISIX ``hmac-auth`` (2.1 to 3.10) step by step,
including its rejection messages.

The CSSS part checks the body-parameter ``sign`` with the defaults the SDK documents (``sign``
excluded, ``None``/``""``/``[]``/``{}`` omitted, JSON types kept, keys sorted at every depth, compact,
UTF-8).
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Final
from urllib.parse import parse_qsl, unquote, unquote_plus

__all__ = [
    "CsssVerdict",
    "GatewayConsumer",
    "GatewayVerdict",
    "HeaderInput",
    "gateway_canonical_query",
    "gateway_string_to_sign",
    "gateway_uri",
    "verify_csss_request",
    "verify_hmac_request",
]

HeaderInput = Mapping[str, str] | Iterable[tuple[bytes | str, bytes | str]]

_SAFE: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*"
# One entry per byte value: the byte itself when unreserved, else %XX with upper-case hex.
_QUOTE_TABLE: Final = tuple(chr(i) if chr(i) in _SAFE else f"%{i:02X}" for i in range(256))
_HASHES: Final = {"hmac-sha1": hashlib.sha1, "hmac-sha256": hashlib.sha256, "hmac-sha512": hashlib.sha512}
_MULTI_SLASH: Final = re.compile("/{2,}")
_TIMESTAMP: Final = re.compile("[0-9]{1,20}")


def _quote(text_latin1: str) -> str:
    return "".join(_QUOTE_TABLE[ord(ch)] for ch in text_latin1)


def gateway_canonical_query(raw_query: str) -> str:
    """The canonical query the gateway derives from the raw query it received."""
    args: dict[str, list[str]] = {}
    for chunk in raw_query.split("&"):
        if chunk == "":
            continue
        if "=" in chunk:
            name, value = chunk.split("=", 1)
        else:
            name, value = chunk, ""  # a bare key arrives as `true`, which APISIX signs as ""
        name = unquote_plus(name, encoding="latin-1")
        if name == "":
            continue
        args.setdefault(name, []).append(unquote_plus(value, encoding="latin-1"))
    out: list[str] = []
    for name in sorted(args):
        out.extend(_quote(name) + "=" + _quote(value) for value in sorted(args[name]))
    return "&".join(out)


def gateway_uri(raw_path: str) -> bytes:
    """nginx's ``$uri``: decoded, slashes merged, dot segments resolved; ``/`` when empty."""
    decoded = unquote(raw_path, encoding="latin-1")
    if decoded == "":
        return b"/"
    merged = _MULTI_SLASH.sub("/", decoded if decoded.startswith("/") else "/" + decoded)
    stack: list[str] = []
    parts = merged[1:].split("/")
    for position, part in enumerate(parts):
        trailing = position + 1 == len(parts)
        if part in (".", ".."):
            if part == ".." and stack:
                stack.pop()
            if trailing:
                stack.append("")
            continue
        stack.append(part)
    return ("/" + "/".join(stack)).encode("latin-1")


def gateway_string_to_sign(
    method: str, raw_target: str, access_key: str, date: str, header_lines: Iterable[tuple[str, bytes]]
) -> bytes:
    raw_path, _, raw_query = raw_target.partition("?")
    lines = [
        method.upper().encode("ascii"),
        gateway_uri(raw_path),
        gateway_canonical_query(raw_query).encode("ascii"),
        access_key.encode("latin-1"),
        date.encode("latin-1"),
    ]
    lines.extend(name.encode("latin-1") + b":" + value for name, value in header_lines)
    return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class GatewayConsumer:
    """One consumer as configured on the gateway (mirrors the plugin's consumer schema)."""

    access_key: str
    secret_key: str = field(repr=False)
    algorithm: str = "hmac-sha256"
    clock_skew: int = 0
    """Seconds; 0 disables the check, as in the gateway's default."""
    signed_headers: tuple[str, ...] | None = None
    """Header names a client may sign; None accepts any."""
    validate_request_body: bool = False


@dataclass(frozen=True)
class GatewayVerdict:
    ok: bool
    reason: str
    access_key: str | None = None
    string_to_sign: bytes | None = field(default=None, repr=False)


def _header_table(headers: HeaderInput) -> dict[str, list[bytes]]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    table: dict[str, list[bytes]] = {}
    for name, value in pairs:
        key = (name.decode("latin-1") if isinstance(name, bytes) else name).lower()
        table.setdefault(key, []).append(value if isinstance(value, bytes) else value.encode("latin-1"))
    return table


class _RejectedError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _one(table: dict[str, list[bytes]], name: str) -> bytes | None:
    values = table.get(name.lower())
    if not values:
        return None
    if len(values) > 1:
        raise _RejectedError(f"Duplicate header {name}")
    return values[0]


def verify_hmac_request(
    *,
    method: str,
    target: bytes | str,
    headers: HeaderInput,
    body: bytes,
    consumers: Mapping[str, GatewayConsumer],
    now: datetime | None = None,
) -> GatewayVerdict:
    """Accept or reject one CMP request exactly as received (``target`` = raw path and query)."""
    raw_target = target.decode("latin-1") if isinstance(target, bytes) else target
    table = _header_table(headers)
    try:
        access_key_b = _one(table, "X-HMAC-ACCESS-KEY")
        signature_b = _one(table, "X-HMAC-SIGNATURE")
        algorithm_b = _one(table, "X-HMAC-ALGORITHM")
        date_b = _one(table, "Date")
        signed_b = _one(table, "X-HMAC-SIGNED-HEADERS")
        if access_key_b is None:
            authorization = _one(table, "Authorization")
            fields = authorization.decode("latin-1").split("#") if authorization else []
            if len(fields) == 6 and fields[0] == "hmac-auth-v1":
                access_key_b, signature_b, algorithm_b, date_b, signed_b = (
                    f.encode("latin-1") for f in fields[1:]
                )
        if not access_key_b or not signature_b:
            raise _RejectedError("access key or signature missing")
        access_key = access_key_b.decode("latin-1")
        consumer = consumers.get(access_key)
        if consumer is None:
            raise _RejectedError("Invalid access key")
        algorithm = algorithm_b.decode("latin-1") if algorithm_b is not None else ""
        if algorithm != consumer.algorithm or algorithm not in _HASHES:
            raise _RejectedError(f"algorithm {algorithm} not supported")
        date = date_b.decode("latin-1") if date_b is not None else ""
        if consumer.clock_skew > 0:
            try:
                sent_at = email.utils.parsedate_to_datetime(date)
            except (TypeError, ValueError, IndexError, OverflowError):
                raise _RejectedError("Invalid GMT format time") from None
            if sent_at.tzinfo is None:
                sent_at = sent_at.replace(tzinfo=timezone.utc)
            reference = now or datetime.now(timezone.utc)
            if abs((reference - sent_at).total_seconds()) > consumer.clock_skew:
                raise _RejectedError("Clock skew exceeded")
        names = [n for n in signed_b.decode("latin-1").split(";") if n] if signed_b else []
        if consumer.signed_headers:
            for name in names:
                if name not in consumer.signed_headers:
                    raise _RejectedError(f"Invalid signed header {name}")
        lines = [(name, _one(table, name) or b"") for name in names]
        to_sign = gateway_string_to_sign(method, raw_target, access_key, date, lines)
        secret = consumer.secret_key.encode("utf-8")
        expected = hmac.new(secret, to_sign, _HASHES[algorithm]).digest()
        try:
            received = base64.b64decode(signature_b, validate=True)
        except (binascii.Error, ValueError):
            received = b""
        if not hmac.compare_digest(expected, received):
            return GatewayVerdict(False, "Invalid signature", access_key, to_sign)
        if consumer.validate_request_body:
            digest = _one(table, "X-HMAC-DIGEST")
            wanted = base64.b64encode(hmac.new(secret, body, _HASHES[algorithm]).digest())
            if digest is None or not hmac.compare_digest(wanted, digest):
                return GatewayVerdict(False, "Invalid digest", access_key, to_sign)
        return GatewayVerdict(True, "ok", access_key, to_sign)
    except _RejectedError as rejected:
        return GatewayVerdict(False, rejected.reason)


# -- CSSS ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsssVerdict:
    ok: bool
    reason: str
    access_code: str | None = None
    sign_content: str | None = field(default=None, repr=False)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and len(value) == 0)


def verify_csss_request(
    *,
    method: str,
    target: bytes | str,
    body: bytes,
    secrets: Mapping[str, str],
    path_params: Mapping[str, object] | None = None,
    max_skew_seconds: float | None = None,
    timestamp_unit: str = "s",
    expected_version: str = "2.0",
    now: datetime | None = None,
    document: Mapping[str, object] | None = None,
) -> CsssVerdict:
    """Accept or reject one CSSS request from its raw target and body bytes.

    ``document`` is the body already decoded (the sandbox decodes it once, through
    ``inputs.decode_json``); without it the body bytes are parsed here. Any input is a verdict,
    never an exception.
    """
    raw_target = target.decode("latin-1") if isinstance(target, bytes) else target
    query_text = raw_target.partition("?")[2].encode("latin-1").decode("utf-8", "replace")
    params: dict[str, object] = dict(path_params or {})
    from_query: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_text, keep_blank_values=True):
        if name:  # parameters without a name carry nothing to sign (R-CSSS-PARAM-MERGE)
            from_query.setdefault(name, []).append(value)
    params.update({k: v[0] if len(v) == 1 else v for k, v in from_query.items()})
    if method.upper() in ("POST", "PUT", "PATCH", "DELETE"):
        if document is None:
            try:
                document = json.loads(body.decode("utf-8")) if body.strip() else {}
            except (ValueError, RecursionError):  # not UTF-8, not JSON, numbers past int(), too deep
                return CsssVerdict(False, "body is not JSON")
        if not isinstance(document, Mapping):
            return CsssVerdict(False, "body is not a JSON object")
        params.update(document)

    access_code = params.get("access_code")
    if not isinstance(access_code, str) or not access_code:
        return CsssVerdict(False, "missing access_code")
    secret = secrets.get(access_code)
    if secret is None:
        return CsssVerdict(False, "unknown access_code", access_code)
    sign = params.get("sign")
    if not isinstance(sign, str) or not sign:
        return CsssVerdict(False, "missing sign", access_code)
    if str(params.get("version")) != expected_version:
        return CsssVerdict(False, "unsupported version", access_code)
    stamp = params.get("timestamp")
    # ASCII digits only, and few of them: str.isdigit() also admits "²" (which int() refuses) and a
    # number of any length (which int() or the float division refuses).
    if isinstance(stamp, bool) or not isinstance(stamp, (str, int)) or not _TIMESTAMP.fullmatch(str(stamp)):
        return CsssVerdict(False, "missing or malformed timestamp", access_code)
    if max_skew_seconds is not None:
        sent = int(stamp) / (1000 if timestamp_unit == "ms" else 1)
        reference = (now or datetime.now(timezone.utc)).timestamp()
        if abs(reference - sent) > max_skew_seconds:
            return CsssVerdict(False, "timestamp outside the allowed skew", access_code)

    content_obj = {k: params[k] for k in sorted(params) if k != "sign" and not _blank(params[k])}
    try:
        content = json.dumps(content_obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        signed = content.encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # a lone surrogate, NaN, a value nested too deep
        return CsssVerdict(False, "body cannot be signed (not valid Unicode or JSON)", access_code)
    mac = hmac.new(secret.encode("utf-8"), signed, hashlib.sha1).digest()
    if not hmac.compare_digest(base64.b64encode(mac), sign.encode("utf-8", "replace")):
        return CsssVerdict(False, "Invalid sign", access_code, content)
    return CsssVerdict(True, "ok", access_code, content)
