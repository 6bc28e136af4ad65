"""Start ``python -m linksfield.sandbox`` as a child process and wait until it answers.

The fuzz runner, the demo, the CLI and the tests all need a real sandbox process on 127.0.0.1 (a
real socket, a real uvicorn), so starting one lives here once. The child binds port 0 and prints
``sandbox listening on http://HOST:PORT`` first; that line is the only thing read from it.

The child is this interpreter with this environment (plus ``env``): it imports ``linksfield`` the
way the parent does, from wherever it is installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from types import TracebackType

import httpx

__all__ = ["SandboxProcess"]

_READY_PREFIX = "sandbox listening on "


class SandboxProcess:
    """A running sandbox; use as a context manager so it is always stopped."""

    def __init__(
        self,
        *args: str,
        env: Mapping[str, str] | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        self.args: Sequence[str] = args
        self._env = env
        self._timeout = startup_timeout
        self._process: subprocess.Popen[str] | None = None
        self.url = ""
        self.output: list[str] = []

    @property
    def admin_url(self) -> str:
        return self.url + "/_sandbox"

    def start(self) -> SandboxProcess:
        command = [
            sys.executable,
            "-m",
            "linksfield.sandbox",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            *self.args,
        ]
        self._process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, **(self._env or {}), "PYTHONUNBUFFERED": "1"},
        )
        assert self._process.stdout is not None
        deadline = time.monotonic() + self._timeout
        first = self._process.stdout.readline()
        self.output.append(first)
        if not first.startswith(_READY_PREFIX):
            self.stop()
            raise RuntimeError(f"the sandbox did not start: {''.join(self.output).strip()}")
        self.url = first[len(_READY_PREFIX) :].strip()
        # Keep draining its output so a chatty sandbox never blocks on a full pipe.
        threading.Thread(target=self._drain, daemon=True).start()
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.admin_url + "/health", timeout=1.0).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self._process.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the sandbox at {self.url} never became healthy: {''.join(self.output).strip()}")

    def _drain(self) -> None:
        process = self._process
        if process is None or process.stdout is None:
            return
        for line in process.stdout:
            self.output.append(line)

    def stats(self) -> dict[str, object]:
        payload: dict[str, object] = httpx.get(self.admin_url + "/stats", timeout=5.0).json()
        return payload

    def stop(self) -> None:
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._process = None

    def __enter__(self) -> SandboxProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
