"""SQLite state of the sandbox: the schema, and the few helpers every module shares.

Plain ``sqlite3`` on one connection, used from worker threads, never from the event loop: a batch
of tens of thousands of devices takes seconds, and the loop must keep answering meanwhile (the
health check, other requests' reading and writing). The connection is opened with
``check_same_thread=False`` and every use goes through :attr:`Store.lock`, a re-entrant lock held
for a whole statement or a whole :meth:`Store.transaction`: one connection's transactions must not
interleave, and holding it serialises writes the way a single vendor database would. Code that
needs several statements to be seen together without writing (``reset``: wipe then seed) holds
the lock around them. ``:memory:`` forgets on exit; a file path keeps orders, pushes and counters
across restarts (the seed runs only into an empty file).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

__all__ = ["SCHEMA_VERSION", "Store"]

SCHEMA_VERSION: Final = "1"

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS packages (
    code TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
    type TEXT NOT NULL, flow_mb TEXT NOT NULL, buy_type TEXT NOT NULL, cover_mcc TEXT NOT NULL,
    cover_countries TEXT NOT NULL, min_period TEXT NOT NULL, max_period TEXT NOT NULL,
    whole_price TEXT NOT NULL, status TEXT NOT NULL, usage_attr TEXT NOT NULL, price_type TEXT NOT NULL,
    cycle_count TEXT NOT NULL, imsi_type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY, position INTEGER NOT NULL, iccid TEXT NOT NULL UNIQUE,
    imsi TEXT NOT NULL UNIQUE, msisdn TEXT NOT NULL, imei TEXT NOT NULL, ota_flag TEXT NOT NULL,
    bip_flag TEXT NOT NULL, multi_imsi TEXT NOT NULL, lifecycle TEXT NOT NULL,
    lifecycle_start TEXT NOT NULL, lifecycle_end TEXT NOT NULL, silent_period TEXT NOT NULL,
    shutdown_period TEXT NOT NULL, partner_code TEXT, partner_name TEXT, supplier_code TEXT NOT NULL,
    mcc TEXT NOT NULL, mnc TEXT NOT NULL, network TEXT NOT NULL, apns TEXT NOT NULL,
    cdr_sessions INTEGER NOT NULL, plan_code TEXT, bind_supported INTEGER NOT NULL, bound_imei TEXT,
    card_status INTEGER NOT NULL, billing_method INTEGER NOT NULL, total_flow_kb INTEGER,
    network_on INTEGER NOT NULL, pool_code TEXT);
CREATE TABLE IF NOT EXISTS orders (
    order_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, device_id TEXT NOT NULL, package_code TEXT NOT NULL,
    status TEXT NOT NULL, pay_rst TEXT NOT NULL, pay_type TEXT, pay_amount TEXT, order_period TEXT NOT NULL,
    global_order TEXT NOT NULL, test_flow_flag TEXT NOT NULL, test_flow TEXT NOT NULL,
    ota_secondary INTEGER NOT NULL, order_date TEXT NOT NULL, active_date TEXT, expire_date TEXT,
    used_flow_kb INTEGER NOT NULL, channel TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS orders_by_device ON orders (device_id, seq);
CREATE INDEX IF NOT EXISTS orders_by_device_status ON orders (device_id, status);
CREATE TABLE IF NOT EXISTS sms (
    id INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL, direction TEXT NOT NULL,
    msg_id TEXT, provider_msg_id TEXT, content TEXT NOT NULL, message_type TEXT, peer TEXT,
    sent_at TEXT NOT NULL, delivered_at TEXT, send_status TEXT NOT NULL, status_report TEXT NOT NULL,
    report_due REAL);
CREATE INDEX IF NOT EXISTS sms_by_device ON sms (device_id, sent_at);
CREATE INDEX IF NOT EXISTS sms_by_msg ON sms (msg_id);
CREATE TABLE IF NOT EXISTS traffic_pools (
    pool_id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, quota_bytes TEXT NOT NULL,
    used_bytes TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pools (
    code TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, en_name TEXT NOT NULL,
    type INTEGER NOT NULL, total_flow_kb REAL, billing_cycle INTEGER NOT NULL, created_at TEXT NOT NULL,
    unit TEXT, start_date TEXT, end_date TEXT, status INTEGER NOT NULL, package_json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    batch_code TEXT PRIMARY KEY, created_at REAL NOT NULL, switch_on INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS batch_cards (
    batch_code TEXT NOT NULL, position INTEGER NOT NULL, iccid TEXT NOT NULL, fails INTEGER NOT NULL,
    PRIMARY KEY (batch_code, position));
CREATE TABLE IF NOT EXISTS bind_tracks (
    id INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL, iccid TEXT NOT NULL,
    imei TEXT NOT NULL, track TEXT NOT NULL, oper_user TEXT, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pushes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, url TEXT NOT NULL, body TEXT NOT NULL,
    created_at REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at REAL NOT NULL,
    delivered_at REAL, last_error TEXT);
CREATE INDEX IF NOT EXISTS pushes_pending ON pushes (delivered_at, id);
CREATE TABLE IF NOT EXISTS stats (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

_TABLES: Final = (
    "meta", "counters", "packages", "devices", "orders", "sms", "traffic_pools", "pools", "batches",
    "batch_cards", "bind_tracks", "pushes", "stats",
)  # fmt: skip


class Store:
    """One SQLite connection with the sandbox schema; rows come back as ``sqlite3.Row``."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lock = threading.RLock()
        """Held for every statement and every transaction; re-entrant, so a transaction's statements nest."""
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self.lock:  # waits for a transaction still running in a worker thread
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: a refused batch must not leave half its orders behind."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def one(self, sql: str, *args: Any) -> sqlite3.Row | None:
        with self.lock:
            row: sqlite3.Row | None = self.conn.execute(sql, args).fetchone()
        return row

    def all(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        with self.lock:
            return list(self.conn.execute(sql, args).fetchall())

    def scalar(self, sql: str, *args: Any) -> Any:
        with self.lock:
            row = self.conn.execute(sql, args).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        with self.lock:
            return self.conn.execute(sql, args)

    def meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", key)
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        self.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value)

    def next_counter(self, name: str) -> int:
        """The next number of a named sequence (order ids, batch codes); survives restarts."""
        with self.lock:
            self.execute(
                "INSERT INTO counters (name, value) VALUES (?, 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1",
                name,
            )
            return int(self.scalar("SELECT value FROM counters WHERE name = ?", name))

    def bump(self, name: str, by: int = 1) -> None:
        """Add to a named statistic (rejected signatures, refusals, faults ...)."""
        self.execute(
            "INSERT INTO stats (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + ?",
            name,
            by,
            by,
        )

    def stats(self) -> dict[str, int]:
        return {
            str(r["name"]): int(r["value"]) for r in self.all("SELECT name, value FROM stats ORDER BY name")
        }

    def wipe(self) -> None:
        """Empty every table (``/_sandbox/reset``), keeping the schema."""
        with self.transaction() as conn:
            for table in _TABLES:
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM sqlite_sequence")
