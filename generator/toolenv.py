"""Run external tools from this interpreter's environment with a clean, explicit environment.

Output must not depend on who runs the generator or where: no inherited PYTHONPATH, user config,
locale, colour settings or caches. Tools run as ``sys.executable -m <module>``; PATH holds only the
folder next to ``sys.executable`` (plus the system folders for ``sh``), because
openapi-python-client's post-hooks find ``ruff`` through PATH and must get the pinned one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.errors import GeneratorError, ToolError

RUFF_CONFIG_VARIABLE = "LINKSFIELD_GENERATED_RUFF_CONFIG"
_MAX_OUTPUT_LINES = 80


def scripts_dir() -> Path:
    """The folder with this environment's console scripts (not resolved: venvs use symlinks)."""
    return Path(sys.executable).parent


def clean_env(home: Path, ruff_config: Path) -> dict[str, str]:
    """Build the complete environment for tool subprocesses."""
    ruff = scripts_dir() / ("ruff.exe" if os.name == "nt" else "ruff")
    if not ruff.exists():
        raise GeneratorError(
            f"no ruff console script next to {sys.executable}; install the `generate` dependency group "
            "into this environment (or run `nox -s generate`)"
        )
    system_path = ["/usr/bin", "/bin"] if os.name != "nt" else []
    env = {
        "PATH": os.pathsep.join([str(scripts_dir()), *system_path]),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
        "PYTHONIOENCODING": "utf-8",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "COLUMNS": "120",
        "RUFF_NO_CACHE": "true",
        RUFF_CONFIG_VARIABLE: str(ruff_config),
    }
    if os.name == "nt":  # pragma: no cover - Windows needs these to start Python at all
        for name in ("SYSTEMROOT", "TEMP", "TMP"):
            if name in os.environ:
                env[name] = os.environ[name]
    return env


def _trim(text: str) -> str:
    lines = text.rstrip().splitlines()
    if len(lines) <= _MAX_OUTPUT_LINES:
        return "\n".join(lines)
    hidden = len(lines) - _MAX_OUTPUT_LINES
    return "\n".join([*lines[:_MAX_OUTPUT_LINES], f"... ({hidden} more lines)"])


def run_module(
    tool: str, module: str, args: Sequence[str], *, cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m module args``; raise :class:`ToolError` with its output on failure.

    ``cwd`` must not contain Python files: ``-m`` puts it first on ``sys.path``, and the generated
    package has a ``types.py`` that would shadow the standard library's.
    """
    command = [sys.executable, "-m", module, *args]
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        output = "\n".join(part for part in (result.stdout, result.stderr) if part.strip())
        raise ToolError(tool, result.returncode, _trim(output))
    return result
