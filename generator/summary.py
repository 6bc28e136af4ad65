"""Count what a spec contains, for the one-line validation report and for tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecSummary:
    operations: int
    webhooks: int
    schemas: int

    def describe(self) -> str:
        return f"{self.operations} operations, {self.webhooks} webhooks, {self.schemas} schemas"


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def summarize(document: dict[str, Any]) -> SpecSummary:
    operations = sum(
        1
        for item in _mapping(document.get("paths")).values()
        for method in HTTP_METHODS
        if isinstance(item, dict) and method in item
    )
    return SpecSummary(
        operations=operations,
        webhooks=len(_mapping(document.get("webhooks"))),
        schemas=len(_mapping(_mapping(document.get("components")).get("schemas"))),
    )
