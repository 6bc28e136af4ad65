"""Exporting data CDRs to a file: windows the API accepts, constant memory, resumable.

The range is cut into *units*, one per (SIM, window of at most ``window_days``); the API allows
one SIM per call and 180 days of history. Each unit is streamed page by page
(``iter_query_sim_cdr``) straight to the output, so memory does not grow with the row count.

Resuming: a sidecar ``OUT.state.json`` records the export's parameters, the units completed and
the output's size after the last one. It is replaced atomically after each unit, once the rows are
fsynced. A resumed run truncates the output to that size (dropping the rows of the unit that was
cut short, which is then written again in full) and skips the completed units, so no row is written
twice. A finished export removes its state file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Literal

from linksfield_api.types import Unset

if TYPE_CHECKING:  # the client is passed in: importing this module (for ``--help``) loads neither
    from linksfield import Client
    from linksfield_api.models.cdr_record import CdrRecord

__all__ = ["CSV_FIELDS", "ExportPlan", "ExportState", "ExportStateError", "Unit", "export", "windows"]

Format = Literal["csv", "jsonl"]
CSV_FIELDS: Final = (
    "sim_id",
    "imsi",
    "msisdn",
    "mcc",
    "mnc",
    "network",
    "apn",
    "plan_id",
    "session_started_at",
    "session_ended_at",
    "duration",
    "data",
)
STATE_VERSION: Final = 1


class ExportStateError(Exception):
    """The state file beside the output cannot be used for this export."""


@dataclass(frozen=True)
class Unit:
    sim: str
    start: date
    end: date

    @property
    def key(self) -> str:
        return f"{self.sim}|{self.start.isoformat()}|{self.end.isoformat()}"


def windows(start: date, end: date, days: int) -> list[tuple[date, date]]:
    """``[start, end]`` cut into consecutive inclusive windows of at most ``days`` days."""
    out: list[tuple[date, date]] = []
    cursor = start
    while cursor <= end:
        last = min(end, cursor + timedelta(days=days - 1))
        out.append((cursor, last))
        cursor = last + timedelta(days=1)
    return out


@dataclass(frozen=True)
class ExportPlan:
    sims: tuple[str, ...]
    start: date
    end: date
    format: Format
    window_days: int
    page_size: int = 100

    def units(self) -> list[Unit]:
        spans = windows(self.start, self.end, self.window_days)
        return [Unit(sim, first, last) for sim in self.sims for first, last in spans]

    def fingerprint(self) -> str:
        """Identifies the export, so a state file is never applied to a different one."""
        text = json.dumps(
            [list(self.sims), self.start.isoformat(), self.end.isoformat(), self.format, self.window_days]
        )
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class ExportState:
    fingerprint: str
    completed: list[str]
    offset: int
    rows: int

    @staticmethod
    def path_for(out: Path) -> Path:
        return out.with_name(out.name + ".state.json")

    @classmethod
    def load(cls, path: Path) -> ExportState | None:
        if not path.exists():
            return None
        try:
            document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            if document.get("version") != STATE_VERSION:
                raise ExportStateError(f"{path}: unknown state file version")
            return cls(
                str(document["fingerprint"]),
                [str(key) for key in document["completed"]],
                int(document["offset"]),
                int(document["rows"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ExportStateError(f"{path} is not a usable state file; delete it to start over") from None

    def save(self, path: Path) -> None:
        document = {
            "version": STATE_VERSION,
            "fingerprint": self.fingerprint,
            "offset": self.offset,
            "rows": self.rows,
            "completed": self.completed,
        }
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(document, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)


def _value(value: object) -> object:
    return None if isinstance(value, Unset) else value


class _Writer:
    """Formats rows; buffered writes, no per-row flush (durability is per unit)."""

    def __init__(self, handle: IO[str], fmt: Format) -> None:
        self._handle = handle
        self._fmt = fmt
        self._csv = csv.writer(handle, lineterminator="\n")

    def header(self) -> None:
        if self._fmt == "csv":
            self._csv.writerow(CSV_FIELDS)

    def row(self, record: CdrRecord) -> None:
        if self._fmt == "csv":
            values = [_value(getattr(record, name)) for name in CSV_FIELDS]
            self._csv.writerow(["" if value is None else value for value in values])
        else:
            self._handle.write(json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")


Events = Callable[[str, int], None]
"""Progress callback: ("rows", n) as rows are written, ("unit", 1) as units complete, and once at
the start ("resume", units already done) and ("rows_before", rows already written)."""


def _records(client: Client, unit: Unit, page_size: int) -> Iterator[CdrRecord]:
    return client.cdr.iter_query_sim_cdr(
        sim_id=unit.sim,
        received_start_time=unit.start.isoformat(),
        received_end_by=unit.end.isoformat(),
        page_size=page_size,
    )


def export(client: Client, plan: ExportPlan, out: Path, events: Events | None = None) -> ExportState:
    """Run (or resume) the export into ``out``; returns the final state (rows written in total)."""
    notify = events or (lambda kind, n: None)
    state_path = ExportState.path_for(out)
    state = ExportState.load(state_path)
    if state is not None and state.fingerprint != plan.fingerprint():
        raise ExportStateError(
            f"{state_path} belongs to a different export (other SIMs, dates, format or window); "
            "delete it to start over, or choose another --out"
        )
    resuming = state is not None and out.exists()
    if state is None or not out.exists():
        state = ExportState(plan.fingerprint(), [], 0, 0)
    if resuming:
        os.truncate(out, state.offset)  # the cut-short unit's rows go; it is written again below
    with out.open("a" if resuming else "w", encoding="utf-8", newline="") as handle:
        writer = _Writer(handle, plan.format)
        if not resuming:
            writer.header()
            handle.flush()
            state.offset = handle.tell()
            state.save(state_path)
        done = set(state.completed)
        notify("resume", len(done))
        notify("rows_before", state.rows)
        for unit in plan.units():
            if unit.key in done:
                continue
            written = 0
            for record in _records(client, unit, plan.page_size):
                writer.row(record)
                written += 1
                if written % 500 == 0:
                    notify("rows", 500)
            notify("rows", written % 500)
            handle.flush()
            os.fsync(handle.fileno())
            state.offset = handle.tell()
            state.rows += written
            state.completed.append(unit.key)
            state.save(state_path)
            notify("unit", 1)
    state_path.unlink()
    return state
