"""`python -m generator check` must catch hand edits and un-regenerated spec changes."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow

RunGenerator = Callable[..., subprocess.CompletedProcess[str]]


def test_check_passes_on_a_fresh_tree(scratch_repo: Path, generator_cli: RunGenerator) -> None:
    result = generator_cli("check", cwd=scratch_repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout
    assert len(result.stdout.strip().splitlines()) == 1


def test_check_fails_on_a_hand_edit_and_on_a_hand_written_file(
    scratch_repo: Path, generator_cli: RunGenerator
) -> None:
    package = scratch_repo / "generated" / "linksfield_api"
    edited = package / "types.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "HAND_EDIT = True\n", encoding="utf-8")
    (package / "helpers.py").write_text("def helper() -> None: ...\n", encoding="utf-8")
    result = generator_cli("check", cwd=scratch_repo)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "changed (differs from a fresh generation): 1\n  generated/linksfield_api/types.py" in result.stdout
    )
    assert "-HAND_EDIT = True" in result.stdout  # the diff shows what regeneration would undo
    assert (
        "unexpected (not produced by the generator): 1\n  generated/linksfield_api/helpers.py"
        in result.stdout
    )
    assert "Traceback" not in result.stderr


def test_check_fails_on_a_spec_change_not_yet_regenerated(
    scratch_repo: Path, generator_cli: RunGenerator
) -> None:
    spec_path = scratch_repo / "spec" / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["ZzCheckProbe"] = {
        "type": "object",
        "properties": {"probe": {"type": ["string", "null"]}},
    }
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = generator_cli("check", cwd=scratch_repo)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "generated/linksfield_api/models/zz_check_probe.py" in result.stdout
    assert "generated/linksfield_api/models/__init__.py" in result.stdout  # changed: exports the model
    assert "FAILED" in result.stdout
