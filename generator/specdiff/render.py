"""Render a :class:`DiffReport` as JSON (for tools) or Markdown (for people and CHANGELOG.md)."""

from __future__ import annotations

import json

from generator.specdiff.model import Bump, Change, DiffReport

COLLAPSE_AT = 10
HEADINGS = {
    Bump.MAJOR: "Breaking changes",
    Bump.MINOR: "Additions",
    Bump.PATCH: "Other changes",
}


def to_json(report: DiffReport) -> str:
    payload = {
        "old": report.old,
        "new": report.new,
        "bump": report.bump.value,
        "breaking": len(report.breaking),
        "counts": report.counts(),
        "changes": [c.to_json() for c in report.changes],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _line(change: Change) -> str:
    text = f"- **{change.kind.value}** `{change.location}`"
    if change.detail:
        text += f": {change.detail}"
    if change.direction:
        text += f" ({change.direction.value})"
    text += f". {change.reason[0].upper()}{change.reason[1:]}."
    if change.operations and change.operations != (change.location,):
        shown = ", ".join(f"`{op}`" for op in change.operations[:8])
        more = len(change.operations) - 8
        text += f" Affects {shown}" + (f" and {more} more" if more > 0 else "") + "."
    return text


def _lines(changes: list[Change]) -> list[str]:
    """One line per change; a long run of the same bare change (e.g. 179 new model classes on a
    first release) becomes one line listing the locations, so the changelog stays readable."""
    runs: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        runs.setdefault((change.kind.value, change.reason), []).append(change)
    lines: list[str] = []
    for (kind, reason), run in runs.items():
        if len(run) >= COLLAPSE_AT and not any(c.detail or c.direction for c in run):
            names = ", ".join(f"`{c.location}`" for c in run)
            lines.append(f"- **{kind}** ({len(run)}): {reason[0].upper()}{reason[1:]}: {names}.")
        else:
            lines.extend(_line(c) for c in run)
    return lines


def body(report: DiffReport, level: int = 3) -> str:
    """Counts by kind and the changes grouped by bump, headings at ``level``; no title."""
    if not report.changes:
        return "No API changes.\n"
    hashes = "#" * level
    counts = report.counts()
    lines = [
        f"Semantic version bump: **{report.bump.value}** ({len(report.breaking)} breaking, "
        f"{len(report.changes)} changes in all).",
        "",
        "| kind | count |",
        "| --- | ---: |",
        *(f"| {kind} | {n} |" for kind, n in counts.items()),
    ]
    for bump, changes in report.by_bump().items():
        if changes:
            lines += ["", f"{hashes} {HEADINGS[bump]}", "", *_lines(changes)]
    return "\n".join(lines) + "\n"


def to_markdown(report: DiffReport) -> str:
    return f"## API changes: {report.old} → {report.new}\n\n" + body(report)
