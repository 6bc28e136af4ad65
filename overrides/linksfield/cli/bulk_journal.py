"""The bulk order's result file, which is also its journal: what lets a re-run resume safely.

Before a chunk is sent, a row ``unknown`` is appended for each of its devices (write-ahead); after
the answer, a row with the outcome (``ordered`` with the order id, ``failed`` with the error, or
still ``unknown`` when the answer was lost). Each batch of rows is one ``write`` on a file opened
for appending, flushed and fsynced, so a killed run leaves at most a torn last line, which the
reader ignores. The last row of a device wins. At the end the file is rewritten with exactly one
row per device (atomically, through a temporary file).

So a device is ``ordered`` only with the vendor's order id in hand, and every device that was
possibly sent is ``unknown`` until the vendor has been asked about it (see ``bulk.reconcile``).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

__all__ = ["FIELDS", "Journal", "Outcome", "Status", "load_outcomes"]

Status = Literal["ordered", "failed", "unknown"]
STATUSES: Final = ("ordered", "failed", "unknown")
FIELDS: Final = ("device", "status", "order_id", "error", "package", "attempted_at")


@dataclass(frozen=True)
class Outcome:
    device: str
    status: Status
    order_id: str = ""
    error: str = ""
    package: str = ""
    attempted_at: str = ""
    """ISO-8601 UTC time the device's order was (possibly) sent: bounds the reconciliation query."""

    def row(self) -> list[str]:
        return [self.device, self.status, self.order_id, self.error, self.package, self.attempted_at]


def load_outcomes(path: Path) -> dict[str, Outcome]:
    """Last outcome per device; torn rows (a killed run's last line) are ignored."""
    outcomes: dict[str, Outcome] = {}
    if not path.exists():
        return outcomes
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.reader(handle):
            if len(row) != len(FIELDS) or row[0] == "device" or row[1] not in STATUSES:
                continue
            device, status, order_id, error, row_package, attempted_at = row
            if status == "ordered" and not order_id:
                continue  # torn: an ordered row always carries its order id
            outcomes[device] = Outcome(device, status, order_id, error, row_package, attempted_at)  # type: ignore[arg-type]
    return outcomes


class Journal:
    """Appends outcome rows durably; ``compact`` rewrites the file one row per device."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fresh = not path.exists() or path.stat().st_size == 0
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        if fresh:
            self._write_rows([list(FIELDS)])
        elif not self._ends_with_newline():
            os.write(self._fd, b"\n")  # a torn last line from a killed run stays on its own line

    def _ends_with_newline(self) -> bool:
        with self.path.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def _write_rows(self, rows: Iterable[list[str]]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        os.write(self._fd, buffer.getvalue().encode("utf-8"))
        os.fsync(self._fd)

    def record(self, outcomes: Iterable[Outcome]) -> None:
        self._write_rows(outcome.row() for outcome in outcomes)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def compact(self, outcomes: dict[str, Outcome], order: list[str]) -> None:
        """Rewrite the file with the final outcome of each device, in input order."""
        self.close()
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(FIELDS)
            writer.writerows(outcomes[device].row() for device in order if device in outcomes)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
