"""Resolve every local ``$ref`` in the whole document, ``webhooks`` included.

openapi-spec-validator 0.9.0 does not look inside ``webhooks`` and raises a bare referencing
error (no location) for a bad ref elsewhere, so this check runs first and names the JSON pointer
of each bad ref. Discriminator mappings and link ``operationRef``s that are local pointers are
checked as well, since the generators rely on them.
"""

from __future__ import annotations

from generator import pointers
from generator.walk import iter_nodes


def _check_pointer(document: object, where: str, ref: str) -> str | None:
    if not ref.startswith("#"):
        return f"{where}: {ref!r} is not a local reference (the bundler should have inlined it)"
    try:
        pointers.resolve(document, pointers.parse_fragment(ref[1:]))
    except pointers.PointerError as exc:
        return f"{where}: {ref!r} does not resolve: {exc}"
    return None


def find_bad_refs(document: object) -> list[str]:
    """Return one message per unresolvable reference, in document order."""
    problems: list[str] = []
    for path, node in iter_nodes(document):
        if not isinstance(node, dict):
            continue
        candidates: list[tuple[str, object]] = []
        if "$ref" in node and not (path and path[-1] in ("properties", "patternProperties")):
            candidates.append((pointers.to_pointer((*path, "$ref")), node["$ref"]))
        if path and path[-1] == "mapping" and len(path) >= 2 and path[-2] == "discriminator":
            candidates.extend(
                (pointers.to_pointer((*path, name)), value)
                for name, value in node.items()
                if isinstance(value, str) and value.startswith("#")
            )
        if isinstance(node.get("operationRef"), str) and len(path) >= 2 and path[-2] == "links":
            candidates.append((pointers.to_pointer((*path, "operationRef")), node["operationRef"]))
        for where, ref in candidates:
            if not isinstance(ref, str):
                problems.append(f"{where}: $ref must be a string, got {type(ref).__name__}")
                continue
            problem = _check_pointer(document, where, ref)
            if problem is not None:
                problems.append(problem)
    return problems
