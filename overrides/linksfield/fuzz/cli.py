"""``python -m linksfield.fuzz`` (and ``nox -s fuzz``): fuzz every operation, one run per family.

By default a sandbox is started on a free port and everything, spending operations included, is
fuzzed against it. With ``--base-url`` the run targets a real UAT using the ``LINKSFIELD_*``
credentials from the environment; then only ``read`` operations run unless ``--allow-mutate`` is
given, and ``spend`` operations also need ``--allow-spending-money``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from linksfield.sandbox import config as sandbox_defaults
from linksfield.sandbox.launcher import SandboxProcess

from .plan import FAMILIES, plan
from .runner import FamilyResult, run_family


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m linksfield.fuzz", description=__doc__)
    parser.add_argument("--base-url", help="a real UAT base URL (all families); default: a local sandbox")
    parser.add_argument("--family", action="append", choices=FAMILIES, help="limit to a family (repeatable)")
    parser.add_argument("--max-examples", type=int, default=100, help="cases per operation and phase")
    parser.add_argument("--seed", type=int, default=None, help="pin the random seed (CI does)")
    parser.add_argument("--phases", default=None, help="schemathesis phases, e.g. examples,coverage,fuzzing")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--report-dir", type=Path, default=Path("reports"), help="JUnit XML goes here")
    parser.add_argument("--allow-mutate", action="store_true", help="with --base-url: also state changes")
    parser.add_argument(
        "--allow-spending-money",
        dest="allow_spend",
        action="store_true",
        help="with --base-url: also operations that order, open plans or send SMS (they cost money)",
    )
    return parser


def _summary(results: list[FamilyResult]) -> str:
    lines = [f"{'family':<8}{'cases':>8}{'seconds':>10}{'refused signatures':>20}  result"]
    for result in results:
        verdict = "ok" if result.ok else f"FAILED (exit {result.returncode})"
        lines.append(
            f"{result.family:<8}{result.cases:>8}{result.seconds:>10.1f}{result.rejected_signatures:>20}  {verdict}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    external = args.base_url is not None
    plans = plan(external=external, allow_mutate=args.allow_mutate, allow_spend=args.allow_spend)
    if args.family:
        plans = [p for p in plans if p.family in args.family]
    for family_plan in plans:
        if family_plan.skipped:
            print(f"{family_plan.family}: not fuzzing {', '.join(family_plan.skipped)} (see --help)")
    common = {
        "report_dir": args.report_dir,
        "max_examples": args.max_examples,
        "seed": args.seed,
        "phases": args.phases,
        "workers": args.workers,
    }
    results: list[FamilyResult] = []
    if external:
        for family_plan in plans:
            results.append(run_family(family_plan, base_url=args.base_url, env={}, **common))
    else:
        with SandboxProcess() as sandbox:
            for family_plan in plans:
                results.append(
                    run_family(
                        family_plan,
                        base_url=sandbox.url,
                        env=sandbox_defaults.client_environment(sandbox.url),
                        **common,
                    )
                )
    print(_summary(results))
    return 0 if results and all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
