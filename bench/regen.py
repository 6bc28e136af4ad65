"""Full regeneration wall time: ``python -m generator generate`` (validate, both generators, facade,
compatibility rewrite, ruff format, install) into a temporary folder, as a fresh process.

A temporary ``--output`` keeps the checkout's ``generated/`` untouched; the pipeline is otherwise
exactly what ``nox -s generate`` runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time

from .figures import Figure, median

TARGET_S = 10.0
_TOTAL = re.compile(r"total \(wall clock\)\s+([0-9.]+) s")


def _once(root: str) -> tuple[float, float | None]:
    with tempfile.TemporaryDirectory(prefix="linksfield-regen-") as tmp:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--output", tmp],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"generator failed:\n{done.stdout}\n{done.stderr}")
    reported = _TOTAL.search(done.stdout + done.stderr)
    return seconds, float(reported.group(1)) if reported else None


def run(repeats: int) -> list[Figure]:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    results = [_once(root) for _ in range(repeats)]
    process = [r[0] for r in results]
    pipeline = [r[1] for r in results if r[1] is not None]
    figures = [
        Figure(
            "regeneration",
            "validate + generate + format (fresh process, wall)",
            "s",
            process,
            target=f"< {TARGET_S:g} s",
            met=median(process) < TARGET_S,
            note=f"slowest run {max(process):.2f} s",
        )
    ]
    if pipeline:
        figures.append(
            Figure("regeneration", "the same, the pipeline's own total (no interpreter start)", "s", pipeline)
        )
    return figures
