"""``linksfield orders list|show|open|cancel|finish|pause|restart`` (and ``bulk``, see ``bulk_command``)."""

from __future__ import annotations

from typing import Annotated

import typer

from linksfield_api.models.order_status import OrderStatus

from .context import JsonFlag, MaxItems, WideFlag, state_of
from .errors import CliError, ExitCode

app = typer.Typer(
    help="Package orders: list, inspect and move them through their states.", no_args_is_help=True
)

STATUS_CODES = ", ".join(
    f"{code.value} {code.name.replace('_', ' ').lower()}"
    for code in sorted(OrderStatus, key=lambda c: c.value)
)
"""The codes the spec documents (its ``x-enum-varnames``), as the generated enum carries them."""

OrderId = Annotated[str, typer.Argument(help="The order id (order_code).")]


@app.command("list")
def list_orders(
    ctx: typer.Context,
    device: Annotated[
        str | None, typer.Option(help="Only this device's orders (the API matches fuzzily).")
    ] = None,
    status: Annotated[str | None, typer.Option(help=f"Order status: {STATUS_CODES}.")] = None,
    max_items: MaxItems = None,
    as_json: JsonFlag = False,
    wide: WideFlag = False,
) -> None:
    """List orders, page by page."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        orders = state.collect(
            client.packages.iter_query_orders(device_id=device, order_status=status, max_items=max_items),
            "orders",
        )
    state.emit(orders, title="orders")


@app.command("show")
def show(ctx: typer.Context, order_id: OrderId, as_json: JsonFlag = False, wide: WideFlag = False) -> None:
    """One order."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        page = client.packages.query_orders(order_id=order_id, page_no=1, page_size=1)
    if not page.package_order:
        raise CliError(f"order {order_id} not found", ExitCode.API_ERROR)
    state.emit(page.package_order[0], title=order_id)


@app.command("open")
def open_order(
    ctx: typer.Context, order_id: OrderId, as_json: JsonFlag = False, wide: WideFlag = False
) -> None:
    """Open (activate) an ordered plan. Spends money: never retried after an ambiguous failure."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        state.emit(client.packages.open_package(order_id=order_id), title=order_id)


@app.command("cancel")
def cancel(ctx: typer.Context, order_id: OrderId, as_json: JsonFlag = False) -> None:
    """Cancel an order that has not been activated."""
    state = state_of(ctx, as_json)
    with state.client() as client:
        client.packages.cancel_package(order_id=order_id)
    state.emit({"order_id": order_id, "result": "cancelled"})


@app.command("finish")
def finish(
    ctx: typer.Context,
    order_id: OrderId,
    cause: Annotated[
        str, typer.Option(help="Why the order ends early (sent to the vendor).")
    ] = "ended early",
    as_json: JsonFlag = False,
) -> None:
    """End an active order before it expires."""
    state = state_of(ctx, as_json)
    with state.client() as client:
        client.packages.finish_order_early(order_id=order_id, ahead_finish_cause=cause)
    state.emit({"order_id": order_id, "result": "finished"})


@app.command("pause")
def pause(
    ctx: typer.Context,
    order_id: OrderId,
    device: Annotated[str | None, typer.Option(help="The order's device (some accounts require it).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Pause an active order."""
    state = state_of(ctx, as_json)
    with state.client() as client:
        if device is None:
            client.devices.pause_service(order_id=order_id)
        else:
            client.devices.pause_service(order_id=order_id, device_id=device)
    state.emit({"order_id": order_id, "result": "paused"})


@app.command("restart")
def restart(
    ctx: typer.Context,
    order_id: OrderId,
    device: Annotated[str | None, typer.Option(help="The order's device (some accounts require it).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Restart a paused order."""
    state = state_of(ctx, as_json)
    with state.client() as client:
        if device is None:
            client.devices.restart_service(order_id=order_id)
        else:
            client.devices.restart_service(order_id=order_id, device_id=device)
    state.emit({"order_id": order_id, "result": "restarted"})
