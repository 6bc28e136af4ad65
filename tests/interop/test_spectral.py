"""Spectral with ``spectral:oas``: the linter most API gateways and portals build on.

Target: 0 errors; warnings, infos and hints are counted as warnings and listed. The ruleset lives in
``tools/interop/spectral.yaml``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .harness import (
    TOOLS_CONFIG,
    Finding,
    failure_text,
    json_pointer,
    node_environment,
    node_tool,
    npm_version,
    report,
    run_bounded,
)

pytestmark = pytest.mark.interop

SEVERITIES = {0: "error", 1: "warning", 2: "info", 3: "hint"}


def findings_of(results: list[dict[str, Any]]) -> list[Finding]:
    """Spectral's ``--format json`` results as findings: ``path`` (a token list) becomes a JSON pointer."""
    found = []
    for result in results:
        severity = SEVERITIES.get(int(result.get("severity", 0)), "error")
        pointer = json_pointer(*result.get("path", []))
        message = str(result.get("message", ""))
        if severity in ("info", "hint"):
            message = f"[{severity}] {message}"
        found.append(
            Finding("error" if severity == "error" else "warning", str(result.get("code")), pointer, message)
        )
    return found


def test_spectral_oas_finds_no_errors(bundled_spec: Path, tmp_path: Path) -> None:
    tool = report("spectral", 20, "Spectral lint (spectral:oas)", npm_version("@stoplight/spectral-cli"))
    output = tmp_path / "spectral.json"
    command: list[str | Path] = [
        node_tool("spectral"),
        "lint",
        bundled_spec,
        "--ruleset",
        TOOLS_CONFIG / "spectral.yaml",
    ]
    ran = run_bounded(
        [*command, "--format", "json", "--output", output, "--fail-severity", "error"],
        timeout=180,
        cwd=tmp_path,
        env=node_environment(),
    )
    # Exit 0 = no errors, 1 = errors found; 2 or no report means Spectral itself failed.
    try:
        results: list[dict[str, Any]] = json.loads(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        tool.outcome = f"tool failed (exit {ran.returncode})"
        pytest.fail(f"spectral wrote no JSON report (exit {ran.returncode}):\n{ran.output[-3000:]}")
    if ran.returncode not in (0, 1):
        tool.outcome = f"tool failed (exit {ran.returncode})"
        pytest.fail(f"spectral failed (exit {ran.returncode}):\n{ran.output[-3000:]}")
    tool.findings = findings_of(results)
    tool.outcome = "ok" if not tool.errors else "FAIL"
    assert not tool.errors, failure_text(tool, f"Spectral: {len(tool.errors)} error(s) in the bundled spec:")
