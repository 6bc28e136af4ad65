"""Step 4: the project formatter (pinned ruff, explicit config) over the whole generated package.

openapi-python-client's post-hooks already formatted its own files; this pass covers what the
generator renders itself (``facade.py``, ``parsers.py``) and the rewrites of the secret-field and
Python 3.10 steps, and guarantees one style for the package whatever the tools emitted.
"""

from __future__ import annotations

from pathlib import Path

from generator.toolenv import run_module


def run_ruff(package_dir: Path, ruff_config: Path, *, cwd: Path, env: dict[str, str]) -> None:
    common = ["--no-cache", "--config", str(ruff_config), str(package_dir)]
    run_module("ruff check", "ruff", ["check", "--fix-only", "--quiet", *common], cwd=cwd, env=env)
    run_module("ruff format", "ruff", ["format", "--quiet", *common], cwd=cwd, env=env)
