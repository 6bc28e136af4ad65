"""Text for people and JSON for tools; both list every difference with its key and verdict."""

from __future__ import annotations

import json
from typing import Any

from generator.drift.report import Report


def to_json(report: Report) -> str:
    data: dict[str, Any] = {
        "spec": report.spec,
        "log": report.log,
        "pages": [
            {
                "source": p.page.source,
                "page_id": p.page.page_id,
                "layout": p.page.layout,
                "operations": [
                    {
                        "method": op.method,
                        "path": op.path,
                        "name": op.name,
                        "line": op.line,
                        "params": [
                            {
                                "name": x.name,
                                "in": x.location,
                                "type": x.type,
                                "required": x.required,
                                "line": x.line,
                            }
                            for x in op.params
                        ],
                        "response_fields": [f.name for f in op.fields],
                        "examples": [{"role": e.role, "line": e.line} for e in op.examples],
                    }
                    for op in p.page.operations
                ],
                "differences": [
                    {
                        "key": v.difference.key,
                        "kind": v.difference.kind,
                        "location": v.difference.location,
                        "detail": v.difference.detail,
                        "line": v.difference.line,
                        "status": "known" if v.known else "new",
                        "row": v.row or None,
                        "decision": v.decision or None,
                    }
                    for v in p.verdicts
                ],
            }
            for p in report.pages
        ],
        "summary": report.summary(),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_text(report: Report) -> str:
    out = [f"drift: {len(report.pages)} page(s) against {report.spec} (log: {report.log})", ""]
    for p in report.pages:
        page = p.page
        known = len(p.verdicts) - len(p.new)
        out.append(
            f"{page.source} [{page.page_id or 'unknown page'}, {page.layout}]: {len(page.operations)} operation(s), "
            f"{len(p.verdicts)} difference(s): {known} known, {len(p.new)} new"
        )
        for v in sorted(p.verdicts, key=lambda v: (v.known, v.difference.kind, v.difference.location)):
            d = v.difference
            where = f" (line {d.line})" if d.line else ""
            status = f"known {v.row}" if v.known else "NEW"
            out.append(f"  {status:<32} {d.key}{where}")
            out.append(f"  {'':<32}   {d.detail}")
        out.append("")
    summary = report.summary()
    rows = report.known_rows
    out.append(
        f"total: {summary['operations']} operation(s) on {summary['pages']} page(s); {summary['differences']} difference(s): "
        f"{summary['known']} known ({len(rows)} log row(s)), {summary['new']} new"
    )
    if rows:
        out.append("known by row: " + ", ".join(f"{row} {count}" for row, count in sorted(rows.items())))
    return "\n".join(out) + "\n"
