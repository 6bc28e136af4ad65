"""The spec this package was generated from (``linksfield_api/openapi.json``), as a JSON document.

One loader and one ``$ref`` follower for everything that reads the spec at run time: the request
checks, the API families' success rules, the fuzz plan, the CLI's tables and the API reference.
Loaded on first use, so ``import linksfield`` does not pay for parsing it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final

__all__ = ["resolve", "spec_document"]

_MAX_HOPS: Final = 64


@functools.cache
def spec_document() -> dict[str, Any]:
    """The shipped spec (one parse per process; treat it as read-only)."""
    text = resources.files("linksfield_api").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref`` chains followed (``#/a/b~1c`` JSON pointers) to an object without one."""
    for _ in range(_MAX_HOPS):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = document
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    raise ValueError("a $ref chain longer than 64 hops (a cycle?) in the spec")
