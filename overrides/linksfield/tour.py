"""A scripted walk through every API family against a fresh sandbox (``linksfield tour``, ``python -m
linksfield.tour``; the command itself is :mod:`linksfield.cli.tour`).

It is the project's main job (``nox -s demo``): it proves, end to end over a real socket, that the
generated client plus the hand-written layer can sign, send, unwrap and page through each family.
Every step goes through the public ``linksfield.Client``; the sandbox's admin endpoints are used
only to pick ids in useful states, as a user would read them from their own inventory.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from itertools import islice
from typing import Any

import attrs
import httpx

from linksfield import Client, LinksfieldError
from linksfield.sandbox.launcher import SandboxProcess


@attrs.frozen
class StepResult:
    name: str
    ok: bool
    detail: str
    millis: float


def _client_for(url: str) -> Client:
    # Imported here: the sandbox's config needs the sandbox extra, which ``python -m linksfield.tour``
    # checks for only after this module is imported.
    from linksfield.sandbox import config as sandbox_defaults

    return Client(**sandbox_defaults.client_arguments(url))


class Tour:
    """The steps, in an order where each can use what the previous ones produced."""

    def __init__(self, client: Client, fixtures: dict[str, Any]) -> None:
        self.client = client
        self.fixtures = fixtures
        self.orders: list[str] = []
        self.msg_id = "LK" + time.strftime("%Y%m%d%H%M%S")

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("sync packages", self.sync_packages),
            ("bulk-order a plan for 3 devices", self.bulk_order),
            ("open the first order", self.open_order),
            ("pause it", lambda: self.order_service("pause")),
            ("restart it", lambda: self.order_service("restart")),
            ("finish it early", self.finish_early),
            ("query its device", self.query_device),
            ("read 180 days of CDRs (paged)", self.read_cdrs),
            ("send an SMS", self.send_sms),
            ("query the SMS status", self.sms_status),
            ("read pool detail and usage", self.pool_usage),
            ("read card detail and usage", self.card_usage),
            ("order a plan through CSSS", self.csss_order),
        ]

    def sync_packages(self) -> str:
        data = self.client.packages.sync_packages(page_no=1, page_size=20)
        return f"{len(data.package)} of {data.page.total_count} packages"

    def bulk_order(self) -> str:
        devices = self.fixtures["orderless_devices"][:3]
        data = self.client.packages.batch_order_packages(
            device_list=devices, package_code=self.fixtures["package_code"], is_open="0"
        )
        self.orders = [str(result.order_id) for result in data.device_order if result.error == "0000"]
        if len(self.orders) != 3:
            raise RuntimeError(f"expected 3 orders, got {len(self.orders)}")
        return "orders " + ", ".join(self.orders)

    def open_order(self) -> str:
        data = self.client.packages.open_package(order_id=self.orders[0])
        return f"active {data.order_start_date} .. {data.order_expire_date}"

    def order_service(self, action: str) -> str:
        if action == "pause":
            self.client.devices.pause_service(order_id=self.orders[0])
        else:
            self.client.devices.restart_service(order_id=self.orders[0])
        return self._status_of(self.orders[0])

    def finish_early(self) -> str:
        self.client.packages.finish_order_early(order_id=self.orders[0], ahead_finish_cause="demo tour")
        return self._status_of(self.orders[0])

    def _status_of(self, order_id: str) -> str:
        page = self.client.packages.query_orders(order_id=order_id, page_no=1, page_size=1)
        return f"order status {page.package_order[0].order_status}"

    def query_device(self) -> str:
        device = self.fixtures["orderless_devices"][0]
        data = self.client.devices.query_device(device_id=device)
        return f"lifecycle {data.lifecycle}, ota {data.ota_flag}"

    def read_cdrs(self) -> str:
        today = date.today()
        rows = list(
            islice(
                self.client.cdr.iter_query_sim_cdr(
                    sim_id=self.fixtures["busy_sim"],
                    received_start_time=(today - timedelta(days=179)).isoformat(),
                    received_end_by=today.isoformat(),
                    page_size=100,
                ),
                500,
            )
        )
        return f"{len(rows)} CDR rows, {sum(row.data for row in rows)} bytes"

    def send_sms(self) -> str:
        device = self.fixtures["devices"][0]
        self.client.sms.send_sms(
            flag_list=[{"device_id": device, "msg_id": self.msg_id}],
            sms_content="linksfield demo tour",
            message_type="1",
        )
        return f"msg_id {self.msg_id} to {device}"

    def sms_status(self) -> str:
        data = self.client.sms.query_mt_sms_status(msg_id=self.msg_id, page_no=1, page_size=10)
        return f"{data.total_count} record(s), send status {data.data[0].send_status if data.data else '-'}"

    def pool_usage(self) -> str:
        pool = self.fixtures["pool_code"]
        detail = self.client.pools.get_pool_detail(pool_code=pool)
        month = self.client.pools.get_pool_month_usage(
            pool_code=pool, query_month=date.today().strftime("%Y-%m")
        )
        return f"pool {detail.upool_code}: {detail.total_card} cards, {month.use_flow_kb} KB this month"

    def card_usage(self) -> str:
        iccid = self.fixtures["card_iccid"]
        detail = self.client.cards.get_card_detail(iccid=iccid)
        day = self.client.cards.get_card_day_usage(iccid=iccid, query_day=date.today().isoformat())
        return f"card status {detail.card_status}, {day.use_flow_kb} KB today"

    def csss_order(self) -> str:
        device = self.fixtures["orderless_devices"][3]
        data = self.client.packages.order_package(
            device_id=device,
            global_order="0",
            is_open="0",
            order_period="1",
            package_code=self.fixtures["package_code"],
            package_name="demo plan",
            package_type="2",
            pay_amount="0",
            pay_rst="2",
            test_flow="0",
            test_flow_flag="0",
        )
        return f"order {data.order_id}"


def run_tour(client: Client, fixtures: dict[str, Any]) -> list[StepResult]:
    tour = Tour(client, fixtures)
    results: list[StepResult] = []
    for name, step in tour.steps():
        started = time.perf_counter()
        try:
            detail, ok = step(), True
        except (LinksfieldError, RuntimeError, LookupError, TypeError, ValueError) as exc:
            detail, ok = f"{type(exc).__name__}: {exc}", False
        results.append(StepResult(name, ok, detail, (time.perf_counter() - started) * 1000))
    return results


def render(results: Sequence[StepResult]) -> str:
    width = max(len(r.name) for r in results)
    lines = [f"{'step':<{width}}  {'result':<6}  {'ms':>7}  detail", "-" * (width + 40)]
    for r in results:
        lines.append(f"{r.name:<{width}}  {'ok' if r.ok else 'FAILED':<6}  {r.millis:>7.1f}  {r.detail}")
    passed = sum(r.ok for r in results)
    lines.append(f"{passed}/{len(results)} steps passed")
    return "\n".join(lines)


def walk() -> int:
    """Start a sandbox, run every step against it, print the table; 0 if every step passed."""
    with SandboxProcess() as sandbox:
        print(f"sandbox: {sandbox.url}")
        fixtures: dict[str, Any] = httpx.get(sandbox.admin_url + "/fixtures", timeout=10.0).json()
        with _client_for(sandbox.url) as client:
            results = run_tour(client, fixtures)
        rejected = sandbox.stats().get("rejected_signatures", {})
    print(render(results))
    print(f"signatures refused by the sandbox: {rejected}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    from linksfield._entry import launch

    sys.exit(launch("sandbox", "linksfield.cli.tour", command="python -m linksfield.tour"))
