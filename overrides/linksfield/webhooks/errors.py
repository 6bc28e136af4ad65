"""Exceptions of the webhook receiver, and the wording of a refused push's problems as ``field: reason``.

A sender that gets a 4xx needs to know which field to fix and why; a validator's error list (with
union branches such as "is not one of the enum codes" next to the reason that matters, and the input
echoed) is not that. Reasons describe the input ("got a string of 3 characters"), never repeat it.
The wording lives here so the parser, the ASGI app and the CLI all word problems the same way.
Two sources feed it: the spec's JSON Schema of the push (:func:`problems_from_schema`, every rule,
with ECMA-262 patterns) and the generated parser's misfits (:func:`problems_from_misfits`, the
values the model cannot hold typed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final, NamedTuple

from jsonschema.exceptions import ValidationError

from linksfield_api.parsers import Misfit
from linksfield_api.types import UNSET

__all__ = [
    "Problem",
    "SignatureError",
    "WebhookError",
    "WebhookPayloadError",
    "problems_from_misfits",
    "problems_from_schema",
]

_MISSING: Final = "required field is missing"
_JSON_TYPES: Final = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


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


def _type_reason(expected: Any, got: str) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return f"must be {' or '.join(_JSON_TYPES.get(str(n), str(n)) for n in names)} (got {got})"


def _reason(error: ValidationError) -> str:
    kind = str(error.validator)
    limit = error.validator_value
    got = _shown(error.instance)
    if kind == "type":
        return _type_reason(limit, got)
    if kind == "pattern":
        return f"must match {limit} (got {got})"
    if kind == "minLength" and limit == 1:
        return "must not be empty"
    if kind == "minLength":
        return f"must be at least {limit} characters (got {got})"
    if kind == "maxLength":
        return f"must be at most {limit} characters (got {got})"
    if kind == "enum" and isinstance(limit, list):
        return f"must be one of {', '.join(map(str, limit))} (got {got})"
    if kind == "const":
        return f"must be {limit!r} (got {got})"
    return f"does not satisfy the spec's {kind!r} rule (got {got})"


def _leaves(error: ValidationError) -> list[ValidationError]:
    """The errors of every branch of a union (``anyOf``/``oneOf``, nested), or the error itself."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        return [leaf for sub in error.context for leaf in _leaves(sub)]
    return [error]


def _is_null_branch(error: ValidationError) -> bool:
    return error.validator == "type" and error.validator_value == "null"


def _is_enum_branch(error: ValidationError) -> bool:
    return error.validator == "enum"


def _meant(leaves: list[ValidationError]) -> list[ValidationError]:
    """The branches worth naming: a union branch that only says "not this one" (the `null` of a
    nullable field, then the listed codes of an open enum) goes when another explains more."""
    for noise in (_is_null_branch, _is_enum_branch):
        kept = [leaf for leaf in leaves if not noise(leaf)]
        leaves = kept or leaves
    return leaves


def problems_from_schema(errors: Iterable[ValidationError]) -> list[Problem]:
    """One problem per top-level field, union-branch noise dropped, reasons deduplicated."""
    by_field: dict[str, list[str]] = {}
    for error in errors:
        path = list(error.absolute_path)
        required = error.validator_value
        if error.validator == "required" and isinstance(error.instance, dict) and isinstance(required, list):
            for name in required:
                if name not in error.instance:
                    by_field.setdefault(str(name) if not path else str(path[0]), []).append(_MISSING)
            continue
        reasons = map(_reason, _meant(_leaves(error)))
        by_field.setdefault(str(path[0]) if path else "body", []).extend(reasons)
    return [Problem(field, " or ".join(_unique(reasons))) for field, reasons in by_field.items()]


def problems_from_misfits(notes: Iterable[object]) -> list[Problem]:
    """The generated parser's misfits as problems, one per top-level field (unknown enum codes are no
    problem: the spec keeps those enums open)."""
    by_field: dict[str, list[str]] = {}
    for note in notes:
        if not isinstance(note, Misfit):
            continue
        field = str(note.path[0]) if note.path else "body"
        reason = _MISSING if note.found is UNSET else f"must be {note.expected} (got {_shown(note.found)})"
        by_field.setdefault(field, []).append(reason)
    return [Problem(field, " or ".join(_unique(reasons))) for field, reasons in by_field.items()]


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
