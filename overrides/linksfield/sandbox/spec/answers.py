"""Which code serves each operation: its stateful handler, or an answer taken from the spec alone.

Why: the spec drives the sandbox. An operation a curator adds to the spec is served as soon as the
document is regenerated, with no Python written for it: authenticated by its family's verifier and
validated against the spec like any other (``dispatch``), it answers the ``data`` of its first
success example (document order; success per the family's rule in ``x-linksfield-families``), or,
without one, data synthesised from the response schema (``synthesis``). The handlers in
``behaviours/`` are an overlay for the operations they know, nothing more.

Everything is decided once, when the app is built, and checked with the spec's validator. An
operation whose schema cannot be satisfied does not stop the others: it answers the smallest value
its schema admits (or null) and the reason is logged and shown in ``/_sandbox/stats``.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from jsonschema.exceptions import best_match

from ..behaviours.registry import Handler
from ..runtime import Call
from .index import Operation, SpecIndex
from .synthesis import smallest_valid, synthesize

__all__ = ["Served", "SpecAnswer", "data_problem", "data_schema", "serve_plan", "spec_answer"]

logger = logging.getLogger("linksfield.sandbox")

_MEDIA = "/content/application~1json"


@dataclass(frozen=True)
class SpecAnswer:
    """The ``data`` an operation without a handler answers, and where it came from."""

    data: Any
    source: str
    """``example <name>``, ``synthesised`` or ``fallback`` (the schema could not be satisfied)."""
    problem: str | None = None


@dataclass(frozen=True)
class Served:
    handler: Handler
    served_by: Literal["handler", "spec"]
    answer: SpecAnswer | None = None


def data_schema(index: SpecIndex, operation: Operation) -> dict[str, Any]:
    """The schema of the success envelope's ``data``: every ``properties.data`` of the response
    schema (through ``$ref`` and ``allOf``), as refs into the document so validation is exact."""
    found: list[dict[str, Any]] = []

    def walk(pointer: str, depth: int) -> None:
        node = index.node_at(pointer)
        if depth > 32 or not isinstance(node, Mapping):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            walk(ref, depth + 1)
        properties = node.get("properties")
        if isinstance(properties, Mapping) and "data" in properties:
            found.append({"$ref": f"{pointer}/properties/data"})
        parts = node.get("allOf")
        for i in range(len(parts) if isinstance(parts, list) else 0):
            walk(f"{pointer}/allOf/{i}", depth + 1)

    if operation.response_pointer:
        media = index.node_at(operation.response_pointer).get("content", {}).get("application/json")
        if isinstance(media, Mapping) and "schema" in media:
            walk(f"{operation.response_pointer}{_MEDIA}/schema", 0)
    if len(found) == 1:
        return found[0]
    return {"allOf": found} if found else {}


def data_problem(index: SpecIndex, schema: Mapping[str, Any], data: Any) -> str | None:
    """None when ``data`` is valid for ``schema``, else where and why not (for logs and stats)."""
    error = best_match(index.validator(schema).iter_errors(data))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "data"
    return f"{where}: {error.message[:160]}"


def _is_success(envelope: Mapping[str, Any], rule: Mapping[str, Any]) -> bool:
    """The family's success rule: each key equals the value, or is one of a list (``code: [0, 200]``).

    ``True == 1`` in Python; an envelope's ``code: true`` is not a success code, so types must agree.
    """

    def same(actual: Any, expected: Any) -> bool:
        return bool(actual == expected) and isinstance(actual, bool) == isinstance(expected, bool)

    for key, expected in rule.items():
        options = expected if isinstance(expected, list) else [expected]
        if not any(same(envelope.get(key), option) for option in options):
            return False
    return True


def _examples(index: SpecIndex, operation: Operation) -> list[tuple[str, Any]]:
    """The success response's examples in document order (``examples`` map, then ``example``)."""
    if not operation.response_pointer:
        return []
    media = index.node_at(operation.response_pointer).get("content", {}).get("application/json", {})
    found: list[tuple[str, Any]] = []
    examples = media.get("examples")
    for name, example in examples.items() if isinstance(examples, Mapping) else ():
        resolved = index.resolve(example)
        if isinstance(resolved, Mapping) and "value" in resolved:
            found.append((str(name), resolved["value"]))
    if "example" in media:
        found.append(("example", media["example"]))
    return found


def spec_answer(index: SpecIndex, operation: Operation) -> SpecAnswer:
    """The answer of ``operation`` from its spec alone: a success example's data, else synthesised."""
    schema = data_schema(index, operation)
    families = index.document.get("x-linksfield-families")
    family = families.get(operation.family, {}) if isinstance(families, Mapping) else {}
    rule = family.get("success") if isinstance(family, Mapping) else None
    if not isinstance(rule, Mapping):
        rule = {}  # a family without a success rule takes its first example as is
    for name, value in _examples(index, operation):
        if not isinstance(value, Mapping) or not _is_success(value, rule):
            continue
        problem = data_problem(index, schema, value.get("data"))
        if problem is None:
            return SpecAnswer(copy.deepcopy(value.get("data")), f"example {name}")
        logger.warning(
            "sandbox: %s: example %r does not match its schema (%s)", operation.operation_id, name, problem
        )
    data = synthesize(index, schema)
    problem = data_problem(index, schema, data)
    if problem is None:
        return SpecAnswer(data, "synthesised")
    found, smallest = smallest_valid(index, schema)
    why = f"no valid data could be synthesised ({problem})"
    if found:
        logger.warning("sandbox: %s: %s; answering %r instead", operation.operation_id, why, smallest)
    else:
        why += "; nothing is valid, answering null"
        logger.warning("sandbox: %s: %s", operation.operation_id, why)
    return SpecAnswer(smallest, "fallback", why)


def _answering(answer: SpecAnswer) -> Handler:
    def handler(call: Call) -> Any:
        return answer.data

    return handler


def serve_plan(index: SpecIndex, handlers: Mapping[str, Handler]) -> dict[str, Served]:
    """How each operation of ``index`` is served: its handler if one is registered, else the spec."""
    plan: dict[str, Served] = {}
    for operation in index.operations:
        handler = handlers.get(operation.operation_id)
        if handler is not None:
            plan[operation.operation_id] = Served(handler, "handler")
            continue
        answer = spec_answer(index, operation)
        plan[operation.operation_id] = Served(_answering(answer), "spec", answer)
        logger.info("sandbox: %s served from the spec (%s)", operation.operation_id, answer.source)
    return plan
