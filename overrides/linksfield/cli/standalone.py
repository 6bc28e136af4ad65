"""Run one part's typer app as a whole program and hand back its exit code (never ``sys.exit``).

The sandbox, the webhook receiver, the fuzz runner and the tour are each their own typer app,
started as ``linksfield <part> ...`` (the ``linksfield`` app passes the arguments through) or as
``python -m linksfield.<part>``; both end here, so exit codes are the same either way: click's own
(2 for a usage error), the command's ``typer.Exit``, and 1 with the message on stderr for a
``SystemExit("text")`` (a flag whose value the command refused after parsing).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

__all__ = ["run"]


def run(app: typer.Typer, argv: Sequence[str] | None, prog_name: str, *, obj: object = None) -> int:
    """``obj`` reaches the commands as ``ctx.obj`` (what a test injects that no flag can carry)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        app(args=args, prog_name=prog_name, obj=obj)
    except SystemExit as exit_:
        code = exit_.code
        if code is None or isinstance(code, int):
            return code or 0
        print(code, file=sys.stderr)
        return 1
    return 0
