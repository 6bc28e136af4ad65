"""What one classified change is, and how a list of them turns into a version bump.

Kept free of any spec walking so renderers, the release step and tests share one vocabulary.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


class Kind(str, enum.Enum):
    """Every kind of change the classifier reports (the JSON and changelog use the values)."""

    OPERATION_ADDED = "operation_added"
    OPERATION_REMOVED = "operation_removed"
    OPERATION_RENAMED = "operation_renamed"
    PATH_RENAMED = "path_renamed"
    PARAMETER_ADDED = "parameter_added"
    PARAMETER_REMOVED = "parameter_removed"
    FIELD_ADDED = "field_added"
    FIELD_REMOVED = "field_removed"
    REQUIRED_FLIPPED = "required_flipped"
    TYPE_NARROWED = "type_narrowed"
    TYPE_WIDENED = "type_widened"
    TYPE_CHANGED = "type_changed"
    ENUM_VALUE_ADDED = "enum_value_added"
    ENUM_VALUE_REMOVED = "enum_value_removed"
    RESPONSE_ADDED = "response_added"
    RESPONSE_REMOVED = "response_removed"
    SCHEMA_ADDED = "schema_added"
    SCHEMA_REMOVED = "schema_removed"


class Bump(str, enum.Enum):
    """Semantic-versioning level; ordered by ``RANK``."""

    NONE = "none"
    PATCH = "patch"
    MINOR = "minor"
    MAJOR = "major"


RANK = {Bump.NONE: 0, Bump.PATCH: 1, Bump.MINOR: 2, Bump.MAJOR: 3}

# Non-breaking changes of these kinds add something users can start to use: a minor release.
ADDITIONS = frozenset(
    {
        Kind.OPERATION_ADDED,
        Kind.PARAMETER_ADDED,
        Kind.FIELD_ADDED,
        Kind.ENUM_VALUE_ADDED,
        Kind.SCHEMA_ADDED,
    }
)


class Direction(str, enum.Enum):
    """Which way the data flows for user code: ``request`` is written by it, ``response`` read by it.

    Webhook payloads are *read* by user code, so they count as ``response``; the acknowledgement
    user code sends back counts as ``request``.
    """

    REQUEST = "request"
    RESPONSE = "response"
    BOTH = "both"


@dataclass(frozen=True)
class Change:
    """One classified change. ``location`` is an operationId or a schema path (``Schema.field[]``)."""

    kind: Kind
    location: str
    breaking: bool
    reason: str
    detail: str = ""
    direction: Direction | None = None
    operations: tuple[str, ...] = field(default=())

    @property
    def bump(self) -> Bump:
        if self.breaking:
            return Bump.MAJOR
        return Bump.MINOR if self.kind in ADDITIONS else Bump.PATCH

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "location": self.location,
            "breaking": self.breaking,
            "bump": self.bump.value,
            "direction": self.direction.value if self.direction else None,
            "detail": self.detail,
            "reason": self.reason,
            "operations": list(self.operations),
        }


@dataclass(frozen=True)
class DiffReport:
    """The classified changes between two labelled sides of the spec."""

    old: str
    new: str
    changes: tuple[Change, ...]

    @property
    def bump(self) -> Bump:
        return max((c.bump for c in self.changes), key=RANK.__getitem__, default=Bump.NONE)

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    def counts(self) -> dict[str, int]:
        """Changes per kind, in the order of :class:`Kind`."""
        counted = Counter(c.kind for c in self.changes)
        return {k.value: counted[k] for k in Kind if counted[k]}

    def by_bump(self) -> dict[Bump, list[Change]]:
        groups: dict[Bump, list[Change]] = {Bump.MAJOR: [], Bump.MINOR: [], Bump.PATCH: []}
        for change in self.changes:
            groups[change.bump].append(change)
        return groups


def merge(changes: Iterable[Change]) -> tuple[Change, ...]:
    """Fold duplicates (same kind, location and detail, reached from several operations or both
    directions) into one change: breaking if any copy is, listing every operation that reaches it."""
    merged: dict[tuple[Kind, str, str], Change] = {}
    for change in changes:
        key = (change.kind, change.location, change.detail)
        seen = merged.get(key)
        if seen is None:
            merged[key] = change
            continue
        direction = seen.direction
        if change.direction and direction and change.direction != direction:
            direction = Direction.BOTH
        breaking = seen.breaking or change.breaking
        reason = seen.reason if seen.breaking or not change.breaking else change.reason
        operations = tuple(sorted(set(seen.operations) | set(change.operations)))
        merged[key] = Change(
            seen.kind, seen.location, breaking, reason, seen.detail, direction or change.direction, operations
        )
    order = {k: i for i, k in enumerate(Kind)}
    return tuple(sorted(merged.values(), key=lambda c: (-RANK[c.bump], order[c.kind], c.location, c.detail)))
