"""Order a data plan, open it, follow the device's orders and read its data usage — fully typed.

Settings come from ``LINKSFIELD_*`` environment variables (``LINKSFIELD_ACCESS_KEY``,
``LINKSFIELD_SECRET_KEY``, ``LINKSFIELD_BASE_URL`` for the sandbox ...)::

    python examples/typed_usage.py 89852022018041800192 DP20190726001274

Ordering and opening spend money, so neither is ever retried after a timeout or a 5xx: the client
raises ``OutcomeUnknownError`` instead, and this script then looks the order up before deciding
anything. The script type-checks with ``MYPYPATH=generated:overrides mypy --strict``.
"""

from __future__ import annotations

import argparse
import logging
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

import linksfield
from linksfield_api.models import CdrRecord, OpenFlag, OrderStatus, PackageOrder
from linksfield_api.types import Unset

log = logging.getLogger("typed_usage")


def find_order(client: linksfield.Client, device_id: str, package_code: str) -> PackageOrder | None:
    """The device's newest order of ``package_code`` not yet enabled, if there is one."""
    waiting = client.packages.iter_query_orders(device_id=device_id, order_status=OrderStatus.NOT_ENABLED)
    matches = [order for order in waiting if order.package_code == package_code]
    return max(matches, key=lambda order: order.order_date, default=None)


def order_plan(client: linksfield.Client, device_id: str, package_code: str) -> str | None:
    """Order one plan for the device (not opened yet); returns the order id."""
    try:
        result = client.packages.batch_order_packages(
            device_list=[device_id], package_code=package_code, is_open=OpenFlag.NO
        )
    except linksfield.OutcomeUnknownError as unknown:
        # The order may exist: look before ordering again, never retry blindly.
        log.warning("%s", unknown)
        existing = find_order(client, device_id, package_code)
        return existing.order_code if existing is not None else None
    for device_order in result.device_order:
        if device_order.error != "0000":
            log.error("device %s: %s", device_order.device_id, device_order.error_msg)
        elif isinstance(device_order.order_id, str):
            return device_order.order_id
    return None


def open_plan(client: linksfield.Client, order_id: str) -> str | None:
    """Activate the order; returns its expiry date when the vendor sends one."""
    try:
        opened = client.packages.open_package(order_id=order_id)
    except linksfield.OutcomeUnknownError as unknown:
        log.warning("%s", unknown)
        page = client.packages.query_orders(page_no=1, page_size=1, order_id=order_id)
        for order in page.package_order:
            if order.order_status == OrderStatus.ACTIVE:
                return order.expire_date or None
        return None
    expiry = opened.order_expire_date
    return expiry if isinstance(expiry, str) else None


def orders_by_status(orders: Iterable[PackageOrder]) -> Counter[str]:
    """Counts per status; a code the spec does not know yet is kept as its plain string."""
    counts: Counter[str] = Counter()
    for order in orders:
        status = order.order_status
        counts[status.name if isinstance(status, OrderStatus) else f"unknown code {status}"] += 1
    return counts


def usage_bytes(records: Iterable[CdrRecord]) -> int:
    return sum(record.data for record in records)


def last_week_usage(client: linksfield.Client, sim_id: str, today: date) -> int:
    records = client.cdr.iter_query_sim_cdr(
        sim_id=sim_id,
        received_start_time=(today - timedelta(days=7)).isoformat(),
        received_end_by=today.isoformat(),
        page_size=100,
        max_pages=50,  # a cap: a runaway device must not page forever
    )
    return usage_bytes(records)


def describe_apn(record: CdrRecord) -> str:
    apn = record.apn
    return "-" if isinstance(apn, Unset) or apn is None else apn


def run(client: linksfield.Client, device_id: str, package_code: str, today: date) -> int:
    order_id = order_plan(client, device_id, package_code)
    if order_id is None:
        log.error("no order was placed for %s", device_id)
        return 1
    expiry = open_plan(client, order_id)
    log.info("order %s is open until %s", order_id, expiry or "(unknown)")

    counts = orders_by_status(client.packages.iter_query_orders(device_id=device_id, page_size=50))
    for status, count in sorted(counts.items()):
        log.info("%-24s %d", status, count)

    raw = client.cdr.with_raw_response.query_sim_cdr(
        sim_id=device_id,
        received_start_time=(today - timedelta(days=1)).isoformat(),
        received_end_by=today.isoformat(),
        page_no=1,
        page_size=10,
    )
    log.info("request %s: %d records in total", raw.request_id or "-", raw.data.total_count)
    for record in raw.data.data:
        log.info("%s %s %d bytes", record.session_started_at, describe_apn(record), record.data)
    log.info("last 7 days: %d bytes", last_week_usage(client, device_id, today))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("device_id")
    parser.add_argument("package_code")
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        with linksfield.Client(timeout=20.0, max_retries=3) as client:
            return run(client, arguments.device_id, arguments.package_code, date.today())
    except linksfield.RateLimitError as limited:
        log.error("rate limited; retry in %ss", limited.retry_after)
    except linksfield.APIError as failure:
        log.error("the API refused: %s", failure)
    except linksfield.ConfigurationError as missing:
        log.error("%s", missing)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
