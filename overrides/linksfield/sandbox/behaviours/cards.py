"""Cards (pool/card API): one card's detail and usage, network switching in batches, batch status.

Usage figures are the CDR bytes of the same SIM, in KB (``usage``). A network switch is a batch
that reports "running" for a moment and then "done", as the vendor's asynchronous job does.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any, Final

from ..gateway.refusals import Refusal, Rule
from ..runtime import Call
from ..state.clock import vendor_today
from .common import card
from .registry import handles
from .usage import day_kb, month_kb, recent_day

_BATCH_RUNNING_AFTER: Final = 0.5
_BATCH_DONE_AFTER: Final = 1.5


@handles("get_card_detail")
def card_detail(call: Call) -> dict[str, Any]:
    row = card(call.store, str(call.query["iccid"]))
    month = month_kb(call, [row], vendor_today().strftime("%Y-%m"))
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
    return {"month": month, "iccid": row["iccid"], "useFlowKb": month_kb(call, [row], month)}


@handles("get_card_day_usage")
def card_day_usage(call: Call) -> dict[str, Any]:
    row = card(call.store, str(call.query["iccid"]))
    day = recent_day(call, "queryDay", str(call.query["queryDay"]))
    return {"day": day.isoformat(), "iccid": row["iccid"], "useFlowKb": day_kb(call, [row], day)}


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
