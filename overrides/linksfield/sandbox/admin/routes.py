"""Admin endpoints under ``/_sandbox/``: outside the spec's paths, unauthenticated, never faulted.

They let tests and the demo look behind the API without changing it: how many requests were
rejected for their signature (a fuzz run must fail on any), how many orders each device really got
(the proof that a dropped answer did not double a spend), what pushes are owed; and they drive
what only the network could trigger (an MO SMS, an order's expiry) or change a running sandbox
(callback URL, faults, reset).

============================================  ================================================
``GET  /_sandbox/health``                      ``{"status": "ok"}`` once the app has started
``GET  /_sandbox/stats``                       counters, and per operation who serves it and its calls
``POST /_sandbox/reset``                       wipe and reseed; body ``{"seed": N}`` optional
``POST /_sandbox/config``                      ``{"callback_url": "...", "faults": "rate429=..."}``
``GET  /_sandbox/pushes?state=pending|all``    owed and delivered pushes (newest first)
``POST /_sandbox/sms/mo``                      ``{"device_id", "dest_address", "sms_content"}``
``GET  /_sandbox/orders/{order_id}``           one order's stored row
``POST /_sandbox/orders/{order_id}/expire``    expire an active or paused order now (push 1008)
``GET  /_sandbox/devices/{device_id}``         one device's stored row (ICCID, IMSI, flags ...)
``GET  /_sandbox/fixtures``                    ids in useful states (fresh devices, unpaid order ...)
============================================  ================================================

They are the sandbox's own control plane, reachable without any signature: the sandbox binds
127.0.0.1 by default and is a development tool, so whoever can reach the port owns the sandbox (do
not expose it). Unauthenticated is not unchecked: bodies go through the same input gate as the
API's (``gateway.inputs``: size cap with a 413, nesting, numbers, valid Unicode) and every argument is
bounded (``limit`` 0 to 1,000,000, ``seed`` a signed 64-bit integer, ``callback_url`` an http(s)
URL, ``faults`` at most 2,000 characters), so a bad argument is a 4xx ``{"error": "<field>:
<reason>"}``, never a 500. Except ``health`` (which must answer while anything else runs), each
runs in a worker thread, as the store is only used from those.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ... import _json_gate as gate
from ..gateway.envelopes import JSONAnswer
from ..gateway.faults import parse_fault_spec
from ..gateway.inputs import BadRequest, is_text, read_body
from ..gateway.refusals import Refusal
from ..pushes.outbox import PushKind, queue_push, sms_mo_push
from ..runtime import Runtime
from ..state.clock import vendor_now, wire_datetime
from .arguments import (
    PUSHES_LIMIT_MAX,
    SEED_MAX,
    SEED_MIN,
    bounded_integer,
    callback_url,
    json_object,
    refused,
    text_arg,
)
from .stats import stats
from .useful_ids import useful_ids

__all__ = ["admin_routes"]

Work = Callable[[Request, dict[str, Any]], Response]


def admin_routes(runtime: Runtime) -> list[Route]:
    limit = runtime.config.max_body_bytes

    def admin(work: Work, *, reads_body: bool = False) -> Callable[[Request], Awaitable[Response]]:
        """An admin endpoint: the body read (capped) on the loop, everything else in a worker thread."""

        def run(request: Request, raw: bytes) -> Response:
            try:
                return work(request, json_object(raw) if reads_body else {})
            except BadRequest as bad:
                return refused(bad)

        async def endpoint(request: Request) -> Response:
            try:
                raw = await read_body(request, limit) if reads_body else b""
            except BadRequest as bad:
                return refused(bad)
            return await run_in_threadpool(run, request, raw)

        endpoint.__name__ = work.__name__
        return endpoint

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    def get_stats(request: Request, body: dict[str, Any]) -> Response:
        return JSONResponse(stats(runtime))

    def reset(request: Request, body: dict[str, Any]) -> Response:
        seed = body.get("seed")
        if seed is not None:
            seed = bounded_integer(seed, "seed", minimum=SEED_MIN, maximum=SEED_MAX)
        runtime.reset(seed)
        return JSONResponse({"status": "reset", "seed": runtime.seed})

    def configure(request: Request, body: dict[str, Any]) -> Response:
        faults = None
        if "faults" in body:
            text = body["faults"]
            if text is not None and not isinstance(text, str):
                raise BadRequest("faults", "must be a string of key=value pairs")
            if text is not None and not is_text(text):
                raise BadRequest("faults", gate.LONE_SURROGATE)
            try:
                faults = parse_fault_spec(text)
            except ValueError as exc:
                raise BadRequest("faults", str(exc)) from None
        url = callback_url(body["callback_url"]) if "callback_url" in body else runtime.callback_url
        # Both checked before either is applied: a refused request changes nothing.
        if faults is not None:
            runtime.set_faults(faults)
        runtime.callback_url = url
        return JSONResponse({"callback_url": runtime.callback_url, "faults": runtime.faults.spec.text})

    def pushes(request: Request, body: dict[str, Any]) -> Response:
        state = request.query_params.get("state", "all")
        count = bounded_integer(
            request.query_params.get("limit", "100"), "limit", minimum=0, maximum=PUSHES_LIMIT_MAX
        )
        where = "WHERE delivered_at IS NULL" if state == "pending" else ""
        rows = runtime.store.all(f"SELECT * FROM pushes {where} ORDER BY id DESC LIMIT ?", count)
        return JSONAnswer(
            [
                {
                    "id": r["id"], "kind": r["kind"], "url": r["url"], "body": json.loads(r["body"]),
                    "attempts": r["attempts"], "delivered": r["delivered_at"] is not None, "last_error": r["last_error"],
                }
                for r in rows
            ]
        )  # fmt: skip

    def sms_mo(request: Request, body: dict[str, Any]) -> Response:
        device_id = text_arg(body, "device_id")
        if device_id is None:
            raise BadRequest("device_id", "is required (with dest_address and sms_content)")
        dest = text_arg(body, "dest_address", default="12345") or ""
        content = text_arg(body, "sms_content", default="") or ""
        store = runtime.store
        row = store.one("SELECT * FROM devices WHERE device_id = ? OR iccid = ?", device_id, device_id)
        if row is None:
            return JSONResponse({"error": "device_id: no such device"}, status_code=404)
        when = vendor_now()
        push = sms_mo_push(
            str(row["supplier_code"]), str(row["msisdn"]), str(row["iccid"]), dest, content, when
        )
        with store.transaction():
            store.execute(
                "INSERT INTO sms (device_id, direction, content, message_type, peer, sent_at, send_status, status_report)"
                " VALUES (?, 'MO', ?, '1', ?, ?, '1', '')",
                row["device_id"], content, dest, wire_datetime(when),
            )  # fmt: skip
            queued = queue_push(store, runtime.callback_url, PushKind.SMS_MO, push)
            store.bump("sms.mo_received")
        runtime.notify()
        return JSONResponse({"queued": queued, "push": push})

    def order(request: Request, body: dict[str, Any]) -> Response:
        row = runtime.store.one("SELECT * FROM orders WHERE order_id = ?", request.path_params["order_id"])
        if row is None:
            return JSONResponse({"error": "no such order"}, status_code=404)
        return JSONResponse(dict(row))

    def device(request: Request, body: dict[str, Any]) -> Response:
        row = runtime.store.one("SELECT * FROM devices WHERE device_id = ?", request.path_params["device_id"])
        if row is None:
            return JSONResponse({"error": "no such device"}, status_code=404)
        return JSONResponse(dict(row))

    def expire(request: Request, body: dict[str, Any]) -> Response:
        try:
            runtime.orders.expire(str(request.path_params["order_id"]))
        except Refusal as refusal:
            return JSONResponse({"error": refusal.message, "code": refusal.rule.cmp_code}, status_code=409)
        runtime.notify()
        return JSONResponse({"status": "expired"})

    def fixtures(request: Request, body: dict[str, Any]) -> Response:
        return JSONResponse(useful_ids(runtime))

    return [
        Route("/_sandbox/health", health, methods=["GET"]),
        Route("/_sandbox/stats", admin(get_stats), methods=["GET"]),
        Route("/_sandbox/reset", admin(reset, reads_body=True), methods=["POST"]),
        Route("/_sandbox/config", admin(configure, reads_body=True), methods=["POST"]),
        Route("/_sandbox/pushes", admin(pushes), methods=["GET"]),
        Route("/_sandbox/sms/mo", admin(sms_mo, reads_body=True), methods=["POST"]),
        Route("/_sandbox/orders/{order_id}", admin(order), methods=["GET"]),
        Route("/_sandbox/orders/{order_id}/expire", admin(expire), methods=["POST"]),
        Route("/_sandbox/devices/{device_id}", admin(device), methods=["GET"]),
        Route("/_sandbox/fixtures", admin(fixtures), methods=["GET"]),
    ]
