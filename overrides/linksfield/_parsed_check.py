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
import itertools
import operator
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs

import linksfield_api.models

Check = Callable[[object], bool]


@attrs.frozen
class Finding:
    path: tuple[str | int, ...]
    kind: str  # "wrong-type" or "unknown-code"
    value: object = None


_NONE_TYPE = type(None)


def _plain_type(hint: Any) -> type | None:
    """The class a value of ``hint`` is an instance of, when ``isinstance`` alone decides it."""
    if hint is None or hint is _NONE_TYPE:
        return _NONE_TYPE
    if hint in (int, float, object) or hint is Any or typing.get_origin(hint) is not None:
        return None  # bool is an int to isinstance; Any (a class since 3.11), generics: own checks
    return hint if isinstance(hint, type) else None


def _checker(hint: Any) -> Check:
    """A predicate telling whether a runtime value fits an annotation of the generated models.

    Runs for every field of every parsed answer (thousands per page), so the common shapes, plain
    classes and unions of them (``None | str | Unset``), compile to a single ``isinstance``.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        plain = tuple(t for t in map(_plain_type, args) if t is not None)
        others = [_checker(arg) for arg in args if _plain_type(arg) is None]
        if not others:
            return lambda value: isinstance(value, plain)
        if len(others) == 1:
            (other,) = others
            return lambda value: isinstance(value, plain) or other(value)
        return lambda value: isinstance(value, plain) or any(option(value) for option in others)
    if origin is list:
        (item_hint,) = typing.get_args(hint) or (Any,)
        item_class = _plain_type(item_hint)
        if item_class is not None:
            classes = itertools.repeat(item_class)
            return lambda value: isinstance(value, list) and all(map(isinstance, value, classes))
        item = _checker(item_hint)
        return lambda value: isinstance(value, list) and all(map(item, value))
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


FieldCheck = tuple[str, "tuple[type, ...] | None", Check, tuple[type[enum.Enum], ...], bool]
"""(name, the classes when ``isinstance`` alone decides, the check otherwise, open enums, leaf)."""


def _plain_types(hint: Any) -> tuple[type, ...] | None:
    """The classes of ``hint`` (a class or a union of classes) when ``isinstance`` alone decides."""
    args = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    plain = tuple(map(_plain_type, args))
    return None if None in plain else typing.cast("tuple[type, ...]", plain)


@functools.cache
def _field_checks(cls: Any) -> tuple[FieldCheck, ...]:
    """Per attrs field: its type check and the enum classes an open code field may hold."""
    module = sys.modules.get(cls.__module__)
    namespace = {**vars(linksfield_api.models), **(vars(module) if module else {})}
    hints = typing.get_type_hints(cls, globalns=namespace)
    result: list[FieldCheck] = []
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue  # unknown properties are kept raw on purpose
        hint = hints.get(field.name, Any)
        enums = tuple(
            arg
            for arg in (typing.get_args(hint) or (hint,))
            if isinstance(arg, type) and issubclass(arg, enum.Enum)
        )
        plain = _plain_types(hint)
        # A value that passed a plain check of classes that are neither models nor lists has
        # nothing inside to walk.
        leaf = plain is not None and not any(attrs.has(t) or issubclass(t, list) for t in plain)
        result.append((field.name, plain, _checker(hint), enums, leaf))
    return tuple(result)


@attrs.frozen
class _Plan:
    """One class's walk: plain leaf fields checked in one C-level pass, the rest one by one.

    ``fast`` covers fields that a single ``isinstance`` decides, that cannot hold an open code
    and have nothing inside to walk (most fields: ``str``, ``None | str | Unset``); when they all
    fit, they cannot produce a finding. ``slow`` keeps the other fields in field order.
    """

    fast_values: Callable[[object], tuple[object, ...]] | None
    fast_types: tuple[tuple[type, ...], ...]
    slow: tuple[FieldCheck, ...]


@functools.cache
def _plan(cls: Any) -> _Plan:
    checks = _field_checks(cls)
    fast = [
        (name, plain) for name, plain, _, enums, leaf in checks if plain is not None and leaf and not enums
    ]
    slow = tuple(check for check in checks if (check[0], check[1]) not in fast)
    names = [name for name, _ in fast]
    values: Callable[[object], tuple[object, ...]] | None = None
    if len(names) == 1:
        values = lambda value, name=names[0]: (getattr(value, name),)  # noqa: E731
    elif names:
        values = operator.attrgetter(*names)
    return _Plan(values, tuple(plain for _, plain in fast), slow)


_MODEL_CLASSES: dict[type, bool] = {}
"""``attrs.has`` per class, remembered: the walk asks it for every field value."""


def _is_model(cls: type) -> bool:
    known = _MODEL_CLASSES.get(cls)
    if known is None:
        known = _MODEL_CLASSES[cls] = attrs.has(cls)
    return known


def inspect_parsed(value: object, path: tuple[str | int, ...] = ()) -> Iterator[Finding]:
    """Walk a parsed model tree; yield fields whose value does not fit their type, and unknown codes."""
    findings: list[Finding] = []
    _walk(value, path, findings)
    return iter(findings)


def _walk(value: object, path: tuple[str | int, ...], findings: list[Finding]) -> None:
    """Depth first, in field order; a path tuple is built only for a finding or a nested model."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, list) or _is_model(type(item)):
                _walk(item, (*path, index), findings)
        return
    cls: Any = type(value)
    if not _is_model(cls):
        return
    plan = _plan(cls)
    fields = plan.slow
    if plan.fast_values is not None and not all(map(isinstance, plan.fast_values(value), plan.fast_types)):
        fields = _field_checks(cls)  # a misfit: every field in order, as the findings are
    for name, plain, fits, enums, leaf in fields:
        item = getattr(value, name)
        if not (isinstance(item, plain) if plain is not None else fits(item)):
            findings.append(Finding((*path, name), "wrong-type", type(item).__name__))
            continue
        if enums and isinstance(item, (str, int)) and not isinstance(item, (enum.Enum, bool)) and item != "":
            findings.append(Finding((*path, name), "unknown-code", item))
            continue
        if not leaf and ((isinstance(item, list) and item) or _is_model(type(item))):
            _walk(item, (*path, name), findings)
