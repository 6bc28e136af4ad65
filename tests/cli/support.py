"""Running the real ``linksfield`` console script against a sandbox process.

The script is the installed one when this environment has it (a wheel install); in a source
checkout it is the identical ``python -m linksfield.cli`` (both run ``linksfield.cli.app:main`` once the
``cli`` extra is found), started with the checkout's packages on ``PYTHONPATH``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from linksfield.sandbox import config as defaults

from ..source_tree import child_environment

ICCID = re.compile(r"^[0-9]{18,22}[0-9A-Fa-f]?$")


def script() -> list[str]:
    installed = shutil.which("linksfield", path=str(Path(sys.executable).parent))
    return [installed] if installed else [sys.executable, "-m", "linksfield.cli"]


def sandbox_env(url: str, **extra: str) -> dict[str, str]:
    """The child's environment: the sandbox's settings, and no LINKSFIELD_* from the developer's shell."""
    values = {
        **defaults.client_environment(url),
        "COLUMNS": "160",
        **extra,
    }
    env = child_environment(values)
    for name in [n for n in env if n.startswith("LINKSFIELD_") and n not in values]:
        del env[name]
    return env


def run(
    args: Sequence[str], env: Mapping[str, str], *, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*script(), *args],
        env=dict(env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def client_kwargs(url: str) -> dict[str, object]:
    return {
        "access_key": defaults.DEFAULT_ACCESS_KEY,
        "secret_key": defaults.DEFAULT_SECRET_KEY,
        "base_url": url,
        "rate_limit": 0,
        "max_concurrency": 0,
    }
