"""Describe how a committed tree differs from a fresh one, readably and within bounds.

A stale tree after a big spec change could otherwise print tens of thousands of diff lines into
the CI log; the file lists are always complete, the unified diffs are truncated.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

MAX_DIFF_LINES = 300
MAX_LINES_PER_FILE = 80


@dataclass
class TreeDiff:
    added: list[str] = field(default_factory=list)  # in the fresh tree only (missing from disk)
    removed: list[str] = field(default_factory=list)  # on disk only (not produced by the generator)
    changed: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.added or self.removed or self.changed)


def compare(expected: dict[str, bytes], actual: dict[str, bytes]) -> TreeDiff:
    return TreeDiff(
        added=sorted(set(expected) - set(actual)),
        removed=sorted(set(actual) - set(expected)),
        changed=sorted(name for name in set(expected) & set(actual) if expected[name] != actual[name]),
    )


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8", errors="replace").splitlines(keepends=True)


def render(diff: TreeDiff, expected: dict[str, bytes], actual: dict[str, bytes], label: str) -> str:
    """Render the file lists and a truncated unified diff (committed -> regenerated)."""
    out: list[str] = []
    for title, names in (
        ("changed (differs from a fresh generation)", diff.changed),
        ("missing (the generator would create it)", diff.added),
        ("unexpected (not produced by the generator)", diff.removed),
    ):
        if names:
            out.append(f"{title}: {len(names)}")
            out.extend(f"  {label}/{name}" for name in names)
    budget = MAX_DIFF_LINES
    omitted_files = 0
    for name in [*diff.changed, *diff.added, *diff.removed]:
        if budget <= 0:
            omitted_files += 1
            continue
        lines = list(
            difflib.unified_diff(
                _lines(actual.get(name, b"")),
                _lines(expected.get(name, b"")),
                fromfile=f"{label}/{name} (on disk)",
                tofile=f"{label}/{name} (regenerated)",
                n=2,
            )
        )
        shown = lines[: min(MAX_LINES_PER_FILE, budget)]
        out.extend(line.rstrip("\n") for line in shown)
        if len(shown) < len(lines):
            out.append(f"... ({len(lines) - len(shown)} more diff lines in {name})")
        budget -= len(shown)
    if omitted_files:
        out.append(f"... (diffs of {omitted_files} more file(s) not shown)")
    return "\n".join(out)
