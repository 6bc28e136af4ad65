"""The spec as the sandbox reads it: one entry per operation, with its schemas and extensions.

Routes, request validation and the answers of operations without a handler (``spec.answers``) are
all derived from this index, so an operation added to the spec is served as soon as the document
is regenerated, instead of answering 404 in a fuzz run. Schemas stay as JSON pointers into the
document (``$ref``) and are validated through a ``referencing`` registry, exactly as written.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from linksfield._spec import spec_document

__all__ = ["Operation", "Parameter", "SpecIndex", "json_pointer_part", "load_spec_document", "spec_index"]

SPEC_URI: Final = "urn:linksfield:sandbox-openapi"
_HTTP_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options")


def load_spec_document(path: str | None = None) -> dict[str, Any]:
    """The bundled spec the client was generated from (``linksfield_api/openapi.json``), or ``path``.

    Serving the very document the client ships keeps sandbox and client on one contract. ``path``
    (``--spec``) serves another document, e.g. a curator's freshly regenerated ``openapi.json``
    before the package is reinstalled; it must be bundled (local ``$ref``s only). JSON is always
    read; YAML only when PyYAML happens to be installed (it is not a dependency of the sandbox).
    """
    if path is None:
        return spec_document()
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith((".yaml", ".yml")):
        try:
            yaml = importlib.import_module("yaml")
        except ImportError:
            raise ValueError(f"{path}: reading YAML needs PyYAML; pass the bundled openapi.json") from None
        document: Any = yaml.safe_load(text)
    else:
        document = json.loads(text)
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{path}: not an OpenAPI document (no paths)")
    return document


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with the extensions the sandbox acts on."""

    operation_id: str
    method: str
    path: str
    alias_paths: tuple[str, ...]
    family: str
    side_effect: str
    parameters: tuple[Parameter, ...]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    response_schema: Mapping[str, Any]
    history_days: int | None
    pagination: Mapping[str, Any] | None
    response_pointer: str = ""
    """JSON pointer to the success response object (``#/paths/.../responses/200``, or where it refers)."""

    @property
    def paths(self) -> tuple[str, ...]:
        return (self.path, *self.alias_paths)


class SpecIndex:
    """Operations by id and compiled validators, built once per document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = Resource.from_contents(dict(document), default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Validator] = {}
        self.operations: tuple[Operation, ...] = tuple(self._collect())
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}

    def node_at(self, pointer: str) -> Any:
        """The node a local JSON pointer (``#/components/...``) names, without following its refs."""
        target: Any = self.document
        for part in pointer.removeprefix("#").removeprefix("/").split("/"):
            if part:
                key = part.replace("~1", "/").replace("~0", "~")
                target = target[int(key)] if isinstance(target, list) else target[key]
        return target

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref``s until a schema (or parameter) object without one is reached."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            node = self.node_at(str(node["$ref"]))
            seen += 1
            if seen > 64:
                raise ValueError("reference cycle in the spec")
        return node

    def _success_response(self, path: str, method: str, raw: Mapping[str, Any]) -> tuple[str, Any]:
        """Pointer to the success response object (``200``, else the first 2xx; refs followed)."""
        responses: Mapping[str, Any] = raw.get("responses") or {}
        status = "200" if "200" in responses else next((s for s in responses if str(s).startswith("2")), None)
        if status is None:
            return "", {}
        pointer = f"#/paths/{json_pointer_part(path)}/{method}/responses/{status}"
        node: Any = responses[status]
        for _ in range(64):
            if not (isinstance(node, Mapping) and "$ref" in node):
                break
            pointer = str(node["$ref"])
            node = self.node_at(pointer)
        return pointer, node

    def _collect(self) -> list[Operation]:
        operations: list[Operation] = []
        for path, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in _HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                params = [self.resolve(p) for p in (*shared, *raw.get("parameters", []))]
                body = self.resolve(raw.get("requestBody")) if raw.get("requestBody") else None
                body_schema = None
                if body is not None:
                    body_schema = body.get("content", {}).get("application/json", {}).get("schema")
                response_pointer, response = self._success_response(path, method, raw)
                media = response.get("content", {}).get("application/json", {})
                operations.append(
                    Operation(
                        operation_id=raw["operationId"],
                        method=method.upper(),
                        path=path,
                        alias_paths=tuple(raw.get("x-alias-paths", ())),
                        family=raw["x-api-family"],
                        side_effect=raw.get("x-side-effect", "read"),
                        parameters=tuple(
                            Parameter(p["name"], p["in"], bool(p.get("required", False)), p.get("schema", {}))
                            for p in params
                        ),
                        body_schema=body_schema,
                        body_required=bool(body and body.get("required", False)),
                        response_schema=media.get("schema", {}),
                        history_days=raw.get("x-history-days"),
                        pagination=raw.get("x-pagination"),
                        response_pointer=response_pointer,
                    )
                )
        return operations

    def validator(self, schema: Mapping[str, Any]) -> Validator:
        """A validator for a schema of this document; local refs are anchored to the document.

        Every ``#/...`` ref is anchored, nested ones included: an inline schema (a parameter's,
        or a piece of one the sandbox synthesises data for) is not the document's root, so its
        refs would otherwise be looked up in itself.
        """
        key = json.dumps(schema, sort_keys=True)
        cached = self._validators.get(key)
        if cached is None:
            cached = _Validator(self._inlined(_anchored(schema), ()), registry=self._registry)
            self._validators[key] = cached
        return cached

    def _inlined(self, node: Any, chain: tuple[str, ...]) -> Any:
        """``node`` (anchored) with each plain ``$ref`` replaced by the schema it names, once per chain.

        Validating through a ``$ref`` costs a registry lookup per instance: for the 170,000 ids of
        a 1 MiB ``deviceList`` that doubled the time. A ref with validation siblings, or one met
        again inside its own target (a recursive schema), is kept as it is.
        """
        if isinstance(node, list):
            return [self._inlined(item, chain) for item in node]
        if not isinstance(node, Mapping):
            return node
        ref = node.get("$ref")
        if (
            isinstance(ref, str)
            and ref.startswith(SPEC_URI + "#/")
            and ref not in chain
            and len(chain) < 32
            and all(k == "$ref" or k in _ANNOTATIONS or k.startswith("x-") for k in node)
        ):
            target = self.node_at(ref[len(SPEC_URI) :])
            return self._inlined(_anchored(target), (*chain, ref))
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _SCHEMA_MAPS and isinstance(value, Mapping):
                out[key] = {name: self._inlined(schema, chain) for name, schema in value.items()}
            else:
                out[key] = value if key in _LITERAL_KEYWORDS else self._inlined(value, chain)
        return out

    def schema_types(self, schema: Mapping[str, Any]) -> set[str]:
        """The JSON types a (possibly referenced, allOf-wrapped) schema admits; empty when unstated."""
        node = self.resolve(schema)
        if not isinstance(node, Mapping):
            return set()
        declared = node.get("type")
        if isinstance(declared, str):
            return {declared}
        if isinstance(declared, list):
            return {str(t) for t in declared}
        types: set[str] = set()
        for key in ("allOf", "anyOf", "oneOf"):
            for part in node.get(key, ()):
                types |= self.schema_types(part)
        return types


def _identity(value: Any) -> Hashable:
    """A hashable key equal for exactly the values JSON Schema calls equal (``1 == 1.0``,
    ``true != 1``, objects regardless of key order); nesting is bounded by ``linksfield._json_gate.MAX_DEPTH``."""
    if isinstance(value, bool) or value is None:
        return ("literal", value)
    if isinstance(value, (int, float)):
        return ("number", value)  # Python already has 1 == 1.0 with equal hashes
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, list):
        return ("array", tuple(_identity(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((key, _identity(item)) for key, item in value.items()))
    return ("other", repr(value))


def _unique_items(
    validator: Validator, unique: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """``uniqueItems`` in linear time: jsonschema's own falls back to comparing every pair when items
    are not mutually sortable (``[1, "a", ...]``), which makes a 1 MiB array take hours."""
    if not unique or not validator.is_type(instance, "array"):
        return
    seen: set[Hashable] = set()
    for item in instance:
        key = _identity(item)
        if key in seen:
            yield ValidationError("has non-unique elements")  # the instance is not echoed (it may be huge)
            return
        seen.add(key)


_Validator: Final[type[Validator]] = validators.extend(  # type: ignore[no-untyped-call]  # untyped in the stubs
    Draft202012Validator, {"uniqueItems": _unique_items}
)


def json_pointer_part(text: str) -> str:
    """``text`` escaped as one JSON pointer segment (``/cmp-api/x`` -> ``~1cmp-api~1x``)."""
    return text.replace("~", "~0").replace("/", "~1")


_LITERAL_KEYWORDS: Final = frozenset({"const", "enum", "default", "example", "examples"})
"""Keywords whose values are data, not schemas: never rewritten."""
_SCHEMA_MAPS: Final = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
"""Keywords whose values map names to schemas (a property may be called ``default``)."""
_ANNOTATIONS: Final = frozenset(
    {
        "description",
        "title",
        "$comment",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
    }
)
"""Keywords that do not change what validates: a ``$ref`` with only these beside it can be inlined."""


def _anchored(node: Any) -> Any:
    """``node`` with each local ``$ref`` made absolute (``urn:...#/components/...``)."""
    if isinstance(node, list):
        return [_anchored(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith("#/"):
            out[key] = SPEC_URI + value
        elif key in _SCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {name: _anchored(schema) for name, schema in value.items()}
        else:
            out[key] = value if key in _LITERAL_KEYWORDS else _anchored(value)
    return out


@functools.cache
def spec_index() -> SpecIndex:
    """The process-wide index (the document never changes while the sandbox runs)."""
    return SpecIndex(load_spec_document())
