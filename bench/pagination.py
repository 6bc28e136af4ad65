"""Auto-pagination over 100,000 CDR rows: rows per second and peak RSS at 10k, 50k and 100k rows.

Each N runs in its own fresh process (``bench.paginate_child``) against one sandbox; the busiest
SIM has about 108k rows over the 180-day window. Memory must not grow with N: an iterator that
kept pages alive would show it here long before a fleet export ran out of memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from .figures import Figure, median

SIZES = (10_000, 50_000, 100_000)
RSS_TARGET_MIB = 150.0
GROWTH_LIMIT_MIB = 10.0
"""Peak RSS at 100k rows may exceed the 10k peak by at most this (allocator noise, not growth)."""


def _child(url: str, sim: str, rows: int) -> dict[str, Any]:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ)
    # the `bench` package too
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "bench.paginate_child", url, sim, str(rows)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env=env,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["rows"] < rows:
        raise RuntimeError(f"the SIM has only {result['rows']} rows in the window, {rows} were asked for")
    return result


def run(url: str, sim: str, repeats: int) -> list[Figure]:
    figures: list[Figure] = []
    peaks: dict[int, float] = {}
    for rows in SIZES:
        results = [_child(url, sim, rows) for _ in range(repeats)]
        peak = [r["peak_rss_mib"] for r in results]
        peaks[rows] = median(peak)
        figures.append(
            Figure(
                "pagination",
                f"iter_query_sim_cdr, {rows:,} rows (page_size 100)",
                "rows/s",
                [r["rows"] / r["seconds"] for r in results],
            )
        )
        figures.append(
            Figure(
                "pagination",
                f"peak RSS, {rows:,} rows (fresh process)",
                "MiB",
                peak,
                target=f"< {RSS_TARGET_MIB:g} MiB",
                met=max(peak) < RSS_TARGET_MIB,
                note=f"before the first page: {median([r['baseline_rss_mib'] for r in results]):.1f} MiB",
            )
        )
    growth = peaks[SIZES[-1]] - peaks[SIZES[0]]
    figures.append(
        Figure(
            "pagination",
            f"peak RSS growth, {SIZES[0]:,} → {SIZES[-1]:,} rows",
            "MiB",
            [growth],
            target=f"< {GROWTH_LIMIT_MIB:g} MiB (flat)",
            met=growth < GROWTH_LIMIT_MIB,
        )
    )
    return figures
