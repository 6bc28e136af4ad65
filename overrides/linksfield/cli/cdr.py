"""``linksfield cdr export``: data CDRs of one SIM or a file of SIMs over a date range, to CSV or JSONL."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Annotated, Final

import typer

from linksfield_api.facade import QUERY_SIM_CDR

from .bulk_command import load_device_file
from .cdr_export import ExportPlan, ExportStateError, export
from .context import JsonFlag, state_of
from .errors import CliError
from .progress import JobProgress

app = typer.Typer(help="Call detail records (data usage).", no_args_is_help=True)

if QUERY_SIM_CDR.history_days is None:  # the spec states it; regeneration carries it here
    raise ImportError("query_sim_cdr has no x-history-days in the spec")
HISTORY_DAYS: Final = QUERY_SIM_CDR.history_days
"""``x-history-days`` of query_sim_cdr in the spec: the oldest day the API answers for."""
VENDOR_TZ: Final = timezone(timedelta(hours=8))


class Format(str, Enum):
    csv = "csv"
    jsonl = "jsonl"


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option} must be a date YYYY-MM-DD, got {text!r}") from None


@app.command("export")
def export_command(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", help="The file to write (resumed if a state file is beside it).")
    ],
    start: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD (at most 180 days ago).")],
    end: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD (later days are cut to today).")],
    sim: Annotated[str | None, typer.Option("--sim", help="One SIM id (ICCID).")] = None,
    devices_file: Annotated[
        Path | None, typer.Option("--devices", help="A file of SIM ids (as for orders bulk).")
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="csv (fixed columns) or jsonl (wire records).")
    ] = Format.csv,
    window_days: Annotated[int, typer.Option(min=1, max=HISTORY_DAYS, help="Days per request range.")] = 31,
    rate_limit: Annotated[
        float | None, typer.Option(min=0, help="Requests per second (default: the client's, 10; 0 = off).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Stream every data CDR of the SIM(s) in the range to --out, page by page; resumable."""
    state = state_of(ctx, as_json)
    if (sim is None) == (devices_file is None):
        raise CliError("give exactly one of --sim or --devices")
    sims = (sim,) if sim is not None else tuple(load_device_file(devices_file))  # type: ignore[arg-type]
    first, last = _day(start, "--from"), _day(end, "--to")
    today = datetime.now(VENDOR_TZ).date()
    oldest = today - timedelta(days=HISTORY_DAYS)
    if first > last:
        raise CliError(f"--from {first} is after --to {last}")
    if first < oldest:
        raise CliError(f"--from {first}: the API keeps {HISTORY_DAYS} days of history (oldest: {oldest})")
    if last > today:
        last = today
    plan = ExportPlan(sims=sims, start=first, end=last, format=fmt.value, window_days=window_days)
    units = len(plan.units())
    started = time.perf_counter()
    rows = {"now": 0, "before": 0}
    quiet = not state.shows_job_progress()
    with JobProgress("exporting CDRs", units, unit="unit", quiet=quiet) as progress:

        def event(kind: str, count: int) -> None:
            if kind == "rows":
                rows["now"] += count
                rate = rows["now"] / max(time.perf_counter() - started, 1e-6)
                progress.note(f"{rows['now'] + rows['before']:,} rows ({rate:,.0f} rows/s)")
            elif kind == "unit" or kind == "resume":
                progress.advance(count)
            elif kind == "rows_before":
                rows["before"] = count

        with state.client(rate_limit=rate_limit) as client:
            try:
                final = export(client, plan, out, event)
            except ExportStateError as exc:
                raise CliError(str(exc)) from None
    seconds = time.perf_counter() - started
    state.emit(
        {
            "out": str(out),
            "format": fmt.value,
            "sims": len(sims),
            "units": units,
            "rows": final.rows,
            "rows_this_run": rows["now"],
            "seconds": round(seconds, 2),
            "rows_per_second": round(rows["now"] / seconds, 1) if seconds > 0 else None,
        },
        title="cdr export",
    )
