"""Plumbing shared by the interop checks: the pinned tools, bounded subprocesses, and the findings.

The checks run third-party programs (Node.js tools and a Java generator) that can hang or leave
children behind, so every program is started in its own process group with a time limit and, on
time-out, that group (and nothing else) is killed. Each check turns the tool's output into
``Finding``s that carry the rule and the JSON pointer into the bundled document, because a curator
acts on a location, not on a tool's log; ``REPORTS`` collects them for the summary table that
``conftest.py`` prints at the end of the run (and writes as JSON when ``INTEROP_REPORT`` is set).
"""

from __future__ import annotations

import fnmatch
import json
import os
import signal
import subprocess
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

__all__ = [
    "ACCEPTED_FILE",
    "REPORTS",
    "ROOT",
    "SPEC",
    "TOOLS_CONFIG",
    "Acceptance",
    "Finding",
    "Ran",
    "ToolReport",
    "acceptance_for",
    "acceptances",
    "failure_text",
    "json_pointer",
    "kill_group",
    "node_environment",
    "node_tool",
    "npm_version",
    "report",
    "run_bounded",
    "tools_prefix",
]

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
TOOLS_CONFIG = ROOT / "tools" / "interop"
"""package.json, package-lock.json and the tools' rule configurations (committed)."""
DEFAULT_TOOLS_PREFIX = ROOT / ".nox" / "interop-tools"
"""Where ``nox -s interop`` runs ``npm ci`` (git-ignored); ``INTEROP_TOOLS`` overrides it."""
ACCEPTED_FILE = TOOLS_CONFIG / "accepted.yaml"
"""Findings the curator accepted as a tool's limitation, each with its reason."""


def tools_prefix() -> Path:
    return Path(os.environ.get("INTEROP_TOOLS", DEFAULT_TOOLS_PREFIX))


def node_tool(name: str) -> Path:
    """The executable of an npm-installed tool; fails (not skips) when ``nox -s interop`` did not install it.

    A skip would let a run that checked nothing look green.
    """
    path = tools_prefix() / "node_modules" / ".bin" / name
    if not path.exists():
        pytest.fail(
            f"{name} is not installed under {tools_prefix()}: run `nox -s interop` "
            "(it runs `npm ci` from tools/interop/package-lock.json)"
        )
    return path


def npm_version(package: str) -> str:
    manifest = tools_prefix() / "node_modules" / package / "package.json"
    try:
        version: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return "?"
    return version


def node_environment() -> dict[str, str]:
    """The environment for the Node.js tools: no colour codes in parsed output, no telemetry or update checks.

    The machines reach package registries only, so a tool phoning home would just wait for a time-out.
    """
    env = dict(os.environ)
    env.update(
        {
            "NO_COLOR": "1",
            "FORCE_COLOR": "0",
            "REDOCLY_TELEMETRY": "off",
            "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
            "SCARF_ANALYTICS": "false",
            "DO_NOT_TRACK": "1",
        }
    )
    return env


@dataclass(frozen=True)
class Ran:
    """What a bounded subprocess printed and how it ended."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_bounded(
    args: list[str | Path],
    *,
    timeout: float,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Ran:
    """Run a program to completion within ``timeout`` seconds, capturing its output.

    It gets its own session (process group), so on time-out the whole group it started is killed by
    its id: a Java or Node.js tool may have children that a plain ``subprocess.run`` time-out would
    leave running.
    """
    argv = [str(arg) for arg in args]
    process = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(process)
        stdout, stderr = process.communicate()
        pytest.fail(
            f"{' '.join(argv[:4])} ... did not finish within {timeout:.0f} s and was killed; "
            f"last output:\n{(stdout + stderr)[-2000:]}"
        )
    return Ran(tuple(argv), process.returncode, stdout, stderr)


def kill_group(process: subprocess.Popen[Any], grace: float = 5.0) -> None:
    """Stop the process group this harness started for ``process``: SIGTERM, then SIGKILL after ``grace``."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, grace)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def json_pointer(*tokens: str | int) -> str:
    """``#/paths/~1a~1b/post`` from ``("paths", "/a/b", "post")`` (RFC 6901 escaping)."""
    escaped = (str(token).replace("~", "~0").replace("/", "~1") for token in tokens)
    return "#/" + "/".join(escaped)


@dataclass(frozen=True)
class Finding:
    """One problem a tool reported: how bad, which rule, where (a JSON pointer), and its words."""

    severity: str  # "error" | "warning"
    rule: str
    pointer: str
    message: str

    def line(self) -> str:
        return f"{self.severity:<7} {self.rule:<32} {self.pointer}  {self.message}"


@dataclass(frozen=True)
class Acceptance:
    """One entry of ``tools/interop/accepted.yaml``: a finding that is the tool's fault, and why."""

    tool: str
    rule: str
    pointer: str  # a JSON pointer; shell-style wildcards allowed
    reason: str

    def matches(self, tool: str, finding: Finding) -> bool:
        return (
            self.tool == tool
            and self.rule == finding.rule
            and fnmatch.fnmatchcase(finding.pointer, self.pointer)
        )


@cache
def acceptances() -> tuple[Acceptance, ...]:
    """The accepted findings; an entry without a reason is refused, so nothing is accepted silently."""
    if not ACCEPTED_FILE.is_file():
        return ()
    data = yaml.safe_load(ACCEPTED_FILE.read_text(encoding="utf-8")) or {}
    entries = data.get("accepted") or []
    found = []
    for index, entry in enumerate(entries):
        keys = ("tool", "rule", "pointer", "reason")
        if not isinstance(entry, dict) or not all(str(entry.get(key) or "").strip() for key in keys):
            raise ValueError(f"{ACCEPTED_FILE}: entry {index} needs a non-empty {', '.join(keys)}")
        found.append(Acceptance(*(str(entry[key]).strip() for key in keys)))
    return tuple(found)


def acceptance_for(tool: str, finding: Finding) -> Acceptance | None:
    return next((entry for entry in acceptances() if entry.matches(tool, finding)), None)


@dataclass
class ToolReport:
    """What one tool said about the spec, for the summary table.

    Findings matched by ``accepted.yaml`` count neither as errors nor as warnings but are still
    listed, with the reason; an entry that matches nothing any more is listed too, to be removed.
    """

    key: str
    order: int
    tool: str
    version: str
    outcome: str = "not run"
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error" and not acceptance_for(self.key, f)]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "error" and not acceptance_for(self.key, f)]

    @property
    def accepted(self) -> list[tuple[Finding, Acceptance]]:
        pairs = ((finding, acceptance_for(self.key, finding)) for finding in self.findings)
        return [(finding, entry) for finding, entry in pairs if entry is not None]

    @property
    def stale(self) -> list[Acceptance]:
        return [
            entry
            for entry in acceptances()
            if entry.tool == self.key and not any(entry.matches(self.key, f) for f in self.findings)
        ]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            errors=len(self.errors),
            warnings=len(self.warnings),
            accepted=[{**asdict(finding), "reason": entry.reason} for finding, entry in self.accepted],
            stale_acceptances=[asdict(entry) for entry in self.stale],
        )
        return data


REPORTS: dict[str, ToolReport] = {}
"""Filled by the checks, printed by ``conftest.pytest_terminal_summary``."""


def report(key: str, order: int, tool: str, version: str) -> ToolReport:
    """The report of one tool, created on first use (a parametrised check adds to it case by case)."""
    if key not in REPORTS:
        REPORTS[key] = ToolReport(key=key, order=order, tool=tool, version=version)
    return REPORTS[key]


def failure_text(tool_report: ToolReport, headline: str) -> str:
    """An assertion message that lists every error with its rule and JSON pointer."""
    lines = [headline, *(finding.line() for finding in tool_report.errors)]
    return "\n".join(lines)
