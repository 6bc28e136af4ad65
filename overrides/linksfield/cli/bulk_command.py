"""``linksfield orders bulk``: validate the device file, then order (or ``--dry-run``) with a progress bar.

The exit code is decided once, from the result file's view of the input devices when the run ends
(see ``bulk`` for the journal and ``bulk_journal`` for the file): 0 every device ordered, 3 some
ordered and some failed or unknown, 1 none ordered, 2 bad input (nothing sent). The run itself never
ends in an exception because one request failed: what it could not settle is in the result file,
and the same command resumes.
"""

from __future__ import annotations

import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from linksfield import LinksfieldError

from .bulk_journal import Journal, JournalBusyError, Outcome, load_outcomes
from .context import JsonFlag, State, state_of
from .errors import CliError, ExitCode
from .iccids import DeviceFile, DeviceFileError, read_device_file
from .output import emit, out_console, warn
from .progress import JobProgress

if TYPE_CHECKING:
    from .bulk import BulkReport

__all__ = ["bulk", "load_device_file"]


def _read_device_file(path: Path) -> DeviceFile:
    """The file's devices (duplicates dropped and reported on stderr), or a usage error (exit 2)
    naming every bad line."""
    try:
        found = read_device_file(path)
    except DeviceFileError as exc:
        raise CliError(exc.message, ExitCode.USAGE, details=[str(line) for line in exc.bad_lines]) from None
    if found.duplicates:
        shown = "; ".join(str(d) for d in found.duplicates[:5])
        more = f"; and {len(found.duplicates) - 5} more" if len(found.duplicates) > 5 else ""
        warn(
            f"{len(found.duplicates)} duplicate line(s) in {path} ignored, each device is used once "
            f"({shown}{more})"
        )
    return found


def load_device_file(path: Path) -> list[str]:
    """The file's devices, once each and normalised (see ``iccids``), or a usage error (exit 2)."""
    return _read_device_file(path).devices


def bulk(
    ctx: typer.Context,
    package: Annotated[str, typer.Option("--package", help="The package code to order.")],
    devices_file: Annotated[
        Path,
        typer.Option(
            "--devices",
            help="CSV (an iccid/device_id column, or the first) or one ICCID per line. ICCIDs are ASCII "
            "digits (full-width digits are refused) with an optional hex check character in either case; "
            "a repeated ICCID is ignored (and counted), so each device is ordered once.",
        ),
    ],
    result: Annotated[
        Path | None,
        typer.Option(
            help="Result CSV, one row per device when the command ends (a journal while it runs); "
            "re-running with it resumes. Default: DEVICES.result.csv"
        ),
    ] = None,
    chunk: Annotated[int, typer.Option(min=1, max=1000, help="Devices per batch request.")] = 50,
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Batch requests in flight at once.")] = 3,
    rate_limit: Annotated[
        float | None, typer.Option(min=0, help="Requests per second (default: the client's, 10; 0 = off).")
    ] = None,
    rounds: Annotated[
        int,
        typer.Option(
            min=1, help="Times lost or throttled chunks, and checks that failed, are tried in one run."
        ),
    ] = 5,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be ordered and the cost; send nothing.")
    ] = False,
    open_now: Annotated[bool, typer.Option("--open", help="Open (activate) each order at once.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Order PACKAGE for every device of a file, in chunks, resumable, never twice per device.

    Devices whose outcome was lost (a dropped connection, a 5xx) are checked with query_orders
    before anything is sent to them again; a check that fails leaves them unknown for the next
    round or run.

    Exit 0 when every device is ordered, 3 when some are and some failed or are unknown (the result
    file says which; re-run the same command to resume), 1 when none could be, 2 on bad input
    (nothing sent).
    """
    state = state_of(ctx, as_json)
    found = _read_device_file(devices_file)
    devices = found.devices
    state.settings()  # a bad --profile is a usage error before the journal is touched
    result_path = result or devices_file.with_name(devices_file.name + ".result.csv")
    outcomes = load_outcomes(result_path)
    foreign = sorted({o.package for o in outcomes.values()} - {package})
    if foreign:
        raise CliError(
            f"{result_path} holds results for package {', '.join(foreign)}; use another --result for {package}"
        )
    if dry_run:
        _dry_run(state, package, devices, outcomes, chunk, result_path, len(found.duplicates))
        return
    import asyncio  # the engine and its event loop load when devices are ordered, not for --help

    report = asyncio.run(
        _order(state, package, devices, result_path, chunk, concurrency, rate_limit, rounds, open_now)
    )
    _summarise(state, report, result_path, len(found.duplicates))


async def _order(
    state: State,
    package: str,
    devices: list[str],
    result_path: Path,
    chunk: int,
    concurrency: int,
    rate_limit: float | None,
    rounds: int,
    open_now: bool,
) -> BulkReport:
    from .bulk import BulkOrder

    started = time.perf_counter()
    quiet = not state.shows_job_progress()
    # The client first: a configuration error (exit 2) leaves no result file behind.
    async with state.async_client(max_concurrency=concurrency, rate_limit=rate_limit) as client:
        journal = _open_journal(result_path)
        try:
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
                report = await job.run(devices, dict(journal.outcomes))
        finally:
            # However the run ends (but a kill): one row per device, exactly what was journalled.
            try:
                journal.compact(devices)
            except OSError as exc:
                journal.close()  # the journal stays valid as it is: the next run reads it the same way
                warn(f"could not rewrite {result_path} one row per device ({exc.strerror or exc})")
    report.seconds = time.perf_counter() - started
    return report


def _open_journal(path: Path) -> Journal:
    try:
        return Journal(path)
    except JournalBusyError as exc:
        raise CliError(str(exc), ExitCode.USAGE) from None
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}", ExitCode.USAGE) from None


def exit_code(ordered: int, devices: int) -> ExitCode:
    """The documented contract: 0 all ordered, 3 some, 1 none (counted over the whole input)."""
    if ordered == devices:
        return ExitCode.OK
    return ExitCode.PARTIAL if ordered else ExitCode.API_ERROR


def _summarise(state: State, report: BulkReport, result_path: Path, duplicates: int) -> None:
    ordered, failed, unknown = report.count("ordered"), report.count("failed"), report.count("unknown")
    new = ordered - report.already_ordered
    summary: dict[str, Any] = {
        "devices": len(report.devices),
        "ordered": ordered,
        "already_ordered": report.already_ordered,
        "ordered_now": new,
        "failed": failed,
        "unknown": unknown,
        "duplicates_ignored": duplicates,
        "batch_requests": report.sent_chunks,
        "reconciled": report.reconciled,
        "found_by_reconciliation": report.found_by_reconciliation,
        "checks_failed": report.checks_failed,
        "stopped": report.stopped or None,
        "seconds": round(report.seconds, 2),
        "devices_per_second": round(new / report.seconds, 1) if report.seconds > 0 else None,
        "result_file": str(result_path),
    }
    if state.json:
        emit(summary, as_json=True)
    else:
        emit(summary, as_json=False, title="bulk order")
        problems = [o for d in report.devices if (o := report.outcomes.get(d)) and o.status != "ordered"]
        if problems:
            table = Table(title=Text(f"not ordered ({len(problems)}; first 20)"))
            for name in ("device", "status", "error"):
                table.add_column(name)
            for outcome in problems[:20]:
                table.add_row(Text(outcome.device), Text(outcome.status), Text(outcome.error))
            out_console.print(table)
            out_console.print(
                f"re-run the same command to resume (results in {result_path})", markup=False, highlight=False
            )
    if report.stopped:
        warn(f"the run stopped sending: {report.stopped}")
    code = exit_code(ordered, len(report.devices))
    if code != ExitCode.OK:
        raise typer.Exit(int(code))


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
        warn(f"could not read the catalogue for the price: {exc}")
        return None, None
    warn(f"package {package} is not in the catalogue")
    return None, None


def _dry_run(
    state: State,
    package: str,
    devices: list[str],
    outcomes: dict[str, Outcome],
    chunk: int,
    result_path: Path,
    duplicates: int,
) -> None:
    from .bulk import chunks

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
        "duplicates_ignored": duplicates,
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
        out_console.print(
            "would order: " + ", ".join(preview) + (" ..." if len(to_order) > 10 else ""),
            markup=False,
            highlight=False,
        )
