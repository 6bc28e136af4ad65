"""The spec as the sandbox reads it: one entry per operation, with its schemas and extensions.

Routes, request validation and the "every operation is served" check are all derived from this
index, so an operation added to the spec without a handler makes the app refuse to start instead of
answering 404 in a fuzz run. Schemas stay as JSON pointers into the document (``$ref``) and are
validated through a ``referencing`` registry, exactly as written.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from linksfield._spec_checks import spec_document

__all__ = ["Operation", "Parameter", "SpecIndex", "load_spec_document", "spec_index"]

SPEC_URI: Final = "urn:linksfield:sandbox-openapi"
_HTTP_METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options")


def load_spec_document() -> dict[str, Any]:
    """The bundled spec the client was generated from (``linksfield_api/openapi.json``).

    Serving the very document the client ships keeps sandbox and client on one contract.
    """
    return spec_document()


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

    @property
    def paths(self) -> tuple[str, ...]:
        return (self.path, *self.alias_paths)


class SpecIndex:
    """Operations by id and compiled validators, built once per document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = Resource.from_contents(dict(document), default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self.operations: tuple[Operation, ...] = tuple(self._collect())
        self.by_id: dict[str, Operation] = {op.operation_id: op for op in self.operations}

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref``s until a schema (or parameter) object without one is reached."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 64:
                raise ValueError("reference cycle in the spec")
        return node

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
                response = self.resolve(raw["responses"]["200"])
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
                        response_schema=response["content"]["application/json"]["schema"],
                        history_days=raw.get("x-history-days"),
                        pagination=raw.get("x-pagination"),
                    )
                )
        return operations

    def validator(self, schema: Mapping[str, Any]) -> Draft202012Validator:
        """A validator for a schema of this document; local refs are anchored to the document."""
        key = json.dumps(schema, sort_keys=True)
        cached = self._validators.get(key)
        if cached is None:
            anchored: Mapping[str, Any] = schema
            if "$ref" in schema and str(schema["$ref"]).startswith("#/"):
                anchored = {**schema, "$ref": SPEC_URI + str(schema["$ref"])}
            cached = Draft202012Validator(dict(anchored), registry=self._registry)
            self._validators[key] = cached
        return cached

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


@functools.cache
def spec_index() -> SpecIndex:
    """The process-wide index (the document never changes while the sandbox runs)."""
    return SpecIndex(load_spec_document())
