"""Lookups and checks several handlers share (device by id, calendar days, history windows)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any, Final

from ..gateway.refusals import Refusal, Rule
from ..state.clock import parse_iso_date
from ..state.store import Store

__all__ = ["OK_STATUS", "calendar_day", "card", "device", "within_history"]

OK_STATUS: Final[dict[str, Any]] = {"code": "CB-00-0000", "detail": None, "message": "Success"}


def device(store: Store, device_id: str, *, field: str = "device_id") -> sqlite3.Row:
    row = store.one("SELECT * FROM devices WHERE device_id = ?", device_id)
    if row is None:
        raise Refusal(Rule.NOT_FOUND_DEVICE, f"{field}: device {device_id} does not exist")
    return row


def card(store: Store, iccid: str) -> sqlite3.Row:
    row = store.one("SELECT * FROM devices WHERE iccid = ?", iccid)
    if row is None:
        raise Refusal(Rule.NOT_FOUND_CARD, f"iccid: card {iccid} does not exist")
    return row


def calendar_day(field: str, text: str) -> date:
    """The IsoDate pattern admits 2024-02-31; the sandbox, like any real server, does not.

    The schema allows it, so this is a refusal (HTTP 200), not a 400: 400 is kept for what the
    spec itself forbids, which is what a contract fuzzer's positive cases rely on.
    """
    day = parse_iso_date(text)
    if day is None:
        raise Refusal(Rule.INVALID, f"{field}: must be a real calendar date (yyyy-MM-dd)")
    return day


def within_history(field: str, day: date, today: date, days: int) -> None:
    """Refuse a day older than the operation's history window (``x-history-days``)."""
    oldest = today - timedelta(days=days)
    if day < oldest:
        raise Refusal(
            Rule.HISTORY_WINDOW,
            f"{field}: only the last {days} days can be queried (from {oldest.isoformat()})",
        )
