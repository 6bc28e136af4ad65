"""Pools and cards (pool/card API). Usage figures are the CDR bytes of the same SIMs, in KB.

Deriving card and pool usage from the computed CDRs keeps the families consistent with each other:
a card's day usage is the sum of that SIM's data CDRs of that day, wherever it is read from.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta
from typing import Any, Final

from ..cdr import day_usage_bytes
from ..clock import add_months, parse_iso_date, vendor_today
from ..refusals import Refusal, Rule
from ..runtime import Call
from ..views import cdr_sim, pool_view
from .common import calendar_day, card, within_history
from .registry import handles

POOL_DAY_HISTORY: Final = 30
_BATCH_RUNNING_AFTER: Final = 0.5
_BATCH_DONE_AFTER: Final = 1.5


def _pool(call: Call) -> sqlite3.Row:
    code = str(call.query["poolCode"])
    row = call.store.one("SELECT * FROM pools WHERE code = ?", code)
    if row is None:
        raise Refusal(Rule.NOT_FOUND_POOL, f"poolCode: pool {code} does not exist")
    return row


def _cards_of(call: Call, pool_code: str) -> list[sqlite3.Row]:
    return call.store.all("SELECT * FROM devices WHERE pool_code = ? ORDER BY position", pool_code)


def _kb(total_bytes: int) -> float:
    return round(total_bytes / 1024, 2)


def _day_kb(call: Call, cards: list[sqlite3.Row], day: date) -> float:
    seed = call.runtime.seed
    return _kb(sum(day_usage_bytes(cdr_sim(c, seed), day) for c in cards))


def _month_days(month: str) -> list[date]:
    """The days of ``month`` up to today (YearMonth admits 0000-01, which no calendar has)."""
    first = parse_iso_date(f"{month}-01")
    if first is None:
        raise Refusal(Rule.INVALID, "queryMonth: must be a real month (yyyy-MM)")
    month_end = date(first.year, 12, 31) if first.month == 12 else add_months(first, 1) - timedelta(days=1)
    last = min(month_end, vendor_today())
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _month_kb(call: Call, cards: list[sqlite3.Row], month: str) -> float:
    seed = call.runtime.seed
    return _kb(sum(day_usage_bytes(cdr_sim(c, seed), d) for c in cards for d in _month_days(month)))


def _recent_day(call: Call, field: str, text: str | None) -> date:
    today = vendor_today()
    day = today if text is None else calendar_day(field, text)
    within_history(field, day, today, call.operation.history_days or POOL_DAY_HISTORY)
    if day > today:
        raise Refusal(Rule.DATE_RANGE, f"{field}: must not be in the future")
    return day


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
    use = _month_kb(call, _cards_of(call, str(row["code"])), vendor_today().strftime("%Y-%m"))
    return pool_view(row, counts, int(use))


@handles("get_pool_month_usage")
def pool_month_usage(call: Call) -> dict[str, Any]:
    row = _pool(call)
    month = str(call.query["queryMonth"])
    return {
        "month": month,
        "poolCode": row["code"],
        "useFlowKb": _month_kb(call, _cards_of(call, str(row["code"])), month),
    }


@handles("get_pool_day_usage")
def pool_day_usage(call: Call) -> dict[str, Any]:
    row = _pool(call)
    # R-POOL-DAY-OPTIONAL: without queryDay the sandbox answers for today.
    day = _recent_day(call, "queryDay", call.text("queryDay"))
    return {
        "day": day.isoformat(),
        "poolCode": row["code"],
        "useFlowKb": _day_kb(call, _cards_of(call, str(row["code"])), day),
    }


@handles("get_card_detail")
def card_detail(call: Call) -> dict[str, Any]:
    row = card(call.store, str(call.query["iccid"]))
    month = _month_kb(call, [row], vendor_today().strftime("%Y-%m"))
    return {
        "iccid": row["iccid"],
        "imei": row["imei"],
        "imsi": row["imsi"],
        "msisdn": row["msisdn"],
        "totalFlow": row["total_flow_kb"],
        "useMonthFlow": month,
        "useFlow": month,
        "billingMethod": row["billing_method"],
        "apn": str(row["apns"]).split(",")[0],
        "cardStatus": row["card_status"],
    }


@handles("get_card_month_usage")
def card_month_usage(call: Call) -> dict[str, Any]:
    row = card(call.store, str(call.query["iccid"]))
    month = str(call.query["queryMonth"])
    return {"month": month, "iccid": row["iccid"], "useFlowKb": _month_kb(call, [row], month)}


@handles("get_card_day_usage")
def card_day_usage(call: Call) -> dict[str, Any]:
    row = card(call.store, str(call.query["iccid"]))
    day = _recent_day(call, "queryDay", str(call.query["queryDay"]))
    return {"day": day.isoformat(), "iccid": row["iccid"], "useFlowKb": _day_kb(call, [row], day)}


def _switch_problem(row: sqlite3.Row | None) -> str | None:
    if row is None:
        return "card does not exist"
    status = int(row["card_status"])
    if status == 12:
        return "card is in test period"
    if status in (18, 99):
        return "card status does not allow network changes"
    return None


@handles("switch_card_network")
def switch_card_network(call: Call) -> dict[str, Any]:
    switch_on = bool(call.body["switchOn"])
    passed: list[str] = []
    errors: list[dict[str, Any]] = []
    for iccid in dict.fromkeys(str(i) for i in call.body["iccids"]):  # a card listed twice counts once
        problem = _switch_problem(call.store.one("SELECT * FROM devices WHERE iccid = ?", iccid))
        if problem is None:
            passed.append(iccid)
        else:
            errors.append({"infoMessage": problem, "iccid": iccid})
    batch_code = None
    if passed:
        with call.store.transaction():
            batch_code = f"BC{vendor_today():%Y%m%d}{call.store.next_counter('batch'):06d}"
            call.store.execute(
                "INSERT INTO batches VALUES (?, ?, ?)", batch_code, time.time(), int(switch_on)
            )
            for position, iccid in enumerate(passed):
                call.store.execute("INSERT INTO batch_cards VALUES (?, ?, ?, 0)", batch_code, position, iccid)
                call.store.execute("UPDATE devices SET network_on = ? WHERE iccid = ?", int(switch_on), iccid)
    return {"successCount": len(passed), "batchCode": batch_code, "errorInfo": errors}


@handles("get_batch_operation_status")
def batch_status(call: Call) -> list[dict[str, Any]]:
    code = str(call.query["batchCode"])
    batch = call.store.one("SELECT * FROM batches WHERE batch_code = ?", code)
    if batch is None:
        raise Refusal(Rule.NOT_FOUND_BATCH, f"batchCode: batch {code} does not exist")
    elapsed = time.time() - float(batch["created_at"])
    rows = call.store.all(
        "SELECT b.iccid, b.fails, d.msisdn FROM batch_cards b LEFT JOIN devices d ON d.iccid = b.iccid "
        "WHERE b.batch_code = ? ORDER BY b.position",
        code,
    )
    result = []
    for row in rows:
        if elapsed < _BATCH_RUNNING_AFTER:
            state = 1
        elif elapsed < _BATCH_DONE_AFTER:
            state = 2
        else:
            state = 4 if row["fails"] else 3
        result.append({"operationCardStatus": state, "iccid": row["iccid"], "msisdn": row["msisdn"]})
    return result
