"""The machine a figure was measured on: a number means nothing without it."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


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
