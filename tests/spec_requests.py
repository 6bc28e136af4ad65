"""A valid request for any operation of the spec, taken from the spec itself.

Tests that walk every operation have hand-made requests for the operations they know (fed with
the sandbox's seeded fixtures, so state changes line up). An operation a curator adds later has
none, and must still be exercised: its request is the spec's own request example and parameter
examples, or values synthesised from the schemas (the sandbox's synthesiser, which checks what it
produces against the schema). One place, so every suite treats a new operation the same way.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from linksfield.sandbox.spec.index import Operation, Parameter, SpecIndex, spec_index
from linksfield.sandbox.spec.synthesis import synthesize

__all__ = ["WireRequest", "example_request", "parameter_example"]


@dataclass
class WireRequest:
    """Path parameters, query parameters and JSON body by their wire names."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None

    def as_call(self) -> dict[str, Any]:
        """Keyword arguments of ``tests.sandbox.support.call``."""
        return {
            "path": {k: str(v) for k, v in self.path.items()},
            "query": self.query,
            "body": self.body,
        }


def _first_example(node: Any, index: SpecIndex) -> tuple[bool, Any]:
    node = index.resolve(node)
    if not isinstance(node, dict):
        return False, None
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        return True, index.resolve(next(iter(examples.values()))).get("value")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


def parameter_example(
    parameter: Parameter, raw: dict[str, Any] | None = None, index: SpecIndex | None = None
) -> Any:
    """The parameter's example (its own, then its schema's), else a value synthesised from its schema."""
    index = index or spec_index()
    for node in (raw, parameter.schema):
        found, value = _first_example(node, index)
        if found:
            return value
    return synthesize(index, parameter.schema)


def _raw_parameters(index: SpecIndex, operation: Operation) -> dict[str, dict[str, Any]]:
    item = index.document["paths"][operation.path]
    raw = [
        index.resolve(p)
        for p in (*item.get("parameters", ()), *item[operation.method.lower()].get("parameters", ()))
    ]
    return {p["name"]: p for p in raw}


def example_request(operation_id: str, index: SpecIndex | None = None) -> WireRequest:
    """The spec's request for ``operation_id``: body example (or a synthesised body) and parameter examples."""
    index = index or spec_index()
    operation = index.by_id[operation_id]
    raw = _raw_parameters(index, operation)
    request = WireRequest()
    for parameter in operation.parameters:
        if parameter.location in ("path", "query"):
            value = parameter_example(parameter, raw.get(parameter.name), index)
            getattr(request, parameter.location)[parameter.name] = value
    if operation.body_schema is not None:
        spec_op = index.document["paths"][operation.path][operation.method.lower()]
        media = index.resolve(spec_op["requestBody"])["content"]["application/json"]
        found, value = _first_example(media, index)
        request.body = copy.deepcopy(value) if found else synthesize(index, operation.body_schema)
    return request
