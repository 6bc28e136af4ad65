"""``linksfield sandbox|webhooks|fuzz|tour``: the parts that ship with their own extra, one command each.

Each is its part's own typer app (``linksfield.sandbox.cli`` ...), reached through
:func:`linksfield._entry.launch`: the arguments are passed through untouched (``--help`` too, so it
shows the part's own flags), and a part whose extra is not installed is refused in one line naming
it, before anything of the part is imported. Keeping them out of this app's import path is also what
keeps ``linksfield --help`` and every other command independent of starlette, uvicorn and schemathesis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import typer

from linksfield._entry import launch

__all__ = ["register"]

_PASS_THROUGH: Final = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}

# (command, extra, module whose ``main(argv, prog_name=...)`` runs it, one-line help)
_PARTS: Final = (
    (
        "sandbox",
        "sandbox",
        "linksfield.sandbox.cli",
        "Run the local sandbox (flags: linksfield sandbox --help).",
    ),
    (
        "webhooks",
        "webhooks",
        "linksfield.webhooks.cli",
        "Receive the vendor's pushes: `serve` (default) or `replay` (linksfield webhooks --help).",
    ),
    ("fuzz", "fuzz", "linksfield.fuzz.cli", "Fuzz every operation with schemathesis (as nox -s fuzz)."),
    ("tour", "sandbox", "linksfield.cli.tour", "Walk through every API family against a fresh sandbox."),
)


def _command(name: str, extra: str, module: str) -> Callable[[typer.Context], None]:
    def command(ctx: typer.Context) -> None:
        raise typer.Exit(launch(extra, module, list(ctx.args), command=f"linksfield {name}"))

    return command


def register(app: typer.Typer) -> None:
    for name, extra, module, summary in _PARTS:
        app.command(name, help=summary, context_settings=_PASS_THROUGH)(_command(name, extra, module))
