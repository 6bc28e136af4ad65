"""Every hostile input the audit found (issue 16) replayed against a real sandbox: each is a 4xx naming
the field and the reason without echoing the value, the sandbox keeps answering, logs no
exception, and nothing is spent (twice or at all).

The sandbox's input gate is ``linksfield.sandbox.gateway.inputs`` (over the shared ``linksfield._json_gate``); these cases are the ones that used to
escape it as a 500 (or a hang): deep JSON, numbers past ``int()``, CSSS timestamps ``str.isdigit``
admits, lone surrogates that SQLite and UTF-8 refuse, admin arguments, and oversized bodies.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from starlette.requests import Request

from linksfield.sandbox.app import create_app
from linksfield.sandbox.config import SandboxConfig
from tests.sandbox.support import SandboxProcess

from .sandbox_support import CAP, JSON, Raw, assert_alive, csss_body, pid_of, rss_mib, server_errors

DEEP = 100_000
BATCH = "/cmp-api/package/batchOrderPackages"
QUERY_DEVICES = "/cmp-api/device/queryBatchDevice"
ORDER_PACKAGE = "/package/orderPackage"
SWITCH_NETWORK = "/api/v1/card/operation/network"
NINES = "9" * 5000


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = SandboxProcess("--push-backoff", "0.1").start()
    try:
        yield process
    finally:
        process.stop()
    assert server_errors(process) == [], "\n".join(process.banner)


@pytest.fixture(scope="module")
def raw(sandbox: SandboxProcess) -> Iterator[Raw]:
    client = Raw(sandbox)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture(scope="module")
def fx(sandbox: SandboxProcess) -> dict[str, Any]:
    return sandbox.fixtures()


def _deep(prefix: bytes, levels: int, suffix: bytes = b"") -> bytes:
    return prefix + b"[" * levels + b"]" * levels + suffix


Build = Callable[[dict[str, Any]], bytes]
# (id, family, method, target, body, statuses, message starts with, value that must not come back)
CASES: list[tuple[str, str, str, str, Build, set[int], str, str | None]] = [
    ("cmp-duplicate-devices", "cmp", "POST", BATCH,
     lambda f: json.dumps({"deviceList": [f["orderless_devices"][0]] * 3000, "package_code": f["package_code"],
                           "is_open": "0"}).encode(),
     {400}, "deviceList: must not repeat items", None),
    ("cmp-deep-json", "cmp", "POST", BATCH, lambda f: _deep(b'{"deviceList":', DEEP, b"}"),
     {400}, "deviceList: is nested too deeply (more than 64 levels)", None),
    ("cmp-65-levels", "cmp", "POST", QUERY_DEVICES, lambda f: _deep(b'{"page_no":', 64, b"}"),
     {400}, "page_no: is nested too deeply (more than 64 levels)", None),
    ("cmp-mixed-type-device-list", "cmp", "POST", BATCH,  # jsonschema's uniqueItems was quadratic here
     lambda f: json.dumps({"deviceList": [i if i % 2 else str(i) for i in range(100_000)],
                           "package_code": f["package_code"], "is_open": "0"}).encode(),
     {400}, "deviceList[", None),
    ("cmp-page-no-5000-digits", "cmp", "POST", QUERY_DEVICES,
     lambda f: b'{"page_no":' + NINES.encode() + b',"page_size":1}',
     {400}, "page_no: is a number of 5000 characters (at most 64)", "9" * 65),
    ("cmp-page-no-5000-digits-query", "cmp", "GET",
     "/cmp-api/sims/89430101523088119435/cdr?received_start_time=2020-01-01&received_end_by=2020-01-02"
     f"&page_size=1&page_no={NINES}",
     lambda f: b"", {400}, "page_no: is a number of 5000 characters (at most 64)", "9" * 65),
    ("cmp-page-no-1e400", "cmp", "POST", QUERY_DEVICES, lambda f: b'{"page_no":1e400,"page_size":1}',
     {400}, "page_no: is a number out of range", None),
    ("cmp-page-no-nan", "cmp", "POST", QUERY_DEVICES, lambda f: b'{"page_no":NaN,"page_size":1}',
     {400}, "page_no: is NaN or Infinity, which JSON does not allow", None),
    ("cmp-page-size-infinity", "cmp", "POST", QUERY_DEVICES, lambda f: b'{"page_no":1,"page_size":-Infinity}',
     {400}, "page_size: is NaN or Infinity, which JSON does not allow", None),
    ("cmp-sms-content-surrogate", "cmp", "POST", "/cmp-api/sms/sendSms",
     lambda f: json.dumps({"flag_list": [{"device_id": f["devices"][-1], "msg_id": "LKHOSTILE1"}],
                           "sms_content": "hi \ud800", "message_type": "1"}).encode(),
     {400}, "sms_content: contains an unpaired UTF-16 surrogate", "\\ud800"),
    ("cmp-device-id-surrogate", "cmp", "POST", "/cmp-api/device/queryDevice",
     lambda f: b'{"device_id":"\\udfff"}', {400}, "device_id: contains an unpaired UTF-16 surrogate", "\\udfff"),
    ("cmp-device-list-item-surrogate", "cmp", "POST", BATCH,
     lambda f: json.dumps({"deviceList": ["ok", "\udc80"], "package_code": f["package_code"],
                           "is_open": "0"}).encode(),
     {400}, "deviceList[1]: contains an unpaired UTF-16 surrogate", None),
    ("cmp-surrogate-property-name", "cmp", "POST", QUERY_DEVICES,
     lambda f: b'{"page_no":1,"page_size":1,"\\ud800":1}',
     {400}, "\\ud800: contains an unpaired UTF-16 surrogate", None),
    ("cmp-not-utf8", "cmp", "POST", QUERY_DEVICES, lambda f: b'{"page_no":1,"x":"\xff\xfe"}',
     {400}, "body: is not UTF-8 text (byte 18 cannot be decoded)", None),
    ("cmp-order-period-5000-digits", "cmp", "POST", BATCH,  # schema-valid text: a refusal, not a 400
     lambda f: json.dumps({"deviceList": [f["orderless_devices"][0]], "package_code": f["package_code"],
                           "is_open": "0", "order_period": NINES}).encode(),
     {200}, "order_period: is a number of 5000 characters (at most 64)", "9" * 65),
    ("csss-deep-json", "csss", "POST", ORDER_PACKAGE, lambda f: _deep(b'{"device_id":', DEEP, b"}"),
     {400}, "device_id: is nested too deeply (more than 64 levels)", None),
    ("csss-timestamp-superscript", "csss", "POST", ORDER_PACKAGE,
     lambda f: csss_body({"device_id": f["devices"][-2], "package_code": f["package_code"], "is_open": "0"},
                         timestamp="\u00b2"),
     {401}, "sign: missing or malformed timestamp", None),
    ("csss-timestamp-5000-digits", "csss", "POST", ORDER_PACKAGE,
     lambda f: csss_body({"device_id": f["devices"][-2], "package_code": f["package_code"], "is_open": "0"},
                         timestamp=NINES),
     {401}, "sign: missing or malformed timestamp", "9" * 65),
    ("csss-timestamp-400-digits", "csss", "POST", ORDER_PACKAGE,  # int() works, the float division did not
     lambda f: csss_body({"device_id": f["devices"][-2], "package_code": f["package_code"], "is_open": "0"},
                         timestamp="9" * 400),
     {401}, "sign: missing or malformed timestamp", "9" * 65),
    ("csss-timestamp-number-400-digits", "csss", "POST", ORDER_PACKAGE,
     lambda f: csss_body({"device_id": f["devices"][-2], "package_code": f["package_code"], "is_open": "0"},
                         timestamp=10**400),
     {400}, "timestamp: is a number of 401 characters (at most 64)", "9" * 65),
    ("csss-device-id-surrogate", "csss", "POST", ORDER_PACKAGE,
     lambda f: csss_body({"device_id": "\ud800", "package_code": f["package_code"], "is_open": "0"}),
     {400}, "device_id: contains an unpaired UTF-16 surrogate", "\\ud800"),
    ("csss-access-code-surrogate", "csss", "POST", ORDER_PACKAGE,
     lambda f: csss_body({"device_id": f["devices"][-2], "package_code": f["package_code"], "is_open": "0"},
                         access_code="\udbff"),
     {400}, "access_code: contains an unpaired UTF-16 surrogate", "\\udbff"),
    ("csss-surrogate-property-name", "csss", "POST", ORDER_PACKAGE,
     lambda f: csss_body({"\ud800": 1, "device_id": f["devices"][-2], "package_code": f["package_code"],
                          "is_open": "0"}),
     {400}, "\\ud800: contains an unpaired UTF-16 surrogate", None),
    ("pool-deep-json", "pool", "POST", SWITCH_NETWORK, lambda f: _deep(b'{"iccids":', DEEP, b"}"),
     {400}, "iccids: is nested too deeply (more than 64 levels)", None),
    ("pool-iccid-surrogate", "pool", "POST", SWITCH_NETWORK,
     lambda f: b'{"iccids":["\\ud800"],"switchOn":true}', {400}, "iccids[0]: contains an unpaired UTF-16 surrogate", None),
    ("pool-query-encoded-surrogate", "pool", "GET", "/api/v1/card/detail?iccid=%ED%A0%80", lambda f: b"",
     {200, 400}, "", None),
    ("admin-pushes-limit-text", "admin", "GET", "/_sandbox/pushes?limit=abc", lambda f: b"",
     {400}, "limit: must be a whole number", None),
    ("admin-pushes-limit-30-digits", "admin", "GET", "/_sandbox/pushes?limit=" + "9" * 30, lambda f: b"",
     {400}, "limit: must be between 0 and 1000000", "9" * 30),
    ("admin-pushes-limit-5000-digits", "admin", "GET", "/_sandbox/pushes?limit=" + NINES, lambda f: b"",
     {400}, "limit: is a number of 5000 characters (at most 64)", "9" * 65),
    ("admin-reset-seed-1e400", "admin", "POST", "/_sandbox/reset", lambda f: b'{"seed": 1e400}',
     {400}, "seed: is a number out of range", None),
    ("admin-reset-seed-30-digits", "admin", "POST", "/_sandbox/reset", lambda f: b'{"seed": ' + b"9" * 30 + b"}",
     {400}, "seed: must be between", "9" * 30),
    ("admin-reset-deep-json", "admin", "POST", "/_sandbox/reset", lambda f: _deep(b"", DEEP),
     {400}, "body: is nested too deeply (more than 64 levels)", None),
    ("admin-config-faults-number", "admin", "POST", "/_sandbox/config", lambda f: b'{"faults": 5}',
     {400}, "faults: must be a string", None),
    ("admin-config-faults-endless-latency", "admin", "POST", "/_sandbox/config",
     lambda f: b'{"faults": "latency=1,latency_s=1e400"}', {400}, "faults: fault 'latency_s': must be", "1e400"),
    ("admin-config-callback-surrogate", "admin", "POST", "/_sandbox/config",
     lambda f: b'{"callback_url": "http://127.0.0.1:9/\\ud800"}', {400}, "callback_url: contains an unpaired UTF-16 surrogate", None),
    ("admin-config-callback-not-a-url", "admin", "POST", "/_sandbox/config",
     lambda f: b'{"callback_url": "ftp://[::1"}', {400}, "callback_url:", None),
    ("admin-sms-mo-device-surrogate", "admin", "POST", "/_sandbox/sms/mo",
     lambda f: b'{"device_id": "\\ud800"}', {400}, "device_id: contains an unpaired UTF-16 surrogate", None),
    ("admin-sms-mo-content-surrogate", "admin", "POST", "/_sandbox/sms/mo",
     lambda f: json.dumps({"device_id": f["devices"][-3], "sms_content": "\ud800"}).encode(),
     {400}, "sms_content: contains an unpaired UTF-16 surrogate", None),
    ("admin-sms-mo-device-object", "admin", "POST", "/_sandbox/sms/mo",
     lambda f: b'{"device_id": {"a": [1]}}', {400}, "device_id: must be a string", None),
]  # fmt: skip


def _message(family: str, body: Any) -> str:
    if family == "admin":
        return str(body["error"]) if "error" in body else ""
    return str(body.get("message", ""))


@pytest.mark.parametrize(
    ("family", "method", "target", "build", "statuses", "message", "secret"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_hostile_input_is_a_4xx_naming_the_field(
    family: str, method: str, target: str, build: Build, statuses: set[int], message: str,
    secret: str | None, sandbox: SandboxProcess, raw: Raw, fx: dict[str, Any],
) -> None:  # fmt: skip
    orders_before = sandbox.stats()["orders"]["total"]
    response = raw.send(family, method, target, build(fx))
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    text = response.text
    assert _message(family, response.json()).startswith(message), text[:300]
    assert len(text) < 1000, "an error answer must not carry the input back"
    if secret is not None:
        assert secret not in text
    assert_alive(sandbox)
    stats = sandbox.stats()
    assert stats["orders"]["total"] == orders_before, "a refused request placed an order"
    assert stats["internal_errors"] == 0


def test_refused_duplicates_spend_nothing_and_one_order_spends_once(
    sandbox: SandboxProcess, raw: Raw, fx: dict[str, Any]
) -> None:
    """The audit's ``[d] * 3000``: refused whole (uniqueItems), so ``d`` still has no order; one
    honest order afterwards is exactly one."""
    device = fx["orderless_devices"][1]
    duplicated = {"deviceList": [device] * 3000, "package_code": fx["package_code"], "is_open": "0"}
    assert raw.send("cmp", "POST", BATCH, json.dumps(duplicated).encode()).status_code == 400
    assert device not in sandbox.stats()["orders"]["per_device"]
    once = {**duplicated, "deviceList": [device]}
    answer = raw.send("cmp", "POST", BATCH, json.dumps(once).encode()).json()
    assert [r["error"] for r in answer["data"]["device_order"]] == ["0000"]
    assert sandbox.stats()["orders"]["per_device"][device] == 1


def test_64_levels_pass_the_gate(sandbox: SandboxProcess, raw: Raw) -> None:
    """The limit is where it says: 64 levels reach validation (a type error), 65 do not."""
    body = b'{"page_no":' + b"[" * 63 + b"]" * 63 + b',"page_size":1}'
    response = raw.send("cmp", "POST", QUERY_DEVICES, body)
    assert (response.status_code, response.json()["message"]) == (400, "page_no: must be of type integer")


# -- the body size cap -----------------------------------------------------------------------------


def _exactly_cap() -> bytes:
    head = b'{"page_no":1,"page_size":1}'
    return head + b" " * (CAP - len(head))


def test_a_body_of_exactly_the_cap_is_read(sandbox: SandboxProcess, raw: Raw) -> None:
    response = raw.send("cmp", "POST", QUERY_DEVICES, _exactly_cap())
    assert response.status_code == 200, response.text[:300]


@pytest.mark.parametrize("family", ["cmp", "csss", "pool", "admin"])
def test_one_byte_over_the_cap_is_413_in_the_familys_envelope(
    family: str, sandbox: SandboxProcess, raw: Raw
) -> None:
    target = {"cmp": QUERY_DEVICES, "csss": ORDER_PACKAGE, "pool": SWITCH_NETWORK, "admin": "/_sandbox/reset"}
    seed_before = sandbox.stats()["seed"]
    response = raw.send(family, "POST", target[family], _exactly_cap() + b" ")
    assert response.status_code == 413, response.text[:300]
    body = response.json()
    expected = f"body: is larger than {CAP} bytes"
    if family == "pool":
        assert body["code"] == 413 and body["message"] == expected and body["data"] is None
    elif family == "admin":
        assert body == {"error": expected}
        assert sandbox.stats()["seed"] == seed_before  # not reset
    else:
        assert body == {"code": "CB-99-9400", "data": None, "message": expected, "success": False}
    assert_alive(sandbox)


def test_46_mb_unsigned_body_is_413_without_being_read(sandbox: SandboxProcess, raw: Raw) -> None:
    """The audit's 46 MB body took RSS from 59 to 349 MB: now it is refused from its Content-Length."""
    pid = pid_of(sandbox)
    before = rss_mib(pid)
    response = raw.send("admin", "POST", QUERY_DEVICES, b"x" * 46_000_000)
    assert response.status_code == 413
    assert rss_mib(pid) - before < 16
    assert_alive(sandbox)


def test_chunked_body_without_length_is_cut_at_the_cap(sandbox: SandboxProcess, raw: Raw) -> None:
    pid = pid_of(sandbox)
    before = rss_mib(pid)

    def chunks() -> Iterator[bytes]:
        for _ in range(46_000_000 // 65536):
            yield b" " * 65536

    response = raw._plain.post(QUERY_DEVICES, content=chunks(), headers=JSON)
    assert "content-length" not in response.request.headers  # really sent chunked
    assert response.status_code == 413
    assert response.json()["message"] == f"body: is larger than {CAP} bytes"
    assert rss_mib(pid) - before < 16
    assert_alive(sandbox)


def test_declared_length_is_refused_before_the_body_is_sent(sandbox: SandboxProcess) -> None:
    """With ``Expect: 100-continue`` the client waits for permission: the 413 comes instead, at once."""
    host, port = sandbox.url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            f"POST {QUERY_DEVICES} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {50 * CAP}\r\nExpect: 100-continue\r\n\r\n".encode()
        )
        head = sock.recv(65536).decode("latin-1")
    assert head.startswith("HTTP/1.1 413 "), head[:200]
    assert_alive(sandbox)


def test_the_cap_is_a_setting() -> None:
    """``--max-body-bytes`` (``SandboxConfig.max_body_bytes``) moves the cap, for every family."""
    small = SandboxProcess("--max-body-bytes", "64").start()
    try:
        raw = Raw(small)
        try:
            fits = raw.send("cmp", "POST", QUERY_DEVICES, b'{"page_no":1,"page_size":1}'.ljust(64))
            over = raw.send("cmp", "POST", QUERY_DEVICES, b'{"page_no":1,"page_size":1}'.ljust(65))
        finally:
            raw.close()
        assert fits.status_code == 200
        assert (over.status_code, over.json()["message"]) == (413, "body: is larger than 64 bytes")
    finally:
        small.stop()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (QUERY_DEVICES, {"code": "CB-99-9999", "data": None, "success": False}),
        (ORDER_PACKAGE, {"code": "CB-99-9999", "data": None, "success": False}),
        ("/api/v1/card/detail", {"code": 500, "data": None}),
        ("/_sandbox/stats", {}),
    ],
)
def test_the_last_resort_is_a_500_in_the_familys_envelope(path: str, expected: dict[str, Any]) -> None:
    """Only for a bug (no hostile input reaches it, as the cases above show): the app's handler for
    unexpected exceptions answers in the family's envelope, without the exception's text."""
    app = create_app(SandboxConfig(devices=5))
    try:
        handler = app.exception_handlers[Exception]
        scope = {"type": "http", "method": "POST", "path": path, "headers": [], "query_string": b""}
        response = asyncio.run(handler(Request(scope), RuntimeError("secret detail")))
        assert response.status_code == 500
        body = json.loads(bytes(response.body))
        assert expected.items() <= body.items()
        assert "secret detail" not in json.dumps(body) and "internal error" in json.dumps(body)
        assert app.state.runtime.store.stats()["internal_errors"] == 1
    finally:
        app.state.runtime.store.close()
