"""``python -m generator drift PAGE... [--json] [--suggest OUT.yaml] [--spec FILE] [--log FILE]``.

Exit status: 0 when every difference is known to the reconciliation log, 1 when anything is new
(or on an error the user can fix, reported without a traceback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.drift import render, suggest
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


def build_report(pages: list[Path], spec_path: Path, log_path: Path) -> Report:
    spec = SpecView.load(spec_path)
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
    report = build_report(list(args.pages), spec_path, log_path)
    sys.stdout.write(render.to_json(report) + "\n" if args.json else render.to_text(report))
    if args.suggest:
        suggest.write(args.suggest, report.new)
        print(f"proposal for {len(report.new)} new difference(s) written to {args.suggest}", file=sys.stderr)
    return 1 if report.new else 0
