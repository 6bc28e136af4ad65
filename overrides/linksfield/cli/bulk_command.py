"""``linksfield orders bulk``: validate the device file, then order (or ``--dry-run``) with a progress bar."""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from linksfield import LinksfieldError

from .bulk import BulkOrder, BulkReport, chunks
from .bulk_journal import Journal, Outcome, load_outcomes
from .context import JsonFlag, State, state_of
from .errors import CliError, ExitCode
from .iccids import DeviceFileError, read_devices
from .output import emit, err_console, out_console
from .progress import JobProgress

__all__ = ["bulk", "load_device_file"]


def load_device_file(path: Path) -> list[str]:
    """The file's devices, or a usage error (exit 2) naming every bad line."""
    try:
        return read_devices(path)
    except DeviceFileError as exc:
        raise CliError(exc.message, ExitCode.USAGE, details=[str(line) for line in exc.bad_lines]) from None


def bulk(
    ctx: typer.Context,
    package: Annotated[str, typer.Option("--package", help="The package code to order.")],
    devices_file: Annotated[
        Path,
        typer.Option(
            "--devices", help="CSV (an iccid/device_id column, or the first) or one ICCID per line."
        ),
    ],
    result: Annotated[
        Path | None,
        typer.Option(
            help="Result CSV, one row per device; re-running with it resumes. Default: DEVICES.result.csv"
        ),
    ] = None,
    chunk: Annotated[int, typer.Option(min=1, max=1000, help="Devices per batch request.")] = 50,
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Batch requests in flight at once.")] = 3,
    rate_limit: Annotated[
        float | None, typer.Option(min=0, help="Requests per second (default: the client's, 10; 0 = off).")
    ] = None,
    rounds: Annotated[
        int, typer.Option(min=1, help="Times lost or throttled chunks are tried in one run.")
    ] = 5,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be ordered and the cost; send nothing.")
    ] = False,
    open_now: Annotated[bool, typer.Option("--open", help="Open (activate) each order at once.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Order PACKAGE for every device of a file, in chunks, resumable, never twice per device.

    Exit 0 when every device is ordered, 3 when some are and some failed or are unknown (the result
    file says which; re-run the same command to resume), 1 when none could be, 2 on bad input.
    """
    state = state_of(ctx, as_json)
    devices = load_device_file(devices_file)
    result_path = result or devices_file.with_name(devices_file.name + ".result.csv")
    outcomes = load_outcomes(result_path)
    foreign = sorted({o.package for o in outcomes.values()} - {package})
    if foreign:
        raise CliError(
            f"{result_path} holds results for package {', '.join(foreign)}; use another --result for {package}"
        )
    if dry_run:
        _dry_run(state, package, devices, outcomes, chunk, result_path)
        return
    report = asyncio.run(
        _order(
            state, package, devices, outcomes, result_path, chunk, concurrency, rate_limit, rounds, open_now
        )
    )
    _summarise(state, report, result_path)


async def _order(
    state: State,
    package: str,
    devices: list[str],
    outcomes: dict[str, Outcome],
    result_path: Path,
    chunk: int,
    concurrency: int,
    rate_limit: float | None,
    rounds: int,
    open_now: bool,
) -> BulkReport:
    journal = Journal(result_path)
    started = time.perf_counter()
    quiet = state.json and not err_console.is_terminal
    try:
        async with state.async_client(max_concurrency=concurrency, rate_limit=rate_limit) as client:
            with JobProgress(f"ordering {package}", len(devices), unit="dev", quiet=quiet) as progress:
                job = BulkOrder(
                    client,
                    journal,
                    package=package,
                    is_open=open_now,
                    chunk_size=chunk,
                    concurrency=concurrency,
                    rounds=rounds,
                    progress=lambda done, failed: progress.advance(done, failed=failed),
                    note=progress.note,
                )
                report = await job.run(devices, outcomes)
    except BaseException:
        journal.close()  # the appended rows stay: the next run resumes from them
        raise
    report.seconds = time.perf_counter() - started
    journal.compact(report.outcomes, devices)
    return report


def _summarise(state: State, report: BulkReport, result_path: Path) -> None:
    ordered, failed, unknown = report.count("ordered"), report.count("failed"), report.count("unknown")
    new = ordered - report.already_ordered
    summary: dict[str, Any] = {
        "devices": len(report.devices),
        "ordered": ordered,
        "already_ordered": report.already_ordered,
        "ordered_now": new,
        "failed": failed,
        "unknown": unknown,
        "batch_requests": report.sent_chunks,
        "reconciled": report.reconciled,
        "found_by_reconciliation": report.found_by_reconciliation,
        "seconds": round(report.seconds, 2),
        "devices_per_second": round(new / report.seconds, 1) if report.seconds > 0 else None,
        "result_file": str(result_path),
    }
    if state.json:
        emit(summary, as_json=True)
    else:
        emit(summary, as_json=False, title="bulk order")
        problems = [report.outcomes[d] for d in report.devices if report.outcomes[d].status != "ordered"]
        if problems:
            table = Table(title=f"not ordered ({len(problems)}; first 20)")
            for name in ("device", "status", "error"):
                table.add_column(name)
            for outcome in problems[:20]:
                table.add_row(outcome.device, outcome.status, outcome.error)
            out_console.print(table)
            out_console.print(f"re-run the same command to resume (results in {result_path})")
    if failed or unknown:
        raise typer.Exit(int(ExitCode.PARTIAL if ordered else ExitCode.API_ERROR))


def _price(state: State, package: str) -> tuple[str | None, str | None]:
    """(package name, whole price) from the catalogue; (None, None) when it cannot be read."""
    try:
        with state.client() as client:
            for item in client.packages.iter_sync_packages():
                if item.package_code == package:
                    price = (
                        item.whole_price if isinstance(item.whole_price, str) and item.whole_price else None
                    )
                    return item.package_name, price
    except LinksfieldError as exc:
        err_console.print(f"[yellow]warning:[/] could not read the catalogue for the price: {exc}")
        return None, None
    err_console.print(f"[yellow]warning:[/] package {package} is not in the catalogue")
    return None, None


def _dry_run(
    state: State,
    package: str,
    devices: list[str],
    outcomes: dict[str, Outcome],
    chunk: int,
    result_path: Path,
) -> None:
    to_order = [d for d in devices if d not in outcomes or outcomes[d].status == "failed"]
    to_check = [d for d in devices if d in outcomes and outcomes[d].status == "unknown"]
    name, price = _price(state, package)
    cost: str = "unknown"
    if price is not None:
        try:
            cost = str(Decimal(price) * (len(to_order) + len(to_check)))
        except InvalidOperation:
            cost = "unknown"
    summary: dict[str, Any] = {
        "dry_run": True,
        "package": package,
        "package_name": name,
        "unit_price": price or "unknown",
        "devices": len(devices),
        "already_ordered": len(devices) - len(to_order) - len(to_check),
        "to_order": len(to_order),
        "to_check_first": len(to_check),
        "batch_requests": len(chunks(to_order, chunk)),
        "cost_at_most": cost,
        "result_file": str(result_path),
    }
    if state.json:
        emit({**summary, "devices_to_order": to_order, "devices_to_check": to_check}, as_json=True)
        return
    emit(summary, as_json=False, title="dry run: nothing sent")
    preview = to_order[:10]
    if preview:
        out_console.print("would order: " + ", ".join(preview) + (" ..." if len(to_order) > 10 else ""))
