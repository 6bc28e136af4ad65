"""Inspect what the generated parsers produced, because they hide failures.

openapi-python-client's ``from_dict`` falls back to the raw ``dict`` when a nested model inside a
union fails to parse, and keeps an unknown code of an open enum (R-ENUM-OPEN) as a plain value.
The first must become a :class:`ResponseValidationError`; the second is fine but is reported, so
callers can notice a code the spec does not know yet.
"""

from __future__ import annotations

import enum
import functools
import re
import sys
from collections.abc import Iterator
from typing import Any

import attrs

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@attrs.frozen
class Finding:
    path: tuple[str | int, ...]
    kind: str  # "raw-dict" or "unknown-code"
    value: object = None


@functools.cache
def _enum_fields(cls: Any) -> tuple[tuple[str, tuple[type[enum.Enum], ...]], ...]:
    """For each attrs field of a generated model, the enum classes its annotation mentions."""
    module = sys.modules.get(cls.__module__)
    namespace = vars(module) if module else {}
    found: list[tuple[str, tuple[type[enum.Enum], ...]]] = []
    for field in attrs.fields(cls):
        annotation = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "")
        enums = tuple(
            candidate
            for name in _IDENTIFIER.findall(str(annotation))
            if isinstance(candidate := namespace.get(name), type) and issubclass(candidate, enum.Enum)
        )
        if enums:
            found.append((field.name, enums))
    return tuple(found)


def inspect_parsed(value: object, path: tuple[str | int, ...] = ()) -> Iterator[Finding]:
    """Walk a parsed model tree and yield raw-dict fallbacks and unknown coded values."""
    if isinstance(value, dict):
        yield Finding(path, "raw-dict")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from inspect_parsed(item, (*path, index))
        return
    if not attrs.has(type(value)):
        return
    cls: Any = type(value)
    enum_fields = dict(_enum_fields(cls))
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue  # unknown properties are kept raw on purpose
        item = getattr(value, field.name)
        if field.name in enum_fields and isinstance(item, (str, int)) and not isinstance(item, enum.Enum):
            if not isinstance(item, bool) and item != "":
                yield Finding((*path, field.name), "unknown-code", item)
            continue
        yield from inspect_parsed(item, (*path, field.name))
