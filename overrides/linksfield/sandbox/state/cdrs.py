"""Data CDRs computed, not stored: every (SIM, day, APN) has its own seeded generator.

A busy SIM produces hundreds of sessions a day and the window is 180 days, so storing rows would
mean a database of millions of lines for nothing. Instead the number of sessions of one SIM on one
day for one APN comes from a generator seeded with ``(seed, sim, day, apn)``: counting a range is
cheap (one small draw per day and APN), rows are produced only for the days a page touches, and the
same question always gets the same answer, across restarts and machines.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from .clock import VENDOR_TZ, wire_datetime

__all__ = ["CdrSim", "apn_wire", "count_rows", "day_rows", "day_usage_bytes", "page_rows"]


@dataclass(frozen=True)
class CdrSim:
    """What a CDR row needs to know about its SIM."""

    seed: int
    sim_id: str
    imsi: str
    msisdn: str
    mcc: str
    mnc: str
    network: str
    apns: tuple[str, ...]
    sessions_per_day: int
    plan_id: str | None


def apn_wire(apn: str) -> str:
    """The APN as the vendor's CDR service writes it (``&&&internet&0&&3&3``)."""
    return f"&&&{apn}&0&&3&3"


def _rng(sim: CdrSim, day: date, apn: str, what: str) -> random.Random:
    # str seeds are hashed with SHA-512 by random.Random: stable across processes and PYTHONHASHSEED.
    return random.Random(f"{sim.seed}|{sim.sim_id}|{day.isoformat()}|{apn}|{what}")


def _count(sim: CdrSim, day: date, apn: str) -> int:
    if sim.sessions_per_day <= 0:
        return 0
    rng = _rng(sim, day, apn, "count")
    share = sim.sessions_per_day / len(sim.apns)
    # Roughly the SIM's mean with day-to-day spread; some quiet days for light SIMs.
    return max(0, round(rng.gauss(share, share * 0.35))) if rng.random() > 0.08 else 0


def count_rows(sim: CdrSim, days: list[date], apns: tuple[str, ...]) -> int:
    return sum(_count(sim, day, apn) for day in days for apn in apns)


@functools.lru_cache(maxsize=4096)
def _apn_day_rows(sim: CdrSim, day: date, apn: str) -> tuple[tuple[int, dict[str, Any]], ...]:
    n = _count(sim, day, apn)
    rng = _rng(sim, day, apn, "rows")
    midnight = datetime.combine(day, time(0), tzinfo=VENDOR_TZ)
    starts = sorted(rng.randrange(0, 86_400) for _ in range(n))
    rows: list[tuple[int, dict[str, Any]]] = []
    for offset in starts:
        started = midnight + timedelta(seconds=offset)
        volume = int(rng.lognormvariate(11.0, 2.2))
        ended: datetime | None = None
        duration: int | None = None
        if rng.random() < 0.7:
            duration = rng.randrange(1, 3_600)
            ended = started + timedelta(seconds=duration)
        rows.append(
            (
                offset,
                {
                    "data": volume,
                    "imsi": sim.imsi,
                    "mcc": sim.mcc,
                    "mnc": sim.mnc,
                    "msisdn": sim.msisdn,
                    "network": sim.network,
                    "plan_id": sim.plan_id,
                    "session_started_at": wire_datetime(started),
                    "session_ended_at": wire_datetime(ended) if ended else None,
                    "sim_id": sim.sim_id,
                    "apn": apn_wire(apn),
                    "duration": duration,
                },
            )
        )
    return tuple(rows)


def day_rows(sim: CdrSim, day: date, apns: tuple[str, ...]) -> list[dict[str, Any]]:
    """One day's rows for the given APNs, newest first (the order the vendor's examples show)."""
    merged = [item for apn in apns for item in _apn_day_rows(sim, day, apn)]
    merged.sort(key=lambda item: (item[0], item[1]["apn"]), reverse=True)
    return [dict(row) for _, row in merged]


def day_usage_bytes(sim: CdrSim, day: date) -> int:
    return sum(row["data"] for apn in sim.apns for _, row in _apn_day_rows(sim, day, apn))


def page_rows(
    sim: CdrSim, days: list[date], apns: tuple[str, ...], offset: int, limit: int
) -> list[dict[str, Any]]:
    """Rows ``offset .. offset+limit`` of the range (``days`` newest first), generating only what is needed."""
    out: list[dict[str, Any]] = []
    position = 0
    for day, count in _day_counts(sim, days, apns):
        if position + count <= offset:
            position += count
            continue
        rows = day_rows(sim, day, apns)
        start = max(0, offset - position)
        out.extend(rows[start : start + (limit - len(out))])
        position += count
        if len(out) >= limit:
            break
    return out


def _day_counts(sim: CdrSim, days: list[date], apns: tuple[str, ...]) -> Iterator[tuple[date, int]]:
    for day in days:
        yield day, sum(_count(sim, day, apn) for apn in apns)
