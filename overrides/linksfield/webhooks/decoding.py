"""Raw body to a JSON object, refusing anything unreasonable in one linear pass before it costs more.

Why a module of its own: every later step (the JSON decoder, pydantic, logging, the store, the
user's handler) recurses into or re-encodes the document, so a body nested too deeply, a number
no program can use, or text that cannot be encoded back to UTF-8 must be stopped here, once, as a
:class:`WebhookPayloadError` (a 400 naming the field), never as a ``RecursionError`` or a
``UnicodeEncodeError`` deep in someone else's code: that would be a 500, and the vendor resends a
push until it is acknowledged, so a 500 for its own bad input would be resent forever.

Each refusal names the top-level field (or ``body``) and the reason, never the value: the value
may be huge, and an error answer that echoes hostile input can itself become the problem.

The limits, all far above anything the vendor sends (its pushes are flat objects of short strings):

* nesting: at most :data:`MAX_DEPTH` levels, checked by a scan of the text *before* decoding, so no
  recursive code ever sees a deeper document;
* numbers: literals of at most :data:`MAX_NUMBER_CHARS` characters, finite, and no ``NaN`` or
  ``Infinity`` (which Python's decoder accepts and JSON does not);
* text: UTF-8 (or a declared, ordinary charset), with no unpaired UTF-16 surrogate escape;
* size: bounded by the receiver before this module runs (``max_body_bytes``, a 413).
"""

from __future__ import annotations

import codecs
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from .errors import Problem, WebhookPayloadError

__all__ = ["MAX_DEPTH", "MAX_NUMBER_CHARS", "decode_text", "field_name", "load_object"]

MAX_DEPTH: Final = 64
"""Deepest nesting of arrays and objects accepted (a push itself is depth 1)."""
MAX_NUMBER_CHARS: Final = 100
"""Longest number literal accepted; an int64 needs 20 characters, a double about 25."""
MAX_FIELD_NAME: Final = 64
"""A field name longer than this is shortened in error answers."""
MAX_PROBLEMS: Final = 20
"""Problems listed in one answer; the rest are counted, not listed."""

# Codecs (by ``codecs.lookup(...).name``) that are transformations, not charsets: no sender declares
# them, escape decoders turn "\\ud800" text into lone surrogates, and punycode is quadratic. Refused
# as declarations so the fallback below only ever runs an ordinary, linear text decoder.
_NOT_CHARSETS: Final = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7"})

# One token per string literal (escapes included), bracket, or comma. A lone quote is a string
# that never ends: the text is not JSON and the decoder says so better than a depth count could.
_TOKENS: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|"|[\[\]{},]', re.DOTALL)
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def field_name(key: str) -> str:
    """A field name fit for an error answer: valid UTF-8 and short."""
    shown = key.encode("utf-8", "backslashreplace").decode("utf-8")
    return shown if len(shown) <= MAX_FIELD_NAME else shown[: MAX_FIELD_NAME - 3] + "..."


def _charset(headers: Mapping[str, str]) -> str | None:
    for part in headers.get("content-type", "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def decode_text(headers: Mapping[str, str], raw_body: bytes) -> str:
    """UTF-8 (RFC 8259), or the charset the sender declared if UTF-8 fails (a GBK sender, say)."""
    if not raw_body.strip():
        raise WebhookPayloadError([Problem("body", "is empty; expected a JSON object")])
    try:
        return raw_body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _charset(headers)
        if declared:
            try:
                codec = codecs.lookup(declared).name
                if codec not in _NOT_CHARSETS:
                    return raw_body.decode(codec)
            except (LookupError, UnicodeError):  # unknown or non-text codec, or bytes it rejects
                pass
        raise WebhookPayloadError(
            [Problem("body", f"is not UTF-8 text (byte {exc.start} cannot be decoded)")]
        ) from None


@dataclass(frozen=True)
class _Unusable:
    """Stands in for a number literal the decoder met and this module refuses, with the reason."""

    reason: str


def _too_long(literal: str) -> _Unusable | None:
    if len(literal) > MAX_NUMBER_CHARS:
        return _Unusable(f"is a number of {len(literal)} characters (at most {MAX_NUMBER_CHARS})")
    return None


def _int(literal: str) -> int | _Unusable:
    return _too_long(literal) or int(literal)


def _float(literal: str) -> float | _Unusable:
    refused = _too_long(literal)
    if refused is not None:
        return refused
    value = float(literal)
    return value if math.isfinite(value) else _Unusable("is a number out of range")


def _constant(literal: str) -> _Unusable:
    return _Unusable("is NaN or Infinity, which JSON does not allow")


def _nesting_problem(text: str) -> Problem | None:
    """The first top-level field nested deeper than MAX_DEPTH, without decoding anything."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None  # every real push: a few C-speed counts, no scan
    depth = 0
    key: str | None = None
    expect_key = False
    for match in _TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(_decoded_key(key), f"is nested too deeply (more than {MAX_DEPTH} levels)")
            if depth == 1:
                expect_key = first == "{"
        elif first in "]}":
            depth -= 1
        elif first == ",":
            expect_key = depth == 1
        elif token == '"':
            return None  # unterminated string: invalid JSON, reported by the decoder
        elif expect_key and depth == 1:
            key, expect_key = token, False
    return None


def _decoded_key(token: str | None) -> str:
    if token is None:
        return "body"
    try:
        return field_name(str(json.loads(token)))
    except ValueError:
        return "body"


def _value_problem(value: Any) -> str | None:
    """Why a decoded value cannot be used, or None. Iterative: depth is bounded, but cheaply so."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return "contains an unpaired UTF-16 surrogate escape"
        elif isinstance(item, _Unusable):
            return item.reason
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def load_object(text: str) -> dict[str, Any]:
    """The JSON object in ``text``, or a :class:`WebhookPayloadError` naming each unusable field."""
    nesting = _nesting_problem(text)
    if nesting is not None:
        raise WebhookPayloadError([nesting])
    try:
        document = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:  # its message gives a position, never the text
        raise WebhookPayloadError([Problem("body", f"is not valid JSON ({exc})")]) from None
    except RecursionError:  # unreachable after the scan; kept so it could never become a 500
        raise WebhookPayloadError([Problem("body", "is nested too deeply")]) from None
    if isinstance(document, _Unusable):
        raise WebhookPayloadError([Problem("body", document.reason)])
    if not isinstance(document, dict):
        raise WebhookPayloadError([Problem("body", f"must be a JSON object, got {type(document).__name__}")])
    problems: list[Problem] = []
    for key, value in document.items():
        reason = _value_problem(key) or _value_problem(value)
        if reason is not None:
            problems.append(Problem(field_name(key), reason))
    if len(problems) > MAX_PROBLEMS:
        extra = len(problems) - MAX_PROBLEMS
        problems = [*problems[:MAX_PROBLEMS], Problem("body", f"and {extra} more fields are unusable")]
    if problems:
        raise WebhookPayloadError(problems)
    return document
