"""Exceptions of the webhook receiver, and the mapping of pydantic errors to ``field: reason``.

A sender that gets a 4xx needs to know which field to fix and why; a pydantic error list (with union
branch names such as ``enum[OrderPushOperation]`` in its locations, and the input echoed) is not
that. Reasons describe the input ("got a string of 3 characters"), never repeat it. The mapping lives
here so the parser, the ASGI app and the CLI all word problems the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from pydantic import ValidationError

__all__ = ["Problem", "SignatureError", "WebhookError", "WebhookPayloadError", "problems_from_validation"]

# Error types that only say "this union branch did not match": when another branch explains the
# problem better (a pattern, a type), they are noise.
_BRANCH_NOISE = frozenset({"enum", "none_required", "literal_error", "is_instance_of"})


class Problem(NamedTuple):
    """One bad field (``body`` for the document as a whole) and why it was refused."""

    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class WebhookError(Exception):
    """Base class: everything the receiver raises on purpose."""


class WebhookPayloadError(WebhookError, ValueError):
    """The body is not a valid push; ``problems`` name each bad field, ``kind`` the push if known."""

    def __init__(self, problems: Sequence[Problem], *, kind: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems) or (Problem("body", "invalid"),)
        self.kind = kind
        what = f"invalid {kind}" if kind else "invalid push"
        super().__init__(f"{what}: " + "; ".join(str(p) for p in self.problems))

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.field for p in self.problems)


class SignatureError(WebhookError):
    """A verifier refused the push (missing, stale or wrong signature); the message says which."""


def _shown(value: Any) -> str:
    """What the offending input was, never the input itself: the sender has it, and an answer (or a
    log line) that echoes hostile input can itself become the problem."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return f"a string of {len(value)} characters" if value else "an empty string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _reason(error: Any) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    got = _shown(error.get("input"))
    if kind == "missing":
        return "required field is missing"
    if kind == "string_type":
        return f"must be a string (got {got})"
    if kind == "string_pattern_mismatch":
        return f"must match {ctx.get('pattern')} (got {got})"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "must not be empty"
    if kind == "enum":
        return f"must be one of {ctx.get('expected')} (got {got})"
    return f"{error.get('msg', 'invalid')} (got {got})"


def problems_from_validation(exc: ValidationError) -> list[Problem]:
    """One problem per top-level field, union-branch noise dropped, reasons deduplicated."""
    by_field: dict[str, list[Any]] = {}
    for error in exc.errors(include_url=False):
        loc = error.get("loc") or ()
        field = str(loc[0]) if loc else "body"
        by_field.setdefault(field, []).append(error)
    problems: list[Problem] = []
    for field, errors in by_field.items():
        useful = [e for e in errors if e.get("type") not in _BRANCH_NOISE] or errors
        problems.append(Problem(field, " or ".join(_unique(_reason(e) for e in useful))))
    return problems


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
