"""Follow local ``$ref``s and name what they point at.

Changes inside a component are reported once, at the component (``PageSize``), however many
operations reach it; everything else is located by the path walked from the operation.
"""

from __future__ import annotations

from typing import Any

from generator import pointers
from generator.errors import GeneratorError

SCHEMA_PREFIX = "#/components/schemas/"


def resolve(document: dict[str, Any], node: Any) -> Any:
    """``node`` with its ``$ref`` chain followed (siblings of a ``$ref`` are kept, as 3.1 allows)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise GeneratorError(f"$ref cycle through {ref}")
        seen.add(ref)
        target = lookup(document, ref)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    return node


def lookup(document: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#"):
        raise GeneratorError(f"external $ref {ref!r} (sides are bundled first; this is a bug)")
    try:
        return pointers.resolve(document, pointers.parse_fragment(ref[1:]))
    except pointers.PointerError as exc:
        raise GeneratorError(f"$ref {ref!r} does not resolve: {exc}") from None


def schema_name(ref: str) -> str | None:
    """``Foo`` for ``#/components/schemas/Foo``, else None."""
    if ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]:
        return pointers.parse_fragment(ref[1:])[-1]
    return None
