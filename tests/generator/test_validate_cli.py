"""`python -m generator validate`: one OK line, or clean pointer-prefixed errors (no traceback)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

RunGenerator = Callable[..., subprocess.CompletedProcess[str]]

WEBHOOK_REF = "#/webhooks/orderStatusPush/post/requestBody/content/application~1json/schema/$ref"


def test_validate_prints_one_summary_line(
    generator_cli: RunGenerator, repo_root: Path, spec_under_test: Path
) -> None:
    result = generator_cli("validate", "--spec", str(spec_under_test), cwd=repo_root)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert ": OK \N{EM DASH} " in lines[0]
    assert "operations," in lines[0] and "webhooks," in lines[0] and lines[0].endswith("schemas")


def test_validate_reports_a_bad_ref_inside_webhooks_with_its_path(
    generator_cli: RunGenerator, repo_root: Path, fixture_spec: Path, tmp_path: Path
) -> None:
    text = fixture_spec.read_text(encoding="utf-8")
    marker = "$ref: '#/components/schemas/OrderStatusPush'"
    assert text.count(marker) == 1
    bad = tmp_path / "openapi.yaml"
    bad.write_text(text.replace(marker, "$ref: '#/components/schemas/OrderStatusPushTypo'"), encoding="utf-8")
    result = generator_cli("validate", "--spec", str(bad), cwd=repo_root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert WEBHOOK_REF in result.stderr
    assert "'OrderStatusPushTypo'" in result.stderr
    assert result.stdout == ""


def test_validate_rejects_openapi_30_nullable(
    generator_cli: RunGenerator, repo_root: Path, fixture_spec: Path, tmp_path: Path
) -> None:
    text = fixture_spec.read_text(encoding="utf-8")
    marker = "          description: Empty until the SIM is first attached.\n"
    bad = tmp_path / "openapi.yaml"
    bad.write_text(text.replace(marker, marker + "          nullable: true\n"), encoding="utf-8")
    result = generator_cli("validate", "--spec", str(bad), cwd=repo_root)
    assert result.returncode == 1
    assert "#/components/schemas/Device/properties/imsi/nullable" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_reports_a_missing_file_cleanly(
    generator_cli: RunGenerator, repo_root: Path, tmp_path: Path
) -> None:
    result = generator_cli("validate", "--spec", str(tmp_path / "nope.yaml"), cwd=repo_root)
    assert result.returncode == 1
    assert "file not found" in result.stderr
    assert "Traceback" not in result.stderr
