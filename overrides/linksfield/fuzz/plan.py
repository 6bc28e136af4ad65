"""Which operations a fuzz run may call, by family and side effect (``x-side-effect``).

Against the sandbox everything runs. Against a real UAT only reads run unless the caller opts in
to state changes, and spending operations (ordering, opening, SMS) need a second, separately
named opt-in: a fuzzer must never spend money by default.
"""

from __future__ import annotations

from typing import Any

import attrs

from linksfield._spec import spec_document

FAMILIES = ("cmp", "csss", "pool")


@attrs.frozen
class FamilyPlan:
    family: str
    operation_ids: tuple[str, ...]
    skipped: tuple[str, ...]


def plan(*, external: bool, allow_mutate: bool, allow_spend: bool) -> list[FamilyPlan]:
    allowed = {"read"} | ({"mutate"} if allow_mutate or not external else set())
    if allow_spend or not external:
        allowed.add("spend")
    by_family: dict[str, tuple[list[str], list[str]]] = {family: ([], []) for family in FAMILIES}
    document: dict[str, Any] = spec_document()
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            keep, skip = by_family[operation["x-api-family"]]
            (keep if operation["x-side-effect"] in allowed else skip).append(operation["operationId"])
    return [
        FamilyPlan(family, tuple(sorted(keep)), tuple(sorted(skip)))
        for family, (keep, skip) in by_family.items()
        if keep
    ]
