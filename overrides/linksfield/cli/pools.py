"""``linksfield pools show|usage`` (pool/card API)."""

from __future__ import annotations

from typing import Annotated

import typer

from .context import JsonFlag, WideFlag, state_of
from .errors import CliError

app = typer.Typer(help="Traffic pools.", no_args_is_help=True)

PoolCode = Annotated[str, typer.Argument(help="The pool code (upool_code).")]


@app.command("show")
def show(ctx: typer.Context, pool_code: PoolCode, as_json: JsonFlag = False, wide: WideFlag = False) -> None:
    """A pool's details."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        state.emit(client.pools.get_pool_detail(pool_code=pool_code), title=pool_code)


@app.command("usage")
def usage(
    ctx: typer.Context,
    pool_code: PoolCode,
    month: Annotated[str | None, typer.Option(help="A month, YYYY-MM.")] = None,
    day: Annotated[str | None, typer.Option(help="A day of the last 30, YYYY-MM-DD.")] = None,
    as_json: JsonFlag = False,
    wide: WideFlag = False,
) -> None:
    """A pool's usage in one month (--month) or on one day (--day; default: the API's default day)."""
    if month and day:
        raise CliError("give --month or --day, not both")
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        if month:
            result: object = client.pools.get_pool_month_usage(pool_code=pool_code, query_month=month)
        elif day:
            result = client.pools.get_pool_day_usage(pool_code=pool_code, query_day=day)
        else:
            result = client.pools.get_pool_day_usage(pool_code=pool_code)
    state.emit(result, title=pool_code)
