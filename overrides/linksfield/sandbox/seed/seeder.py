"""Deterministic seed data: a believable account with a few hundred SIMs, its catalogue and history.

Everything comes from one ``random.Random(seed)`` and an anchor day, so two sandboxes started with
the same seed on the same day hold identical data, and a failing test can be replayed. The fixed
rows (catalogue, pools, the ids the spec's examples use) are ``fixtures``; this module draws the
rest around them. Every package type, order status, card status and pool type is present.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from typing import Any

from ..state.clock import VENDOR_TZ, add_months, wire_datetime
from ..state.order_book import expire_for
from ..state.store import SCHEMA_VERSION, Store
from .fixtures import (
    APNS,
    EXAMPLE_BATCH,
    EXAMPLE_BIND_TRACKS,
    EXAMPLE_SMS,
    NAMED_DEVICES,
    NAMED_ORDERS,
    NETWORKS,
    PACKAGES,
    PARTNERS,
    POOLS,
    TRAFFIC_POOLS,
)

__all__ = ["luhn_iccid", "seed_store"]


def luhn_iccid(body: str) -> str:
    """``body`` plus its Luhn check digit, as real ICCIDs carry."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


class _Seeder:
    def __init__(self, store: Store, seed: int, anchor: date, device_count: int) -> None:
        self.store = store
        self.seed = seed
        self.rng = random.Random(seed)
        self.anchor = anchor
        self.device_count = max(device_count, len(NAMED_DEVICES))
        self.devices: list[dict[str, Any]] = []
        self.order_seq = 0

    # -- helpers --------------------------------------------------------------------------------
    def moment(self, days_ago: int) -> datetime:
        day = self.anchor - timedelta(days=days_ago)
        return datetime.combine(day, time(0), tzinfo=VENDOR_TZ) + timedelta(
            seconds=self.rng.randrange(86_400)
        )

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # -- tables ---------------------------------------------------------------------------------
    def packages(self) -> None:
        rows = []
        for position, (code, name, ptype, flow, buy, cover, status, usage, price_type, price) in enumerate(
            PACKAGES
        ):
            rows.append(
                (
                    code, position, name, "" if position % 3 else f"{name} ({cover[1]})", ptype, flow, buy,
                    cover[0], cover[1], "1", "-1" if buy == "2" else "12", price, status, usage, price_type,
                    "1", "2" if position % 2 == 0 else "1",
                )
            )  # fmt: skip
        self.store.conn.executemany("INSERT INTO packages VALUES (" + ",".join("?" * 17) + ")", rows)

    def device_rows(self) -> None:
        used_iccids: set[str] = set()
        used_imsis: set[str] = set()
        pools = [p[0] for p in POOLS]
        for position in range(self.device_count):
            named = NAMED_DEVICES[position] if position < len(NAMED_DEVICES) else None
            net = NETWORKS[named[1] if named else self.rng.randrange(len(NETWORKS))]
            extras: dict[str, Any] = dict(named[5]) if named else {}
            if named:
                device_id = named[0]
                iccid = named[2] or named[0]
            else:
                while True:
                    body = net.iccid_prefix + self.digits(18 - len(net.iccid_prefix))
                    iccid = luhn_iccid(body + self.digits(1))
                    if iccid not in used_iccids:
                        break
                device_id = iccid
            used_iccids.add(iccid)
            imsi = named[3] if named and named[3] else None
            while imsi is None or imsi in used_imsis:
                imsi = net.imsi_prefix + self.digits(15 - len(net.imsi_prefix))
            used_imsis.add(imsi)
            msisdn = (named[4] if named and named[4] else None) or net.msisdn_prefix + self.digits(
                13 - len(net.msisdn_prefix)
            )
            roll = self.rng.random()
            lifecycle = extras.get("lifecycle") or (
                "2" if roll < 0.70 or named else
                "1" if roll < 0.80 else
                "3" if roll < 0.88 else
                "0" if roll < 0.93 else
                "5" if roll < 0.98 else "4"
            )  # fmt: skip
            card_status = extras.get("card_status") or {
                "2": 8, "1": 1, "3": 16 if self.rng.random() < 0.5 else 4, "0": 12, "5": 12, "4": 18,
            }[lifecycle]  # fmt: skip
            if not named and self.rng.random() < 0.01:
                card_status = 99
            start = self.anchor - timedelta(days=self.rng.randrange(200, 900))
            apns = tuple(sorted(self.rng.sample(APNS, self.rng.randint(1, 3))))
            sessions = extras.get("sessions") or (
                self.rng.randint(2, 6)
                if lifecycle == "2"
                else (self.rng.randint(0, 1) if lifecycle == "1" else 0)
            )
            partner = PARTNERS[self.rng.randrange(len(PARTNERS))]
            billing = self.rng.choice((0, 1, 1, 1, 2, 3))
            pool_code = pools[self.rng.randrange(len(pools))] if self.rng.random() < 0.6 else None
            if named and named[0].startswith("89445001021983048"):
                pool_code = "UP20250401000123"
            self.devices.append(
                {
                    "device_id": device_id,
                    "position": position,
                    "iccid": iccid,
                    "imsi": imsi,
                    "msisdn": msisdn,
                    "imei": extras.get("imei") or "86" + self.digits(13),
                    "ota_flag": extras.get("ota") or ("1" if self.rng.random() < 0.15 else "2"),
                    "bip_flag": "1" if self.rng.random() < 0.2 else "2",
                    "multi_imsi": "1" if self.rng.random() < 0.1 else "0",
                    "lifecycle": lifecycle,
                    "lifecycle_start": start.strftime("%Y%m%d"),
                    "lifecycle_end": add_months(start, 12 * self.rng.choice((1, 2, 5, 30))).strftime(
                        "%Y%m%d"
                    ),
                    "silent_period": "6",
                    "shutdown_period": self.rng.choice(("2", "12")),
                    "partner_code": partner[0],
                    "partner_name": partner[1],
                    "supplier_code": net.supplier,
                    "mcc": net.mcc,
                    "mnc": net.mnc,
                    "network": self.rng.choice(("4G", "4G", "4G", "3G", "LTE-M")),
                    "apns": ",".join(apns),
                    "cdr_sessions": sessions,
                    "plan_code": extras.get("plan"),
                    "bind_supported": 1 if extras.get("bind") or self.rng.random() < 0.3 else 0,
                    "bound_imei": extras.get("imei") if extras.get("bind") else None,
                    "card_status": card_status,
                    "billing_method": billing,
                    "total_flow_kb": None
                    if billing == 2
                    else self.rng.choice((1_048_576, 5_242_880, 10_485_760)),
                    "network_on": 0 if card_status in (4, 16) else 1,
                    "pool_code": pool_code,
                }
            )
        columns = list(self.devices[0])
        self.store.conn.executemany(
            f"INSERT INTO devices ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})",
            [tuple(d[c] for c in columns) for d in self.devices],
        )

    def order(self, device: dict[str, Any], package: tuple[Any, ...], status: str, **fields: Any) -> str:
        self.order_seq += 1
        order_id = (
            fields.pop("order_id", None)
            or f"ORDER_{1_595_320_000_000_000_000 + self.seed % 997 * 10**9 + self.order_seq * 7_919}"
        )
        ordered = fields.pop("ordered", None) or self.moment(self.rng.randrange(5, 400))
        period = int(fields.pop("period", self.rng.choice((1, 1, 3, 6, 12))))
        active: date | None = None
        expire: date | None = None
        if status in ("2", "5"):
            active = self.anchor - timedelta(days=self.rng.randrange(0, 20))
            expire = max(
                expire_for(package[2], active, period),
                self.anchor + timedelta(days=self.rng.randrange(5, 60)),
            )
        elif status == "3":
            active = ordered.date() + timedelta(days=1)
            expire = min(expire_for(package[2], active, period), self.anchor - timedelta(days=1))
        row = {
            "order_id": order_id,
            "seq": self.order_seq,
            "device_id": device["device_id"],
            "package_code": package[0],
            "status": status,
            "pay_rst": fields.pop("pay_rst", "2"),
            "pay_type": self.rng.choice(("0", "1", "2")),
            "pay_amount": package[9] or "0",
            "order_period": str(period),
            "global_order": "0",
            "test_flow_flag": "0",
            "test_flow": "0",
            "ota_secondary": int(fields.pop("ota_secondary", 0)),
            "order_date": wire_datetime(ordered),
            "active_date": active.isoformat() if active else None,
            "expire_date": expire.isoformat() if expire else None,
            "used_flow_kb": self.rng.randrange(0, 1 + int(package[3] or 0) * 1024) if status != "1" else 0,
            "channel": "seed",
        }
        columns = list(row)
        self.store.conn.execute(
            f"INSERT INTO orders ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})",
            tuple(row[c] for c in columns),
        )
        return order_id

    def orders(self) -> None:
        by_code = {p[0]: p for p in PACKAGES}
        available = [p for p in PACKAGES if p[6] == "1"]
        named = {d["device_id"]: d for d in self.devices[: len(NAMED_DEVICES)]}
        # Orders the spec's examples name, in states where the example request succeeds.
        for device_id, code, status, order_id, period, ota_secondary in NAMED_ORDERS:
            self.order(
                named[device_id], by_code[code], status, order_id=order_id, period=period,
                ota_secondary=ota_secondary,
            )  # fmt: skip
        for device in self.devices[len(NAMED_DEVICES) :]:
            if device["lifecycle"] in ("0", "5"):
                continue
            history = self.rng.randint(0, 2)
            for _ in range(history):
                self.order(device, self.rng.choice(available), "3")
            current = self.rng.random()
            if device["lifecycle"] == "2" and current < 0.85:
                self.order(device, self.rng.choice(available), "2" if current < 0.75 else "5")
                if device["ota_flag"] == "1" and self.rng.random() < 0.5:
                    self.order(device, self.rng.choice(available), "1", ota_secondary=1)
            if self.rng.random() < 0.25:
                self.order(
                    device, self.rng.choice(available), "1", pay_rst="1" if self.rng.random() < 0.4 else "2"
                )
        # Keep the CDR plan id in step with the current order.
        self.store.conn.execute(
            "UPDATE devices SET plan_code = (SELECT package_code FROM orders o WHERE o.device_id = devices.device_id "
            "AND o.status IN ('2', '5') ORDER BY seq DESC LIMIT 1) WHERE plan_code IS NULL"
        )

    def traffic_pools(self) -> None:
        rows = []
        for position, (pool_id, name, quota) in enumerate(TRAFFIC_POOLS):
            start = datetime.combine(
                self.anchor - timedelta(days=self.rng.randrange(1, 60)), time(0), tzinfo=VENDOR_TZ
            )
            end = datetime.combine(
                add_months(start.date(), 12) - timedelta(days=1), time(23, 59, 59), tzinfo=VENDOR_TZ
            )
            used = int(quota * self.rng.random() * 0.8) if position else 0
            rows.append(
                (pool_id, position, name, str(quota), str(used), wire_datetime(start), wire_datetime(end))
            )
        self.store.conn.executemany("INSERT INTO traffic_pools VALUES (?,?,?,?,?,?,?)", rows)

    def pools(self) -> None:
        rows = []
        for position, (code, name, en_name, ptype, cycle, unit, status) in enumerate(POOLS):
            start = self.anchor - timedelta(days=self.rng.randrange(30, 200))
            package = {
                "flowPackageType": ptype,
                "clientFlowPackageName": f"{en_name} plan",
                "channelName": f"CH-{position + 1}",
                "epiConfigs": [
                    {
                        "epiConfigCode": f"EPC{position:02d}{k}",
                        "epiCode": f"EPI{position:04d}",
                        "standardCharge": charge,
                        "realFenStandardCharge": int(charge * 100),
                        "epiConfigType": k,
                    }
                    for k, charge in ((1, 12.5), (2, 10.0), (3, 4.5))[: 1 + position % 3]
                ],
            }
            rows.append(
                (
                    code, position, name, en_name, ptype, None if ptype == 2 else float(104_857_600 * (position + 1)),
                    cycle, wire_datetime(self.moment(200 + position)), unit if ptype == 2 else "GB",
                    start.isoformat() if ptype == 3 else None,
                    (add_months(start, 12) - timedelta(days=1)).isoformat() if ptype == 3 else None,
                    status, json.dumps(package, ensure_ascii=False),
                )
            )  # fmt: skip
        self.store.conn.executemany("INSERT INTO pools VALUES (" + ",".join("?" * 13) + ")", rows)

    def batches(self) -> None:
        created = datetime.combine(self.anchor - timedelta(days=3), time(9), tzinfo=VENDOR_TZ).timestamp()
        code, cards = EXAMPLE_BATCH
        self.store.conn.execute("INSERT INTO batches VALUES (?, ?, ?)", (code, created, 0))
        self.store.conn.executemany(
            "INSERT INTO batch_cards VALUES (?, ?, ?, ?)",
            [(code, position, iccid, fails) for position, (iccid, fails) in enumerate(cards)],
        )

    def sms(self) -> None:
        rows: list[tuple[Any, ...]] = []
        serial = 0
        for device in self.devices:
            if device["lifecycle"] not in ("1", "2", "3"):
                continue
            for _ in range(self.rng.randint(0, 4)):
                serial += 1
                sent = self.moment(self.rng.randrange(0, 90))
                if self.rng.random() < 0.7:
                    delivered = self.rng.random() < 0.9
                    msg_id = f"LK{sent.strftime('%Y%m%d%H%M%S')}{serial:06d}"
                    rows.append(
                        (
                            device["device_id"], "MT", msg_id, f"{self.rng.getrandbits(128):032x}",
                            "Sandbox seeded message", "1", None, wire_datetime(sent),
                            wire_datetime(sent + timedelta(seconds=self.rng.randint(1, 9))), "1",
                            "1" if delivered else "2", None,
                        )
                    )  # fmt: skip
                else:
                    rows.append(
                        (
                            device["device_id"], "MO", None, None, "STATUS OK", None, "12345",
                            wire_datetime(sent), None, "1", "", None,
                        )
                    )  # fmt: skip
        rows.extend(EXAMPLE_SMS)
        self.store.conn.executemany(
            "INSERT INTO sms (device_id, direction, msg_id, provider_msg_id, content, message_type, peer, sent_at,"
            " delivered_at, send_status, status_report, report_due) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def bind_tracks(self) -> None:
        self.store.conn.executemany(
            "INSERT INTO bind_tracks (device_id, iccid, imei, track, oper_user, created_at) VALUES (?,?,?,?,?,?)",
            EXAMPLE_BIND_TRACKS,
        )


def seed_store(store: Store, *, seed: int, anchor: date, devices: int = 300) -> None:
    """Fill an empty store; the whole seed is one transaction (a crash leaves no half-seeded file)."""
    seeder = _Seeder(store, seed, anchor, devices)
    with store.transaction():
        seeder.packages()
        seeder.device_rows()
        seeder.orders()
        seeder.traffic_pools()
        seeder.pools()
        seeder.batches()
        seeder.sms()
        seeder.bind_tracks()
        store.set_meta("schema_version", SCHEMA_VERSION)
        store.set_meta("seed", str(seed))
        store.set_meta("anchor", anchor.isoformat())
        store.conn.execute(
            "INSERT OR REPLACE INTO counters (name, value) VALUES ('order', ?)", (seeder.order_seq,)
        )
