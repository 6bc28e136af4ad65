"""The inventory read from one vendor page, and the differences found against the spec.

Plain frozen data: readers fill it, the comparer reads it, the renderers serialise it. Nothing here
knows about layouts or about the spec, so each side can change without touching the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Param:
    """One request parameter row. ``name`` is dotted for nested tables (``flag_list.msg_id``)."""

    name: str
    location: str  # path | query | header | body
    type: str | None  # normalised JSON type, None when the page gives none we understand
    raw_type: str
    required: bool | None  # None: the page's required cell is empty or unreadable
    line: int


@dataclass(frozen=True)
class Field:
    """One response field-table row; ``name`` is empty for a row that has no field name."""

    name: str
    type: str | None
    required: bool | None
    line: int
    table: int  # line of the table's header: duplicates are looked for within one table


@dataclass(frozen=True)
class Example:
    role: str  # request | response
    value: Any
    line: int


@dataclass
class Operation:
    method: str
    path: str
    name: str
    line: int
    params: list[Param] = field(default_factory=list)
    unnamed_params: list[int] = field(default_factory=list)  # lines of request rows without a name
    fields: list[Field] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    # Locations for which the page shows a parameter table ("body", "query", "body:flag_list", ...).
    tables: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class OverviewEntry:
    """A row of a page's overview table (path and API name); it need not have its own section."""

    path: str
    name: str
    line: int


@dataclass
class Page:
    source: str
    layout: str
    operations: list[Operation] = field(default_factory=list)
    overview: list[OverviewEntry] = field(default_factory=list)
    page_id: str = ""  # the spec's doc version (cmp-v1, cmp-v2, pool, csss), inferred by the comparer


@dataclass(frozen=True)
class Difference:
    """One disagreement. ``key`` (kind + location) is stable across runs and is what the log's index matches."""

    kind: str
    location: str
    detail: str
    source: str
    line: int
    page_id: str
    # What --suggest needs and the key must not depend on (owning component, example value, ...).
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.location}"


@dataclass(frozen=True)
class Verdict:
    """A difference with its match in the reconciliation log (``row`` empty when it is new)."""

    difference: Difference
    row: str = ""
    decision: str = ""

    @property
    def known(self) -> bool:
        return bool(self.row)
