"""The machine a figure was measured on: a number means nothing without it."""

from __future__ import annotations

import os
import platform
import sys
import timeit
from pathlib import Path
from typing import Any


def cpu_model() -> str:
    """The CPU's marketing name (``/proc/cpuinfo`` on Linux, ``platform`` elsewhere)."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("model name", "Hardware", "cpu model"):
                return value.strip()
    return platform.processor() or platform.machine() or "unknown"


def usable_cores() -> int:
    """Cores this process may run on (a container's CPU set, not the host's count)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return len(affinity(0))
    return os.cpu_count() or 1


def describe() -> dict[str, str | int]:
    return {
        "cpu": cpu_model(),
        "cores": usable_cores(),
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "os": platform.platform(),
    }


def load_average() -> float | None:
    """The 1-minute load average: on a shared machine, how many others wanted the cores meanwhile."""
    getloadavg = getattr(os, "getloadavg", None)
    return round(getloadavg()[0], 2) if getloadavg is not None else None


def _loop() -> int:
    return sum(i * i for i in range(10_000))


def _hmac(key: bytes = b"k" * 32, data: bytes = b"x" * 1024) -> bytes:
    import hashlib
    import hmac

    return hmac.new(key, data, hashlib.sha256).digest()


def speed(repeats: int) -> list[Any]:
    """How fast this machine runs work that is none of ours, so figures of two runs (two machines)
    can be compared: the absolute targets (µs, s) were set on another machine, and a VM of the same
    name has been seen 2 to 3.5 times slower at the same commit."""
    from .figures import Figure

    def best(fn: Any, number: int) -> float:
        return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e6

    return [
        Figure(
            "machine",
            "reference: pure-Python loop (sum of 10,000 squares)",
            "µs",
            [best(_loop, 200) for _ in range(repeats)],
        ),
        Figure(
            "machine",
            "reference: HMAC-SHA256 of 1 KiB (C)",
            "µs",
            [best(_hmac, 5000) for _ in range(repeats)],
        ),
    ]
