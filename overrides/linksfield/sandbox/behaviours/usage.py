"""Usage in KB for pools and cards, summed from the computed CDRs of the same SIMs.

Deriving card and pool usage from the CDRs keeps the families consistent with each other: a card's
day usage is the sum of that SIM's data CDRs of that day, wherever it is read from.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Final

from ..gateway.refusals import Refusal, Rule
from ..runtime import Call
from ..state.cdrs import day_usage_bytes
from ..state.clock import add_months, parse_iso_date, vendor_today
from .common import calendar_day, within_history
from .views import cdr_sim

__all__ = ["POOL_DAY_HISTORY", "day_kb", "month_kb", "recent_day"]

POOL_DAY_HISTORY: Final = 30
"""Days of history a pool or card day usage reaches when the spec states no ``x-history-days``."""


def _kb(total_bytes: int) -> float:
    return round(total_bytes / 1024, 2)


def day_kb(call: Call, cards: list[sqlite3.Row], day: date) -> float:
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


def month_kb(call: Call, cards: list[sqlite3.Row], month: str) -> float:
    seed = call.runtime.seed
    return _kb(sum(day_usage_bytes(cdr_sim(c, seed), d) for c in cards for d in _month_days(month)))


def recent_day(call: Call, field: str, text: str | None) -> date:
    today = vendor_today()
    day = today if text is None else calendar_day(field, text)
    within_history(field, day, today, call.operation.history_days or POOL_DAY_HISTORY)
    if day > today:
        raise Refusal(Rule.DATE_RANGE, f"{field}: must not be in the future")
    return day
