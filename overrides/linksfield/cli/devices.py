"""``linksfield devices show|list``."""

from __future__ import annotations

from typing import Annotated

import typer

from .context import JsonFlag, MaxItems, WideFlag, state_of

app = typer.Typer(help="Devices (SIMs) of the account.", no_args_is_help=True)


@app.command("show")
def show(
    ctx: typer.Context,
    device_id: Annotated[str, typer.Argument(help="Device id (ICCID).")],
    as_json: JsonFlag = False,
    wide: WideFlag = False,
) -> None:
    """One device's details."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        state.emit(client.devices.query_device(device_id=device_id), title=device_id)


@app.command("list")
def list_devices(
    ctx: typer.Context, max_items: MaxItems = None, as_json: JsonFlag = False, wide: WideFlag = False
) -> None:
    """Every device, page by page."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        devices = state.collect(client.devices.iter_query_devices(max_items=max_items), "devices")
    state.emit(devices, title="devices")
