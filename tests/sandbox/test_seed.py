"""Seed data: deterministic, complete (every coded state present) and big where it must be."""

from __future__ import annotations

from datetime import date, timedelta

from linksfield.sandbox.behaviours.views import cdr_sim
from linksfield.sandbox.seed import luhn_iccid, seed_store
from linksfield.sandbox.state.cdrs import count_rows, day_rows
from linksfield.sandbox.state.order_book import expire_for
from linksfield.sandbox.state.store import Store

from .support import schema_valid

ANCHOR = date(2025, 6, 15)
TABLES = (
    "packages",
    "devices",
    "orders",
    "sms",
    "traffic_pools",
    "pools",
    "batches",
    "batch_cards",
    "bind_tracks",
)


def _dump(seed: int) -> dict[str, list[tuple[object, ...]]]:
    store = Store(":memory:")
    seed_store(store, seed=seed, anchor=ANCHOR)
    dump = {table: [tuple(r) for r in store.all(f"SELECT * FROM {table} ORDER BY 1, 2")] for table in TABLES}
    store.close()
    return dump


def test_same_seed_same_data_other_seed_other_data() -> None:
    assert _dump(7) == _dump(7)
    assert _dump(7)["devices"] != _dump(8)["devices"]


def test_every_coded_state_is_present() -> None:
    store = Store(":memory:")
    seed_store(store, seed=1, anchor=ANCHOR)

    def values(sql: str) -> set[str]:
        return {str(r[0]) for r in store.all(sql)}

    assert store.scalar("SELECT COUNT(*) FROM devices") == 300
    assert values("SELECT type FROM packages") == {"0", "1", "2", "3", "4", "5"}
    assert values("SELECT status FROM orders") == {"1", "2", "3", "5"}
    assert values("SELECT pay_rst FROM orders WHERE status = '1'") == {"1", "2"}
    assert values("SELECT ota_secondary FROM orders") == {"0", "1"}
    assert values("SELECT lifecycle FROM devices") == {"0", "1", "2", "3", "4", "5"}
    assert {"1", "4", "8", "12", "16", "18"} <= values("SELECT card_status FROM devices")
    assert values("SELECT type FROM pools") == {"1", "2", "3"}
    assert values("SELECT direction FROM sms") == {"MO", "MT"}
    iccids = values("SELECT iccid FROM devices")
    assert len(iccids) == 300 and all(schema_valid("Iccid", i) is None for i in iccids)
    assert all(schema_valid("Imsi", i) is None for i in values("SELECT imsi FROM devices"))
    assert all(schema_valid("Msisdn", m) is None for m in values("SELECT msisdn FROM devices"))


def test_cdrs_are_lazy_deterministic_and_plentiful() -> None:
    store = Store(":memory:")
    seed_store(store, seed=1, anchor=ANCHOR)
    days = [ANCHOR - timedelta(days=i) for i in range(181)]
    sims = [cdr_sim(row, 1) for row in store.all("SELECT * FROM devices")]
    assert sum(count_rows(sim, days, sim.apns) for sim in sims) >= 100_000
    busy = max(sims, key=lambda s: s.sessions_per_day)
    rows = day_rows(busy, ANCHOR, busy.apns)
    assert rows == day_rows(busy, ANCHOR, busy.apns) and len(rows) == count_rows(busy, [ANCHOR], busy.apns)
    assert all(schema_valid("CdrRecord", r) is None for r in rows[:50])


def test_helpers() -> None:
    assert luhn_iccid("7992739871") == "79927398713"  # the textbook Luhn example
    assert expire_for("1", date(2024, 1, 1), 7) == date(2024, 1, 7)
    assert expire_for("2", date(2024, 1, 31), 1) == date(2024, 2, 28)
    assert expire_for("5", date(2024, 3, 1), 2) == date(2026, 2, 28)
