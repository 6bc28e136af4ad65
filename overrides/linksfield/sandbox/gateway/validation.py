"""Request validation against the spec, with the vendor's habit of naming the offending field.

A bad request must get a 400 envelope that says which field is wrong (``page_size: must be at most
100``), never a 500: fuzzers send every shape the schema forbids. Query strings arrive as text, so
they are coerced per the parameter's schema first (``page_no=52.0`` is the integer 52, as JSON
Schema itself treats whole-number floats as integers); values that cannot be coerced are left as
text and fail validation with a clear type message.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from jsonschema.exceptions import ValidationError, best_match

from ..spec.index import Operation, SpecIndex
from .inputs import BadRequest, decode_json, field_path, number_from_text

__all__ = ["BadRequest", "ValidatedRequest", "coerce_scalar", "field_path", "validate_request"]

_ERRORS_CONSIDERED: Final = 1000
"""How many validation errors ``best_match`` weighs: a 1 MiB array of wrong items has 100,000s."""


@dataclass
class ValidatedRequest:
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None


def coerce_scalar(raw: str, types: set[str], field_name: str = "value") -> Any:
    """Text from a URL turned into the JSON value its schema expects, when it unambiguously is one.

    Numbers are bounded before conversion (``gateway.inputs.number_from_text``): a 5,000-digit ``page_no``
    is a 400 naming ``field_name``, not a ``ValueError`` from ``int()``.
    """
    if "string" in types or not types:
        return raw
    if types & {"integer", "number"}:
        number = number_from_text(raw, field_name, integer="integer" in types)
        if number is not None:
            if "integer" not in types:
                return float(number)
            if isinstance(number, float) and "number" not in types:
                return raw  # 52.5 for an integer: left as text, refused with a type message
            return number
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    return raw


def _reason(error: ValidationError) -> str:
    """The validator's complaint in words, without echoing the value (it may be huge or secret)."""
    kind = str(error.validator)
    limit: Any = error.validator_value
    if kind == "type":
        names = [limit] if isinstance(limit, str) else [str(t) for t in limit]
        return f"must be of type {' or '.join(names)}"
    templates = {
        "pattern": "must match {}",
        "maxLength": "must be at most {} characters",
        "minLength": "must be at least {} characters",
        "maximum": "must be at most {}",
        "minimum": "must be at least {}",
        "exclusiveMaximum": "must be less than {}",
        "exclusiveMinimum": "must be greater than {}",
        "maxItems": "must have at most {} items",
        "minItems": "must have at least {} items",
        "uniqueItems": "must not repeat items",
        "enum": "must be one of {}",
        "const": "must be {!r}",
        "additionalProperties": "has unexpected properties",
        "multipleOf": "must be a multiple of {}",
    }
    return templates.get(kind, "is not valid").format(limit)


def _error_field(error: ValidationError, root: str) -> tuple[str, str]:
    parts: list[str | int] = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, Mapping):
        wanted: Any = error.validator_value
        missing = [name for name in wanted if name not in error.instance]
        if missing:
            return field_path([*parts, missing[0]]), "is required"
    return (field_path(parts) or root), _reason(error)


def _check(index: SpecIndex, schema: Mapping[str, Any], value: Any, name: str) -> None:
    errors = index.validator(schema).iter_errors(value)
    error = best_match(itertools.islice(errors, _ERRORS_CONSIDERED))
    if error is not None:
        where, why = _error_field(error, name)
        if name != "body" and where != name:
            where = f"{name}{'' if where.startswith('[') else '.'}{where}"
        raise BadRequest(where, why)


def validate_request(
    index: SpecIndex,
    operation: Operation,
    *,
    path_params: Mapping[str, str],
    query_pairs: Sequence[tuple[str, str]],
    body: bytes,
    document: Any = None,
) -> ValidatedRequest:
    """Parse and check one request; raises :class:`BadRequest` with the first field at fault.

    ``document`` is the body already decoded by ``gateway.inputs.decode_json`` (the CSSS pre-parse does
    it), so it is not parsed twice.
    """
    result = ValidatedRequest()
    grouped: dict[str, list[str]] = {}
    for name, value in query_pairs:
        grouped.setdefault(name, []).append(value)
    for param in operation.parameters:
        if param.location == "path":
            raw_values = [path_params[param.name]] if param.name in path_params else []
        elif param.location == "query":
            raw_values = grouped.get(param.name, [])
        else:
            continue  # header parameters: the spec declares none beyond authentication
        if not raw_values:
            if param.required:
                raise BadRequest(param.name, "is required")
            continue
        types = index.schema_types(param.schema)
        if len(raw_values) > 1 and "array" not in types:
            raise BadRequest(param.name, "must be given once")
        value = coerce_scalar(raw_values[0], types, param.name)
        _check(index, param.schema, value, param.name)
        (result.path if param.location == "path" else result.query)[param.name] = value

    if operation.body_schema is None:
        return result
    if not body.strip():
        if operation.body_required:
            raise BadRequest("body", "is required")
        return result
    if document is None:
        document = decode_json(body)
    if not isinstance(document, dict):
        raise BadRequest("body", "must be a JSON object")
    _check(index, operation.body_schema, document, "body")
    result.body = document
    return result
