"""Shared fixtures: one sandbox process (with a push receiver) for the whole session.

Tests that need other flags (a file database, clock skew, a digest, startup faults) start their own
short-lived process with ``SandboxProcess``; everything else shares this one and uses distinct
devices and orders, so test order does not matter.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .support import PushReceiver, SandboxProcess


@pytest.fixture(scope="session")
def receiver() -> Iterator[PushReceiver]:
    with PushReceiver().running() as running:
        yield running


@pytest.fixture(scope="session")
def sandbox(receiver: PushReceiver) -> Iterator[SandboxProcess]:
    process = SandboxProcess("--callback-url", receiver.url, "--push-backoff", "0.1").start()
    try:
        yield process
    finally:
        process.stop()


class DevicePool:
    """Hands out distinct non-OTA devices so tests that place orders never share one."""

    def __init__(self, devices: list[str]) -> None:
        self._devices = list(devices)

    def take(self, n: int = 1) -> list[str]:
        if len(self._devices) < n:
            raise RuntimeError("out of seeded devices for tests")
        taken, self._devices = self._devices[:n], self._devices[n:]
        return taken

    def one(self) -> str:
        return self.take(1)[0]


@pytest.fixture(scope="session")
def devices(sandbox: SandboxProcess) -> DevicePool:
    return DevicePool(sandbox.fixtures()["devices"])
