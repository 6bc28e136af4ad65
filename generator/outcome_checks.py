"""``x-outcome-check``: how to find out what a state-changing call did when its answer was lost.

After a timeout, a dropped connection or a 5xx, a ``mutate``/``spend`` call may or may not have
taken effect, and the client must not repeat it (it could order or send twice). What the user
should do instead is API knowledge, so it lives in the spec next to the operation::

    x-outcome-check:
      operation: query_orders                 # a read operation of the spec
      arguments:                              # its parameters (wire names) ...
        device_id: '$request.body#/deviceList/*'   # ... from this request (``*``: every item)
        page_no: 1                            # ... or literal values
      hint: query each device's orders and look for this package before ordering again

An expression is ``$request.body#<JSON pointer>`` (a ``*`` token stands for every item of an
array), ``$request.query.<name>`` or ``$request.path.<name>``, in the spirit of OpenAPI's runtime
expressions for links; anything else is a literal. This module is the one place that parses them:
the validator refuses a ``mutate``/``spend`` operation without a usable check (naming it), and the
facade step renders the parsed form into the generated ``Operation`` description, so the runtime
only evaluates pre-parsed sources and never re-implements the grammar.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator import pointers
from generator.specdiff.refs import resolve
from generator.summary import HTTP_METHODS

SIDE_EFFECTS = ("read", "mutate", "spend")
_BODY_PREFIX = "$request.body#"


@dataclass(frozen=True)
class Source:
    """Where one argument of the check comes from: ``body``/``query``/``path`` of the request, or ``literal``."""

    kind: str
    pointer: tuple[str, ...] = ()
    name: str = ""
    value: Any = None


def parse_expression(expression: Any) -> Source:
    """The source an ``arguments`` value names; raises ``ValueError`` with the reason."""
    if not isinstance(expression, str) or not expression.startswith("$"):
        return Source("literal", value=expression)
    if expression.startswith(_BODY_PREFIX):
        fragment = expression[len(_BODY_PREFIX) :]
        if not fragment.startswith("/"):
            raise ValueError(
                f"{expression!r}: a body expression needs a JSON pointer, e.g. $request.body#/order_id"
            )
        return Source("body", pointer=tuple(pointers.parse_fragment(fragment)))
    for kind in ("query", "path"):
        prefix = f"$request.{kind}."
        if expression.startswith(prefix) and len(expression) > len(prefix):
            return Source(kind, name=expression[len(prefix) :])
    raise ValueError(
        f"{expression!r}: use $request.body#/<pointer>, $request.query.<name> or $request.path.<name>"
    )


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation of ``paths``."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def _properties(document: dict[str, Any], schema: Any) -> set[str]:
    """Top-level property names of a (referenced, ``allOf``-composed) object schema."""
    node = resolve(document, schema)
    if not isinstance(node, dict):
        return set()
    names = set((node.get("properties") or {}).keys())
    for part in node.get("allOf") or ():
        names |= _properties(document, part)
    return names


def _required(document: dict[str, Any], schema: Any) -> set[str]:
    node = resolve(document, schema)
    if not isinstance(node, dict):
        return set()
    names = set(node.get("required") or ())
    for part in node.get("allOf") or ():
        names |= _required(document, part)
    return names


@dataclass(frozen=True)
class Inputs:
    """What one operation accepts, by location, and which of it is required."""

    path: set[str]
    query: set[str]
    body: set[str]
    required: set[str]


def operation_inputs(
    document: dict[str, Any], path_item: dict[str, Any], operation: dict[str, Any]
) -> Inputs:
    inputs = Inputs(set(), set(), set(), set())
    for raw in (*(path_item.get("parameters") or ()), *(operation.get("parameters") or ())):
        parameter = resolve(document, raw)
        where = parameter.get("in")
        if where in ("path", "query"):
            getattr(inputs, where).add(parameter["name"])
            if parameter.get("required"):
                inputs.required.add(parameter["name"])
    body = resolve(document, operation.get("requestBody"))
    if isinstance(body, dict):
        schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
        inputs.body.update(_properties(document, schema))
        inputs.required.update(_required(document, schema))
    return inputs


def find_outcome_check_problems(document: dict[str, Any]) -> list[str]:
    """One message per operation whose side effect or outcome check is missing or unusable."""
    problems: list[str] = []
    by_id: dict[str, tuple[str, str, dict[str, Any]]] = {
        str(op.get("operationId")): (path, method, op) for path, method, op in iter_operations(document)
    }
    for path, method, operation in iter_operations(document):
        where = pointers.to_pointer(("paths", path, method))
        name = operation.get("operationId", where)
        effect = operation.get("x-side-effect")
        if effect not in SIDE_EFFECTS:
            problems.append(f"{where}/x-side-effect: {name}: must be one of {', '.join(SIDE_EFFECTS)}")
            continue
        check = operation.get("x-outcome-check")
        if effect == "read":
            if check is not None:
                problems.append(f"{where}/x-outcome-check: {name}: a read operation has no outcome to check")
            continue
        if check is None:
            problems.append(
                f"{where}: {name} is x-side-effect {effect} but has no x-outcome-check "
                "(which read operation tells whether it took effect, and with which arguments)"
            )
            continue
        problems += [
            f"{where}/x-outcome-check: {name}: {reason}"
            for reason in _check_problems(document, by_id, path, method, operation, check)
        ]
    return problems


def _check_problems(
    document: dict[str, Any],
    by_id: dict[str, tuple[str, str, dict[str, Any]]],
    path: str,
    method: str,
    operation: dict[str, Any],
    check: Any,
) -> list[str]:
    if not isinstance(check, dict):
        return ["must be a mapping with operation, arguments and hint"]
    problems: list[str] = []
    unknown = set(check) - {"operation", "arguments", "hint"}
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    if not isinstance(check.get("hint"), str) or not check["hint"].strip():
        problems.append("hint: must say in words what to check")
    target = by_id.get(str(check.get("operation")))
    if target is None:
        return [*problems, f"operation: {check.get('operation')!r} is not an operationId of the spec"]
    target_path, _method, target_op = target
    if target_op.get("x-side-effect") != "read":
        problems.append(f"operation: {check['operation']} must be a read operation")
    arguments = check.get("arguments") or {}
    if not isinstance(arguments, dict):
        return [*problems, "arguments: must map parameter names to expressions or values"]
    wanted = operation_inputs(document, document["paths"][target_path], target_op)
    offered = operation_inputs(document, document["paths"][path], operation)
    accepted = wanted.path | wanted.query | wanted.body
    for argument, expression in arguments.items():
        if argument not in accepted:
            problems.append(f"arguments/{argument}: {check['operation']} has no parameter {argument!r}")
        try:
            source = parse_expression(expression)
        except ValueError as exc:
            problems.append(f"arguments/{argument}: {exc}")
            continue
        if source.kind == "body" and (not source.pointer or source.pointer[0] not in offered.body):
            problems.append(f"arguments/{argument}: the request body has no property {source.pointer[:1]}")
        if source.kind in ("query", "path") and source.name not in getattr(offered, source.kind):
            problems.append(
                f"arguments/{argument}: the request has no {source.kind} parameter {source.name!r}"
            )
    missing = sorted(wanted.required - set(arguments))
    if missing:
        problems.append(f"arguments: {check['operation']} requires {', '.join(missing)}")
    return problems
