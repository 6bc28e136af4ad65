"""Reduce a JSON Schema to what a client can observe: types, values, bounds, fields, items.

Two spellings of the same thing must compare equal, so this flattens the forms the spec uses:
``allOf: [{$ref: X}]`` with a description is X; ``anyOf: [X, {type: 'null'}]`` is X plus null;
``anyOf: [<Enum>, {type: string}]`` is an *open* enum (R-ENUM-OPEN: unknown codes are kept, so
adding one breaks nobody); ``const`` is a one-value enum. Annotations (descriptions, examples,
``x-`` extensions) are ignored: they change no behaviour.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.specdiff.refs import lookup, schema_name

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
EXACT_CONSTRAINTS = ("pattern", "format", "multipleOf")
ALL_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})


@dataclass(frozen=True)
class Member:
    """A property or the items of an array: its raw schema and where it is declared."""

    schema: Any
    loc: str


@dataclass
class Node:
    """The observable shape of one schema. ``types`` None means any type."""

    loc: str
    types: frozenset[str] | None = None
    enum: dict[str, Any] | None = None  # canonical JSON text -> value, in spec order
    open_enum: bool = False
    enum_loc: str = ""
    bounds: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Member] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Member | None = None

    def is_blank(self) -> bool:
        return (
            self.types is None
            and self.enum is None
            and not self.bounds
            and not self.properties
            and not self.required
            and self.items is None
        )


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _types(raw: Any) -> frozenset[str] | None:
    if isinstance(raw, str):
        return frozenset({raw})
    if isinstance(raw, list):
        return frozenset(str(t) for t in raw)
    return None


def _intersect(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    both = a & b
    if ("integer" in a and "number" in b) or ("integer" in b and "number" in a):
        both |= {"integer"}
    return both


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None or b is None else a | b


class Flattener:
    """Flattens schemas of one document; ``$ref`` cycles stop at the second visit (any type)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._stack: list[str] = []

    def flatten(self, schema: Any, loc: str) -> Node:
        """The node of ``schema``; ``loc`` names it unless it is (an alias of) a component."""
        if not isinstance(schema, dict):
            return Node(loc, types=frozenset() if schema is False else None)
        own = self._own({k: v for k, v in schema.items() if k != "$ref"}, loc)
        parts = [] if own.is_blank() else [own]
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = schema_name(ref) or loc
            if ref in self._stack:
                parts.append(Node(name))
            else:
                self._stack.append(ref)
                try:
                    parts.append(self.flatten(lookup(self.document, ref), name))
                finally:
                    self._stack.pop()
        # Inline members are part of this schema (their fields are located under ``loc``);
        # referenced members are located at their component.
        parts.extend(self.flatten(member, loc) for member in schema.get("allOf") or [])
        for keyword in ("anyOf", "oneOf"):
            if schema.get(keyword):
                parts.append(self._union(schema[keyword], loc))
        if not parts:
            return own
        node = parts[0]
        for part in parts[1:]:
            node = _merge_all(node, part)
        if len(parts) > 1:
            node.loc = loc
        return node

    def _own(self, schema: dict[str, Any], loc: str) -> Node:
        node = Node(loc, types=_types(schema.get("type")))
        if "const" in schema:
            node.enum = {canonical(schema["const"]): schema["const"]}
        elif isinstance(schema.get("enum"), list):
            node.enum = {canonical(v): v for v in schema["enum"]}
        if node.enum is not None:
            node.enum_loc = loc
        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS, *EXACT_CONSTRAINTS):
            if key in schema:
                node.bounds[key] = schema[key]
        if schema.get("uniqueItems") is True:
            node.bounds["uniqueItems"] = True
        for name, sub in (schema.get("properties") or {}).items():
            node.properties[name] = Member(sub, f"{loc}.{name}")
        node.required = set(schema.get("required") or [])
        if "items" in schema:
            node.items = Member(schema["items"], f"{loc}[]")
        return node

    def _union(self, members: list[Any], loc: str) -> Node:
        subs = [self.flatten(m, loc) for m in members]
        nullable = any(s.types == frozenset({"null"}) for s in subs)
        rest = [s for s in subs if s.types != frozenset({"null"})]
        if not rest:
            return Node(loc, types=frozenset({"null"}))
        if len(rest) == 1:
            node = rest[0]
        else:
            node = Node(loc)
            node.types = rest[0].types
            for sub in rest[1:]:
                node.types = _union(node.types, sub.types)
            enums = [s for s in rest if s.enum is not None]
            if enums:
                node.enum = {k: v for s in enums for k, v in s.enum.items()}  # type: ignore[union-attr]
                node.enum_loc = enums[0].enum_loc
                node.open_enum = len(enums) < len(rest) or any(s.open_enum for s in enums)
            objects = [s for s in rest if s.properties or s.types == frozenset({"object"})]
            if len(objects) == 1:
                node.properties, node.required = objects[0].properties, objects[0].required
            plain = [s for s in rest if s.enum is None]
            if len(plain) == 1:  # the open-enum fallback's own limits (e.g. a pattern)
                node.bounds = dict(plain[0].bounds)
            arrays = [s for s in rest if s.items is not None]
            if len(arrays) == 1:
                node.items = arrays[0].items
        types = node.types
        if nullable and types is not None and "null" not in types:
            node = _copy(node)
            node.types = types | {"null"}
        return node


def _copy(node: Node) -> Node:
    return Node(
        node.loc,
        node.types,
        dict(node.enum) if node.enum is not None else None,
        node.open_enum,
        node.enum_loc,
        dict(node.bounds),
        dict(node.properties),
        set(node.required),
        node.items,
    )


def _merge_all(a: Node, b: Node) -> Node:
    """Both schemas apply (``allOf``, or keywords next to a ``$ref``): the narrower of each."""
    node = _copy(a)
    node.types = _intersect(a.types, b.types)
    if b.enum is not None:
        if node.enum is None:
            node.enum, node.enum_loc, node.open_enum = dict(b.enum), b.enum_loc, b.open_enum
        else:
            node.enum = {k: v for k, v in node.enum.items() if k in b.enum}
    for key, value in b.bounds.items():
        if key in UPPER_BOUNDS and key in node.bounds:
            node.bounds[key] = min(node.bounds[key], value)
        elif key in LOWER_BOUNDS and key in node.bounds:
            node.bounds[key] = max(node.bounds[key], value)
        else:
            node.bounds.setdefault(key, value)
    for name, member in b.properties.items():
        node.properties.setdefault(name, member)
    node.required |= b.required
    node.items = node.items or b.items
    return node
