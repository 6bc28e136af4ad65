"""The JSON Schema judge of a push: jsonschema with ECMA-262 patterns, references inlined once.

The receiver words every problem of a refused push (``errors.problems_from_schema``), so it wants
all of a document's errors, as jsonschema reports them; that is why it keeps the reference
implementation (declared by the ``webhooks`` extra) while the client checks its arguments with the
generated validators of ``linksfield_api.validators`` and imports no schema library.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any, Final

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .._spec import spec_document
from .._spec_checks import ecma_regex

__all__ = ["SpecValidator", "compiled_validator"]

SPEC_URI: Final = "urn:linksfield:openapi"


@functools.cache
def _registry() -> Registry:
    resource: Resource[Any] = Resource.from_contents(spec_document(), default_specification=DRAFT202012)
    registry: Registry = Registry().with_resource(SPEC_URI, resource)
    return registry


def _ecma_pattern(
    validator: Validator, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """The ``pattern`` keyword with ECMA-262 matching; the message does not repeat the value."""
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"does not match {pattern!r}")


SpecValidator: Final[type[Draft202012Validator]] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _ecma_pattern}
)
"""Draft 2020-12 with ECMA-262 ``pattern`` matching."""

_LITERAL_KEYWORDS: Final = frozenset({"const", "enum", "default", "example", "examples"})
"""Keywords whose values are data, not schemas: never searched for ``$ref``."""


def _resolve(node: Any) -> Any:
    document = spec_document()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part]
        node = target
    return node


def _inline(node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every bare local ``$ref`` replaced by its target (recursion is kept as a ref).

    A ``{"$ref": ...}`` with no siblings means exactly its target in JSON Schema 2020-12, and the
    spec has no ``$id``/``$anchor`` to move the base URI, so the validator is the same; it just
    does not look every reference up again on each push. Refs kept (recursive, or with siblings)
    are made absolute so they still resolve once the root is no longer the spec's own ``$ref``.
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


def compiled_validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator of ``schema`` (a part of the spec): ECMA-262 patterns, references inlined; the
    caller caches it."""
    return SpecValidator(_inline(schema), registry=_registry())
