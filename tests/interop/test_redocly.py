"""Redocly CLI's ``lint`` with its recommended ruleset: a second linter with its own OpenAPI 3.1 model.

The project's validator (openapi-spec-validator plus its own checks) has known blind spots; Redocly
reads the document independently. Target: 0 errors. Warnings are counted and listed, not failed on.
The ruleset lives in ``tools/interop/redocly.yaml``.
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
    node_environment,
    node_tool,
    npm_version,
    report,
    run_bounded,
)

pytestmark = pytest.mark.interop


def findings_of(output: dict[str, Any]) -> list[Finding]:
    """Redocly's ``--format json`` problems as findings (rule id, first location's pointer, message)."""
    found = []
    for problem in output.get("problems", []):
        locations = problem.get("location") or [{}]
        pointer = str(locations[0].get("pointer", "#"))
        severity = "error" if problem.get("severity") == "error" else "warning"
        found.append(Finding(severity, str(problem.get("ruleId", "?")), pointer, str(problem.get("message"))))
    return found


def test_redocly_recommended_finds_no_errors(bundled_spec: Path) -> None:
    tool = report("redocly", 10, "Redocly CLI lint (recommended)", npm_version("@redocly/cli"))
    command: list[str | Path] = [
        node_tool("redocly"),
        "lint",
        bundled_spec,
        "--config",
        TOOLS_CONFIG / "redocly.yaml",
    ]
    ran = run_bounded(
        [*command, "--format", "json"],
        timeout=180,
        cwd=bundled_spec.parent,
        env=node_environment(),
    )
    # Exit 0 = clean, 1 = problems found; no JSON on stdout means Redocly itself failed.
    try:
        output: dict[str, Any] = json.loads(ran.stdout)
    except ValueError:
        tool.outcome = f"tool failed (exit {ran.returncode})"
        pytest.fail(f"redocly lint printed no JSON (exit {ran.returncode}):\n{ran.output[-3000:]}")
    tool.findings = findings_of(output)
    tool.outcome = "ok" if not tool.errors else "FAIL"
    assert not tool.errors, failure_text(
        tool, f"Redocly CLI: {len(tool.errors)} error(s) in the bundled spec:"
    )
