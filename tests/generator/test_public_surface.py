"""The generated package offers nothing that could send a call unsigned (issue 17).

openapi-python-client writes an HTTP client (``Client``/``AuthenticatedClient``, Bearer auth),
``errors.UnexpectedStatus`` and per operation ``sync``/``asyncio`` functions sending through it.
The pipeline's templates and ``client_step.remove_unwanted`` keep only the request builders the
facade calls; these tests hold the generated tree to that.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.client_step import UNWANTED, remove_unwanted
from generator.errors import GeneratorError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def package(baseline_repo: Path) -> Path:
    return baseline_repo / "generated" / "linksfield_api"


def _top_level(path: Path) -> set[str]:
    """Names a module defines or assigns at top level (imports excluded)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.add(node.module or "")
            found.update(f"{node.module or ''}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_unsigned_client_and_no_error_module(package: Path) -> None:
    for name in UNWANTED:
        assert not (package / name).exists(), name
    assert _top_level(package / "__init__.py") == set()  # no Client, AuthenticatedClient, __all__


def test_endpoint_modules_only_build_requests(package: Path) -> None:
    modules = sorted(p for p in (package / "api").rglob("*.py") if p.name != "__init__.py")
    assert modules
    for module in modules:
        assert _top_level(module) == {"request_kwargs"}, module
        assert "httpx" not in _imports(module), module  # nothing here can send


def test_the_facade_calls_the_request_builders(package: Path) -> None:
    facade = (package / "facade.py").read_text(encoding="utf-8")
    assert facade.count(".request_kwargs(") == len(list((package / "api").rglob("*.py"))) - len(
        list((package / "api").rglob("__init__.py"))
    )
    assert "_get_kwargs" not in facade


def test_types_keep_what_models_use_and_drop_response(package: Path) -> None:
    assert _top_level(package / "types.py") >= {"Unset", "UNSET", "File", "FileTypes"}
    assert "Response" not in _top_level(package / "types.py")


def test_a_module_still_importing_a_removed_file_fails_the_step(tmp_path: Path) -> None:
    (tmp_path / "client.py").write_text("class Client: ...\n", encoding="utf-8")
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "op.py").write_text("from ...client import Client\n", encoding="utf-8")
    with pytest.raises(GeneratorError, match=r"api/op\.py"):
        remove_unwanted(tmp_path)
    assert not (tmp_path / "client.py").exists()
