"""Install what you use: every import of a part is declared by the SDK or by that part's extra.

``pip install linksfield-toolkit`` is the client alone; the command line, the sandbox, the webhook
receiver and the fuzz runner come with the extras of pyproject's ``[project.optional-dependencies]``.
These tests read every module's imports (function-level ones included) and hold each part to its
extra, prove that the core imports nothing of any extra, and keep the table the entry points check
(``linksfield._extras``) equal to pyproject's.
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import json
import re
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement

from linksfield import _extras

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "overrides" / "linksfield"
GENERATED = REPO / "generated" / "linksfield_api"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
FIRST_PARTY = {"linksfield", "linksfield_api"}
SELF = PROJECT["name"]

# Which extra each part of ``linksfield`` ships under; everything else of the package is the core.
# The tour starts a sandbox, so it comes with the sandbox.
PARTS: dict[str, tuple[str, ...]] = {
    "cli": ("cli",),
    "sandbox": ("sandbox", "tour.py"),
    "webhooks": ("webhooks",),
    "fuzz": ("fuzz",),
}


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(extra: str | None) -> list[Requirement]:
    """Direct requirements of the core (``None``) or of an extra, self-references included."""
    texts = PROJECT["dependencies"] if extra is None else PROJECT["optional-dependencies"][extra]
    return [Requirement(text) for text in texts]


def extra_closure(extra: str) -> list[str]:
    seen: dict[str, None] = {}
    pending = [extra]
    while pending:
        name = pending.pop(0)
        if name not in seen:
            seen[name] = None
            pending += [e for r in requirements(name) if normalize(r.name) == SELF for e in sorted(r.extras)]
    return list(seen)


def declared(extra: str | None) -> set[str]:
    """Distributions the core declares, plus (for an extra) what the extra and those it includes declare."""
    names = {normalize(r.name) for r in requirements(None)}
    for name in extra_closure(extra) if extra else []:
        names |= {normalize(r.name) for r in requirements(name) if normalize(r.name) != SELF}
    return names


@cache
def distributions_of_module() -> dict[str, set[str]]:
    return {
        module: {normalize(d) for d in dists} for module, dists in metadata.packages_distributions().items()
    }


def modules_of(distributions: Iterable[str]) -> set[str]:
    wanted = set(distributions)
    return {module for module, dists in distributions_of_module().items() if dists & wanted}


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(nodes: Iterable[ast.AST]) -> Iterable[ast.Import | ast.ImportFrom]:
    for node in nodes:
        if isinstance(node, ast.If) and _type_checking(node.test):
            yield from _imports(node.orelse)  # what runs; the body is for the type checker only
        elif isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        else:
            yield from _imports(ast.iter_child_nodes(node))


def imported_modules(path: Path) -> set[str]:
    """Top-level third-party modules a file imports at run time, anywhere in it (a lazy import is still
    a need; one under ``if TYPE_CHECKING:`` is not)."""
    found: set[str] = set()
    for node in _imports([ast.parse(path.read_text(encoding="utf-8"), filename=str(path))]):
        if isinstance(node, ast.Import):
            found |= {alias.name.partition(".")[0] for alias in node.names}
        elif node.level == 0 and node.module:
            found.add(node.module.partition(".")[0])
    return found - set(sys.stdlib_module_names) - FIRST_PARTY - {"__future__"}


def part_of(path: Path) -> str | None:
    """The extra a file of ``linksfield`` ships under, None for the core."""
    first = path.relative_to(PACKAGE).parts[0]
    return next((extra for extra, roots in PARTS.items() if first in roots), None)


def files() -> list[tuple[str | None, Path]]:
    ours = [(part_of(path), path) for path in sorted(PACKAGE.rglob("*.py"))]
    return ours + [(None, path) for path in sorted(GENERATED.rglob("*.py"))]


def test_the_parts_named_here_exist() -> None:
    for roots in PARTS.values():
        for root in roots:
            assert (PACKAGE / root).exists(), f"overrides/linksfield/{root} is gone: update PARTS"


def test_the_core_declares_no_extra_package() -> None:
    """The SDK's own dependencies are the client's: no web server, CLI framework or fuzzer."""
    core = {normalize(r.name) for r in requirements(None)}
    for_extras = {
        normalize(r.name) for extra in PROJECT["optional-dependencies"] for r in requirements(extra)
    } - {SELF}
    assert not core & for_extras, f"in both the SDK and an extra: {sorted(core & for_extras)}"
    assert set(PROJECT["optional-dependencies"]) == {*_extras.EXTRAS, "all"}
    assert set(extra_closure("all")) == {"all", *_extras.EXTRAS}


@pytest.mark.parametrize(("extra", "path"), [(e, p) for e, p in files()], ids=lambda v: str(v))
def test_every_import_is_declared_by_the_sdk_or_its_parts_extra(extra: str | None, path: Path) -> None:
    allowed = declared(extra)
    mapping = distributions_of_module()
    problems = []
    for module in sorted(imported_modules(path)):
        dists = mapping.get(module)
        if not dists:
            problems.append(f"{module} (not installed here, so not declared anywhere)")
        elif not dists & allowed:
            problems.append(f"{module} (from {', '.join(sorted(dists))})")
    where = f"the '{extra}' extra" if extra else "[project.dependencies]"
    assert not problems, f"{path.relative_to(REPO)} imports what {where} does not declare: {problems}"


def test_the_entry_points_check_the_extras_pyproject_declares() -> None:
    """``linksfield._extras`` (what a command checks before importing its part) equals pyproject."""
    for name, extra in _extras.EXTRAS.items():
        own = [r for r in requirements(name) if normalize(r.name) != SELF]
        includes = sorted(e for r in requirements(name) if normalize(r.name) == SELF for e in r.extras)
        assert sorted(extra.includes) == includes, name
        assert modules_of(normalize(r.name) for r in own) & set(extra.modules) == set(extra.modules), name
        for requirement in own:
            provided = modules_of([normalize(requirement.name)])
            assert provided & set(extra.modules), f"{name}: {requirement.name} has no module in the table"


def _closure(distributions: Iterable[str]) -> set[str]:
    """Distributions installed with these (their requirements without extras, transitively)."""
    seen: set[str] = set()
    pending = list(distributions)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            texts = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for text in texts:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(normalize(requirement.name))
    return seen


CORE_IMPORTS = """
import importlib, json, pkgutil, sys
skip, dependencies = (set(names) for names in json.loads(sys.argv[1]))
for name in sorted(dependencies):
    importlib.import_module(name)
baseline = set(sys.modules)

def walk(name):  # pkgutil.walk_packages would import the parts' packages to look inside them
    module = importlib.import_module(name)
    for info in pkgutil.iter_modules(getattr(module, "__path__", [])):
        full = f"{name}.{info.name}"
        if full not in skip and info.name != "__main__":
            walk(full)

walk("linksfield")
walk("linksfield_api")
print(json.dumps(sorted({name.partition(".")[0] for name in set(sys.modules) - baseline})))
"""


def test_importing_the_core_loads_nothing_of_any_extra() -> None:
    """Every core module of ``linksfield`` and all of ``linksfield_api``, in a fresh interpreter.

    Measured against the core's own dependencies imported first: ``import httpx`` loads click and
    rich by itself when they happen to be installed (for its optional ``httpx`` command), which is
    not our import. (The publish round-trip installs the SDK alone, where they are absent.)"""
    core = _closure(normalize(r.name) for r in requirements(None))
    extras = _closure(declared("all")) - core
    forbidden = modules_of(extras)
    assert {"typer", "rich", "starlette", "uvicorn", "schemathesis", "requests"} <= forbidden
    parts = [f"linksfield.{root.removesuffix('.py')}" for roots in PARTS.values() for root in roots]
    dependencies = sorted(modules_of(normalize(r.name) for r in requirements(None)) - {"_distutils_hack"})
    done = subprocess.run(
        [sys.executable, "-c", CORE_IMPORTS, json.dumps([parts, dependencies])],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    loaded = set(json.loads(done.stdout))
    assert "linksfield" in loaded and "linksfield_api" in loaded  # the walk ran
    assert not loaded & forbidden, f"importing the core loaded {sorted(loaded & forbidden)}"
