"""Vendor time: the pages give every timestamp as a naive local time in UTC+8.

One module owns the zone and the three wire formats so a handler never formats a date by hand
(the vendor mixes ``yyyy-MM-dd HH:mm:ss``, ``YYYYMMDD`` and ``YYYYMMDDhhmmss``, and a slip between
them is exactly what the spec's patterns are there to catch).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone
from typing import Final

VENDOR_TZ: Final = timezone(timedelta(hours=8))


def vendor_now() -> datetime:
    return datetime.now(VENDOR_TZ).replace(microsecond=0)


def vendor_today() -> date:
    return vendor_now().date()


def wire_datetime(moment: datetime) -> str:
    """``yyyy-MM-dd HH:mm:ss`` (VendorDateTime)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def compact_date(day: date) -> str:
    """``YYYYMMDD`` (CompactDate)."""
    return day.strftime("%Y%m%d")


def compact_datetime(moment: datetime) -> str:
    """``YYYYMMDDhhmmss`` (queryOrder's orderDate)."""
    return moment.strftime("%Y%m%d%H%M%S")


def iso_date(day: date) -> str:
    return day.isoformat()


def parse_iso_date(text: str) -> date | None:
    """A ``yyyy-MM-dd`` that is also a real calendar day; None otherwise (the pattern allows 02-31)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_stored(text: str) -> datetime:
    """Stored timestamps are VendorDateTime strings; they come back as aware UTC+8 datetimes."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=VENDOR_TZ)


def add_months(day: date, months: int) -> date:
    """Calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29), as billing systems do."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
