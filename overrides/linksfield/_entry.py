"""The console script and the ``python -m`` entry points: check the part's extra, then run its command.

Every command line the distribution ships is a typer app inside a part that needs an extra
(:mod:`linksfield._extras`). Importing that app without its extra would end in a traceback, so
each entry point comes here first: a missing extra is one line on stderr naming the
``pip install`` to run, and exit code 2 (a usage error: nothing was done).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Final

from ._extras import missing_modules, refusal

__all__ = ["USAGE_ERROR", "launch", "linksfield"]

USAGE_ERROR: Final = 2
_OURS: Final = ("linksfield", "linksfield_api")


def launch(extra: str, module: str, argv: Sequence[str] | None = None, *, command: str) -> int:
    """Run ``module.main(argv, prog_name=command)`` if extra ``extra`` is installed; else refuse.

    ``command`` is how the user started it (``linksfield sandbox``, ``python -m linksfield.fuzz``):
    it names the program in the refusal and in the command's own usage lines.
    """
    missing = missing_modules(extra)
    if not missing:
        try:
            target = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            # A requirement of the part that the table does not list (or one removed by hand):
            # still the extra's fault, not the user's; a module of ours missing is a real bug.
            root = (exc.name or "").partition(".")[0]
            if not root or root in _OURS:
                raise
            missing = [root]
    if missing:
        print(refusal(command, extra, missing), file=sys.stderr)
        return USAGE_ERROR
    main: Callable[..., int] = target.main
    return main(argv, prog_name=command)


def linksfield() -> int:
    """The ``linksfield`` console script (``[project.scripts]``)."""
    return launch("cli", "linksfield.cli.app", command="linksfield")
