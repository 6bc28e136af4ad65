"""Helpers of the publish round-trip: packaging tools, free ports, child processes, pip's indexes.

Everything here starts real programs (pypiserver, twine, pip, the sandbox) as subprocesses bound to
127.0.0.1 and stops exactly the processes it started.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import pytest

REPO = Path(__file__).resolve().parents[2]
TOOL_MODULES = ("build", "twine", "pypiserver", "passlib")
TOOL_NAMES = ("build", "twine", "pypiserver")
BIN = "Scripts" if sys.platform == "win32" else "bin"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without PYTHONPATH (nothing may be imported from the source tree by accident)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("TWINE_")}
    env.update(extra)
    return env


def run(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command),
        cwd=cwd,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def pinned_tools() -> list[str]:
    """The exact pins of build, twine and pypiserver from pyproject.toml's dependency groups."""
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    pins = re.findall(r'"((?:' + "|".join(TOOL_NAMES) + r')(?:\[[^\]]*\])?==[^"]+)"', text)
    return sorted(set(pins))


def tools_python(workdir: Path) -> str:
    """An interpreter with build, twine and pypiserver: this one (``nox -s tests`` installs them),
    else a private virtualenv made with uv from the same pins."""
    if all(importlib.util.find_spec(name) for name in TOOL_MODULES):
        return sys.executable
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("build/twine/pypiserver are not installed and uv is not available to install them")
    venv = workdir / "tools"
    for command in (
        [uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
        [uv, "pip", "install", "--quiet", "--python", str(venv / BIN / "python"), *pinned_tools()],
    ):
        done = run(command)
        assert done.returncode == 0, done.stderr
    return str(venv / BIN / "python")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_http(url: str, process: subprocess.Popen[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args!r} exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not answer within {timeout} s")


def stop(process: subprocess.Popen[str]) -> None:
    """Stop a child this test started (terminate, then kill if it lingers)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class LineReader:
    """Reads a child's stdout on a thread, so waiting for one line can time out and the pipe never fills."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        threading.Thread(target=self._pump, args=(process.stdout,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line)

    def wait_for(self, prefix: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line.startswith(prefix):
                return line.strip()
            seen.append(line)
        raise AssertionError(f"no line starting with {prefix!r} within {timeout} s; got {seen!r}")


def pip_config(python: str) -> dict[str, str]:
    """pip's own effective settings (``pip config list``): the environment wins over the files."""
    done = run([python, "-m", "pip", "config", "list"])
    assert done.returncode == 0, done.stderr
    ranked: dict[str, tuple[int, str]] = {}
    order = {"global": 0, "user": 1, "site": 2, "install": 3, ":env:": 4}
    for line in done.stdout.splitlines():
        key, _, value = line.partition("=")
        scope, _, name = key.rpartition(".")
        rank = order.get(scope, 3)
        if name and rank >= ranked.get(name, (-1, ""))[0]:
            ranked[name] = (rank, value.strip().strip("'\""))
    return {name: value for name, (_, value) in ranked.items()}


def index_arguments(python: str, local_index: str) -> list[str]:
    """``--index-url`` the local index, and as extra indexes every index pip uses on this machine
    (its index-url, PyPI by default, plus its configured extra-index-urls; find-links stay as configured)."""
    config = pip_config(python)
    extras = [config.get("index-url", "https://pypi.org/simple"), *config.get("extra-index-url", "").split()]
    arguments = ["--index-url", local_index]
    for url in dict.fromkeys(extras):
        arguments += ["--extra-index-url", url]
    return arguments
