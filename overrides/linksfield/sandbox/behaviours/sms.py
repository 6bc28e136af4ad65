"""SMS (CMP v2): sendSms with the msg_id rules, MT status, SMS records and the latest-session view."""

from __future__ import annotations

import hashlib
import math
import re
import sqlite3
import time
from datetime import date, timedelta
from typing import Any, Final

from ..gateway.refusals import Refusal, Rule
from ..runtime import Call
from ..state.cdrs import day_rows
from ..state.clock import vendor_now, vendor_today, wire_datetime
from .common import OK_STATUS, calendar_day, device
from .registry import handles
from .views import cdr_sim

_HEX: Final = re.compile(r"(?:[0-9A-Fa-f]{2})+")
SMS_CDR_DEFAULT_DAYS: Final = 30


def provider_msg_id(msg_id: str, device_id: str) -> str:
    """The operator's own id for one delivered message (32 hex chars, like the MT push example)."""
    return hashlib.sha256(f"{msg_id}|{device_id}".encode()).hexdigest()[:32]


@handles("send_sms")
def send_sms(call: Call) -> None:
    if call.body["message_type"] == "2" and not _HEX.fullmatch(str(call.body["sms_content"])):
        raise Refusal(
            Rule.INVALID, "sms_content: must be hexadecimal octets for a binary message (message_type 2)"
        )
    targets: list[tuple[str, sqlite3.Row]] = []
    seen: set[str] = set()
    for i, entry in enumerate(call.body["flag_list"]):
        msg_id = str(entry["msg_id"])
        if msg_id in seen:
            raise Refusal(Rule.MSG_ID_USED, f"flag_list[{i}].msg_id: {msg_id} appears twice in this request")
        if call.store.one("SELECT 1 FROM sms WHERE msg_id = ?", msg_id) is not None:
            raise Refusal(Rule.MSG_ID_USED, f"flag_list[{i}].msg_id: {msg_id} was already used")
        seen.add(msg_id)
        for device_id in str(entry["device_id"]).split(","):
            targets.append((msg_id, device(call.store, device_id, field=f"flag_list[{i}].device_id")))
    now = vendor_now()
    due = time.time() + call.runtime.config.sms_delivery_delay
    with call.store.transaction():
        for msg_id, row in targets:
            call.store.execute(
                "INSERT INTO sms (device_id, direction, msg_id, provider_msg_id, content, message_type, peer, sent_at,"
                " delivered_at, send_status, status_report, report_due) VALUES (?, 'MT', ?, ?, ?, ?, NULL, ?, NULL,"
                " '1', '', ?)",
                row["device_id"], msg_id, provider_msg_id(msg_id, str(row["device_id"])),
                str(call.body["sms_content"]), str(call.body["message_type"]), wire_datetime(now), due,
            )  # fmt: skip
        call.store.bump("sms.mt_sent", len(targets))
    call.runtime.notify()


def _mt_view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "assetId": row["device_id"],
        "msisdn": row["msisdn"],
        "sendStartTime": row["sent_at"],
        "sendStatus": row["send_status"],
        "statusReport": row["status_report"],
        "sendEndTime": row["delivered_at"],
    }


@handles("query_mt_sms_status")
def query_mt_sms_status(call: Call) -> dict[str, Any]:
    _, page_size, offset = call.paging()
    where, args = ["s.direction = 'MT'"], []
    for name, column in (("device_id", "s.device_id"), ("msg_id", "s.msg_id")):
        if call.body.get(name) is not None:
            where.append(f"{column} = ?")
            args.append(str(call.body[name]))
    clause = " AND ".join(where)
    total = int(call.store.scalar(f"SELECT COUNT(*) FROM sms s WHERE {clause}", *args))
    rows = call.store.all(
        f"SELECT s.*, d.msisdn FROM sms s JOIN devices d ON d.device_id = s.device_id WHERE {clause} "
        "ORDER BY s.sent_at DESC, s.id DESC LIMIT ? OFFSET ?",
        *args, page_size, offset,
    )  # fmt: skip
    return {"data": [_mt_view(r) for r in rows], "status": dict(OK_STATUS), "total_count": total}


def _sms_cdr_view(row: sqlite3.Row, dev: sqlite3.Row) -> dict[str, Any]:
    mt = row["direction"] == "MT"
    return {
        "deviceId": row["device_id"],
        "fromIccid": None if mt else dev["iccid"],
        "toIccid": dev["iccid"] if mt else None,
        "sendMsisdn": None if mt else dev["msisdn"],
        "recMsisdn": dev["msisdn"] if mt else row["peer"],
        "smsType": row["direction"],
        "timestamp": row["sent_at"],
        "sendStatus": row["status_report"] if mt else "",
    }


@handles("query_sms_cdr")
def query_sms_cdr(call: Call) -> dict[str, Any]:
    dev = device(call.store, str(call.body["device_id"]))
    today = vendor_today()
    end = calendar_day("end_time", str(call.body["end_time"])) if call.body.get("end_time") else today
    if call.body.get("begin_time"):
        begin = calendar_day("begin_time", str(call.body["begin_time"]))
    else:
        begin = max(end, date.min + timedelta(days=SMS_CDR_DEFAULT_DAYS)) - timedelta(
            days=SMS_CDR_DEFAULT_DAYS
        )
    if begin > end:
        raise Refusal(Rule.DATE_RANGE, "begin_time: must not be after end_time")
    _, page_size, offset = call.paging()
    bounds = (dev["device_id"], f"{begin.isoformat()} 00:00:00", f"{end.isoformat()} 23:59:59")
    total = int(
        call.store.scalar("SELECT COUNT(*) FROM sms WHERE device_id = ? AND sent_at BETWEEN ? AND ?", *bounds)
    )
    rows = call.store.all(
        "SELECT * FROM sms WHERE device_id = ? AND sent_at BETWEEN ? AND ? ORDER BY sent_at, id LIMIT ? OFFSET ?",
        *bounds, page_size, offset,
    )  # fmt: skip
    return {
        "totalData": total,
        # The example's `count` equals the page size the server used (5 with totalPage 49 for 242
        # records); the sandbox sends that, R-SMS-CDR-PAGING leaves its meaning open.
        "count": page_size,
        "totalPage": math.ceil(total / page_size),
        "data": [_sms_cdr_view(r, dev) for r in rows],
    }


@handles("query_latest_cdr")
def query_latest_cdr(call: Call) -> dict[str, Any]:
    imsi = str(call.body["imsi"])
    dev = call.store.one("SELECT * FROM devices WHERE imsi = ?", imsi)
    if dev is None:  # the network knows nothing of it: "resource not available", as in the example
        return {"returnCode": "1", "imsi": imsi, "msisdn": None, "customerNo": None}
    sim = cdr_sim(dev, call.runtime.seed)
    today = vendor_today()
    recent = day_rows(sim, today, sim.apns) or day_rows(sim, today - timedelta(days=1), sim.apns)
    latest = recent[0] if recent else None
    counters = {
        str(r["direction"]): r
        for r in call.store.all(
            "SELECT direction, COUNT(*) AS n, SUM(status_report = '2') AS errors, MAX(sent_at) AS last, "
            "MAX(peer) AS dest FROM sms WHERE device_id = ? GROUP BY direction",
            dev["device_id"],
        )
    }
    mt, mo = counters.get("MT"), counters.get("MO")
    tx = sum(int(r["data"]) for r in recent) * 0.3
    octets = hashlib.sha256(str(dev["imsi"]).encode()).digest()
    return {
        "returnCode": "0",
        "imsi": dev["imsi"],
        "msisdn": dev["msisdn"],
        "imei": dev["imei"],
        "sessionStart": latest["session_started_at"] if latest else None,
        "lastActivity": (latest["session_ended_at"] or latest["session_started_at"]) if latest else None,
        "lastSmsError": None,
        "lastSmsErrorTime": None,
        "lastLu": latest["session_started_at"] if latest else None,
        "customerNo": dev["partner_code"],
        "smsMt": {"count": str(mt["n"] if mt else 0), "lastSms": mt["last"] if mt else None,
                  "smsErrorCount": str(int(mt["errors"] or 0) if mt else 0)},
        "smsMo": {"count": str(mo["n"] if mo else 0), "lastDest": mo["dest"] if mo else None,
                  "lastSms": mo["last"] if mo else None, "smsErrorCount": "0"},
        "gprs": {
            "pdpActive": "true" if latest and latest["session_ended_at"] is None else "false",
            "activation": latest["session_started_at"] if latest else None,
            "ip": f"10.{octets[0]}.{octets[1]}.{octets[2] or 1}",
            "tx": f"{tx:.1f}",
            "lastTx": latest["session_started_at"] if latest else None,
            "rx": f"{tx / 0.3 * 0.7:.1f}",
            "lastRx": latest["session_started_at"] if latest else None,
            "giDestAddress": "203.0.113.10",
        },
    }  # fmt: skip
