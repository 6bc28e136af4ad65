"""Deterministic seed data: a believable account with a few hundred SIMs, its catalogue and history.

Everything comes from one ``random.Random(seed)`` and an anchor day, so two sandboxes started with
the same seed on the same day hold identical data, and a failing test can be replayed. The ids the
spec's examples use (devices, orders, packages, pools, cards, a batch) are seeded too, in states
that let each example request succeed, so example-driven fuzzing exercises real paths instead of
"not found". Every package type, order status, card status and pool type is present.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from .clock import VENDOR_TZ, add_months, wire_datetime
from .store import SCHEMA_VERSION, Store

__all__ = ["NETWORKS", "Network", "expire_for", "luhn_iccid", "seed_store"]


@dataclass(frozen=True)
class Network:
    country: str
    mcc: str
    mnc: str
    iccid_prefix: str
    imsi_prefix: str
    msisdn_prefix: str
    supplier: str


NETWORKS: Final = (
    Network("Hong Kong", "454", "00", "8985220", "45400", "8526", "SP000012"),
    Network("Australia", "505", "02", "89610269", "50502690", "614822", "SP000040"),
    Network("Austria", "232", "01", "894301015", "23201087", "436888", "SP000040"),
    Network("Japan", "440", "03", "8985220231", "44003998", "8170", "SP000007"),
    Network("Germany", "262", "01", "8949120", "26201555", "49151", "SP000040"),
    Network("United Kingdom", "234", "50", "894450010", "23450001", "447700", "SP000021"),
    Network("Singapore", "525", "01", "8965012", "52501612", "65144", "SP000012"),
)
_APNS: Final = ("internet", "iot.linksfield", "ca.ntt.com", "m2m.global")
_PARTNERS: Final = (("CN00000581", None), ("CN00000612", "Acme Fleet"), ("SG00000010", "Lion Logistics"))


def luhn_iccid(body: str) -> str:
    """``body`` plus its Luhn check digit, as real ICCIDs carry."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def expire_for(package_type: str, start: date, periods: int) -> date:
    """Last day of an order of ``periods`` cycles opened on ``start`` (type 0/1 daily, 2 monthly ...)."""
    periods = max(periods, 1)
    if package_type in ("0", "1"):
        return start + timedelta(days=periods - 1)
    months = {"2": 1, "3": 3, "4": 6, "5": 12}.get(package_type, 1) * periods
    return add_months(start, months) - timedelta(days=1)


# code, name, type, flow MB, buy type, cover (mcc list, names), status, usage attr, price type, price
_PACKAGES: Final = (
    ("DP20190726001274", "C_M_0_P_中国20M不限速月套餐", "2", "20", "2", ("460;461", "中国"), "1", "1", "", "15.00"),
    ("DP20181122000201", "testPackageForTATA", "2", "1000", "2", ("404;405;406", "India"), "1", "1", "", ""),
    ("DP20190924001683", "CN-100MB-Speed-Down-256K-Daily", "1", "100", "2", ("460;461", "China"), "1", "1", "", ""),
    ("DP20210322004206", "10M-unlimited-speed-2years", "5", "10", "2", ("460;454;455", "China;Hong Kong;Macau"), "1", "1", "", "120.00"),
    ("LP14231124004197", "JP-UnLimited-Speed-30GB-Monthly", "2", "30720", "2", ("440", "Japan"), "1", "1", "", "30.00"),
    ("LP14240611004444", "C_M_D_00001032_P_S_3APNs_澳大利亚10GB不限速月套餐", "2", "10240", "2", ("505", "Australia"), "1", "1", "", "22.00"),
    ("LP14240410004345", "AT-5GB-Monthly", "2", "5120", "2", ("232", "Austria"), "1", "1", "", "9.50"),
    ("DP20230101000001", "Global-Unlimited-Daily-Pass", "0", "0", "1", ("454;505;232;440;262;234;525", "Global"), "1", "2", "1", "3.00"),
    ("DP20230101000002", "Asia-Unlimited-7-Day-Pack", "0", "0", "1", ("454;440;525", "Asia"), "1", "2", "2", "12.00"),
    ("DP20230215000010", "HK-500MB-Daily", "1", "500", "1", ("454", "Hong Kong"), "1", "2", "", "1.20"),
    ("DP20230215000011", "EU-1GB-Daily", "1", "1024", "1", ("232;262;234", "Austria;Germany;United Kingdom"), "1", "2", "", "2.00"),
    ("DP20230301000020", "DE-2GB-Monthly", "2", "2048", "2", ("262", "Germany"), "1", "1", "", "6.00"),
    ("DP20230301000021", "UK-3GB-Monthly", "2", "3072", "2", ("234", "United Kingdom"), "1", "1", "", "7.00"),
    ("DP20230301000022", "SG-1GB-Monthly", "2", "1024", "1", ("525", "Singapore"), "1", "1", "", "5.00"),
    ("DP20230401000030", "APAC-10GB-Quarterly", "3", "10240", "2", ("454;505;440;525", "APAC"), "1", "1", "", "40.00"),
    ("DP20230401000031", "EU-6GB-Quarterly", "3", "6144", "2", ("232;262;234", "Europe"), "1", "1", "", "25.00"),
    ("DP20230501000040", "Global-20GB-HalfYear", "4", "20480", "2", ("454;505;232;440;262;234;525", "Global"), "1", "1", "", "80.00"),
    ("DP20230501000041", "CN-HK-12GB-HalfYear", "4", "12288", "1", ("460;454", "China;Hong Kong"), "1", "1", "", "45.00"),
    ("DP20230601000050", "Global-50GB-Yearly", "5", "51200", "2", ("454;505;232;440;262;234;525", "Global"), "1", "1", "", "150.00"),
    ("DP20230601000051", "AU-24GB-Yearly", "5", "24576", "1", ("505", "Australia"), "1", "1", "", "70.00"),
    ("DP20200101000099", "Legacy-Asia-300MB-Monthly", "2", "300", "2", ("454;440", "Asia"), "2", "1", "", "3.00"),
    ("DP20200101000098", "Legacy-EU-Daily", "1", "200", "1", ("232;262", "Europe"), "2", "2", "", "0.80"),
)  # fmt: skip

_TRAFFIC_POOLS: Final = (
    ("CTP20251030APY9JB", "pt客户流量池(Te)", 107_374_182_400),
    ("CTP20240101AAA001", "APAC shared pool", 536_870_912_000),
    ("CTP20240201AAA002", "EU shared pool", 214_748_364_800),
    ("CTP20240301AAA003", "Fleet trackers", 53_687_091_200),
    ("CTP20240401AAA004", "POS terminals", 10_737_418_240),
    ("CTP20240501AAA005", "Smart meters", 1_073_741_824),
    ("CTP20240601AAA006", "Demo pool", 104_857_600),
)

# code, name, english name, type, billing cycle, unit, status
_POOLS: Final = (
    ("UP20250401000123", "欧洲共享池", "Europe shared pool", 1, 1, "GB", 1),
    ("UP20250401000124", "亚太按量池", "APAC usage-billed pool", 2, 1, "MB", 1),
    ("UP20250401000125", "统付池", "Unified payment pool", 3, 12, "GB", 1),
    ("UP20250401000126", "车队池", "Fleet pool", 1, 3, "GB", 1),
    ("UP20240101000001", "停用池", "Retired pool", 1, 6, "GB", 2),
)

# (device_id, network index, iccid or None = device_id, imsi, msisdn, extras)
_NAMED_DEVICES: Final[tuple[tuple[str, int, str | None, str | None, str | None, dict[str, Any]], ...]] = (
    (
        "89430101523088119435",
        2,
        None,
        "232010879771943",
        "43688877771943",
        {"sessions": 600, "plan": "LP14240410004345"},
    ),
    ("89430101523088119436", 2, None, None, None, {}),
    ("89852022018041800192", 0, None, None, None, {"ota": "2"}),
    ("89852022018041800193", 0, None, None, None, {"ota": "2"}),
    ("89852202310161621656", 3, None, "440039980621656", "FFFFFFFFFF", {"ota": "2"}),
    ("89852202110293091394", 0, None, None, None, {}),
    ("8961026924500530494", 1, None, "505026900144500", "61482271041", {}),
    ("8961026924500530387", 1, None, "505026900144514", "61482271037", {}),
    ("8961026924500530395", 1, None, "505026900144515", "61482271038", {}),
    ("8949120240814080070", 4, None, None, None, {"bind": True, "imei": "860996043052016"}),
    ("8944500102198304826", 5, None, "234500012345678", "447700900123", {"imei": "860996043052016"}),
    ("8944500102198304834", 5, None, None, "447700900124", {"card_status": 12, "lifecycle": "1"}),
    ("8943108169998931684", 2, None, None, "61482271042", {}),
    ("8965012612601348600", 6, None, "525016126013486", "65144095005251", {}),
    ("device_id_b1b04b45e20c", 1, "8961026924500539999", None, None, {"ota": "2"}),
    ("89852022018041800200", 0, None, None, None, {"ota": "1"}),
)


class _Seeder:
    def __init__(self, store: Store, seed: int, anchor: date, device_count: int) -> None:
        self.store = store
        self.seed = seed
        self.rng = random.Random(seed)
        self.anchor = anchor
        self.device_count = max(device_count, len(_NAMED_DEVICES))
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
            _PACKAGES
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
        pools = [p[0] for p in _POOLS]
        for position in range(self.device_count):
            named = _NAMED_DEVICES[position] if position < len(_NAMED_DEVICES) else None
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
            apns = tuple(sorted(self.rng.sample(_APNS, self.rng.randint(1, 3))))
            sessions = extras.get("sessions") or (
                self.rng.randint(2, 6)
                if lifecycle == "2"
                else (self.rng.randint(0, 1) if lifecycle == "1" else 0)
            )
            partner = _PARTNERS[self.rng.randrange(len(_PARTNERS))]
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
        by_code = {p[0]: p for p in _PACKAGES}
        available = [p for p in _PACKAGES if p[6] == "1"]
        named = {d["device_id"]: d for d in self.devices[: len(_NAMED_DEVICES)]}
        # Orders the spec's examples name, in states where the example request succeeds.
        self.order(
            named["89852202310161621656"],
            by_code["LP14231124004197"],
            "2",
            order_id="ORDER_1727992973356523520",
            period=6,
        )
        self.order(
            named["device_id_b1b04b45e20c"],
            by_code["LP14240611004444"],
            "2",
            order_id="order_id_121270d9e485",
            period=12,
        )
        self.order(
            named["89852202110293091394"],
            by_code["DP20210322004206"],
            "1",
            order_id="202107061625560742397",
            period=1,
        )
        self.order(
            named["89852202110293091394"],
            by_code["DP20210322004206"],
            "1",
            order_id="202108011627816741391",
            period=1,
        )
        for order_id in (
            "ORDER_1595320587633311744",
            "ORDER_1595322932949696512",
            "ORDER_1595323285963292672",
        ):
            self.order(
                named["89852202110293091394"], by_code["DP20210322004206"], "1", order_id=order_id, period=30
            )
        self.order(
            named["8961026924500530387"],
            by_code["LP14240611004444"],
            "2",
            order_id="ORDER_1813405637569282048",
            period=360,
        )
        self.order(
            named["8961026924500530395"],
            by_code["LP14240611004444"],
            "2",
            order_id="ORDER_1813405643328061440",
            period=360,
        )
        self.order(named["89430101523088119435"], by_code["LP14240410004345"], "2", period=12)
        ota = named["89852022018041800200"]
        self.order(ota, by_code["DP20230401000030"], "2", period=1)
        self.order(ota, by_code["DP20230301000022"], "1", ota_secondary=1, period=1)
        for device in self.devices[len(_NAMED_DEVICES) :]:
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
        for position, (pool_id, name, quota) in enumerate(_TRAFFIC_POOLS):
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
        for position, (code, name, en_name, ptype, cycle, unit, status) in enumerate(_POOLS):
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
        self.store.conn.execute("INSERT INTO batches VALUES (?, ?, ?)", ("BC20250401000045", created, 0))
        self.store.conn.executemany(
            "INSERT INTO batch_cards VALUES (?, ?, ?, ?)",
            [
                ("BC20250401000045", 0, "8944500102198304826", 0),
                ("BC20250401000045", 1, "8944500102198304834", 1),
            ],
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
        rows.append(
            (
                "8961026924500530494", "MT", "LK20240531155200000001", "18fc707863a0000a37157dd34e6ec630",
                "The content of the MT SMS", "1", None, "2024-05-31 15:52:34", "2024-05-31 15:52:38", "1", "1", None,
            )
        )  # fmt: skip
        self.store.conn.executemany(
            "INSERT INTO sms (device_id, direction, msg_id, provider_msg_id, content, message_type, peer, sent_at,"
            " delivered_at, send_status, status_report, report_due) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def bind_tracks(self) -> None:
        self.store.conn.execute(
            "INSERT INTO bind_tracks (device_id, iccid, imei, track, oper_user, created_at) VALUES (?,?,?,?,?,?)",
            (
                "8949120240814080070",
                "8949120240814080070",
                "860996043052016",
                "机卡绑定",
                None,
                "2024-08-20 10:37:52",
            ),
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
