"""``python -m generator diff OLD NEW [--json [FILE]] [--markdown [FILE]] [--fail-on-breaking]``.

OLD and NEW are each a spec file, a git revision (``HEAD~1``, ``v1.2.0``, ``REV:path``) or
``empty``. Markdown goes to stdout unless another output is asked for; ``-`` means stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.layout import Layout
from generator.specdiff.classify import diff
from generator.specdiff.render import to_json, to_markdown
from generator.specdiff.sources import load_side

HELP = "classify the changes between two versions of the spec (breaking or not, and why)"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = sub.add_parser("diff", help=HELP, description=__doc__)
    command.add_argument("old", metavar="OLD", help="spec file, git revision, or 'empty'")
    command.add_argument("new", metavar="NEW", help="spec file, git revision, or 'empty'")
    command.add_argument("--json", nargs="?", const="-", metavar="FILE", help="write JSON (default stdout)")
    command.add_argument(
        "--markdown", nargs="?", const="-", metavar="FILE", help="write Markdown (default stdout)"
    )
    command.add_argument("--fail-on-breaking", action="store_true", help="exit 2 when a change is breaking")
    command.add_argument("--root", type=Path, help="repository for git revisions (default: this checkout)")


def _write(text: str, target: str) -> None:
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    root = Layout.create(args.root, None, None).root
    report = diff(load_side(args.old, root), load_side(args.new, root))
    markdown = args.markdown or (None if args.json else "-")
    if markdown:
        _write(to_markdown(report), markdown)
    if args.json:
        _write(to_json(report), args.json)
    return 2 if args.fail_on_breaking and report.breaking else 0
