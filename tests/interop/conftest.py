"""Fixtures of the interop checks and the summary table printed after them.

Every check reads one document: ``spec/openapi.yaml`` bundled afresh by the project's own bundler
(the same JSON that ``python -m generator generate`` ships as ``linksfield_api/openapi.json``). It is
bundled from the source rather than read from ``generated/`` so a curator can edit the spec and rerun
``nox -s interop`` without regenerating first; ``nox -s check`` keeps the two equal.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.bundler import bundle

from .harness import REPORTS, SPEC


@pytest.fixture(scope="session")
def bundled_document() -> dict[str, Any]:
    """``INTEROP_SPEC`` checks another copy instead (a candidate edit, or an older release)."""
    spec = Path(os.environ.get("INTEROP_SPEC", SPEC))
    document: dict[str, Any] = bundle(spec, str(spec))
    return document


@pytest.fixture(scope="session")
def bundled_spec(bundled_document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled document as a file, written exactly as the generator writes openapi.json."""
    path = tmp_path_factory.mktemp("interop-spec") / "openapi.json"
    text = json.dumps(bundled_document, indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def no_linksfield_environment() -> Iterator[None]:
    """The client falls back to LINKSFIELD_* variables: a developer's shell must not change what is sent."""
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("LINKSFIELD_"):
                patch.delenv(name)
        yield


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """One row per tool (errors, warnings, outcome), then every finding with its rule and JSON pointer.

    Printed whether the checks passed or not: the counts are the point of the run. Nothing is printed
    when no interop check ran (the default test run deselects them).
    """
    if not REPORTS:
        return
    reports = sorted(REPORTS.values(), key=lambda item: item.order)
    write = terminalreporter.write_line
    source = os.environ.get("INTEROP_SPEC", "spec/openapi.yaml")
    terminalreporter.section(f"interop: second opinions on {source} (bundled)")
    rows = [("tool", "errors", "warnings", "accepted", "outcome")]
    rows += [
        (
            f"{item.tool} {item.version}",
            str(len(item.errors)),
            str(len(item.warnings)),
            str(len(item.accepted)),
            item.outcome,
        )
        for item in reports
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for tool, errors, warnings, accepted, outcome in rows:
        write(
            f"{tool:<{widths[0]}}  {errors:>{widths[1]}}  {warnings:>{widths[2]}}  "
            f"{accepted:>{widths[3]}}  {outcome}"
        )
    for item in reports:
        if not (item.findings or item.notes or item.stale):
            continue
        write("")
        write(f"{item.tool} {item.version}:")
        reasons = {id(finding): entry for finding, entry in item.accepted}
        for finding in item.findings:
            entry = reasons.get(id(finding))
            suffix = f"  [accepted: {entry.reason}]" if entry else ""
            write(f"  {finding.line()}{suffix}")
        for note in item.notes:
            write(f"  note    {note}")
        for stale in item.stale:
            where = f"{stale.tool} {stale.rule} {stale.pointer}"
            write(f"  stale   tools/interop/accepted.yaml entry matches nothing any more, remove it: {where}")
    target = os.environ.get("INTEROP_REPORT")
    if target:
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"spec": source, "tools": [item.as_dict() for item in reports]}
        path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        write("")
        write(f"interop report written to {path}")
