"""The background task: delivers owed pushes, reports SMS delivery, and expires orders.

Delivery is strictly first-in first-out (a receiver sees an order's pushes in the order they
happened, and a failing head blocks the queue as one vendor sender would), retried with exponential backoff until the receiver answers with the exact
acknowledgement its kind documents: ``1`` for order pushes, ``{"code":"0","message":"success"}``
for SMS pushes (R-PUSH-ACK). Anything else, including a timeout or a 200 with another body, is a
failed attempt. State lives in the ``pushes`` table, so a restart resumes where it stopped.

The worker is a task of the event loop, but every store access runs in a worker thread (the store
may be held for seconds by a large batch; the loop must not wait for it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from datetime import datetime
from typing import Final

import httpx
from starlette.concurrency import run_in_threadpool

from ..runtime import Runtime
from ..state.clock import VENDOR_TZ, vendor_today, wire_datetime
from .outbox import PushKind, queue_push, sms_mt_push

__all__ = ["PushWorker", "is_acknowledged"]

log = logging.getLogger("linksfield.sandbox.pushes")
_IDLE: Final = 0.5
_SWEEP_EVERY: Final = 1.0


def is_acknowledged(kind: str, response: httpx.Response) -> bool:
    if response.status_code != 200:
        return False
    if kind == PushKind.ORDER.value:
        return response.text.strip() == "1"
    try:
        ack = response.json()
    except ValueError:
        return False
    return isinstance(ack, dict) and ack.get("code") == "0" and ack.get("message") == "success"


class PushWorker:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._last_sweep = 0.0

    async def run(self) -> None:
        config = self.runtime.config
        async with httpx.AsyncClient(timeout=config.push_timeout, trust_env=False) as client:
            while True:
                self.runtime.wake.clear()  # before the work: a push queued meanwhile re-wakes us
                try:
                    await run_in_threadpool(self.housekeeping)
                    wait = await self.deliver_due(client)
                except Exception:  # the worker must outlive any one bad row or a racing reset
                    log.exception("push worker iteration failed; retrying")
                    wait = _IDLE
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self.runtime.wake.wait(), timeout=wait)

    def housekeeping(self) -> None:
        """SMS delivery reports that are due, and order expiry (at most once a second)."""
        store = self.runtime.store
        now = time.time()
        for sms in store.all(
            "SELECT s.*, d.iccid, d.msisdn, d.supplier_code, d.lifecycle, d.network_on FROM sms s "
            "JOIN devices d ON d.device_id = s.device_id WHERE s.report_due IS NOT NULL AND s.report_due <= ?",
            now,
        ):
            delivered = sms["lifecycle"] in ("1", "2") and bool(sms["network_on"])
            when = datetime.fromtimestamp(now, VENDOR_TZ).replace(microsecond=0)
            with store.transaction():
                store.execute(
                    "UPDATE sms SET status_report = ?, delivered_at = ?, report_due = NULL WHERE id = ?",
                    "1" if delivered else "2", wire_datetime(when), sms["id"],
                )  # fmt: skip
                body = sms_mt_push(
                    str(sms["supplier_code"]), str(sms["provider_msg_id"]), str(sms["msisdn"]), str(sms["iccid"]),
                    delivered, when,
                )  # fmt: skip
                queue_push(store, self.runtime.callback_url, PushKind.SMS_MT, body)
        if now - self._last_sweep >= _SWEEP_EVERY:
            self._last_sweep = now
            self.runtime.orders.sweep_expired(vendor_today())

    async def deliver_due(self, client: httpx.AsyncClient) -> float:
        """Attempt the oldest owed push while one is due; return how long to sleep until the next."""
        store = self.runtime.store
        config = self.runtime.config
        while True:
            push = await run_in_threadpool(
                store.one, "SELECT * FROM pushes WHERE delivered_at IS NULL ORDER BY id LIMIT 1"
            )
            if push is None:
                return _IDLE
            wait = float(push["next_attempt_at"]) - time.time()
            if wait > 0:
                return max(0.01, min(_IDLE, wait))
            # The callback URL in force now wins over the one at queue time: a receiver that
            # moved (or came back after a restart) gets the backlog.
            url = self.runtime.callback_url or str(push["url"])
            ok, error = await self._attempt(client, url, push)
            attempts = int(push["attempts"]) + 1
            if ok:
                await run_in_threadpool(
                    store.execute,
                    "UPDATE pushes SET attempts = ?, delivered_at = ?, last_error = NULL WHERE id = ?",
                    attempts, time.time(), push["id"],
                )  # fmt: skip
                continue
            backoff = min(config.push_backoff * 2 ** (attempts - 1), config.push_backoff_max)
            await run_in_threadpool(
                store.execute,
                "UPDATE pushes SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts, time.time() + backoff, error, push["id"],
            )  # fmt: skip

    async def _attempt(
        self, client: httpx.AsyncClient, url: str, push: sqlite3.Row
    ) -> tuple[bool, str | None]:
        body = str(push["body"]).encode("utf-8")
        try:
            response = await client.post(url, content=body, headers={"Content-Type": "application/json"})
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL is no HTTPError
            return False, f"{type(exc).__name__}: {exc}"[:500]
        if is_acknowledged(str(push["kind"]), response):
            return True, None
        return False, f"HTTP {response.status_code}: {response.text[:200]!r} is not the acknowledgement"
