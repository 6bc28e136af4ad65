"""schemathesis cases per second on the sandbox: a short seeded ``python -m linksfield.fuzz`` run.

The runner starts its own sandbox and one schemathesis run per family and prints a summary table
(``family cases seconds refused-signatures result``); cases per second is its total cases over its
total seconds, so schemathesis' start-up per family is part of the figure, as it is of a CI run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile

from .figures import Figure

SEED = 20241123
MAX_EXAMPLES = 10
_ROW = re.compile(r"^(cmp|csss|pool)\s+(\d+)\s+([0-9.]+)\s+(\d+)\s+(.+)$", re.MULTILINE)


def _once() -> tuple[int, float, list[str]]:
    with tempfile.TemporaryDirectory(prefix="linksfield-fuzz-") as tmp:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "linksfield.fuzz",
                "--max-examples",
                str(MAX_EXAMPLES),
                "--seed",
                str(SEED),
                "--report-dir",
                tmp,
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp,
            env=dict(os.environ),
        )
    rows = _ROW.findall(done.stdout)
    if not rows:
        raise RuntimeError(f"no summary in the fuzz output (exit {done.returncode}):\n{done.stdout[-2000:]}")
    cases = sum(int(row[1]) for row in rows)
    seconds = sum(float(row[2]) for row in rows)
    verdicts = [f"{row[0]} {row[4].strip()}" for row in rows]
    return cases, seconds, verdicts


def run(repeats: int) -> list[Figure]:
    results = [_once() for _ in range(repeats)]
    return [
        Figure(
            "fuzz",
            f"schemathesis on the sandbox (--max-examples {MAX_EXAMPLES} --seed {SEED})",
            "cases/s",
            [cases / seconds for cases, seconds, _ in results],
            note=f"{results[0][0]} cases per run; " + ", ".join(results[0][2]),
        )
    ]
