"""``python -m bench [--repeats N] [--only group,...] [--profile DIR] [--sdk-python PATH]``: run the
figures, write the results.

Groups: machine (reference speeds, none of our code), startup, signing, validation, side-by-side, overhead, parse, pagination, bulk, regeneration,
fuzz. ``machine`` and ``startup`` run first, while nothing else of the bench has warmed or loaded the machine.
``--sdk-python`` is an interpreter with only the SDK's runtime dependencies, for the
``import linksfield`` figure (``nox -s bench`` builds one). ``--profile DIR`` also writes a
pyinstrument profile of the sync call-overhead loop (needs ``pyinstrument``), which is where a
missed overhead target is investigated first.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from . import (
    bulk,
    fuzz,
    machine,
    overhead,
    pagination,
    parse,
    regen,
    report,
    side_by_side,
    signing,
    startup,
    validation,
)
from .figures import Figure
from .sandbox import SandboxProcess, fixtures

GROUPS = (
    "machine",
    "startup",
    "signing",
    "validation",
    "side-by-side",
    "overhead",
    "parse",
    "pagination",
    "bulk",
    "regeneration",
    "fuzz",
)
STARTUP_RUNS = 15
"""Fresh processes per start-up figure: one run is a fraction of a second, and their spread is wide."""
HERE = Path(__file__).resolve().parent


def _profile(url: str, folder: Path) -> None:
    from .sandbox import client

    # Imported by name: pyinstrument is installed by the bench session only, not by the lint one.
    profiler_class = importlib.import_module("pyinstrument").Profiler

    folder.mkdir(parents=True, exist_ok=True)
    with client(url) as toolkit:
        toolkit.packages.query_orders(page_no=1, page_size=50)
        profiler = profiler_class(interval=0.0002)
        with profiler:
            for _ in range(300):
                toolkit.packages.query_orders(page_no=1, page_size=50)
    (folder / "overhead.txt").write_text(profiler.output_text(unicode=True, show_all=False), "utf-8")
    (folder / "overhead.html").write_text(profiler.output_html(), "utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeats", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--only", default=",".join(GROUPS), help="comma-separated groups")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for results.json/.md")
    parser.add_argument("--profile", type=Path, default=None, help="write a pyinstrument profile here")
    parser.add_argument(
        "--sdk-python",
        default=None,
        help="an interpreter with only the SDK's runtime dependencies, for the import figure",
    )
    args = parser.parse_args(argv)
    chosen = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = sorted(set(chosen) - set(GROUPS))
    if unknown:
        parser.error(f"unknown groups {unknown}; choose from {', '.join(GROUPS)}")
    repeats = max(1, args.repeats)
    # The slow figures run fewer times: each run is seconds to a minute, and their spread is small.
    slow = max(1, min(repeats, 3))

    started = time.perf_counter()
    load_at_start = machine.load_average()
    figures: list[Figure] = []

    def step(group: str, measure: Callable[[], list[Figure]]) -> None:
        if group not in chosen:
            return
        began = time.perf_counter()
        print(f"bench: {group} ...", flush=True)
        got = measure()
        figures.extend(got)
        for figure in got:
            print(f"  {figure.name}: {figure.value:.4g} {figure.unit}", flush=True)
        print(f"  ({time.perf_counter() - began:.1f} s)", flush=True)

    step("machine", lambda: machine.speed(repeats))
    step("startup", lambda: startup.run(max(repeats, STARTUP_RUNS), args.sdk_python))
    step("signing", lambda: signing.run(repeats))
    step("validation", lambda: validation.run(repeats))
    step("side-by-side", lambda: side_by_side.run(repeats))
    if {"overhead", "parse", "pagination"} & set(chosen) or args.profile:
        with SandboxProcess() as sandbox:
            step("overhead", lambda: overhead.run(sandbox.url, repeats))
            step("parse", lambda: parse.run(sandbox.url, repeats))
            busy = str(fixtures(sandbox)["busy_sim"])
            step("pagination", lambda: pagination.run(sandbox.url, busy, slow))
            if args.profile:
                _profile(sandbox.url, args.profile)
    if "bulk" in chosen:
        with SandboxProcess("--devices", str(bulk.DEVICES + 100), startup_timeout=120) as sandbox:
            step("bulk", lambda: bulk.run(sandbox, slow))
    step("regeneration", lambda: regen.run(slow))
    step("fuzz", lambda: fuzz.run(1))

    meta = {
        "finished": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "seconds": time.perf_counter() - started,
        "repeats": repeats,
        "slow_repeats": slow,
        "groups": chosen,
        "load_average": [load_at_start, machine.load_average()],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    report.write(args.out, figures, machine.describe(), meta)
    missed = [f"{f.group}: {f.name}" for f in figures if f.met is False]
    print((args.out / "results.md").read_text("utf-8"))
    if missed:
        print("targets missed:\n  " + "\n  ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
