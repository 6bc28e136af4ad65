"""``python -m generator drift PAGE... [--json] [--suggest OUT.yaml] [--apply] [--spec FILE] [--log FILE]``.

Exit status: 0 when every difference is known to the reconciliation log, 1 when anything is new
(or on an error the user can fix, reported without a traceback). With ``--apply`` the new
operations and fields are inserted into the spec (TODO markers included) and the pages are
compared again: the status then says whether anything is *still* new, so a clean apply exits 0
and the next step is the curator's (``generator validate`` lists the markers).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.drift import apply, render, suggest
from generator.drift.compare import Comparer
from generator.drift.known import load_log
from generator.drift.reader import read_page
from generator.drift.report import PageReport, Report
from generator.drift.spec_view import SpecView
from generator.errors import GeneratorError
from generator.layout import CONFIG_DIR

HELP = "compare vendor doc pages with the spec; exit 1 when a difference is not in the reconciliation log"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser("drift", help=HELP, description=HELP)
    command.add_argument(
        "pages", nargs="+", type=Path, metavar="PAGE", help="exported page (.txt, .md or .html)"
    )
    command.add_argument("--root", type=Path, help="repository root (default: the folder holding generator/)")
    command.add_argument("--spec", type=Path, help="spec file (default: <root>/spec/openapi.yaml)")
    command.add_argument(
        "--log", type=Path, help="reconciliation log (default: RECONCILIATION.md beside the spec)"
    )
    command.add_argument("--json", action="store_true", help="print the report as JSON")
    command.add_argument(
        "--suggest", type=Path, metavar="OUT.yaml", help="write a YAML proposal for what is new"
    )
    command.add_argument(
        "--apply",
        action="store_true",
        help="insert the proposal into the spec (--spec) as text, TODO(curator) markers included; "
        "refuses, writing nothing, when a path, operationId or component already exists",
    )


def build_report(pages: list[Path], spec_path: Path, log_path: Path, spec: SpecView | None = None) -> Report:
    spec = spec or SpecView.load(spec_path)
    log = load_log(log_path)
    comparer = Comparer(spec)
    vocabulary = spec.vocabulary()
    spec_paths = {o.path for o in spec.operations} | {a for o in spec.operations for a in o.aliases}
    report = Report(spec=_show(spec_path), log=_show(log_path))
    for path in pages:
        if not path.is_file():
            raise GeneratorError(f"{path}: no such page")
        page = read_page(path, vocabulary, spec_paths, display=path.name)
        differences = comparer.compare(page)
        report.pages.append(PageReport(page, [log.match(d) for d in differences]))
    return report


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def run(args: argparse.Namespace) -> int:
    root = (args.root or CONFIG_DIR.parent).resolve()
    spec_path = (args.spec or root / "spec" / "openapi.yaml").resolve()
    log_path = (args.log or spec_path.parent / "RECONCILIATION.md").resolve()
    spec = SpecView.load(spec_path)
    report = build_report(list(args.pages), spec_path, log_path, spec)
    sys.stdout.write(render.to_json(report) + "\n" if args.json else render.to_text(report))
    if not (args.suggest or args.apply):
        return 1 if report.new else 0
    proposal = suggest.build(report.new, spec)
    if args.suggest:
        suggest.write(args.suggest, proposal)
        print(f"proposal for {len(report.new)} new difference(s) written to {args.suggest}", file=sys.stderr)
    if not args.apply:
        return 1 if report.new else 0
    return _apply(list(args.pages), spec_path, log_path, proposal)


def _apply(pages: list[Path], spec_path: Path, log_path: Path, proposal: dict[str, object]) -> int:
    """Insert the proposal, say what was done and what is left, and compare the pages again."""
    shown = _show(spec_path)
    applied = apply.apply(spec_path, proposal, shown)
    if applied.empty:
        print(f"nothing to apply to {shown}", file=sys.stderr)
    else:
        print(f"applied to {shown}: {applied.describe()}", file=sys.stderr)
        for marker in applied.markers:
            print(f"  {marker}", file=sys.stderr)
    for entry in applied.manual:
        print(f"not applied (place it by hand): {entry['key']} -> {entry['where']}", file=sys.stderr)
    remaining = build_report(pages, spec_path, log_path).new
    if remaining:
        print(f"after the apply, {len(remaining)} difference(s) are still new:", file=sys.stderr)
        for verdict in remaining:
            print(f"  {verdict.difference.key}", file=sys.stderr)
        return 1
    if not applied.empty:
        print(
            "next: replace the TODO(curator) markers (python -m generator validate lists them), "
            "add a row to the reconciliation log, then regenerate",
            file=sys.stderr,
        )
    return 0
