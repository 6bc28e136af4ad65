"""``linksfield tour`` and ``python -m linksfield.tour``: the demo walk (:mod:`linksfield.tour`) as a command.

Apart from the walk so that ``linksfield.tour`` imports no command-line framework: ``python -m
linksfield.tour`` can then check for the sandbox extra before anything needs it.
"""

from __future__ import annotations

from collections.abc import Sequence

import typer

from linksfield.cli.standalone import run
from linksfield.tour import walk

__all__ = ["app", "main"]

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.command(
    help="A scripted walk through every API family against a fresh local sandbox: each step through "
    "the public linksfield.Client, a summary table at the end; exit 1 if any step failed."
)
def tour() -> None:
    raise typer.Exit(walk())


def main(argv: Sequence[str] | None = None, *, prog_name: str = "python -m linksfield.tour") -> int:
    return run(app, argv, prog_name)
