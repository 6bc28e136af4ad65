"""Data CDRs: the 180-day window, paging that adds up, APN filtering, usage consistency."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from linksfield.sandbox.state.clock import vendor_today

from .support import SandboxProcess, call, op, schema_errors

CDR = op("query_sim_cdr")
BY_APN = op("query_sim_cdr_by_apn")


def _query(sandbox: SandboxProcess, sim: str, start: date, end: date, page_no: int = 1, page_size: int = 100,
           operation: Any = CDR, **extra: str) -> dict[str, Any]:  # fmt: skip
    query = {
        "received_start_time": start.isoformat(),
        "received_end_by": end.isoformat(),
        "page_no": page_no,
        "page_size": page_size,
        **extra,
    }
    with sandbox.cmp() as client:
        response = call(client, operation, path={"sim_id": sim}, query=query)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    assert schema_errors(operation, 200, answer) is None, schema_errors(operation, 200, answer)
    return answer


def test_window_is_180_days(sandbox: SandboxProcess) -> None:
    sim = sandbox.fixtures()["busy_sim"]
    today = vendor_today()
    inside = _query(sandbox, sim, today - timedelta(days=180), today - timedelta(days=179), page_size=1)
    assert inside["success"] and inside["data"]["total_count"] > 0
    outside = _query(sandbox, sim, today - timedelta(days=181), today)
    assert outside == {
        "code": "CB-10-1007",
        "data": None,
        "message": f"received_start_time: only the last 180 days can be queried (from {today - timedelta(days=180)})",
        "success": False,
    }
    backwards = _query(sandbox, sim, today, today - timedelta(days=1))
    assert backwards["success"] is False and backwards["code"] == "CB-10-1008"
    unknown = _query(sandbox, "NO_SUCH_SIM", today, today)
    assert unknown["code"] == "CB-10-1005"


def test_busy_sim_has_over_100k_rows_and_deep_pages(sandbox: SandboxProcess) -> None:
    sim = sandbox.fixtures()["busy_sim"]
    today = vendor_today()
    first = _query(sandbox, sim, today - timedelta(days=180), today, page_no=1)
    total = first["data"]["total_count"]
    assert total >= 100_000
    last_page = -(-total // 100)
    deep = _query(sandbox, sim, today - timedelta(days=180), today, page_no=last_page)
    assert len(deep["data"]["data"]) == total - (last_page - 1) * 100
    beyond = _query(sandbox, sim, today - timedelta(days=180), today, page_no=last_page + 1)
    assert beyond["success"] and beyond["data"]["data"] == [] and beyond["data"]["total_count"] == total
    again = _query(sandbox, sim, today - timedelta(days=180), today, page_no=last_page)
    assert again["data"] == deep["data"]  # computed, not stored, and still the same answer


def test_pages_add_up_without_gaps_or_repeats(sandbox: SandboxProcess) -> None:
    sim = sandbox.fixtures()["devices"][5]
    today = vendor_today()
    start = today - timedelta(days=40)
    rows: list[dict[str, Any]] = []
    page_no = 1
    while True:
        answer = _query(sandbox, sim, start, today, page_no=page_no, page_size=37)
        page = answer["data"]["data"]
        if not page:
            break
        rows.extend(page)
        page_no += 1
    assert len(rows) == answer["data"]["total_count"] > 0
    keys = [(r["session_started_at"], r["apn"], r["data"]) for r in rows]
    assert len(set(keys)) == len(keys)
    starts = [r["session_started_at"] for r in rows]
    assert starts == sorted(starts, reverse=True)  # newest first
    assert start.isoformat() <= starts[-1][:10] and starts[0][:10] <= today.isoformat()
    assert all(r["sim_id"] == sim for r in rows)


def test_apn_filter(sandbox: SandboxProcess) -> None:
    sim = sandbox.fixtures()["busy_sim"]
    today = vendor_today()
    start = today - timedelta(days=3)
    everything = _query(sandbox, sim, start, today, page_size=100)
    apns = sorted({r["apn"] for r in everything["data"]["data"]})
    assert apns, everything
    wire = apns[0]
    bare = wire.split("&")[3]
    by_wire = _query(sandbox, sim, start, today, operation=BY_APN, apn=wire)
    by_name = _query(sandbox, sim, start, today, operation=BY_APN, apn=bare)
    assert by_wire["data"] == by_name["data"]
    assert 0 < by_wire["data"]["total_count"] <= everything["data"]["total_count"]
    assert {r["apn"] for r in by_wire["data"]["data"]} == {wire}
    none = _query(sandbox, sim, start, today, operation=BY_APN, apn="no.such.apn")
    assert none["data"]["total_count"] == 0 and none["data"]["data"] == []


def test_card_day_usage_is_the_cdr_bytes(sandbox: SandboxProcess) -> None:
    sim = sandbox.fixtures()["devices"][7]
    iccid = sandbox.admin("GET", f"devices/{sim}")["iccid"]
    day = vendor_today() - timedelta(days=2)
    rows = _query(sandbox, sim, day, day, page_size=100)["data"]["data"]
    with sandbox.pool() as client:
        usage = call(
            client, op("get_card_day_usage"), query={"iccid": iccid, "queryDay": day.isoformat()}
        ).json()
        old = call(
            client,
            op("get_card_day_usage"),
            query={"iccid": iccid, "queryDay": (day - timedelta(days=40)).isoformat()},
        )
    assert usage["data"]["useFlowKb"] == round(sum(r["data"] for r in rows) / 1024, 2)
    assert old.json()["code"] == 422  # outside the card API's 30 days
