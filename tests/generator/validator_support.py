"""Shared by the validator tests: render a validators module for a document, and the judge.

The judge is jsonschema (Draft 2020-12) with ECMA-262 ``pattern`` matching, the reference the
generated checks must agree with; it exists only in the tests (and in the extras that word every
error of a document), never on the client's path.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.validators_step import render_source
from linksfield._spec_checks import ecma_regex

JUDGE_URI = "urn:linksfield:judge"


def _ecma_pattern(
    validator: Validator, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield ValidationError("does not match")


Judge = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})  # type: ignore[no-untyped-call]


def judge(document: dict[str, Any], schema: Any) -> Draft202012Validator:
    """jsonschema's validator of ``schema`` (local refs resolve into ``document``)."""
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry = Registry().with_resource(JUDGE_URI, resource)
    if isinstance(schema, dict) and str(schema.get("$ref", "")).startswith("#/"):
        schema = {**schema, "$ref": JUDGE_URI + schema["$ref"]}
    return Judge(_absolute(schema), registry=registry)  # type: ignore[no-any-return]


def _absolute(node: Any) -> Any:
    """Every local ``$ref`` made absolute, so it resolves from a schema that is not the document."""
    if isinstance(node, list):
        return [_absolute(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (JUDGE_URI + value if key == "$ref" and isinstance(value, str) and value.startswith("#/") else
              value if key in ("enum", "const") else _absolute(value))
        for key, value in node.items()
    }  # fmt: skip


_counter = 0


def rendered(document: dict[str, Any]) -> types.ModuleType:
    """The validators module rendered for ``document``, imported under a fresh name."""
    global _counter
    _counter += 1
    name = f"_rendered_validators_{_counter}"
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    exec(compile(render_source(document), f"<{name}>", "exec"), module.__dict__)
    return module


def one_operation(schema: Any, components: dict[str, Any] | None = None) -> dict[str, Any]:
    """A document whose single operation ``x`` takes ``schema`` as its JSON body."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "post": {
                    "operationId": "x",
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
                    },
                }
            }
        },
        "components": {"schemas": components or {}},
    }
