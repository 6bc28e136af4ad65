"""Compare two schemas in one direction and record every observable change.

Location rule: a change inside a component is reported at the component (``PageSize``) so it is
listed once however many operations use it; whether a *use* may be null, and anything that
differs because the use now points somewhere else, is reported at the use (``Schema.field``,
``op: request body``).
"""

from __future__ import annotations

from typing import Any

from generator.specdiff import reasons
from generator.specdiff.model import Change, Direction, Kind
from generator.specdiff.schemas import (
    EXACT_CONSTRAINTS,
    LOWER_BOUNDS,
    UPPER_BOUNDS,
    Flattener,
    Node,
)

_Deltas = dict[str, tuple[list[str], list[str]]]  # location -> (narrowing details, widening details)


def _covered(kind: str, types: frozenset[str]) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _accepts_null(node: Node) -> bool:
    return node.types is None or "null" in node.types


def _type_delta(old: frozenset[str] | None, new: frozenset[str] | None) -> tuple[list[str], list[str]]:
    if old == new:
        return [], []
    if old is None or new is None:
        return (
            ([f"any type → {'|'.join(sorted(new or ()))}"], [])
            if new is not None
            else (
                [],
                [f"{'|'.join(sorted(old or ()))} → any type"],
            )
        )
    old_t, new_t = old - {"null"}, new - {"null"}
    lost = sorted(t for t in old_t if not _covered(t, new_t))
    gained = sorted(t for t in new_t if not _covered(t, old_t))
    narrow = [f"no longer {'|'.join(lost)}"] if lost else []
    widen = [f"now also {'|'.join(gained)}"] if gained else []
    return narrow, widen


def _bounds_delta(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str]]:
    narrow: list[str] = []
    widen: list[str] = []
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        text = f"{key} {before!r} → {after!r}"
        if before is None:
            narrow.append(f"{key} {after!r} added")
        elif after is None:
            widen.append(f"{key} {before!r} removed")
        elif key in LOWER_BOUNDS:
            (narrow if after > before else widen).append(text)
        elif key in UPPER_BOUNDS:
            (narrow if after < before else widen).append(text)
        elif key in EXACT_CONSTRAINTS:
            narrow.append(text)
            widen.append(text)
    return narrow, widen


class SchemaComparer:
    """Walks pairs of schemas of the old and new document and appends changes to ``sink``."""

    def __init__(self, old_doc: dict[str, Any], new_doc: dict[str, Any], sink: list[Change]) -> None:
        self.old = Flattener(old_doc)
        self.new = Flattener(new_doc)
        self.sink = sink
        self._visited: set[tuple[str, str, Direction, str]] = set()

    def compare(self, old_schema: Any, new_schema: Any, at: str, direction: Direction, op: str) -> None:
        self._nodes(self.old.flatten(old_schema, at), self.new.flatten(new_schema, at), at, direction, op)

    def _nodes(self, old: Node, new: Node, at: str, direction: Direction, op: str) -> None:
        deltas: _Deltas = {}
        if _accepts_null(old) != _accepts_null(new) and old.types is not None and new.types is not None:
            detail = "may now be null" if _accepts_null(new) else "null no longer allowed"
            deltas.setdefault(at, ([], []))[0 if _accepts_null(old) else 1].append(detail)
        key = (old.loc, new.loc, direction, op)
        if key in self._visited:
            self._emit(deltas, direction, op)
            return
        self._visited.add(key)
        where = new.loc if old.loc == new.loc else at
        narrow, widen = deltas.setdefault(where, ([], []))
        for part in (_type_delta(old.types, new.types), _bounds_delta(old.bounds, new.bounds)):
            narrow.extend(part[0])
            widen.extend(part[1])
        self._enums(old, new, at, (narrow, widen), direction, op)
        self._emit(deltas, direction, op)
        self._properties(old, new, direction, op)
        if old.items is not None and new.items is not None:
            self.compare(old.items.schema, new.items.schema, new.items.loc, direction, op)

    def _emit(self, deltas: _Deltas, direction: Direction, op: str) -> None:
        for loc, (narrow, widen) in deltas.items():
            if narrow and widen:
                kind = Kind.TYPE_CHANGED
            elif narrow:
                kind = Kind.TYPE_NARROWED
            elif widen:
                kind = Kind.TYPE_WIDENED
            else:
                continue
            detail = "; ".join(dict.fromkeys([*narrow, *widen]))
            self.sink.append(reasons.value_range(kind, loc, direction, detail, op))

    def _enums(
        self, old: Node, new: Node, at: str, delta: tuple[list[str], list[str]], direction: Direction, op: str
    ) -> None:
        """Open/closed flips go into ``delta`` (a narrowing or widening); each value is its own change."""
        narrow, widen = delta
        old_closed = old.enum is not None and not old.open_enum
        new_closed = new.enum is not None and not new.open_enum
        if old_closed and not new_closed:
            widen.append(
                "any value now allowed" if new.enum is None else "enum now open (unknown values kept)"
            )
        elif new_closed and not old_closed:
            narrow.append("values now restricted to an enum" if old.enum is None else "enum now closed")
        if old.enum is None or new.enum is None:
            return
        loc = new.enum_loc if old.enum_loc == new.enum_loc else at
        for value in new.enum.keys() - old.enum.keys():
            self.sink.append(reasons.enum_value(loc, direction, value, True, new.open_enum, op))
        for value in old.enum.keys() - new.enum.keys():
            self.sink.append(reasons.enum_value(loc, direction, value, False, old.open_enum, op))

    def _properties(self, old: Node, new: Node, direction: Direction, op: str) -> None:
        for name in [*old.properties, *(n for n in new.properties if n not in old.properties)]:
            before, after = old.properties.get(name), new.properties.get(name)
            if after is None and before is not None:
                self.sink.append(reasons.removed(Kind.FIELD_REMOVED, before.loc, direction, op))
            elif before is None and after is not None:
                required = name in new.required
                self.sink.append(reasons.added(Kind.FIELD_ADDED, after.loc, direction, required, op))
            elif before is not None and after is not None:
                if (name in old.required) != (name in new.required):
                    flip = reasons.required_flipped(after.loc, direction, name in new.required, op)
                    self.sink.append(flip)
                self.compare(before.schema, after.schema, after.loc, direction, op)
