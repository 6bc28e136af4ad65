"""Command line: ``python -m generator validate|generate|check [--root] [--spec] [--output]``, and
``python -m generator diff OLD NEW`` (:mod:`generator.specdiff.command`), and
``python -m generator drift PAGE...`` (vendor doc pages against the spec; :mod:`generator.drift.command`).

Failures the user can fix (bad spec, stale tree, tool failure) print a clean message and exit 1;
only bugs in the generator itself show a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from generator.commands import cmd_check, cmd_generate, cmd_validate
from generator.drift import command as drift_command
from generator.errors import GeneratorError
from generator.layout import Layout
from generator.specdiff import command as diff_command

COMMANDS: dict[str, tuple[Callable[[Layout], int], str]] = {
    "validate": (cmd_validate, "bundle and validate the spec; print a one-line summary"),
    "generate": (cmd_generate, "validate, then regenerate <output>/linksfield_api"),
    "check": (cmd_check, "regenerate into a temporary folder and fail if <output>/ differs"),
}


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument(
            "--root", type=Path, help="repository root (default: the folder holding generator/)"
        )
        command.add_argument("--spec", type=Path, help="entry spec file (default: <root>/spec/openapi.yaml)")
        if name != "validate":
            command.add_argument("--output", type=Path, help="output folder (default: <root>/generated)")
    diff_command.add_parser(sub)
    drift_command.add_parser(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "diff":
            return diff_command.run(args)
        if args.command == "drift":
            return drift_command.run(args)
        layout = Layout.create(args.root, args.spec, getattr(args, "output", None))
        return COMMANDS[args.command][0](layout)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
