"""Everything the spec declares shows up in the generated package.

openapi-python-client drops what it cannot handle (with a warning we turn into a failure), and a
renamed tag or schema silently moves modules; this pins the mapping the hand-written layer uses:
``linksfield_api/api/<tag>/<operationId>.py`` and one model class per request/response schema.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.bundler import bundle
from generator.summary import HTTP_METHODS

pytestmark = pytest.mark.slow


def _operations(section: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in section.items()
        for method in HTTP_METHODS
        if isinstance(item, dict) and method in item
    ]


def _body_schema_refs(operation: dict[str, Any], *, responses: bool = True) -> set[str]:
    """Component names referenced directly by a request body (or a response) media type."""
    bodies = [operation.get("requestBody", {})]
    if responses:
        bodies.extend(operation.get("responses", {}).values())
    names: set[str] = set()
    for body in bodies:
        for media in body.get("content", {}).values():
            ref = media.get("schema", {}).get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                names.add(ref.rsplit("/", 1)[-1])
    return names


def _is_model_like(schema: dict[str, Any]) -> bool:
    """Schemas openapi-python-client turns into classes; plain scalars (a `const` string) stay inline."""
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    return "object" in types or any(key in schema for key in ("properties", "allOf", "enum"))


def _class_names(files: list[Path]) -> set[str]:
    names: set[str] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names.update(node.name for node in tree.body if isinstance(node, ast.ClassDef))
    return names


def _squash(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum()).lower()


@pytest.fixture(scope="module")
def spec(baseline_repo: Path) -> dict[str, Any]:
    document: dict[str, Any] = bundle(baseline_repo / "spec" / "openapi.yaml", "spec/openapi.yaml")
    return document


@pytest.fixture(scope="module")
def package(baseline_repo: Path) -> Path:
    return baseline_repo / "generated" / "linksfield_api"


def test_every_operation_has_its_module(spec: dict[str, Any], package: Path) -> None:
    missing = []
    operations = _operations(spec["paths"])
    assert operations
    for path, method, operation in operations:
        tag = PythonIdentifier((operation.get("tags") or ["default"])[0], "tag")
        module = package / "api" / tag / f"{operation['operationId']}.py"
        if not module.is_file():
            missing.append(f"{method.upper()} {path} -> {module.relative_to(package)}")
    assert missing == []


def test_every_request_and_response_schema_has_a_model_class(spec: dict[str, Any], package: Path) -> None:
    referenced: set[str] = set()
    for _, _, operation in _operations(spec["paths"]) + _operations(spec.get("webhooks", {})):
        referenced |= _body_schema_refs(operation)
    assert referenced
    client_classes = _class_names(sorted((package / "models").glob("*.py")))
    schemas = spec["components"]["schemas"]
    model_like = {name for name in referenced if _is_model_like(schemas[name])}
    missing_client = sorted(name for name in model_like if ClassName(name, "") not in client_classes)
    assert missing_client == [], "no attrs model in linksfield_api/models"


def _parsed_classes(package: Path) -> set[str]:
    """The model classes ``PARSERS`` in parsers.py maps to a parser (the dict's keys, by name)."""
    tree = ast.parse((package / "parsers.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "PARSERS"
        ):
            assert isinstance(node.value, ast.Dict)
            return {key.id for key in node.value.keys if isinstance(key, ast.Name)}
    raise AssertionError("parsers.py defines no PARSERS")


def test_webhook_payloads_have_models_and_parsers(spec: dict[str, Any], package: Path) -> None:
    """openapi-python-client ignores webhooks; their payloads still get attrs models (they are
    components) and strict parsers (parsers_step adds them as roots): linksfield.webhooks uses both."""
    payloads: set[str] = set()
    for _, _, operation in _operations(spec.get("webhooks", {})):
        payloads |= _body_schema_refs(operation, responses=False)
    assert {"OrderStatusPush", "SmsMtPush", "SmsMoPush"} <= payloads
    client_classes = _class_names(sorted((package / "models").glob("*.py")))
    assert sorted(name for name in payloads if ClassName(name, "") not in client_classes) == []
    parsed = _parsed_classes(package)
    assert sorted(name for name in payloads if ClassName(name, "") not in parsed) == []
