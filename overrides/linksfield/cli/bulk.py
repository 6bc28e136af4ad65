"""Ordering one package for thousands of devices: chunks, bounded concurrency, and never twice.

The rule that shapes everything: a device may be ordered again only when it provably has no order
from this job. The journal (``bulk_journal``) holds the proof, one status per device (its last
row), and a run or a resume acts on nothing else:

``unknown`` (attempted at T)
    A request that may have ordered the device was sent at T, and nothing has settled it since.
    The row is appended *before* the request leaves (write-ahead), so every send is on record even
    when the process is killed the next instant. An unknown device is never sent again before it
    is *reconciled*: its orders are queried (``query_orders(device_id=...)``) for one of this
    package placed since T minus a clock allowance. Found means ``ordered`` (with that order id);
    none found means ``failed`` (below). When the read itself fails (its retries spent on 429s,
    5xx, dropped connections, or a listing that does not fit the spec) nothing is decided: the
    device stays ``unknown`` with the same T and the reason, and is checked again next round or
    next run. One failed read never stops the run.
``ordered``
    The vendor's order id is in hand, from the answer or found by reconciliation. Final.
``failed`` (attempted at T, or never sent)
    Proven not ordered by this job *as of the row*: the vendor's answer refused the device, or the
    request provably never reached it (429, no connection), or reconciliation found no order since
    T, or the device was never sent (the run stopped first). A run or a resume sends it without
    asking the vendor again.

Why a ``failed`` row may be trusted later, without a second check: reconciliation proves "no order
since T", which is only worth something while nothing was sent after T. Every send appends a newer
``unknown`` row first, so as long as a device's *last* row is the ``failed`` one, nothing was sent
after the proof. Within a run a device is reconciled only while no request for it is in flight
(checking and sending are separate phases), and the journal's lock keeps a second run off the same
result file. A resume therefore re-checks exactly the devices whose last row is ``unknown``.

Within one run, lost and throttled chunks and failed checks are tried again for ``rounds`` rounds,
so a flaky network still ends with every device ordered exactly once; whatever is still unknown at
the end stays so, with its reason, for the next run.

An answer that says success is a receipt even when some of its fields do not fit the spec (the
client's tolerant reader returns it with misfits; a strict client raises
``SucceededWithMisfitsError`` carrying the same data): each device whose result can be read is
recorded from it, and a device whose result, code or order id cannot be read is ``unknown``, never
``failed`` (a failed device is sent again). Reconciliation, which decides "not ordered, send
again" from a listing, reads that listing strictly: a misfit there leaves the device ``unknown``
rather than risk missing an order in a field it could not read.

A request the vendor refuses as a whole (credentials, an obsolete package, an invalid argument)
would be refused for every chunk: the run stops sending, settles what it can, and reports why
(:attr:`BulkReport.stopped`); it does not raise.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Final

from linksfield import (
    APIConnectionError,
    LinksfieldError,
    OutcomeUnknownError,
    RateLimitError,
    ResponseValidationError,
    SignatureMismatchError,
    SucceededWithMisfitsError,
)
from linksfield_api.facade import BATCH_ORDER_PACKAGES
from linksfield_api.models import BatchOrderPackagesData, DeviceOrderResult

from .bulk_journal import Journal, Outcome

if TYPE_CHECKING:  # the client is passed in: importing this module (for ``--help``) does not load it
    from linksfield import AsyncClient

__all__ = ["BulkOrder", "BulkReport", "chunks", "vendor_time"]

VENDOR_TZ: Final = timezone(timedelta(hours=8))
"""The vendor writes order times as naive UTC+8."""
CLOCK_ALLOWANCE: Final = timedelta(minutes=2)
"""How much earlier than our attempt a vendor timestamp may read and still be that attempt."""
SUCCESS: Final = "0000"


def chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def vendor_time(text: object) -> datetime | None:
    """An order timestamp (``YYYYMMDDhhmmss`` or ``yyyy-MM-dd HH:mm:ss``, UTC+8) as aware UTC."""
    if not isinstance(text, str):
        return None
    for pattern in ("%Y%m%d%H%M%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text.strip(), pattern).replace(tzinfo=VENDOR_TZ)
        except ValueError:
            continue
    return None


@dataclass
class BulkReport:
    """What happened to the devices this run was asked about (all of the input file)."""

    outcomes: dict[str, Outcome]
    already_ordered: int = 0
    sent_chunks: int = 0
    reconciled: int = 0
    found_by_reconciliation: int = 0
    checks_failed: int = 0
    """Reconciliation reads that failed (the device stayed unknown; checked again later)."""
    stopped: str = ""
    """Why the run stopped sending before its work was done (the vendor refused a whole request)."""
    seconds: float = 0.0
    devices: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for device in self.devices if self._status(device) == status)

    def _status(self, device: str) -> str:
        outcome = self.outcomes.get(device)
        return outcome.status if outcome else "pending"


Progress = Callable[[int, int], None]
"""Called with (devices done, devices failed) as outcomes become final for this run."""


class BulkOrder:
    def __init__(
        self,
        client: AsyncClient,
        journal: Journal,
        *,
        package: str,
        is_open: bool,
        chunk_size: int,
        concurrency: int,
        rounds: int = 5,
        recheck_pause: float = 1.0,
        progress: Progress | None = None,
        note: Callable[[str], None] | None = None,
    ) -> None:
        self.client = client
        self.journal = journal
        self.package = package
        self.is_open = is_open
        self.chunk_size = chunk_size
        self.concurrency = concurrency
        self.rounds = rounds
        self.recheck_pause = recheck_pause
        """Seconds to wait before checking again devices whose check failed (a read that just ran
        out of retries is unlikely to succeed at once)."""
        self._progress = progress or (lambda done, failed: None)
        self._note = note or (lambda text: None)
        self._retry: set[str] = set()
        """Devices of this round's chunks that provably never reached the vendor: sent again."""
        self._sent: set[str] = set()
        """Devices of this round's chunks that were journalled and sent."""
        self._counted: set[str] = set()
        self._stop: LinksfieldError | None = None
        self._strict = client.with_options(strict_responses=True)
        """For reconciliation: "no order found" must come from a listing read in full."""

    # -- the run ----------------------------------------------------------------------------------
    async def run(self, devices: list[str], outcomes: dict[str, Outcome]) -> BulkReport:
        devices = list(dict.fromkeys(devices))  # one entry per device: a batch must not list one twice
        report = BulkReport(outcomes=outcomes, devices=devices)

        def status(device: str) -> str:
            outcome = outcomes.get(device)
            return outcome.status if outcome else "pending"

        ordered_before = [d for d in devices if status(d) == "ordered"]
        report.already_ordered = len(ordered_before)
        self._counted.update(ordered_before)
        self._progress(report.already_ordered, 0)
        to_send = [d for d in devices if status(d) in ("pending", "failed")]
        to_check = [d for d in devices if status(d) == "unknown"]
        for round_number in range(self.rounds + 1):
            if to_check:
                to_send += await self._reconcile(to_check, report)
                to_check = [d for d in to_check if status(d) == "unknown"]  # their read failed
            if round_number == self.rounds or self._stop is not None or not (to_send or to_check):
                break
            if to_send:
                self._retry.clear()
                self._sent.clear()
                await self._order_all(to_send, report)
                to_check += [d for d in to_send if status(d) == "unknown"]
                # Again: throttled or never connected, and (when the run stopped) never sent at all.
                to_send = [
                    d for d in to_send if d not in self._sent or (d in self._retry and status(d) == "failed")
                ]
            elif self.recheck_pause > 0:
                await asyncio.sleep(self.recheck_pause * (round_number + 1))
        self._retry.clear()
        self._give_up(report, to_send)
        return report

    def _give_up(self, report: BulkReport, to_send: list[str]) -> None:
        """Journal why the devices still to send were not sent, and count every unsettled device."""
        if self._stop is not None:
            report.stopped = _short(self._stop)
            why = f"not sent: the run stopped ({report.stopped}); re-run to try again"
        else:
            why = f"not ordered after {self.rounds} rounds; re-run to try again"
        left = [
            Outcome(d, "failed", "", why, self.package, previous.attempted_at if previous else "")
            for d in to_send
            for previous in [report.outcomes.get(d)]
            if previous is None or previous.status == "failed"  # never overwrite unknown or ordered
        ]
        if left:
            self._record(report, left)
        unsettled = [d for d in report.devices if d not in self._counted]
        self._counted.update(unsettled)
        if unsettled:
            self._progress(len(unsettled), len(unsettled))

    # -- ordering ---------------------------------------------------------------------------------
    async def _order_all(self, devices: list[str], report: BulkReport) -> None:
        gate = asyncio.Semaphore(self.concurrency)

        async def one(batch: list[str]) -> None:
            async with gate:
                if self._stop is None:
                    await self._order_chunk(batch, report)

        await asyncio.gather(*(one(batch) for batch in chunks(devices, self.chunk_size)))

    async def _order_chunk(self, batch: list[str], report: BulkReport) -> None:
        attempted = utc_now()

        def outcome(device: str, status: str, order_id: str = "", error: str = "") -> Outcome:
            return Outcome(device, status, order_id, error, self.package, attempted)  # type: ignore[arg-type]

        self._record(
            report, [outcome(d, "unknown") for d in batch]
        )  # write-ahead: possibly sent from here on
        self._sent.update(batch)
        report.sent_chunks += 1
        try:
            data: BatchOrderPackagesData | None = await self.client.packages.batch_order_packages(
                device_list=batch, package_code=self.package, is_open="1" if self.is_open else "0"
            )
        except OutcomeUnknownError as exc:
            # The vendor may have ordered: only the spec's outcome check can tell (reconciliation).
            self._finish(report, [outcome(d, "unknown", error=_unknown_for(exc, d)) for d in batch])
            return
        except SucceededWithMisfitsError as exc:
            data = exc.data  # a strict client: the answer said success, read what it says
        except (ResponseValidationError, SignatureMismatchError) as exc:
            self._finish(report, [outcome(d, "unknown", error=_short(exc)) for d in batch])
            return
        except (RateLimitError, APIConnectionError) as exc:
            # Provably never processed (refused by the rate limiter, or never connected): safe to resend.
            self._retry.update(batch)
            self._finish(report, [outcome(d, "failed", error=_short(exc)) for d in batch])
            return
        except LinksfieldError as exc:
            # The whole request was refused (credentials, an obsolete package, an invalid
            # argument): every other chunk would be refused the same way, so the run stops sending.
            self._finish(report, [outcome(d, "failed", error=_short(exc)) for d in batch])
            self._stop = exc
            return
        results = _results(data)
        finished: list[Outcome] = []
        for device in batch:
            item = results.get(device.upper())
            # Typed as the spec says, but a tolerant read may hold any JSON value here.
            code: object = item.error if item is not None else None
            order_id: object = item.order_id if item is not None else None
            if item is None:
                finished.append(outcome(device, "unknown", error="no readable result for this device"))
            elif not isinstance(code, str):
                finished.append(outcome(device, "unknown", error="the result code does not match the spec"))
            elif code == SUCCESS and isinstance(order_id, str) and order_id:
                finished.append(outcome(device, "ordered", order_id=order_id))
            elif code == SUCCESS:
                finished.append(outcome(device, "unknown", error="success without a readable order id"))
            else:
                message = item.error_msg if isinstance(item.error_msg, str) else ""
                finished.append(outcome(device, "failed", error=f"{code}: {message}".strip(": ")))
        self._finish(report, finished)

    def _record(self, report: BulkReport, outcomes: list[Outcome]) -> None:
        """Journal first (durably), then believe: the in-memory view never runs ahead of the file."""
        self.journal.record(outcomes)
        for item in outcomes:
            report.outcomes[item.device] = item

    def _finish(self, report: BulkReport, outcomes: list[Outcome]) -> None:
        """Record answers; the progress bar counts devices ordered and refusals not retried this run."""
        self._record(report, outcomes)
        final = [
            o
            for o in outcomes
            if o.device not in self._counted
            and (o.status == "ordered" or (o.status == "failed" and o.device not in self._retry))
        ]
        self._counted.update(o.device for o in final)
        if final:
            self._progress(len(final), sum(1 for o in final if o.status == "failed"))

    # -- reconciliation ---------------------------------------------------------------------------
    async def _reconcile(self, devices: list[str], report: BulkReport) -> list[str]:
        """Settle unknown devices by asking the vendor; returns those proven not ordered.

        Each device ends as ``ordered`` (found), ``failed`` (proven not ordered since its attempt:
        journalled, so a resume sends it without checking again) or, when its read failed,
        ``unknown`` as before, with the reason.
        """
        self._note(f"checking {len(devices)} unknown: {_CHECK_HINT}")
        gate = asyncio.Semaphore(self.concurrency)
        not_ordered: list[str] = []

        async def one(device: str) -> None:
            previous = report.outcomes[device]
            async with gate:
                try:
                    order_id = await self._find_order(device, previous.attempted_at)
                except LinksfieldError as exc:
                    report.checks_failed += 1
                    reason = f"not checked yet ({_short(exc)}); checked again before any resend"
                    self._record(report, [replace(previous, error=reason)])
                    return
            report.reconciled += 1
            if order_id is None:
                checked = utc_now()
                proof = (
                    f"not ordered: no order since {previous.attempted_at or 'any time'} "
                    f"(checked {checked}); sent again"
                )
                self._record(report, [replace(previous, status="failed", order_id="", error=proof)])
                not_ordered.append(device)
                return
            report.found_by_reconciliation += 1
            self._finish(report, [replace(previous, status="ordered", order_id=order_id, error="")])

        try:
            await asyncio.gather(*(one(device) for device in devices))
        finally:
            self._note("")
        order = {device: index for index, device in enumerate(devices)}
        return sorted(not_ordered, key=order.__getitem__)

    async def _find_order(self, device: str, attempted_at: str) -> str | None:
        """The id of an order of this package for ``device`` placed since ``attempted_at``, if any.

        Raises the client's error when the listing cannot be read in full: only a complete,
        spec-conforming listing may say "none".
        """
        try:
            since: datetime | None = datetime.fromisoformat(attempted_at) - CLOCK_ALLOWANCE
        except ValueError:
            since = None  # no usable attempt time: any order of this package counts (never order twice)
        async for order in self._strict.packages.iter_query_orders(device_id=device):
            order_device: object = order.device_id
            if isinstance(order_device, str) and order_device.upper() != device.upper():
                continue  # the API matches device ids fuzzily
            if order.package_code != self.package:
                continue
            placed = vendor_time(order.order_date)
            if since is None or placed is None or placed >= since:
                return order.order_code
        return None


def _results(data: Any) -> dict[str, DeviceOrderResult]:
    """Each device's result (by upper-case device id), from an answer read tolerantly: what does
    not fit is left out.

    A device left out stays ``unknown`` (reconciliation settles it): the answer said success, so
    nothing here may turn into "failed" and be ordered again.
    """
    listed = data.device_order if isinstance(data, BatchOrderPackagesData) else None
    if not isinstance(listed, list):
        return {}
    return {
        item.device_id.upper(): item
        for item in listed
        if isinstance(item, DeviceOrderResult) and isinstance(item.device_id, str)
    }


_CHECK_HINT: Final = (
    BATCH_ORDER_PACKAGES.outcome_check.hint if BATCH_ORDER_PACKAGES.outcome_check else "querying their orders"
)
"""What reconciliation does, in the spec's words (``x-outcome-check`` of batch_order_packages)."""


def _unknown_for(exc: OutcomeUnknownError, device: str) -> str:
    """The row text of one device of a lost chunk: why, and the spec's read that settles it."""
    mine = [str(call) for call in exc.checks if device in call.arguments.values()]
    return _short(exc) + (f"; check with {mine[0]}" if mine else "")


def _short(exc: BaseException) -> str:
    if isinstance(exc, OutcomeUnknownError):
        return f"outcome unknown: {exc.reason}"
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "..."
