"""Data CDRs of one SIM (``query_sim_cdr``, ``query_sim_cdr_by_apn``): the 180-day window and paging."""

from __future__ import annotations

from datetime import timedelta

from ..gateway.refusals import Refusal, Rule
from ..runtime import Call
from ..state.cdrs import apn_wire, count_rows, page_rows
from ..state.clock import vendor_today
from .common import OK_STATUS, calendar_day, device, within_history
from .registry import handles
from .views import cdr_sim


def _wanted_apns(requested: str | None, available: tuple[str, ...]) -> tuple[str, ...]:
    """APNs named by the ``apn`` filter, given as the vendor's CDR form or the bare APN name."""
    if requested is None:
        return available
    tokens = {token.strip() for token in requested.split(",") if token.strip()}
    return tuple(apn for apn in available if apn in tokens or apn_wire(apn) in tokens)


@handles("query_sim_cdr", "query_sim_cdr_by_apn")
def sim_cdr(call: Call) -> dict[str, object]:
    sim = cdr_sim(device(call.store, str(call.path["sim_id"]), field="sim_id"), call.runtime.seed)
    start = calendar_day("received_start_time", str(call.query["received_start_time"]))
    end = calendar_day("received_end_by", str(call.query["received_end_by"]))
    today = vendor_today()
    within_history("received_start_time", start, today, call.operation.history_days or 180)
    if start > end:
        raise Refusal(Rule.DATE_RANGE, "received_start_time: must not be after received_end_by")
    end = min(end, today)
    days = [end - timedelta(days=i) for i in range((end - start).days + 1)] if start <= end else []
    apns = sim.apns
    if any(p.name == "apn" for p in call.operation.parameters):  # the spec gives this operation an APN filter
        apns = _wanted_apns(call.text("apn"), sim.apns)
    _, page_size, offset = call.paging()
    return {
        "data": page_rows(sim, days, apns, offset, page_size),
        "status": dict(OK_STATUS),
        "total_count": count_rows(sim, days, apns),
    }
