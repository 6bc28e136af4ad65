"""The bulk order's result file: a write-ahead journal while a run works, one row per device after.

**While a run works** the file is an append-only journal. Before a chunk is sent, a row ``unknown``
is appended for each of its devices, carrying the attempt time (write-ahead: from here on the
request may have reached the vendor); after the answer, a row with the outcome. Each batch of rows
is one ``write`` on a file opened for appending, flushed and fsynced, so a killed run leaves at most
a torn last line, which the reader ignores. The last row of a device wins (:func:`load_outcomes`).

**When a run ends** in any way but a kill (every device settled, rounds used up, the vendor refusing
the whole job, an error, Ctrl-C) the file is rewritten with exactly one row per device, the last one
of each, atomically (a temporary file fsynced, then ``os.replace``): :meth:`Journal.compact`. The
rows come from :attr:`Journal.outcomes`, which every :meth:`Journal.record` updates together with
the file, so the compacted file is exactly what a reader of the journal would conclude, write-ahead
rows of requests still in flight included. Devices of an earlier run that are not in this run's
device file keep their rows (after the file's devices): a row that says "ordered" must never be
lost, or a later run with the full file would order that device again.

So a reader sees either a journal (a run is working, or was killed: the next run resumes from it)
or one row per device; both read the same through :func:`load_outcomes`. What each status means,
and why a resume may act on it without asking the vendor again, is in ``bulk``'s docstring.

Device ids are :func:`~linksfield.cli.iccids.normalise`\\ d on reading, so a file written before
case normalisation resumes with the same devices.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from .iccids import normalise

__all__ = ["FIELDS", "Journal", "JournalBusyError", "Outcome", "Status", "load_outcomes"]

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
    """ISO-8601 UTC time the device's order was last (possibly) sent: bounds the reconciliation
    query. Empty for a device never sent."""

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
            device = normalise(device)
            outcomes[device] = Outcome(device, status, order_id, error, row_package, attempted_at)  # type: ignore[arg-type]
    return outcomes


class Journal:
    """Appends outcome rows durably and keeps the last one per device; ``compact`` rewrites the
    file with those, one row per device."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            _lock(self._fd, path)
        except BaseException:
            self.close()
            raise
        self.outcomes: dict[str, Outcome] = load_outcomes(path)
        """The last row of each device: what the file says, kept in step by ``record``."""
        fresh = path.stat().st_size == 0
        if fresh:
            self._write_rows([list(FIELDS)])
        elif not self._ends_with_newline():
            os.write(self._fd, b"\n")  # a torn last line from a killed run stays on its own line

    def _ends_with_newline(self) -> bool:
        with self.path.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def _write_rows(self, rows: Iterable[list[str]]) -> None:
        if self._fd < 0:
            raise RuntimeError(f"the journal {self.path} is closed")
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        os.write(self._fd, buffer.getvalue().encode("utf-8"))
        os.fsync(self._fd)

    def record(self, outcomes: Iterable[Outcome]) -> None:
        """Append ``outcomes`` durably, then remember them (a failed write records nothing)."""
        items = list(outcomes)
        self._write_rows(item.row() for item in items)
        for item in items:
            self.outcomes[item.device] = item

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def compact(self, order: Sequence[str] = ()) -> None:
        """Rewrite the file with the last row of each device, ``order``'s devices first (in that
        order), then any others in the order they were first journalled; atomically. The journal
        is closed afterwards; its lock is held until the new file is in place."""
        listed = [device for device in dict.fromkeys(order) if device in self.outcomes]
        seen = set(listed)
        others = [device for device in self.outcomes if device not in seen]
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(FIELDS)
            writer.writerows(self.outcomes[device].row() for device in [*listed, *others])
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
        self.close()


class JournalBusyError(Exception):
    """Another run holds this result file."""


def _lock(fd: int, path: Path) -> None:
    """Hold an exclusive lock on the journal for this run (released by the kernel when the process
    ends, however it ends).

    Two runs appending to one journal would each prove devices "not ordered" without seeing the
    other's sends, and both would order them. Where ``fcntl`` does not exist (Windows) there is no
    lock, and running one job at a time per result file is up to the operator.
    """
    try:
        import fcntl
    except ModuleNotFoundError:  # pragma: no cover - Windows
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise JournalBusyError(f"another run is using {path}; wait for it to finish") from None
