"""Fixtures for the generator tests: temporary copies of the repository with a generated tree.

The real spec (spec/openapi.yaml) is used when present; until then the small fixture spec in
fixtures/ stands in, so the pipeline is tested either way. Runs of the generator happen as
subprocesses of this interpreter with the temporary copy as working directory, as a developer
would run them, so the copy's own generator/ package is the one exercised.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURE_SPEC = Path(__file__).resolve().parent / "fixtures" / "mini_openapi.yaml"
REAL_SPEC = REPO / "spec" / "openapi.yaml"
_IGNORE = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache", "*.pyc")

RunGenerator = Callable[..., subprocess.CompletedProcess[str]]


def spec_source() -> Path:
    return REAL_SPEC if REAL_SPEC.is_file() else FIXTURE_SPEC


def run_generator(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m generator <args>`` in ``cwd``, without PYTHONPATH leaking in the repo's copy."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def copy_repository(target: Path) -> Path:
    """Copy what the pipeline needs: generator/, pyproject.toml, spec/ and generated/."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "generator", target / "generator", ignore=_IGNORE)
    shutil.copy2(REPO / "pyproject.toml", target / "pyproject.toml")
    if REAL_SPEC.is_file():
        shutil.copytree(REPO / "spec", target / "spec", ignore=_IGNORE)
    else:
        (target / "spec").mkdir()
        shutil.copy2(FIXTURE_SPEC, target / "spec" / "openapi.yaml")
    if (REPO / "generated").is_dir():
        shutil.copytree(REPO / "generated", target / "generated", ignore=_IGNORE)
    return target


@pytest.fixture(scope="session")
def generator_cli() -> RunGenerator:
    """The ``run_generator`` helper (a fixture: test modules cannot import conftest by name)."""
    return run_generator


@pytest.fixture(scope="session")
def spec_under_test() -> Path:
    """spec/openapi.yaml once it exists, the fixture spec until then."""
    return spec_source()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def fixture_spec() -> Path:
    return FIXTURE_SPEC


@pytest.fixture(scope="session")
def baseline_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository copy whose generated/ was just regenerated from its spec (read-only use)."""
    repo = copy_repository(tmp_path_factory.mktemp("baseline") / "repo")
    result = run_generator("generate", cwd=repo)
    assert result.returncode == 0, result.stdout + result.stderr
    return repo


@pytest.fixture
def scratch_repo(baseline_repo: Path, tmp_path: Path) -> Path:
    """A private, modifiable copy of the baseline repository."""
    return Path(shutil.copytree(baseline_repo, tmp_path / "repo", ignore=_IGNORE))
