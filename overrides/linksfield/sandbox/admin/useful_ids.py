"""``GET /_sandbox/fixtures``: ids of the seeded data in states a test needs (fresh devices, an unpaid
order, a paused one ...), found by query so they stay right whatever the seed drew."""

from __future__ import annotations

from typing import Any

from ..runtime import Runtime

__all__ = ["useful_ids"]


def useful_ids(runtime: Runtime) -> dict[str, Any]:
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
