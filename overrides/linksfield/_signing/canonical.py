"""Canonical forms for the CMP gateway's HMAC scheme (Apache APISIX ``hmac-auth``, 2.1 to 3.10).

Everything here works on bytes because the gateway does: it percent-decodes the query it received
into raw bytes, sorts and re-escapes them, and hashes bytes. Working on ``str`` would fail or
substitute characters for escapes that are not valid UTF-8 (``%FF``), which the gateway accepts.

Decisions where the public description is silent (recorded in spec/RECONCILIATION.md by the lead):

* values of a repeated key are sorted on their decoded bytes, like the keys, before re-escaping;
* a ``%`` not followed by two hex digits is kept literally (Python's rule; nginx's differs, and
  httpx never produces one from ``params=``);
* the path is decoded and then normalised the way nginx builds ``$uri`` (duplicate slashes merged,
  ``.`` and ``..`` segments resolved), because that is the value the gateway signs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

__all__ = [
    "UNESCAPED_BYTES",
    "canonical_query",
    "decode_path",
    "escape_component",
    "parse_query",
    "percent_decode",
    "split_raw_target",
    "string_to_sign",
]

UNESCAPED_BYTES: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*")
_HEX: Final = b"0123456789ABCDEFabcdef"
_UNESCAPED: Final = bytes(sorted(UNESCAPED_BYTES))


def percent_decode(data: bytes, *, plus_as_space: bool) -> bytes:
    """Decode ``%XX`` escapes; ``plus_as_space`` applies only to query components."""
    if b"%" not in data and not (plus_as_space and b"+" in data):
        return data  # nothing to decode: the common case, without a loop over every byte
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        byte = data[i]
        if byte == 0x25 and i + 2 < n and data[i + 1] in _HEX and data[i + 2] in _HEX:
            out.append(int(data[i + 1 : i + 3], 16))
            i += 3
            continue
        out.append(0x20 if plus_as_space and byte == 0x2B else byte)
        i += 1
    return bytes(out)


def escape_component(raw: bytes) -> str:
    """Re-escape byte-wise with upper-case hex, leaving only the gateway's unescaped set."""
    if not raw.translate(None, _UNESCAPED):
        return raw.decode("ascii")  # nothing to escape: the common case, without a loop over every byte
    return "".join(chr(b) if b in UNESCAPED_BYTES else f"%{b:02X}" for b in raw)


def parse_query(raw_query: bytes | str) -> list[tuple[bytes, bytes]]:
    """Decoded ``(key, value)`` pairs in wire order, with the gateway's treatment of odd pieces."""
    data = raw_query.encode("utf-8") if isinstance(raw_query, str) else raw_query
    pairs: list[tuple[bytes, bytes]] = []
    for piece in data.split(b"&"):
        if not piece:
            continue
        raw_key, _, raw_value = piece.partition(b"=")
        key = percent_decode(raw_key, plus_as_space=True)
        if not key:
            continue  # the gateway's argument parser never yields an empty key
        pairs.append((key, percent_decode(raw_value, plus_as_space=True)))
    return pairs


def canonical_query(raw_query: bytes | str) -> str:
    """The canonical query string of signing.md, computed from the query exactly as sent.

    Pass the wire form (``httpx.URL.raw_path`` after ``?``); a ``str`` is taken as UTF-8 and is not
    percent-encoded again.
    """
    grouped: dict[bytes, list[bytes]] = {}
    for key, value in parse_query(raw_query):
        grouped.setdefault(key, []).append(value)
    return "&".join(
        f"{escape_component(key)}={escape_component(value)}"
        for key in sorted(grouped)
        for value in sorted(grouped[key])
    )


def _normalise_segments(path: bytes) -> bytes:
    kept: list[bytes] = []
    segments = path.split(b"/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == b"..":
            if kept:
                kept.pop()
            if last:
                kept.append(b"")
        elif segment == b".":
            if last:
                kept.append(b"")
        elif segment or last:
            kept.append(segment)
    return b"/" + b"/".join(kept)


def decode_path(raw_path: bytes | str) -> bytes:
    """The path as the gateway signs it: decoded, normalised, ``/`` when empty."""
    data = raw_path.encode("utf-8") if isinstance(raw_path, str) else raw_path
    decoded = percent_decode(data, plus_as_space=False)
    if not decoded:
        return b"/"
    if decoded[:1] == b"/" and b"//" not in decoded and b"/." not in decoded:
        # Rooted, no empty, "." or ".." segment: normalising would give it back unchanged.
        return decoded
    return _normalise_segments(decoded)


def split_raw_target(raw_target: bytes) -> tuple[bytes, bytes]:
    """Split a request target (``httpx.URL.raw_path``) into raw path and raw query."""
    path, _, query = raw_target.partition(b"?")
    return path, query


def _as_bytes(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def string_to_sign(
    *,
    method: str,
    path: bytes | str,
    canonical_query: str,
    access_key: str,
    date: str | bytes | None,
    signed_headers: Iterable[tuple[str, str | bytes | None]],
) -> bytes:
    """Join the signed items, each followed by a newline.

    ``path`` is the already decoded path (see :func:`decode_path`); an empty one becomes ``/``.
    ``signed_headers`` are ``(name as listed, value or None)`` in the listed order.
    """
    items: list[bytes] = [
        method.upper().encode("ascii"),
        _as_bytes(path) or b"/",
        canonical_query.encode("ascii"),
        access_key.encode("utf-8"),
        _as_bytes(date) if date is not None else b"",
    ]
    for name, value in signed_headers:
        items.append(name.encode("ascii") + b":" + (_as_bytes(value) if value is not None else b""))
    return b"".join(item + b"\n" for item in items)
