"""``linksfield packages list``: the catalogue of data plans."""

from __future__ import annotations

import typer

from .context import JsonFlag, MaxItems, WideFlag, state_of

app = typer.Typer(help="The catalogue of data plans.", no_args_is_help=True)


@app.command("list")
def list_packages(
    ctx: typer.Context, max_items: MaxItems = None, as_json: JsonFlag = False, wide: WideFlag = False
) -> None:
    """List the packages this account can order (code, name, type, price, status)."""
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        packages = state.collect(client.packages.iter_sync_packages(max_items=max_items), "packages")
    state.emit(packages, title="packages")
