r"""Checks against the spec itself: outgoing arguments before sending, and bad answers' locations.

The generated client trusts what it is given and parses leniently, so the wire contract is
enforced here from the same document it was generated from (shipped in ``linksfield_api`` as
``openapi.json``). Validators are built once per operation, with their references inlined, and cached.

Two rules sit below the spec and hold even with ``validate_requests=False``, because they are about
what can be sent at all (:func:`check_sendable`): text must be real Unicode (a lone surrogate such
as ``"\ud800"`` cannot be encoded, and httpx would raise a bare ``UnicodeEncodeError``), numbers must
be finite JSON numbers, and integers must fit 64 bits (no API field is wider, and Python refuses to
even write an integer of more than 4300 digits as text). Each becomes a
:class:`RequestValidationError` naming the field, checked before anything converts the value.

``pattern`` is matched with ECMA-262 semantics, as JSON Schema defines it, not Python's: in Python
``$`` also matches before a final newline and ``\d`` matches any Unicode digit, so
``"89852022018041800192\n"`` or Arabic-Indic digits would pass an ICCID pattern and be sent.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final
from urllib.parse import unquote

import attrs
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._exceptions import RequestValidationError
from ._spec import spec_document

SPEC_URI = "urn:linksfield:openapi"


@functools.cache
def _registry() -> Registry:
    resource: Resource[Any] = Resource.from_contents(spec_document(), default_specification=DRAFT202012)
    registry: Registry = Registry().with_resource(SPEC_URI, resource)
    return registry


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


def _ecma_pattern(
    validator: Validator, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """The ``pattern`` keyword with ECMA-262 matching; the message does not repeat the value."""
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"does not match {pattern!r}")


SpecValidator: Final[type[Draft202012Validator]] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _ecma_pattern}
)
"""Draft 2020-12 with ECMA-262 ``pattern`` matching: every check of this module uses it."""


def _validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    if "$ref" in schema and str(schema["$ref"]).startswith("#/"):
        schema = {"$ref": SPEC_URI + str(schema["$ref"])}
    return SpecValidator(schema, registry=_registry())


_LITERAL_KEYWORDS = frozenset({"const", "enum", "default", "example", "examples"})
"""Keywords whose values are data, not schemas: never searched for ``$ref``."""


def _inline(node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every bare local ``$ref`` replaced by its target (recursion is kept as a ref).

    A ``{"$ref": ...}`` with no siblings means exactly its target in JSON Schema 2020-12, and the
    spec has no ``$id``/``$anchor`` to move the base URI, so the validator is the same; it just
    does not look every reference up again on each call (that lookup was most of the cost of
    validating a small request). Refs kept (recursive, or with siblings) are made absolute so they
    still resolve once the root is no longer the spec's own ``$ref``.
    """
    if isinstance(node, list):
        return [_inline(item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(("#/", SPEC_URI + "#/")):
        pointer = ref.partition("#")[2]
        if len(node) == 1 and pointer not in seen:
            return _inline(_resolve({"$ref": "#" + pointer}), (*seen, pointer))
        node = {**node, "$ref": SPEC_URI + "#" + pointer}
    return {key: value if key in _LITERAL_KEYWORDS else _inline(value, seen) for key, value in node.items()}


def _compiled(schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator for the hot path (every request): references inlined once, see :func:`_inline`."""
    return SpecValidator(_inline(schema), registry=_registry())


def compiled_validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    """:func:`_compiled` for other modules judging documents by the spec (``linksfield.webhooks``
    validates each push with it): ECMA-262 patterns, references inlined; the caller caches it."""
    return _compiled(schema)


def _resolve(node: Any) -> Any:
    document = spec_document()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part]
        node = target
    return node


def field_path(parts: Iterable[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _meant(error: ValidationError) -> ValidationError:
    """For a nullable or open field, the error of the branch that was meant, not the `null` one."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        meant = [
            sub for sub in error.context if not (sub.validator == "type" and sub.validator_value == "null")
        ]
        if not meant:
            break
        error = best_match(meant) or meant[0]
    return error


def _reason(error: ValidationError) -> str:
    """The validator's complaint without echoing the value (it may be secret or huge).

    jsonschema's own messages quote the instance, so none is used: a keyword without a sentence
    here is named instead.
    """
    error = _meant(error)
    kind = str(error.validator)
    limit = error.validator_value
    reasons = {
        "pattern": f"must match {limit}",
        "maxLength": f"must be at most {limit} characters",
        "minLength": f"must be at least {limit} characters",
        "maximum": f"must be at most {limit}",
        "minimum": f"must be at least {limit}",
        "exclusiveMaximum": f"must be less than {limit}",
        "exclusiveMinimum": f"must be greater than {limit}",
        "multipleOf": f"must be a multiple of {limit}",
        "maxItems": f"must have at most {limit} items",
        "minItems": f"must have at least {limit} items",
        "uniqueItems": "must not repeat an item",
        "maxProperties": f"must have at most {limit} properties",
        "minProperties": f"must have at least {limit} properties",
        "additionalProperties": "has properties the spec does not define",
        "unevaluatedProperties": "has properties the spec does not define",
        "enum": f"must be one of {limit}",
        "const": f"must be {limit!r}",
        "type": f"must be of type {limit}",
        "anyOf": "does not match any of the forms the spec allows",
        "oneOf": "must match exactly one of the forms the spec allows",
        "not": "has a form the spec excludes",
    }
    return reasons.get(kind, f"does not satisfy the spec's {kind!r} rule")


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

    Runs before the spec's checks and whether or not they are on: the schema validators and httpx
    would otherwise meet the value first and fail with a bare ``ValueError``/``UnicodeEncodeError``
    (or, for a pattern, quote it in their message).
    """
    sources: tuple[tuple[str, Any], ...] = (
        ("url", request.get("url")),
        ("params", request.get("params")),
        ("headers", request.get("headers")),
        ("json", request.get("json")),
    )
    for source, value in sources:
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


@attrs.frozen
class _OperationChecks:
    """The compiled checks of one operation's request."""

    parameters: tuple[tuple[str, str, bool, Draft202012Validator], ...]  # (in, name, required, check)
    body: Draft202012Validator | None
    injected: frozenset[str]


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
def _operation_checks(method: str, path: str) -> _OperationChecks:
    operation = spec_document()["paths"][path][method.lower()]
    parameters = []
    for parameter in map(_resolve, operation.get("parameters", [])):
        check = _compiled(parameter["schema"])
        parameters.append((parameter["in"], parameter["name"], bool(parameter.get("required")), check))
    body_schema = (
        operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    )
    return _OperationChecks(
        parameters=tuple(parameters),
        body=_compiled(body_schema) if body_schema else None,
        injected=frozenset(operation.get("x-injected-parameters", ())),
    )


def check_request(operation_id: str, method: str, path: str, request: Mapping[str, Any]) -> None:
    """Raise :class:`RequestValidationError` naming the first bad argument of a described call."""
    check_sendable(operation_id, request)
    checks = _operation_checks(method, path)
    in_path = path_values(path, str(request.get("url", "")))
    query: Mapping[str, Any] = request.get("params") or {}
    for location, name, required, check in checks.parameters:
        source = in_path if location == "path" else query
        if name not in source:
            if required:
                raise RequestValidationError(name, "is required", operation=operation_id)
            continue
        error = best_match(check.iter_errors(source[name]))
        if error is not None:
            raise RequestValidationError(name, _reason(error), operation=operation_id)
    if checks.body is not None:
        _check_body(operation_id, checks, request.get("json"))


def _check_body(operation_id: str, checks: _OperationChecks, payload: Any) -> None:
    if isinstance(payload, dict) and checks.injected:
        # Filled in and signed by the family's auth on the way out.
        payload = {key: value for key, value in payload.items() if key not in checks.injected}
    assert checks.body is not None
    for error in sorted(checks.body.iter_errors(payload), key=lambda e: [str(p) for p in e.absolute_path]):
        where = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [name for name in error.validator_value if name not in error.instance]
            if not where and set(missing) <= checks.injected:
                continue
            raise RequestValidationError(
                field_path([*where, missing[0]]), "is required", operation=operation_id
            )
        raise RequestValidationError(field_path(where) or "body", _reason(error), operation=operation_id)


def locate_problem(
    method: str, path: str, status: int, payload: Any
) -> tuple[tuple[str | int, ...], str] | None:
    """Where a response body departs from its schema (the slow path, used only after a failure)."""
    operation = spec_document()["paths"][path][method.lower()]
    response = _resolve(operation["responses"].get(str(status)) or operation["responses"].get("200"))
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    error = best_match(_validator(schema).iter_errors(payload))
    if error is None:
        return None
    meant = _meant(error)  # the path into the meant branch, as the reason already describes it
    where: tuple[str | int, ...] = tuple(meant.absolute_path)
    required = meant.validator_value
    if meant.validator == "required" and isinstance(meant.instance, dict) and isinstance(required, list):
        # Point at the missing field itself, as request validation does.
        where = (*where, *[name for name in required if name not in meant.instance][:1])
    return where, _reason(meant)
