"""The three user-facing commands; each returns a process exit code and prints its report."""

from __future__ import annotations

import sys

from generator.diffing import compare, render
from generator.layout import PACKAGE_NAME, Layout
from generator.pipeline import build, workspace
from generator.timing import StepTimer
from generator.tree import replace_tree, snapshot
from generator.validate import validate_spec


def cmd_validate(layout: Layout) -> int:
    spec = validate_spec(layout.spec, layout.display(layout.spec))
    print(spec.report_line())
    return 0


def _print_notes(notes: str) -> None:
    if notes:
        print("openapi-python-client printed:", file=sys.stderr)
        print("\n".join(f"  {line}" for line in notes.splitlines()), file=sys.stderr)


def cmd_generate(layout: Layout) -> int:
    timer = StepTimer()
    with workspace() as workdir:
        result = build(layout, workdir, timer)
        with timer.step("replace generated tree"):
            replace_tree(result.output / PACKAGE_NAME, layout.package_dir)
    print(result.spec.report_line())
    _print_notes(result.notes)
    files = len(snapshot(layout.package_dir))
    print(f"wrote {layout.display(layout.package_dir)} ({files} files)")
    print(timer.report())
    return 0


def cmd_check(layout: Layout) -> int:
    timer = StepTimer()
    label = layout.display(layout.output)
    with workspace() as workdir:
        result = build(layout, workdir, timer)
        with timer.step("compare"):
            expected = snapshot(result.output)
            actual = snapshot(layout.output)
            diff = compare(expected, actual)
    _print_notes(result.notes)
    if diff.clean:
        print(f"{label}/ is up to date with {result.spec.source} ({len(expected)} files)")
        return 0
    print(f"{label}/ is stale or hand-edited: it differs from what {result.spec.source} generates.")
    print(render(diff, expected, actual, label))
    print(f"FAILED: run `python -m generator generate` (or `nox -s generate`) and commit {label}/.")
    print(timer.report())
    return 1
