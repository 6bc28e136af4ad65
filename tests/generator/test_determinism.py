"""Regeneration is byte-identical, wherever the output is written and whoever runs it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.tree import snapshot

pytestmark = pytest.mark.slow

RunGenerator = Callable[..., subprocess.CompletedProcess[str]]


def test_two_generate_runs_are_byte_identical(
    baseline_repo: Path, tmp_path: Path, generator_cli: RunGenerator
) -> None:
    # A different output folder and a different working directory: nothing may depend on either.
    elsewhere = tmp_path / "deeper" / "out"
    result = generator_cli(
        "generate", "--root", str(baseline_repo), "--output", str(elsewhere), cwd=baseline_repo
    )
    assert result.returncode == 0, result.stdout + result.stderr
    first = snapshot(baseline_repo / "generated")
    second = snapshot(elsewhere)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    for step in ("validate", "openapi-python-client", "facade + parsers", "ruff", "total"):
        assert step in result.stdout  # each step is reported with its time


def test_every_generated_python_file_has_the_banner(baseline_repo: Path) -> None:
    package = baseline_repo / "generated" / "linksfield_api"
    files = sorted(package.rglob("*.py"))
    assert files
    for path in files:
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == (
            "# Generated from spec/openapi.yaml by python -m generator generate. "
            "Do not edit: changes are lost on regeneration."
        ), path
    assert (package / "py.typed").is_file()
    assert (package / "parsers.py").is_file() and (package / "facade.py").is_file()
    assert not (package / "wire_models.py").exists()  # one model system: the attrs models (issue 17)
