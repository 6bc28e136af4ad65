"""Turn an operation's ``x-outcome-check`` into the concrete reads that settle a lost answer.

When a ``mutate``/``spend`` call ends without a readable answer, the client refuses to repeat it
(``OutcomeUnknownError``). The spec says, per operation, which read operation tells whether it took
effect and which of *this* request's values to pass; the generator parses that into the
operation's description (``Operation.outcome_check``). Here the values are picked out of the request
that was sent, so the error can say ``client.packages.query_orders(order_id='OD123', ...)`` rather
than "query something", and programs (the bulk command) can run the very same calls. Nothing here
knows an operation by name: a new spending operation in the spec gets its hint by regeneration.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from linksfield_api.facade import CheckSource, Operation

from ._spec_checks import path_values

__all__ = ["CheckCall", "describe_checks", "plan_checks"]

_SHOWN: Final = 3
"""How many concrete calls an error message spells out before saying how many more there are."""
_MISSING: Final = object()


@dataclass(frozen=True)
class CheckCall:
    """One read that tells whether a lost call took effect: ``client.<tag>.<operation_id>(**arguments)``."""

    operation_id: str
    tag: str
    arguments: Mapping[str, Any]

    def __str__(self) -> str:
        listed = ", ".join(f"{name}={value!r}" for name, value in self.arguments.items())
        return f"client.{self.tag}.{self.operation_id}({listed})"


def _at(node: Any, pointer: Sequence[str]) -> list[Any]:
    """Every value at ``pointer`` in a JSON document; a ``*`` token fans out over an array."""
    if not pointer:
        return [node]
    token, rest = pointer[0], pointer[1:]
    if token == "*":
        return [value for item in node for value in _at(item, rest)] if isinstance(node, list) else []
    if isinstance(node, Mapping):
        return _at(node[token], rest) if token in node else []
    if isinstance(node, list) and token.isdigit() and int(token) < len(node):
        return _at(node[int(token)], rest)
    return []


def _values(source: CheckSource, request: Mapping[str, Any], path: Mapping[str, str]) -> list[Any]:
    if source.kind == "literal":
        return [source.value]
    if source.kind == "body":
        return _at(request.get("json"), source.pointer)
    if source.kind == "query":
        value = (request.get("params") or {}).get(source.name, _MISSING)
        return [] if value is _MISSING else [value]
    value = path.get(source.name, _MISSING)
    return [] if value is _MISSING else [value]


def plan_checks(operation: Operation[Any], request: Mapping[str, Any]) -> tuple[CheckCall, ...]:
    """The reads that settle a lost ``operation`` sent as ``request`` (the facade's request description).

    An argument fed by a ``*`` pointer yields one read per item; an argument whose source is absent
    from the request is left out (the read may still narrow the answer by the others).
    """
    check = operation.outcome_check
    if check is None:
        return ()
    path = path_values(operation.path, str(request.get("url", "")))
    names: list[str] = []
    choices: list[list[Any]] = []
    for name, source in check.arguments:
        values = _values(source, request, path)
        if values:
            names.append(name)
            choices.append(list(dict.fromkeys(_hashable(v) for v in values)))
    return tuple(
        CheckCall(check.operation_id, check.tag, dict(zip(names, combination, strict=True)))
        for combination in itertools.product(*choices)
    )


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None)) else repr(value)


def describe_checks(operation: Operation[Any], checks: Sequence[CheckCall]) -> str | None:
    """The hint of the spec followed by the concrete reads, a few spelled out; None without a check."""
    check = operation.outcome_check
    if check is None:
        return None
    if not checks:
        return f"{check.hint} (client.{check.tag}.{check.operation_id})"
    shown = "; ".join(str(call) for call in checks[:_SHOWN])
    more = len(checks) - _SHOWN
    return f"{check.hint}: {shown}" + (f"; and {more} more like it" if more > 0 else "")
