"""Start-up time, as a user meets it: the median wall time of fresh processes.

* ``import linksfield`` and the first touch of ``linksfield.Client`` (the package exports it lazily,
  so the bare import alone would measure almost nothing), in an interpreter that has only the SDK's
  runtime dependencies: ``pip install linksfield-toolkit``. ``nox -s bench`` builds that one in
  ``.nox/bench-sdk`` and passes it as ``--sdk-python``; the bench's own interpreter will not do,
  because ``import httpx`` also imports httpx's command line (click, rich, pygments) whenever those
  are installed, as they are with the ``cli`` extra.
* ``linksfield --help`` (``python -m linksfield.cli --help``, the console script's own path) in the
  bench's interpreter, which has the ``cli`` extra.

Each process starts from cached bytecode, as from an installed wheel (pip compiles on install): one
warm-up run writes the caches into a folder of their own (``PYTHONPYCACHEPREFIX``), so the checkout
stays clean and ``PYTHONDONTWRITEBYTECODE`` in the caller's environment cannot make every run
compile from source. One more run under ``-X importtime`` says where the time goes: the self time
of every imported module, summed per top-level package (``notes`` and ``results.json``).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from .figures import Figure, median

ROOT = Path(__file__).resolve().parents[1]
PYCACHE = ROOT / ".nox" / "bench-pycache"
IMPORT_TARGET_S = 0.25
HELP_TARGET_S = 0.35
IMPORT_CODE = "import linksfield; linksfield.Client"


def _env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def _timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one fresh process.

    The CPU time is what the process itself spent, whoever else shares the machine; the wall time
    (the figure, what a user waits) also holds the moments it waited for a core.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def by_package(importtime: str) -> list[tuple[str, float]]:
    """``-X importtime`` output as (top-level package, seconds of self time), largest first."""
    totals: Counter[str] = Counter()
    for line in importtime.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line.removeprefix("import time:").split("|")
        totals[name.strip().partition(".")[0]] += int(own)
    return [(name, micros / 1e6) for name, micros in totals.most_common()]


def _importtime(command: Sequence[str], env: dict[str, str]) -> list[tuple[str, float]]:
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return by_package(done.stderr)


def _figure(name: str, command: Sequence[str], runs: int, target: float, where: str) -> Figure:
    env = _env()
    _timed(command, env)  # the warm-up writes the bytecode caches
    timed = [_timed(command, env) for _ in range(runs)]
    seconds = [wall for wall, _ in timed]
    cpu = [used for _, used in timed]
    top = _importtime(command, env)
    value = median(seconds)
    leading = ", ".join(f"{package} {s * 1000:.0f}" for package, s in top[:6])
    return Figure(
        "startup",
        name,
        "s",
        seconds,
        target=f"≤ {target:g} s",
        met=value <= target,
        note=(
            f"{where}; range {min(seconds):.2f} to {max(seconds):.2f} s; CPU (user + system) median "
            f"{median(cpu):.2f} s; import ms by package (-X importtime self times): {leading}"
        ),
        extra={
            "command": list(command),
            "cpu_seconds": cpu,
            "import_seconds_by_package": dict(top),
            "beside": {"CPU (user + system)": f"{median(cpu):.2f} s", "environment:": where},
        },
    )


def run(runs: int, sdk_python: str | None) -> list[Figure]:
    """``runs`` fresh processes per figure (their spread is wide on a busy machine: use 10 or more)."""
    sdk = sdk_python or sys.executable
    where = (
        "the SDK alone installed" if sdk_python else "the bench environment (cli extra: httpx loads its CLI)"
    )
    return [
        _figure(
            "import linksfield + linksfield.Client (fresh process)",
            [sdk, "-c", IMPORT_CODE],
            runs,
            IMPORT_TARGET_S,
            where,
        ),
        _figure(
            "linksfield --help (fresh process)",
            [sys.executable, "-m", "linksfield.cli", "--help"],
            runs,
            HELP_TARGET_S,
            "the cli extra installed",
        ),
    ]
