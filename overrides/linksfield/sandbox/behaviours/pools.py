"""Pools: the pool/card API's pools (detail, month and day usage) and the CMP's traffic pools.

Usage figures are the CDR bytes of the pool's SIMs, in KB (``usage``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..gateway.refusals import Refusal, Rule
from ..runtime import Call
from ..state.clock import vendor_today
from .registry import handles
from .usage import day_kb, month_kb, recent_day
from .views import pool_view, traffic_pool_view


def _pool(call: Call) -> sqlite3.Row:
    code = str(call.query["poolCode"])
    row = call.store.one("SELECT * FROM pools WHERE code = ?", code)
    if row is None:
        raise Refusal(Rule.NOT_FOUND_POOL, f"poolCode: pool {code} does not exist")
    return row


def _cards_of(call: Call, pool_code: str) -> list[sqlite3.Row]:
    return call.store.all("SELECT * FROM devices WHERE pool_code = ? ORDER BY position", pool_code)


@handles("get_pool_detail")
def pool_detail(call: Call) -> dict[str, Any]:
    row = _pool(call)
    counts = [
        (int(r["card_status"]), int(r["n"]))
        for r in call.store.all(
            "SELECT card_status, COUNT(*) AS n FROM devices WHERE pool_code = ? GROUP BY card_status ORDER BY card_status",
            row["code"],
        )
    ]
    use = month_kb(call, _cards_of(call, str(row["code"])), vendor_today().strftime("%Y-%m"))
    return pool_view(row, counts, int(use))


@handles("get_pool_month_usage")
def pool_month_usage(call: Call) -> dict[str, Any]:
    row = _pool(call)
    month = str(call.query["queryMonth"])
    return {
        "month": month,
        "poolCode": row["code"],
        "useFlowKb": month_kb(call, _cards_of(call, str(row["code"])), month),
    }


@handles("get_pool_day_usage")
def pool_day_usage(call: Call) -> dict[str, Any]:
    row = _pool(call)
    # R-POOL-DAY-OPTIONAL: without queryDay the sandbox answers for today.
    day = recent_day(call, "queryDay", call.text("queryDay"))
    return {
        "day": day.isoformat(),
        "poolCode": row["code"],
        "useFlowKb": day_kb(call, _cards_of(call, str(row["code"])), day),
    }


@handles("get_traffic_pool_info")
def traffic_pools(call: Call) -> dict[str, Any]:
    _, page_size, offset = call.paging()
    total = int(call.store.scalar("SELECT COUNT(*) FROM traffic_pools"))
    rows = call.store.all("SELECT * FROM traffic_pools ORDER BY position LIMIT ? OFFSET ?", page_size, offset)
    return {"rows": [traffic_pool_view(row) for row in rows], "total": total}
