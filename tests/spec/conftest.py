"""Fixtures shared by the spec tests: the parsed document and a JSON Schema registry over it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
LOG_PATH = ROOT / "spec" / "RECONCILIATION.md"
SEEDS = ROOT.parent / "shared" / "seeds"
SPEC_URI = "urn:linksfield:spec"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="session")
def registry(spec: dict[str, Any]) -> Registry:
    return Registry().with_resource(SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012))


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow a chain of local `$ref`s (used for examples, responses and parameters, not schemas)."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        node = doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
        assert seen < 20, f"reference loop at {ref}"
    return node


def operations(doc: dict[str, Any], section: str = "paths") -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in doc.get(section, {}).items()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    ]
