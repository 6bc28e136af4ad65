"""``linksfield sandbox`` and ``linksfield fuzz``: the developer tools the package already ships."""

from __future__ import annotations

import subprocess
import sys

import typer

_PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


def sandbox(ctx: typer.Context) -> None:
    """Start the local sandbox (python -m linksfield.sandbox); every argument is passed through."""
    from linksfield.sandbox.launcher import child_environment

    command = [sys.executable, "-m", "linksfield.sandbox", *ctx.args]
    try:
        code = subprocess.call(command, env=child_environment())
    except KeyboardInterrupt:
        code = 130
    raise typer.Exit(code)


def fuzz(ctx: typer.Context) -> None:
    """Fuzz every operation with schemathesis (as ``nox -s fuzz``); arguments are passed through."""
    from linksfield.fuzz.cli import main as fuzz_main

    raise typer.Exit(fuzz_main(list(ctx.args)))


def register(app: typer.Typer) -> None:
    app.command("sandbox", context_settings=_PASS_THROUGH)(sandbox)
    app.command("fuzz", context_settings=_PASS_THROUGH)(fuzz)
