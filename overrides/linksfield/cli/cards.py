"""``linksfield cards show|usage|network`` (pool/card API)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from .context import JsonFlag, WideFlag, state_of
from .errors import CliError

app = typer.Typer(help="Cards of the pool/card API.", no_args_is_help=True)

Iccid = Annotated[str, typer.Argument(help="The card's ICCID.")]


@app.command("show")
def show(ctx: typer.Context, iccid: Iccid, as_json: JsonFlag = False, wide: WideFlag = False) -> None:
    """A card's details."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        state.emit(client.cards.get_card_detail(iccid=iccid), title=iccid)


@app.command("usage")
def usage(
    ctx: typer.Context,
    iccid: Iccid,
    month: Annotated[str | None, typer.Option(help="A month, YYYY-MM (default: this month).")] = None,
    day: Annotated[str | None, typer.Option(help="A day of the last 30, YYYY-MM-DD.")] = None,
    as_json: JsonFlag = False,
    wide: WideFlag = False,
) -> None:
    """A card's usage in one month or on one day."""
    if month and day:
        raise CliError("give --month or --day, not both")
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        if day:
            result: object = client.cards.get_card_day_usage(iccid=iccid, query_day=day)
        else:
            query_month = month or date.today().strftime("%Y-%m")
            result = client.cards.get_card_month_usage(iccid=iccid, query_month=query_month)
    state.emit(result, title=iccid)


@app.command("network")
def network(
    ctx: typer.Context,
    iccids: Annotated[list[str], typer.Argument(help="One or more ICCIDs.")],
    on: Annotated[bool, typer.Option("--on/--off", help="Switch data service on or off.")],
    as_json: JsonFlag = False,
) -> None:
    """Switch the network (data service) of cards on or off; prints the batch operation."""
    state = state_of(ctx, as_json)
    with state.client() as client:
        state.emit(client.cards.switch_card_network(iccids=iccids, switch_on=on))
