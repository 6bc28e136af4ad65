"""The push outbox: notifications are written to SQLite in the same transaction as the change.

Queuing inside the state change's transaction means an order can never change state without its
push being owed (and a refused change owes none); the delivery worker (``pushes.worker``) drains the
table, so pending pushes also survive a restart with a file database. The acknowledgement each kind
expects is part of the spec (``x-acknowledgement``, R-PUSH-ACK).
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from datetime import datetime
from enum import Enum
from typing import Any

from ..state.clock import wire_datetime
from ..state.store import Store

__all__ = [
    "PushKind",
    "PushOperation",
    "order_push",
    "push_summary",
    "queue_push",
    "sms_mo_push",
    "sms_mt_push",
]


class PushKind(str, Enum):
    ORDER = "order_status_push"
    SMS_MT = "sms_mt_push"
    SMS_MO = "sms_mo_push"


class PushOperation(str, Enum):
    """OrderPushOperation codes the sandbox emits (1006, 1009, 1010, 1012 have no trigger here)."""

    NEW_ORDER = "1000"
    FINISHED_EARLY = "1001"
    CANCELLED = "1002"
    PAUSED = "1003"
    RESTARTED = "1004"
    NON_OTA_ENABLED = "1005"
    OTA_ENABLED = "1007"
    EXPIRED = "1008"


def queue_push(store: Store, url: str | None, kind: PushKind, body: Mapping[str, Any]) -> bool:
    """Owe one push; without a callback URL it is counted as skipped (nothing would receive it)."""
    if not url:
        store.bump(f"pushes.skipped.{kind.value}")
        return False
    now = time.time()
    store.execute(
        "INSERT INTO pushes (kind, url, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)",
        kind.value,
        url,
        json.dumps(dict(body), ensure_ascii=False, separators=(",", ":")),
        now,
        now,
    )
    return True


def order_push(
    device_id: str, imsi: str, order_id: str, operation: PushOperation, when: datetime
) -> dict[str, Any]:
    return {
        "assetid": device_id,
        "imsi": imsi,
        "operation": operation.value,
        "orderid": order_id,
        "time": wire_datetime(when),
    }


def sms_mt_push(
    supplier: str, provider_msg_id: str, msisdn: str, iccid: str, delivered: bool, when: datetime
) -> dict[str, Any]:
    return {
        "supplier_code": supplier,
        "msg_id": provider_msg_id,
        "phone": msisdn,
        "iccid": iccid,
        "status_report": "1" if delivered else "2",
        "status_report_msg": "DELIVRD" if delivered else "FAILED",
        "timestamp": wire_datetime(when),
    }


def sms_mo_push(
    supplier: str, msisdn: str, iccid: str, dest: str, content: str, when: datetime
) -> dict[str, Any]:
    return {
        "supplier_code": supplier,
        "phone": msisdn,
        "iccid": iccid,
        "dest_address": dest,
        "sms_content": content,
        "timestamp": wire_datetime(when),
    }


def push_summary(store: Store) -> dict[str, Any]:
    """Delivered / pending counts per kind, for ``/_sandbox/stats``."""
    summary: dict[str, Any] = {"delivered": 0, "pending": 0, "attempts": 0, "by_kind": {}}
    for row in store.all(
        "SELECT kind, COUNT(delivered_at) AS delivered, SUM(delivered_at IS NULL) AS pending, "
        "SUM(attempts) AS attempts FROM pushes GROUP BY kind"
    ):
        kind = {
            "delivered": int(row["delivered"]),
            "pending": int(row["pending"]),
            "attempts": int(row["attempts"]),
        }
        summary["by_kind"][row["kind"]] = kind
        for key in ("delivered", "pending", "attempts"):
            summary[key] += kind[key]
    summary["failed_attempts"] = summary["attempts"] - summary["delivered"]
    return summary
