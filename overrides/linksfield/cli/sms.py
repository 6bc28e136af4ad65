"""``linksfield sms send|status``."""

from __future__ import annotations

import secrets
import time
from typing import Annotated

import typer

from linksfield_api.types import UNSET

from .context import JsonFlag, MaxItems, WideFlag, state_of
from .errors import CliError

app = typer.Typer(help="Mobile-terminated SMS.", no_args_is_help=True)


def new_msg_id() -> str:
    """``LK`` + time + random: unique per message and within the API's 32 characters."""
    return f"LK{time.strftime('%Y%m%d%H%M%S')}{secrets.token_hex(4)}"


@app.command("send")
def send(
    ctx: typer.Context,
    device: Annotated[str, typer.Option(help="The receiving device id (ICCID).")],
    text: Annotated[str, typer.Option(help="The message.")],
    msg_id: Annotated[
        str | None, typer.Option(help="Your id for the message (LK...); generated if left out.")
    ] = None,
    binary: Annotated[bool, typer.Option(help="Send TEXT as a binary (hex) message.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Send one SMS. Not retried after an ambiguous failure: check with ``sms status --msg-id``."""
    state = state_of(ctx, as_json)
    message_id = msg_id or new_msg_id()
    if not message_id.startswith("LK"):
        raise CliError("--msg-id must start with LK (the API's rule)")
    with state.client() as client:
        client.sms.send_sms(
            flag_list=[{"device_id": device, "msg_id": message_id}],
            sms_content=text,
            message_type="2" if binary else "1",
        )
    state.emit({"msg_id": message_id, "device_id": device, "result": "sent"})


@app.command("status")
def status(
    ctx: typer.Context,
    msg_id: Annotated[str | None, typer.Option(help="The message id given when sending.")] = None,
    device: Annotated[str | None, typer.Option(help="All messages to this device.")] = None,
    max_items: MaxItems = None,
    as_json: JsonFlag = False,
    wide: WideFlag = False,
) -> None:
    """Delivery status of messages, by message id or device."""
    if msg_id is None and device is None:
        raise CliError("give --msg-id or --device")
    state = state_of(ctx, as_json, wide)
    with state.client() as client:
        records = state.collect(
            client.sms.iter_query_mt_sms_status(
                msg_id=UNSET if msg_id is None else msg_id,
                device_id=UNSET if device is None else device,
                max_items=max_items,
            ),
            "messages",
        )
    state.emit(records, title="sms")
