r"""Checks against the spec itself: outgoing arguments before sending, and bad answers' locations.

The generated client trusts what it is given and parses leniently, so the wire contract is
enforced here from the same document it was generated from. The rules themselves are generated
code (``linksfield_api.validators``, rendered by ``generator/validators_step.py``): one
straight-line function per schema, so a call pays a few microseconds for its checks, and no schema
library is imported by the client. This module adds what is not about one schema: which values the
call carries (path, query, body), how a failure is worded, and the rules below the spec.

Those rules hold even with ``validate_requests=False``, because they are about what can be sent at
all (:func:`check_sendable`): text must be real Unicode (a lone surrogate such as ``"\ud800"``
cannot be encoded, and httpx would raise a bare ``UnicodeEncodeError``), numbers must be finite
JSON numbers, and integers must fit 64 bits (no API field is wider, and Python refuses to even
write an integer of more than 4300 digits as text). Each becomes a
:class:`RequestValidationError` naming the field, checked before anything converts the value.

``pattern`` is matched with ECMA-262 semantics, as JSON Schema defines it, not Python's: in Python
``$`` also matches before a final newline and ``\d`` matches any Unicode digit, so
``"89852022018041800192\n"`` or Arabic-Indic digits would pass an ICCID pattern and be sent. The
generator translates each pattern once (:func:`ecma_regex` is the same rule at run time, for the
webhook receiver's schema judge).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote

from ._exceptions import RequestValidationError

if TYPE_CHECKING:
    from linksfield_api.validators import Check, RequestCheck

_NOTHING: Final[Mapping[str, Any]] = {}


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled so that Python matches what an ECMA-262 regex (JSON Schema's) matches.

    Two differences matter for the spec's patterns: ``$`` outside a character class becomes ``\\Z``
    (the very end; Python's ``$`` also matches before a trailing newline), and ``re.ASCII`` makes
    ``\\d``/``\\w``/``\\b`` ASCII-only, as in ECMA-262 without the ``u`` flag.
    """
    out: list[str] = []
    in_class = False
    chars = iter(pattern)
    for char in chars:
        if char == "\\":
            out.append(char + next(chars, ""))  # an escape, in or out of a class, is copied whole
        elif in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        else:
            out.append(r"\Z" if char == "$" else char)
    return re.compile("".join(out), re.ASCII)


def field_path(parts: Iterable[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


MAX_INTEGER_BITS: Final = 63
"""Integers must fit a signed 64-bit field: no API field is wider. Checked with ``bit_length``,
which never converts the number to text (Python refuses that beyond 4300 digits)."""
_SURROGATE: Final = re.compile("[\\ud800-\\udfff]")


def unsendable_reason(value: Any) -> str | None:
    """Why ``value`` itself cannot go on the wire as JSON text, or None."""
    if isinstance(value, str):
        return (
            "contains a lone surrogate (U+D800 to U+DFFF), which is not text"
            if _SURROGATE.search(value)
            else None
        )
    if isinstance(value, int) and not isinstance(value, bool):
        return "is too large: an integer must fit 64 bits" if value.bit_length() > MAX_INTEGER_BITS else None
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number (JSON has no NaN or infinity)"
    return None


def _all_sendable(value: Any) -> bool:
    """Whether nothing under ``value`` is unsendable: the fast pass of every call (no paths built).

    Exact types first (what the request builders produce: ``str``, ``int``, ``dict``, ``list``);
    anything else goes through :func:`unsendable_reason` and the container ABCs, as
    :func:`_first_unsendable` treats it.
    """
    pending = [value]
    while pending:
        node = pending.pop()
        kind = type(node)
        if kind is str:
            if not node.isascii() and _SURROGATE.search(node):
                return False
        elif kind is dict:
            for key in node:
                if isinstance(key, str) and not key.isascii() and _SURROGATE.search(key):
                    return False
            pending.extend(node.values())
        elif kind is list or kind is tuple:
            for item in node:
                if type(item) is str:
                    if not item.isascii() and _SURROGATE.search(item):
                        return False
                else:
                    pending.append(item)
        elif kind is int:
            if node.bit_length() > MAX_INTEGER_BITS:
                return False
        elif kind is float:
            if not math.isfinite(node):
                return False
        elif node is None or kind is bool:
            continue
        elif isinstance(node, Mapping):
            if any(isinstance(key, str) and _SURROGATE.search(key) for key in node):
                return False
            pending.extend(node.values())
        elif isinstance(node, (list, tuple)):
            pending.extend(node)
        elif unsendable_reason(node) is not None:
            return False
    return True


def _first_unsendable(value: Any, where: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], str] | None:
    """The path and reason of the first value or key under ``value`` that cannot be sent."""
    pending: list[tuple[Any, tuple[str | int, ...]]] = [(value, where)]
    while pending:
        node, path = pending.pop()
        if isinstance(node, Mapping):
            for key, item in node.items():
                if isinstance(key, str) and _SURROGATE.search(key):
                    return path, "has a property name with a lone surrogate (U+D800 to U+DFFF)"
                pending.append((item, (*path, key)))
        elif isinstance(node, (list, tuple)):
            pending.extend((item, (*path, index)) for index, item in enumerate(node))
        else:
            reason = unsendable_reason(node)
            if reason is not None:
                return path, reason
    return None


def check_sendable(operation_id: str, request: Mapping[str, Any]) -> None:
    """Raise :class:`RequestValidationError` for a value no request can carry (see the module doc).

    Runs before the spec's checks and whether or not they are on: httpx would otherwise meet the
    value first and fail with a bare ``ValueError``/``UnicodeEncodeError``. The usual request is
    judged by a fast pass; only a refused one is walked again to name the field.
    """
    sources: tuple[tuple[str, Any], ...] = (
        ("url", request.get("url")),
        ("params", request.get("params")),
        ("headers", request.get("headers")),
        ("json", request.get("json")),
    )
    for source, value in sources:
        if _all_sendable(value):
            continue
        found = _first_unsendable(value, ())
        if found is None:
            continue
        path, reason = found
        if source == "json":
            field = field_path(path) or "body"
        elif source == "url":
            field = "path"
        else:
            field = field_path(path) or source
        raise RequestValidationError(field, reason, operation=operation_id)


@functools.cache
def _path_matcher(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    names = tuple(re.findall(r"\{([^}]+)\}", template))
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template))), names


def path_values(template: str, url: str) -> dict[str, str]:
    """The path parameters of a sent ``url`` (decoded), by the names of its operation's path template."""
    pattern, names = _path_matcher(template)
    match = pattern.fullmatch(url.split("?", 1)[0])
    return dict(zip(names, map(unquote, match.groups()), strict=True)) if match else {}


@functools.cache
def _request_checks() -> Mapping[str, RequestCheck]:
    """The generated argument checks, imported on the first call (not by ``import linksfield``)."""
    from linksfield_api.validators import REQUESTS

    return REQUESTS


@functools.cache
def _response_checks() -> Mapping[tuple[str, str], Mapping[str, Check | None]]:
    from linksfield_api.validators import RESPONSES

    return RESPONSES


def check_request(operation_id: str, method: str, path: str, request: Mapping[str, Any]) -> None:
    """Raise :class:`RequestValidationError` naming the first bad argument of a described call.

    ``method`` is not needed any more (the checks are found by ``operation_id``); it stays in the
    signature the invoker calls.
    """
    check_sendable(operation_id, request)
    checks = _request_checks()[operation_id]
    in_path = path_values(path, str(request.get("url", ""))) if checks.path_parameters else _NOTHING
    invalid = checks.check(in_path, request.get("params") or _NOTHING, request.get("json"))
    if invalid is not None:
        where, reason = invalid
        raise RequestValidationError(field_path(where) or "body", reason, operation=operation_id)


def locate_problem(
    method: str, path: str, status: int, payload: Any
) -> tuple[tuple[str | int, ...], str] | None:
    """Where a response body departs from its schema, and why (the slow path, used only after a failure).

    The answer for ``status`` is judged, or the 200 answer when the operation declares no such
    status. A missing required field is named itself, as request validation names it; for a
    nullable field the reason is that of the type that was meant, not "must be null".
    """
    checks = _response_checks().get((method.lower(), path))
    if checks is None:
        return None
    key = str(status)
    check = checks[key] if key in checks else checks.get("200")
    return None if check is None else check(payload)
