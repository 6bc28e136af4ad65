"""``GET /_sandbox/stats``: what the sandbox saw, for tests and the demo to assert on.

Counted per family and reason: signatures refused (a fuzz run must fail on any), bad requests,
refusals, faults; per operation who serves it and how often it was called; orders per device (the
proof that a dropped answer did not double a spend); pushes owed and delivered.
"""

from __future__ import annotations

from typing import Any

from ..pushes.outbox import push_summary
from ..runtime import Runtime

__all__ = ["operation_stats", "stats"]


def _nested(flat: dict[str, int], prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in flat.items():
        if name.startswith(prefix + "."):
            out[name[len(prefix) + 1 :]] = value
    return out


def operation_stats(runtime: Runtime, flat: dict[str, int]) -> dict[str, dict[str, Any]]:
    """Per operation id, in spec order: who serves it (``handler`` or ``spec``) and how often it was
    called (counted before faults, like ``requests``); spec-served ones say where their answer comes
    from (``example <name>``, ``synthesised`` or ``fallback`` with the ``problem``)."""
    calls = _nested(flat, "calls")
    out: dict[str, dict[str, Any]] = {}
    for op in runtime.index.operations:
        served = runtime.served.get(op.operation_id)
        entry: dict[str, Any] = {
            "served_by": served.served_by if served else "handler",
            "calls": calls.get(op.operation_id, 0),
        }
        if served is not None and served.answer is not None:
            entry["answer"] = served.answer.source
            if served.answer.problem:
                entry["problem"] = served.answer.problem
        out[op.operation_id] = entry
    return out


def stats(runtime: Runtime) -> dict[str, Any]:
    store = runtime.store
    flat = store.stats()
    operations = operation_stats(runtime, flat)
    rejected = _nested(flat, "rejected")
    reasons: dict[str, dict[str, int]] = {}
    for key, value in _nested(flat, "rejected_reason").items():
        family, _, reason = key.partition(".")
        reasons.setdefault(family, {})[reason] = value
    per_device = {
        str(r["device_id"]): int(r["n"])
        for r in store.all(
            "SELECT device_id, COUNT(*) AS n FROM orders WHERE channel != 'seed' GROUP BY device_id ORDER BY device_id"
        )
    }
    by_status = {
        str(r["status"]): int(r["n"])
        for r in store.all("SELECT status, COUNT(*) AS n FROM orders GROUP BY status")
    }
    pushes = push_summary(store)
    pushes["skipped_no_callback"] = _nested(flat, "pushes.skipped")
    return {
        "seed": runtime.seed,
        "anchor": store.meta("anchor"),
        "callback_url": runtime.callback_url,
        "faults_spec": runtime.faults.spec.text,
        "requests": _nested(flat, "requests"),
        "served_from_spec": [name for name, entry in operations.items() if entry["served_by"] == "spec"],
        "operations": operations,
        "rejected_signatures": {
            "cmp": rejected.get("cmp", 0),
            "csss": rejected.get("csss", 0),
            "pool": rejected.get("pool", 0),
            "total": sum(rejected.values()),
        },
        "rejected_reasons": reasons,
        "bad_requests": _nested(flat, "bad_requests"),
        "internal_errors": flat.get("internal_errors", 0),  # the last resort's 500s: 0 unless a bug
        "refusals": _nested(flat, "refusals"),
        "orders": {
            "total": sum(by_status.values()),
            "by_status": by_status,
            "created": _nested(flat, "orders.created"),
            "per_device": per_device,
        },
        "transitions": _nested(flat, "transitions"),
        "pushes": pushes,
        "faults": _nested(flat, "faults"),
        "sms": _nested(flat, "sms"),
    }
