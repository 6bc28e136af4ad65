"""The fuzz runner's command line (``linksfield fuzz``, ``python -m linksfield.fuzz``, ``nox -s fuzz``).

It fuzzes every operation, one run per family. By default a sandbox is started on a free port and
everything, spending operations included, is fuzzed against it. With ``--base-url`` the run targets
a real UAT using the ``LINKSFIELD_*`` credentials from the environment; then only ``read``
operations run unless ``--allow-mutate`` is given, and ``spend`` operations also need
``--allow-spending-money``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from linksfield.cli.standalone import run
from linksfield.sandbox import config as sandbox_defaults
from linksfield.sandbox.launcher import SandboxProcess

from .plan import FAMILIES, FamilyPlan, plan
from .runner import FamilyResult, run_family

__all__ = ["app", "main"]

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _summary(results: list[FamilyResult]) -> str:
    lines = [f"{'family':<8}{'cases':>8}{'seconds':>10}{'refused signatures':>20}  result"]
    for result in results:
        verdict = "ok" if result.ok else f"FAILED (exit {result.returncode})"
        lines.append(
            f"{result.family:<8}{result.cases:>8}{result.seconds:>10.1f}{result.rejected_signatures:>20}  {verdict}"
        )
    return "\n".join(lines)


@app.command(
    help="Fuzz every operation with schemathesis, one run per family, against a fresh local sandbox; "
    "with --base-url against a real UAT (reads only, unless --allow-mutate / --allow-spending-money)."
)
def fuzz(
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="a real UAT base URL (all families); default: a local sandbox"),
    ] = None,
    family: Annotated[
        list[str] | None,
        typer.Option("--family", help=f"limit to a family (repeatable): {', '.join(FAMILIES)}"),
    ] = None,
    max_examples: Annotated[int, typer.Option("--max-examples", help="cases per operation and phase")] = 100,
    seed: Annotated[int | None, typer.Option("--seed", help="pin the random seed (CI does)")] = None,
    phases: Annotated[
        str | None, typer.Option("--phases", help="schemathesis phases, e.g. examples,coverage,fuzzing")
    ] = None,
    workers: Annotated[int, typer.Option("--workers")] = 1,
    report_dir: Annotated[Path, typer.Option("--report-dir", help="JUnit XML goes here")] = Path("reports"),
    allow_mutate: Annotated[
        bool, typer.Option("--allow-mutate", help="with --base-url: also state changes")
    ] = False,
    allow_spend: Annotated[
        bool,
        typer.Option(
            "--allow-spending-money",
            help="with --base-url: also operations that order, open plans or send SMS (they cost money)",
        ),
    ] = False,
) -> None:
    unknown = [name for name in family or () if name not in FAMILIES]
    if unknown:
        raise typer.BadParameter(
            f"{unknown[0]!r} is not one of {', '.join(FAMILIES)}", param_hint="'--family'"
        )
    external = base_url is not None
    plans = plan(external=external, allow_mutate=allow_mutate, allow_spend=allow_spend)
    if family:
        plans = [p for p in plans if p.family in family]
    for family_plan in plans:
        if family_plan.skipped:
            print(f"{family_plan.family}: not fuzzing {', '.join(family_plan.skipped)} (see --help)")

    def one(family_plan: FamilyPlan, target: str, env: dict[str, str]) -> FamilyResult:
        return run_family(
            family_plan,
            base_url=target,
            env=env,
            report_dir=report_dir,
            max_examples=max_examples,
            seed=seed,
            phases=phases,
            workers=workers,
        )

    if base_url is not None:
        results = [one(family_plan, base_url, {}) for family_plan in plans]
    else:
        with SandboxProcess() as sandbox:
            env = sandbox_defaults.client_environment(sandbox.url)
            results = [one(family_plan, sandbox.url, env) for family_plan in plans]
    print(_summary(results))
    raise typer.Exit(0 if results and all(result.ok for result in results) else 1)


def main(argv: Sequence[str] | None = None, *, prog_name: str = "python -m linksfield.fuzz") -> int:
    return run(app, argv, prog_name)
