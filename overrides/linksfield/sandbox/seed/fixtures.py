"""The seed's fixed rows: networks, the package catalogue, pools, and every id the spec's examples use.

Why a module of its own: this is where a fixture is added. A row here is seeded as written; what
is not listed (most devices, their order history, SMS traffic) is drawn by ``seeder`` from the
seeded generator. The ids the spec's examples name (devices, orders, packages, pools, cards, a
batch) are listed in states that let each example request succeed, so example-driven fuzzing
exercises real paths instead of "not found".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

__all__ = [
    "APNS",
    "EXAMPLE_BATCH",
    "EXAMPLE_BIND_TRACKS",
    "EXAMPLE_SMS",
    "NAMED_DEVICES",
    "NAMED_ORDERS",
    "NETWORKS",
    "PACKAGES",
    "PARTNERS",
    "POOLS",
    "TRAFFIC_POOLS",
    "Network",
]


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
APNS: Final = ("internet", "iot.linksfield", "ca.ntt.com", "m2m.global")
PARTNERS: Final = (("CN00000581", None), ("CN00000612", "Acme Fleet"), ("SG00000010", "Lion Logistics"))


# code, name, type, flow MB, buy type, cover (mcc list, names), status, usage attr, price type, price
PACKAGES: Final = (
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

TRAFFIC_POOLS: Final = (
    ("CTP20251030APY9JB", "pt客户流量池(Te)", 107_374_182_400),
    ("CTP20240101AAA001", "APAC shared pool", 536_870_912_000),
    ("CTP20240201AAA002", "EU shared pool", 214_748_364_800),
    ("CTP20240301AAA003", "Fleet trackers", 53_687_091_200),
    ("CTP20240401AAA004", "POS terminals", 10_737_418_240),
    ("CTP20240501AAA005", "Smart meters", 1_073_741_824),
    ("CTP20240601AAA006", "Demo pool", 104_857_600),
)

# code, name, english name, type, billing cycle, unit, status
POOLS: Final = (
    ("UP20250401000123", "欧洲共享池", "Europe shared pool", 1, 1, "GB", 1),
    ("UP20250401000124", "亚太按量池", "APAC usage-billed pool", 2, 1, "MB", 1),
    ("UP20250401000125", "统付池", "Unified payment pool", 3, 12, "GB", 1),
    ("UP20250401000126", "车队池", "Fleet pool", 1, 3, "GB", 1),
    ("UP20240101000001", "停用池", "Retired pool", 1, 6, "GB", 2),
)

# (device_id, network index, iccid or None = device_id, imsi, msisdn, extras)
NAMED_DEVICES: Final[tuple[tuple[str, int, str | None, str | None, str | None, dict[str, Any]], ...]] = (
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

# (device_id, package code, status, order id or None = drawn, order period, OTA secondary plan)
NAMED_ORDERS: Final[tuple[tuple[str, str, str, str | None, int, int], ...]] = (
    ("89852202310161621656", "LP14231124004197", "2", "ORDER_1727992973356523520", 6, 0),
    ("device_id_b1b04b45e20c", "LP14240611004444", "2", "order_id_121270d9e485", 12, 0),
    ("89852202110293091394", "DP20210322004206", "1", "202107061625560742397", 1, 0),
    ("89852202110293091394", "DP20210322004206", "1", "202108011627816741391", 1, 0),
    ("89852202110293091394", "DP20210322004206", "1", "ORDER_1595320587633311744", 30, 0),
    ("89852202110293091394", "DP20210322004206", "1", "ORDER_1595322932949696512", 30, 0),
    ("89852202110293091394", "DP20210322004206", "1", "ORDER_1595323285963292672", 30, 0),
    ("8961026924500530387", "LP14240611004444", "2", "ORDER_1813405637569282048", 360, 0),
    ("8961026924500530395", "LP14240611004444", "2", "ORDER_1813405643328061440", 360, 0),
    ("89430101523088119435", "LP14240410004345", "2", None, 12, 0),
    ("89852022018041800200", "DP20230401000030", "2", None, 1, 0),  # an OTA device: its active plan ...
    ("89852022018041800200", "DP20230301000022", "1", None, 1, 1),  # ... and its secondary plan
)

# (batch code, [(iccid, failed)]): the card network switch the examples ask about
EXAMPLE_BATCH: Final = ("BC20250401000045", (("8944500102198304826", 0), ("8944500102198304834", 1)))

# sms rows: device_id, direction, msg_id, provider_msg_id, content, message_type, peer, sent_at,
# delivered_at, send_status, status_report, report_due
EXAMPLE_SMS: Final[tuple[tuple[Any, ...], ...]] = (
    (
        "8961026924500530494", "MT", "LK20240531155200000001", "18fc707863a0000a37157dd34e6ec630",
        "The content of the MT SMS", "1", None, "2024-05-31 15:52:34", "2024-05-31 15:52:38", "1", "1", None,
    ),
)  # fmt: skip

# bind_tracks rows: device_id, iccid, imei, track, oper_user, created_at
EXAMPLE_BIND_TRACKS: Final = (
    (
        "8949120240814080070",
        "8949120240814080070",
        "860996043052016",
        "机卡绑定",
        None,
        "2024-08-20 10:37:52",
    ),
)
