"""Ordering one package for thousands of devices: chunks, bounded concurrency, and never twice.

The rule that shapes everything: a device may be ordered again only when it provably has no order
from this job. So each chunk is journalled as ``unknown`` before it is sent (see ``bulk_journal``);
an answer turns its devices into ``ordered`` or ``failed``; a lost answer (``OutcomeUnknownError``
after a dropped connection or a 5xx, or an answer that cannot be read) leaves them ``unknown``.
Unknown devices are *reconciled* before anything else happens to them: their orders are queried
(``query_orders(device_id=...)``) for one of this package placed since the attempt (minus a clock
allowance). Found means ordered (with that order id); not found means the request never took
effect and the device goes back in the queue. Within one run this repeats for a few rounds, so a
flaky network still ends with every device ordered exactly once; a killed run leaves its journal,
and the next run starts with the same reconciliation.

An answer that says success is a receipt even when some of its fields do not fit the spec (the
client's tolerant reader returns it with misfits; a strict client raises
``SucceededWithMisfitsError`` carrying the same data): each device whose result can be read is
recorded from it, and a device whose result, code or order id cannot be read is ``unknown``, never
``failed`` (a failed device is sent again). Reconciliation, which decides "not ordered, send
again" from a listing, reads that listing strictly: a misfit there must stop the run, not hide an
order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Final

from linksfield import (
    APIConnectionError,
    AsyncClient,
    LinksfieldError,
    OutcomeUnknownError,
    RateLimitError,
    ResponseValidationError,
    SignatureMismatchError,
    SucceededWithMisfitsError,
)
from linksfield_api.facade import BATCH_ORDER_PACKAGES
from linksfield_api.models import BatchOrderPackagesData, DeviceOrderResult
from linksfield_api.types import Unset

from .bulk_journal import Journal, Outcome

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


def vendor_time(text: str) -> datetime | None:
    """An order timestamp (``YYYYMMDDhhmmss`` or ``yyyy-MM-dd HH:mm:ss``, UTC+8) as aware UTC."""
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
    seconds: float = 0.0
    devices: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for device in self.devices if self._status(device) == status)

    def _status(self, device: str) -> str:
        outcome = self.outcomes.get(device)
        return outcome.status if outcome else "pending"


Progress = Callable[[int, int], None]
"""Called with (devices done, devices failed) as outcomes become final."""


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
        self._progress = progress or (lambda done, failed: None)
        self._note = note or (lambda text: None)
        self._retry: set[str] = set()
        self._abort: BaseException | None = None
        self._strict = client.with_options(strict_responses=True)
        """For reconciliation: "no order found" must come from a listing read in full."""

    # -- the run ----------------------------------------------------------------------------------
    async def run(self, devices: list[str], outcomes: dict[str, Outcome]) -> BulkReport:
        report = BulkReport(outcomes=outcomes, devices=devices)
        report.already_ordered = sum(1 for d in devices if d in outcomes and outcomes[d].status == "ordered")
        self._progress(report.already_ordered, 0)
        pending = [d for d in devices if outcomes.get(d) is None or outcomes[d].status == "failed"]
        unknown = [d for d in devices if d in outcomes and outcomes[d].status == "unknown"]
        for round_number in range(self.rounds + 1):
            if unknown:
                self._note(f"checking {len(unknown)} unknown: {_CHECK_HINT}")
                pending += await self._reconcile(unknown, report)
                self._note("")
            if not pending or round_number == self.rounds:
                break
            self._retry.clear()
            await self._order_all(pending, report)
            if self._abort is not None:
                raise self._abort
            unknown = [d for d in pending if outcomes[d].status == "unknown"]
            pending = [d for d in pending if d in self._retry and outcomes[d].status == "failed"]
        self._retry.clear()
        gave_up = [
            Outcome(d, "failed", "", f"not ordered after {self.rounds} rounds; re-run to try again", self.package,
                    outcomes[d].attempted_at)
            for d in pending
            if outcomes.get(d) is None or outcomes[d].status == "unknown"
        ]  # fmt: skip
        retried_failures = [
            d for d in pending if outcomes.get(d) is not None and outcomes[d].status == "failed"
        ]
        if gave_up:
            self._finish(report, gave_up)
        if retried_failures:
            self._progress(len(retried_failures), len(retried_failures))
        return report

    # -- ordering ---------------------------------------------------------------------------------
    async def _order_all(self, devices: list[str], report: BulkReport) -> None:
        gate = asyncio.Semaphore(self.concurrency)

        async def one(batch: list[str]) -> None:
            async with gate:
                if self._abort is None:
                    await self._order_chunk(batch, report)

        await asyncio.gather(*(one(batch) for batch in chunks(devices, self.chunk_size)))

    async def _order_chunk(self, batch: list[str], report: BulkReport) -> None:
        attempted = utc_now()

        def outcome(device: str, status: str, order_id: str = "", error: str = "") -> Outcome:
            return Outcome(device, status, order_id, error, self.package, attempted)  # type: ignore[arg-type]

        self.journal.record(outcome(d, "unknown") for d in batch)  # write-ahead: possibly sent from here on
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
            # argument): every other chunk would be refused the same way, so the run stops.
            self._finish(report, [outcome(d, "failed", error=_short(exc)) for d in batch])
            self._abort = exc
            return
        results = _results(data)
        finished: list[Outcome] = []
        for device in batch:
            item = results.get(device)
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

    def _finish(self, report: BulkReport, outcomes: list[Outcome]) -> None:
        self.journal.record(outcomes)
        for item in outcomes:
            report.outcomes[item.device] = item
        done = sum(
            1
            for o in outcomes
            if o.status == "ordered" or (o.status == "failed" and o.device not in self._retry)
        )
        failed = sum(1 for o in outcomes if o.status == "failed" and o.device not in self._retry)
        self._progress(done, failed)

    # -- reconciliation ---------------------------------------------------------------------------
    async def _reconcile(self, devices: list[str], report: BulkReport) -> list[str]:
        """Settle unknown devices by asking the vendor; returns those proven not ordered."""
        gate = asyncio.Semaphore(self.concurrency)
        not_ordered: list[str] = []

        async def one(device: str) -> None:
            async with gate:
                previous = report.outcomes[device]
                order_id = await self._find_order(device, previous.attempted_at)
            report.reconciled += 1
            if order_id is None:
                not_ordered.append(device)
                return
            report.found_by_reconciliation += 1
            self._finish(
                report, [Outcome(device, "ordered", order_id, "", self.package, previous.attempted_at)]
            )

        await _gather_all([one(device) for device in devices])
        order = {device: index for index, device in enumerate(devices)}
        return sorted(not_ordered, key=order.__getitem__)

    async def _find_order(self, device: str, attempted_at: str) -> str | None:
        """The id of an order of this package for ``device`` placed since ``attempted_at``, if any."""
        try:
            since: datetime | None = datetime.fromisoformat(attempted_at) - CLOCK_ALLOWANCE
        except ValueError:
            since = None  # no usable attempt time: any order of this package counts (never order twice)
        async for order in self._strict.packages.iter_query_orders(device_id=device):
            order_device = order.device_id
            if not isinstance(order_device, Unset) and order_device != device:
                continue  # the API matches device ids fuzzily
            if order.package_code != self.package:
                continue
            placed = vendor_time(order.order_date)
            if since is None or placed is None or placed >= since:
                return order.order_code
        return None


def _results(data: Any) -> dict[str, DeviceOrderResult]:
    """Each device's result, from an answer read tolerantly: what does not fit is left out.

    A device left out stays ``unknown`` (reconciliation settles it): the answer said success, so
    nothing here may turn into "failed" and be ordered again.
    """
    listed = data.device_order if isinstance(data, BatchOrderPackagesData) else None
    if not isinstance(listed, list):
        return {}
    return {
        item.device_id: item
        for item in listed
        if isinstance(item, DeviceOrderResult) and isinstance(item.device_id, str)
    }


async def _gather_all(tasks: list[Awaitable[None]]) -> None:
    await asyncio.gather(*tasks)


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
