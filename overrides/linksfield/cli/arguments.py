"""Command-line text to call arguments, for ``linksfield call``, from the generated description only.

Each ``key=value`` names an :class:`~linksfield_api.facade.Argument` by its Python or wire name and
its text is read by the argument's JSON types, so a shell user can reach every operation without a
hand-written command. Only the shape is decided here (``"5"`` is an integer where one is expected,
text where text is); everything the spec says beyond that (patterns, ranges, required nested fields)
is left to the client's own request validation, so the command line and the library word a bad
argument the same way. Messages name the argument and the type it needs, never the value given.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

from linksfield_api.facade import Argument, Operation

from .errors import CliError

__all__ = ["call_arguments", "expected", "find_argument", "parse_text"]

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_NOTHING = object()
"""What a parser returns for text that is not of its type (``None`` is JSON null, a real value)."""


def _null(text: str) -> Any:
    return None if text == "null" else _NOTHING


def _boolean(text: str) -> Any:
    return {"true": True, "1": True, "false": False, "0": False}.get(text.strip().lower(), _NOTHING)


def _integer(text: str) -> Any:
    return int(text) if _INTEGER.fullmatch(text.strip()) else _NOTHING


def _number(text: str) -> Any:
    text = text.strip()
    if _INTEGER.fullmatch(text):
        return int(text)
    if not _NUMBER.fullmatch(text):
        return _NOTHING
    value = float(text)
    return value if math.isfinite(value) else _NOTHING


def _json(kind: type[Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = json.loads(text)
        except ValueError:
            return _NOTHING
        return value if isinstance(value, kind) else _NOTHING

    return parse


_PARSERS: dict[str, Callable[[str], Any]] = {
    "null": _null,
    "boolean": _boolean,
    "integer": _integer,
    "number": _number,
    "object": _json(dict),
    "array": _json(list),
}
"""In the order a union tries them: the most particular spelling first, text (``string``) last."""

_WORDS = {
    "null": "null",
    "boolean": "true, false, 1 or 0",
    "integer": "an integer",
    "number": "a number",
    "object": "a JSON object",
    "array": "a JSON array",
    "string": "text",
}


@functools.cache
def _spec() -> dict[str, Any]:
    text = resources.files("linksfield_api").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and str(node.get("$ref", "")).startswith("#/"):
        target: Any = _spec()
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part]
        node = target
    return node


def _types_of(schema: Any) -> tuple[str, ...]:
    schema = _resolve(schema)
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, str):
        return (kind,)
    return tuple(str(k) for k in kind) if isinstance(kind, list) else ()


@functools.cache
def item_types(operation: Operation[Any], argument: Argument) -> tuple[str, ...]:
    """The JSON types of an array argument's items, from the shipped spec (``()`` when unknown).

    ``Argument.json_types`` says only "array"; whether a comma-separated list can stand for it
    depends on the items being text, which only the schema knows.
    """
    try:
        described = _spec()["paths"][operation.path][operation.method.lower()]
        if argument.location == "body":
            body = _resolve(_resolve(described["requestBody"])["content"]["application/json"]["schema"])
            schema = _resolve(body.get("properties", {}).get(argument.wire_name, {}))
        else:
            parameters = (_resolve(p) for p in described.get("parameters", ()))
            found = [p for p in parameters if (p["name"], p["in"]) == (argument.wire_name, argument.location)]
            schema = _resolve(found[0]["schema"]) if found else {}
    except (KeyError, TypeError):
        return ()
    return _types_of(schema.get("items", {})) if isinstance(schema, dict) else ()


def _comma_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def expected(operation: Operation[Any], argument: Argument) -> str:
    """What the argument's text must look like, for messages and ``linksfield operations``."""
    words = [_WORDS.get(kind, kind) for kind in argument.json_types] or ["any JSON value or text"]
    if "array" in argument.json_types and "string" in item_types(operation, argument):
        words[argument.json_types.index("array")] = "a JSON array or a comma-separated list"
    return " or ".join(words)


def _canonical(value: Any, text: str) -> bool:
    """Whether ``text`` is exactly the JSON spelling of ``value`` (``"1.0"`` yes, ``"007"`` no)."""
    return isinstance(value, (dict, list)) or json.dumps(value) == text.strip()


def parse_text(operation: Operation[Any], argument: Argument, text: str) -> Any:
    """The value ``text`` stands for, given the argument's JSON types; a CliError when it fits none.

    A lone ``string`` keeps the text as it is, even ``"0042"``. Other types are tried from the most
    particular (null, boolean, integer, number, object, array); in a union with ``string`` one only
    wins when the text is exactly its JSON spelling, so ``version=1.0`` is the number but
    ``version=01`` stays text. An array of text also takes ``a,b,c``.
    """
    types = argument.json_types
    if not types:
        parsed = _json(object)(text)
        return text if parsed is _NOTHING else parsed
    for kind, parse in _PARSERS.items():
        if kind not in types:
            continue
        value = parse(text)
        if value is not _NOTHING and ("string" not in types or _canonical(value, text)):
            return value
    if "array" in types and "string" in item_types(operation, argument) and not text.lstrip().startswith("["):
        return _comma_list(text)
    if "string" in types:
        return text
    raise CliError(
        f"invalid value for {argument.python_name} of {operation.operation_id}: "
        f"expected {expected(operation, argument)}"
    )


def find_argument(operation: Operation[Any], name: str) -> Argument | None:
    """The argument ``name`` means: its Python name (``device_list``) or its wire name (``deviceList``)."""
    for argument in operation.arguments:
        if name in (argument.python_name, argument.wire_name):
            return argument
    return None


def _accepted(operation: Operation[Any]) -> str:
    names = [
        a.python_name if a.python_name == a.wire_name else f"{a.python_name} ({a.wire_name})"
        for a in operation.arguments
    ]
    return ", ".join(names) or "none"


def _assignments(operation: Operation[Any], assignments: Sequence[str]) -> dict[str, tuple[Argument, str]]:
    found: dict[str, tuple[Argument, str]] = {}
    unknown: list[str] = []
    for position, assignment in enumerate(assignments, start=1):
        name, sign, text = assignment.partition("=")
        if not sign:
            if _NAME.fullmatch(assignment):
                raise CliError(f"{assignment} has no value: write {assignment}=VALUE")
            raise CliError(f"argument {position} after the operation id is not KEY=VALUE")
        argument = find_argument(operation, name.strip())
        if argument is None:
            unknown.append(name.strip())
        elif argument.python_name in found:
            raise CliError(f"{argument.python_name} is given twice")
        else:
            found[argument.python_name] = (argument, text)
    _refuse_unknown(operation, unknown)
    return found


def _refuse_unknown(operation: Operation[Any], unknown: Iterable[str]) -> None:
    names = sorted(set(unknown))
    if names:
        raise CliError(
            f"{operation.operation_id} has no argument {', '.join(names)}",
            details=[f"it accepts: {_accepted(operation)}"],
        )


def _body_arguments(operation: Operation[Any], body: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    unknown: list[str] = []
    for name, value in body.items():
        argument = find_argument(operation, name)
        if argument is None:
            unknown.append(name)
        elif argument.python_name in values:
            raise CliError(f"{argument.python_name} is given twice in --body")
        else:
            values[argument.python_name] = value
    _refuse_unknown(operation, unknown)
    return values


def call_arguments(
    operation: Operation[Any], assignments: Sequence[str], body: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Keyword arguments for ``client.<tag>.<operation_id>``: ``body`` (JSON values, by either name)
    with the parsed ``key=value`` assignments on top; unknown and missing names are usage errors."""
    values = _body_arguments(operation, body or {})
    for python_name, (argument, text) in _assignments(operation, assignments).items():
        values[python_name] = parse_text(operation, argument, text)
    missing = [a.python_name for a in operation.arguments if a.required and a.python_name not in values]
    if missing:
        raise CliError(
            f"{operation.operation_id} needs {', '.join(missing)}",
            details=[f"give each as NAME=VALUE (it accepts: {_accepted(operation)})"],
        )
    return values
