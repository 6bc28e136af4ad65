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
API's (``inputs``: size cap with a 413, nesting, numbers, valid Unicode) and every argument is
bounded (``limit`` 0 to 1,000,000, ``seed`` a signed 64-bit integer, ``callback_url`` an http(s)
URL, ``faults`` at most 2,000 characters), so a bad argument is a 4xx ``{"error": "<field>:
<reason>"}``, never a 500. Except ``health`` (which must answer while anything else runs), each
runs in a worker thread, as the store is only used from those.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, Final

import httpx
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .clock import vendor_now, wire_datetime
from .envelopes import JSONAnswer
from .faults import parse_fault_spec
from .inputs import BadRequest, bounded_integer, decode_json, is_text, read_body, text_arg
from .pushes import PushKind, push_summary, queue_push, sms_mo_push
from .refusals import Refusal
from .runtime import Runtime

__all__ = ["admin_routes", "operation_stats", "stats"]


def _nested(flat: dict[str, int], prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in flat.items():
        if name.startswith(prefix + "."):
            out[name[len(prefix) + 1 :]] = value
    return out


def operation_stats(runtime: Runtime, flat: dict[str, int]) -> dict[str, dict[str, Any]]:
    """Per operation id, in spec order: who serves it (``handler`` or ``spec``) and how often it was
    called (counted before faults, like ``requests``); spec-served ones say where their answer comes
    from (``example <name>``, ``synthesised`` or ``fallback`` with the ``problem``)."""
    calls = _nested(flat, "calls")
    out: dict[str, dict[str, Any]] = {}
    for op in runtime.index.operations:
        served = runtime.served.get(op.operation_id)
        entry: dict[str, Any] = {
            "served_by": served.served_by if served else "handler",
            "calls": calls.get(op.operation_id, 0),
        }
        if served is not None and served.answer is not None:
            entry["answer"] = served.answer.source
            if served.answer.problem:
                entry["problem"] = served.answer.problem
        out[op.operation_id] = entry
    return out


def stats(runtime: Runtime) -> dict[str, Any]:
    store = runtime.store
    flat = store.stats()
    operations = operation_stats(runtime, flat)
    rejected = _nested(flat, "rejected")
    reasons: dict[str, dict[str, int]] = {}
    for key, value in _nested(flat, "rejected_reason").items():
        family, _, reason = key.partition(".")
        reasons.setdefault(family, {})[reason] = value
    per_device = {
        str(r["device_id"]): int(r["n"])
        for r in store.all(
            "SELECT device_id, COUNT(*) AS n FROM orders WHERE channel != 'seed' GROUP BY device_id ORDER BY device_id"
        )
    }
    by_status = {
        str(r["status"]): int(r["n"])
        for r in store.all("SELECT status, COUNT(*) AS n FROM orders GROUP BY status")
    }
    pushes = push_summary(store)
    pushes["skipped_no_callback"] = _nested(flat, "pushes.skipped")
    return {
        "seed": runtime.seed,
        "anchor": store.meta("anchor"),
        "callback_url": runtime.callback_url,
        "faults_spec": runtime.faults.spec.text,
        "requests": _nested(flat, "requests"),
        "served_from_spec": [name for name, entry in operations.items() if entry["served_by"] == "spec"],
        "operations": operations,
        "rejected_signatures": {
            "cmp": rejected.get("cmp", 0),
            "csss": rejected.get("csss", 0),
            "pool": rejected.get("pool", 0),
            "total": sum(rejected.values()),
        },
        "rejected_reasons": reasons,
        "bad_requests": _nested(flat, "bad_requests"),
        "internal_errors": flat.get("internal_errors", 0),  # the last resort's 500s: 0 unless a bug
        "refusals": _nested(flat, "refusals"),
        "orders": {
            "total": sum(by_status.values()),
            "by_status": by_status,
            "created": _nested(flat, "orders.created"),
            "per_device": per_device,
        },
        "transitions": _nested(flat, "transitions"),
        "pushes": pushes,
        "faults": _nested(flat, "faults"),
        "sms": _nested(flat, "sms"),
    }


PUSHES_LIMIT_MAX: Final = 1_000_000
SEED_MIN: Final = -(2**63)
SEED_MAX: Final = 2**63 - 1
CALLBACK_URL_MAX: Final = 2048

Work = Callable[[Request, dict[str, Any]], Response]


def _json_object(raw: bytes) -> dict[str, Any]:
    """An admin body: empty means ``{}``; otherwise a JSON object through the input gate."""
    if not raw.strip():
        return {}
    document = decode_json(raw)
    if not isinstance(document, dict):
        raise BadRequest("body", "must be a JSON object")
    return document


def _refused(bad: BadRequest) -> Response:
    response = JSONResponse({"error": bad.message}, status_code=bad.status)
    if bad.status == 413:
        response.headers["Connection"] = "close"  # the rest of the body is not read
    return response


def _callback_url(value: Any) -> str | None:
    """``callback_url``: null or empty to switch pushes off, else an absolute http(s) URL."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadRequest("callback_url", "must be a string or null")
    if not is_text(value):
        raise BadRequest("callback_url", "is not valid Unicode")
    if len(value) > CALLBACK_URL_MAX:
        raise BadRequest("callback_url", f"must be at most {CALLBACK_URL_MAX} characters")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise BadRequest("callback_url", "is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise BadRequest("callback_url", "must be an absolute http or https URL")
    return value


def _fixtures(runtime: Runtime) -> dict[str, Any]:
    store = runtime.store

    def first(sql: str, *args: Any) -> Any:
        return store.scalar(sql, *args)

    def ids(sql: str) -> list[str]:
        return [str(r[0]) for r in store.all(sql)]

    usable = "lifecycle = '2' AND ota_flag = '2' AND network_on = 1"
    return {
        "devices": ids(f"SELECT device_id FROM devices WHERE {usable} ORDER BY position LIMIT 150"),
        "orderless_devices": ids(
            f"SELECT device_id FROM devices d WHERE {usable} AND NOT EXISTS "
            "(SELECT 1 FROM orders o WHERE o.device_id = d.device_id) ORDER BY position LIMIT 20"
        ),
        "ota_device": first(
            "SELECT d.device_id FROM devices d JOIN orders o ON o.device_id = d.device_id "
            "WHERE d.ota_flag = '1' AND o.status = '2' ORDER BY d.position"
        ),
        "package_code": first("SELECT code FROM packages WHERE status = '1' AND type = '2' ORDER BY position"),
        "obsolete_package": first("SELECT code FROM packages WHERE status = '2' ORDER BY position"),
        "ordered_order": first("SELECT order_id FROM orders WHERE status = '1' AND pay_rst = '2' AND ota_secondary = 0 ORDER BY seq"),
        "unpaid_order": first("SELECT order_id FROM orders WHERE status = '1' AND pay_rst = '1' ORDER BY seq"),
        "ota_secondary_order": first("SELECT order_id FROM orders WHERE status = '1' AND ota_secondary = 1 ORDER BY seq"),
        "active_order": first("SELECT order_id FROM orders WHERE status = '2' ORDER BY seq"),
        "paused_order": first("SELECT order_id FROM orders WHERE status = '5' ORDER BY seq"),
        "ended_order": first("SELECT order_id FROM orders WHERE status = '3' ORDER BY seq"),
        "busy_sim": first("SELECT device_id FROM devices ORDER BY cdr_sessions DESC, position LIMIT 1"),
        "imsi": first("SELECT imsi FROM devices WHERE lifecycle = '2' ORDER BY position"),
        "pool_code": first("SELECT code FROM pools WHERE status = 1 ORDER BY position"),
        "card_iccid": first("SELECT iccid FROM devices WHERE card_status = 8 AND cdr_sessions < 50 ORDER BY position"),
        "test_period_card": first("SELECT iccid FROM devices WHERE card_status = 12 ORDER BY position"),
        "bindable_device": first("SELECT device_id FROM devices WHERE bind_supported = 1 AND bound_imei IS NULL ORDER BY position"),
    }  # fmt: skip


def admin_routes(runtime: Runtime) -> list[Route]:
    limit = runtime.config.max_body_bytes

    def admin(work: Work, *, reads_body: bool = False) -> Callable[[Request], Awaitable[Response]]:
        """An admin endpoint: the body read (capped) on the loop, everything else in a worker thread."""

        def run(request: Request, raw: bytes) -> Response:
            try:
                return work(request, _json_object(raw) if reads_body else {})
            except BadRequest as bad:
                return _refused(bad)

        async def endpoint(request: Request) -> Response:
            try:
                raw = await read_body(request, limit) if reads_body else b""
            except BadRequest as bad:
                return _refused(bad)
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
                raise BadRequest("faults", "is not valid Unicode")
            try:
                faults = parse_fault_spec(text)
            except ValueError as exc:
                raise BadRequest("faults", str(exc)) from None
        url = _callback_url(body["callback_url"]) if "callback_url" in body else runtime.callback_url
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
        return JSONResponse(_fixtures(runtime))

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
