"""Inspect what the generated parsers produced, because they hide failures.

openapi-python-client's ``from_dict`` falls back to the raw value when a nested model or list inside
a union fails to parse (a ``dict`` typed as the model, a string where a list belongs) and never
checks scalars, so ``"many"`` can sit in an ``int`` field. Each field of a parsed model is therefore
checked against the type the generator annotated it with; a mismatch becomes a
:class:`ResponseValidationError` upstream. An unknown code of an open enum (R-ENUM-OPEN) is not an
error: it is kept as a plain value and reported, so callers notice a code the spec does not know yet.
"""

from __future__ import annotations

import enum
import functools
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs

import linksfield_api.models
from linksfield_api.types import Unset

Check = Callable[[object], bool]


@attrs.frozen
class Finding:
    path: tuple[str | int, ...]
    kind: str  # "wrong-type" or "unknown-code"
    value: object = None


def _checker(hint: Any) -> Check:
    """A predicate telling whether a runtime value fits an annotation of the generated models."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_checker(arg) for arg in typing.get_args(hint)]
        return lambda value: any(option(value) for option in options)
    if origin is list:
        (item_hint,) = typing.get_args(hint) or (Any,)
        item = _checker(item_hint)
        return lambda value: isinstance(value, list) and all(item(v) for v in value)
    if origin is dict:
        return lambda value: isinstance(value, dict)
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        return lambda value: value in allowed
    if hint is Any:
        return lambda value: True
    if hint is None or hint is type(None):
        return lambda value: value is None
    if hint is float:
        return lambda value: isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return lambda value: isinstance(value, hint)
    return lambda value: True  # an annotation this check does not understand is not a finding


@functools.cache
def _field_checks(cls: Any) -> tuple[tuple[str, Check, tuple[type[enum.Enum], ...]], ...]:
    """Per attrs field: its type check and the enum classes an open code field may hold."""
    module = sys.modules.get(cls.__module__)
    namespace = {**vars(linksfield_api.models), **(vars(module) if module else {})}
    hints = typing.get_type_hints(cls, globalns=namespace)
    result = []
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue  # unknown properties are kept raw on purpose
        hint = hints.get(field.name, Any)
        enums = tuple(
            arg
            for arg in (typing.get_args(hint) or (hint,))
            if isinstance(arg, type) and issubclass(arg, enum.Enum)
        )
        result.append((field.name, _checker(hint), enums))
    return tuple(result)


def inspect_parsed(value: object, path: tuple[str | int, ...] = ()) -> Iterator[Finding]:
    """Walk a parsed model tree; yield fields whose value does not fit their type, and unknown codes."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from inspect_parsed(item, (*path, index))
        return
    if not attrs.has(type(value)):
        return
    cls: Any = type(value)
    for name, fits, enums in _field_checks(cls):
        item = getattr(value, name)
        where = (*path, name)
        if not fits(item):
            yield Finding(where, "wrong-type", type(item).__name__)
            continue
        if enums and isinstance(item, (str, int)) and not isinstance(item, (enum.Enum, bool)) and item != "":
            yield Finding(where, "unknown-code", item)
            continue
        if not isinstance(item, Unset):
            yield from inspect_parsed(item, where)
