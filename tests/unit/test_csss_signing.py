"""CSSS body-parameter signing: known-answer signatures, the documented defaults and each option.

Expected signatures are computed here from hand-written signContent strings, so the tests pin the
exact text that is MACed rather than re-running the implementation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl

import httpx
import pytest

from linksfield._signing import CsssAuth, CsssOptions, CsssSigner
from linksfield.sandbox.gateway.signature_checks import CsssVerdict, verify_csss_request

CODE = "P000270"
SECRET = "partner-secret"
MOMENT = datetime(2021, 1, 19, 11, 33, 20, 123000, tzinfo=timezone.utc)
SECONDS = "1611056000"
MILLIS = "1611056000123"
BASE = "https://api-uat.io.linksfield.net/cube/v4"


def expected_sign(sign_content: str, secret: str = SECRET) -> str:
    mac = hmac.new(secret.encode("utf-8"), sign_content.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(mac).decode("ascii")


def signer(options: CsssOptions | None = None, clock: Callable[[], datetime] | None = None) -> CsssSigner:
    return CsssSigner(CODE, SECRET, options=options, clock=clock or (lambda: MOMENT))


def test_sign_is_deterministic_for_a_known_secret() -> None:
    s = signer()
    assert s.sign_content({"b": "x", "a": 1}) == '{"a":1,"b":"x"}'
    assert s.sign({"b": "x", "a": 1}) == expected_sign('{"a":1,"b":"x"}')
    assert s.sign({"a": 1, "b": "x"}) == s.sign({"b": "x", "a": 1})


def test_signed_params_adds_globals_and_signs_them() -> None:
    params = signer().signed_params({"b": "x", "a": 1, "sign": "stale", "timestamp": "0"})
    content = f'{{"a":1,"access_code":"{CODE}","b":"x","timestamp":"{SECONDS}","version":"2.0"}}'
    assert params == {
        "b": "x",
        "a": 1,
        "access_code": CODE,
        "timestamp": SECONDS,
        "version": "2.0",
        "sign": expected_sign(content),
    }


def test_empty_values_are_omitted_but_falsy_values_are_not() -> None:
    content = signer().sign_content(
        {"none": None, "blank": "", "list": [], "obj": {}, "zero": 0, "false": False, "sign": "x", "s": " "}
    )
    assert content == '{"false":false,"s":" ","zero":0}'


def test_nested_objects_and_lists_are_written_sorted_and_compact() -> None:
    content = signer().sign_content({"deviceList": [{"z": 1, "a": None}, "x"], "meta": {"y": [], "b": "é"}})
    assert content == '{"deviceList":[{"a":null,"z":1},"x"],"meta":{"b":"é","y":[]}}'


def test_non_ascii_is_signed_and_sent_as_utf8() -> None:
    s = signer()
    assert s.sign_content({"name": "中文"}) == '{"name":"中文"}'
    assert s.sign({"name": "中文"}) == expected_sign('{"name":"中文"}')
    request = httpx.Request("POST", BASE + "/package/orderPackage", json={"name": "中文"})
    sent = next(CsssAuth(s).sync_auth_flow(request))
    assert "中文".encode() in sent.content
    assert b"\\u" not in sent.content


# -- options -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "params", "content"),
    [
        (CsssOptions(exclude_sign=False), {"a": 1, "sign": "s"}, '{"a":1,"sign":"s"}'),
        (CsssOptions(omit_none=False), {"a": None}, '{"a":null}'),
        (CsssOptions(omit_empty_string=False), {"a": ""}, '{"a":""}'),
        (CsssOptions(omit_empty_list=False), {"a": []}, '{"a":[]}'),
        (CsssOptions(omit_empty_object=False), {"a": {}}, '{"a":{}}'),
        (CsssOptions(prune_nested=True), {"a": {"x": "", "y": 1, "z": None}}, '{"a":{"y":1}}'),
        (
            CsssOptions(stringify_scalars=True),
            {"a": 1, "b": True, "c": [2.5]},
            '{"a":"1","b":"true","c":["2.5"]}',
        ),
        (CsssOptions(sort_nested_keys=False), {"b": {"z": 1, "a": 2}, "a": 0}, '{"a":0,"b":{"z":1,"a":2}}'),
        (CsssOptions(ensure_ascii=True), {"a": "é"}, '{"a":"\\u00e9"}'),
        (CsssOptions(compact=False), {"b": 1, "a": 2}, '{"a": 2, "b": 1}'),
    ],
)
def test_options_switch_behaviour(options: CsssOptions, params: dict[str, object], content: str) -> None:
    s = signer(options)
    assert s.sign_content(params) == content
    assert s.sign(params) == expected_sign(content)


def test_timestamp_options() -> None:
    assert signer().timestamp() == SECONDS
    assert signer(CsssOptions(timestamp_unit="ms")).timestamp() == MILLIS
    assert signer(CsssOptions(timestamp_as_string=False)).timestamp() == int(SECONDS)
    assert signer(CsssOptions(version="3.0")).global_params()["version"] == "3.0"
    with pytest.raises(ValueError, match="aware"):
        signer(clock=lambda: datetime(2021, 1, 19)).timestamp()


def test_options_are_frozen() -> None:
    with pytest.raises(AttributeError):
        CsssOptions().exclude_sign = False  # type: ignore[misc]


# -- the httpx auth ----------------------------------------------------------------------------------------


class Server:
    """Verifies each request with the sandbox's independent CSSS verifier."""

    def __init__(self, **verify_args: object) -> None:
        self.verify_args = verify_args
        self.verdicts: list[CsssVerdict] = []
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        verdict = verify_csss_request(
            method=request.method,
            target=request.url.raw_path,
            body=request.content,
            secrets={CODE: SECRET},
            **self.verify_args,  # type: ignore[arg-type]
        )
        self.verdicts.append(verdict)
        self.requests.append(request)
        return httpx.Response(200, json={"code": "0000" if verdict.ok else "4001", "success": verdict.ok})

    def client(self, auth: CsssAuth) -> httpx.Client:
        return httpx.Client(base_url=BASE, transport=httpx.MockTransport(self), auth=auth)


def test_post_puts_globals_in_the_body_and_recomputes_content_length() -> None:
    server = Server()
    with server.client(CsssAuth(signer())) as client:
        response = client.post("/package/orderPackage", json={"iccid": "8986", "count": 2, "note": ""})
    assert response.json()["success"], server.verdicts
    sent = server.requests[0]
    body = json.loads(sent.content)
    assert int(sent.headers["Content-Length"]) == len(sent.content)
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["Accept-Language"] == "en-US"
    content = f'{{"access_code":"{CODE}","count":2,"iccid":"8986","timestamp":"{SECONDS}","version":"2.0"}}'
    assert body == {
        "iccid": "8986",
        "count": 2,
        "note": "",
        "access_code": CODE,
        "timestamp": SECONDS,
        "version": "2.0",
        "sign": expected_sign(content),
    }
    assert server.verdicts[0].sign_content == content


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_put_and_delete_sign_the_body(method: str) -> None:
    server = Server()
    with server.client(CsssAuth(signer())) as client:
        response = client.request(method, "/package/x", json={"a": 1})
    assert response.json()["success"], server.verdicts
    assert "sign" in json.loads(server.requests[0].content)
    assert b"sign=" not in server.requests[0].url.raw_path


def test_delete_without_body_gets_one() -> None:
    server = Server()
    with server.client(CsssAuth(signer())) as client:
        response = client.delete("/package/x")
    assert response.json()["success"], server.verdicts
    assert set(json.loads(server.requests[0].content)) == {"access_code", "timestamp", "version", "sign"}


def test_get_puts_params_in_the_query_and_replaces_stale_globals() -> None:
    server = Server()
    with server.client(CsssAuth(signer())) as client:
        response = client.get(
            "/package/queryPackage", params=[("iccid", "8986"), ("tag", "a b"), ("tag", "é"), ("sign", "old")]
        )
    assert response.json()["success"], server.verdicts
    sent = server.requests[0]
    assert sent.content == b""
    query = parse_qsl(sent.url.query.decode(), keep_blank_values=True)
    assert [k for k, _ in query].count("sign") == 1
    content = (
        f'{{"access_code":"{CODE}","iccid":"8986","tag":["a b","é"],"timestamp":"{SECONDS}","version":"2.0"}}'
    )
    assert dict(query)["sign"] == expected_sign(content)
    assert server.verdicts[0].sign_content == content


def test_every_send_is_signed_afresh() -> None:
    server = Server()
    moments = iter([MOMENT, MOMENT + timedelta(seconds=5)])
    with server.client(CsssAuth(signer(clock=lambda: next(moments)))) as client:
        request = client.build_request("POST", "/package/orderPackage", json={"a": 1})
        client.send(request)
        client.send(request)
    bodies = [json.loads(r.content) for r in server.requests]
    assert [b["timestamp"] for b in bodies] == [SECONDS, str(int(SECONDS) + 5)]
    assert bodies[0]["sign"] != bodies[1]["sign"]
    assert all(v.ok for v in server.verdicts)


def test_path_params_merged_by_the_signer_are_what_the_server_checks() -> None:
    """signContent covers path parameters when the caller merges them in (``signed_params``), as
    the server does with ``path_params``; no CSSS operation has one, so the auth merges none."""
    params = signer().signed_params({"orderId": "42", "a": 1})
    body = json.dumps({key: value for key, value in params.items() if key != "orderId"}).encode()
    verdict = verify_csss_request(
        method="POST",
        target=b"/package/order/42",
        body=body,
        secrets={CODE: SECRET},
        path_params={"orderId": "42"},
    )
    assert verdict.ok, verdict
    assert '"orderId":"42"' in (verdict.sign_content or "")
    without = verify_csss_request(
        method="POST", target=b"/package/order/42", body=body, secrets={CODE: SECRET}
    )
    assert not without.ok


def test_sandbox_rejects_tampering_and_skew() -> None:
    sent = next(CsssAuth(signer()).sync_auth_flow(httpx.Request("POST", BASE + "/p", json={"a": 1})))
    body = json.loads(sent.content)
    body["a"] = 2
    tampered = json.dumps(body).encode()

    def verify(content: bytes, **kwargs: object) -> CsssVerdict:
        return verify_csss_request(
            method="POST",
            target=b"/p",
            body=content,
            secrets={CODE: SECRET},
            **kwargs,  # type: ignore[arg-type]
        )

    assert verify(sent.content).ok
    assert verify(tampered).reason == "Invalid sign"
    assert verify(sent.content, max_skew_seconds=300, now=MOMENT).ok
    assert not verify(sent.content, max_skew_seconds=300, now=MOMENT + timedelta(seconds=301)).ok
    assert verify_csss_request(method="POST", target=b"/p", body=sent.content, secrets={}).reason == (
        "unknown access_code"
    )


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"[1, 2]", "application/json"), (b"a=1", "application/x-www-form-urlencoded")],
)
def test_non_object_bodies_are_refused(content: bytes, content_type: str) -> None:
    request = httpx.Request("POST", BASE + "/p", content=content, headers={"Content-Type": content_type})
    with pytest.raises(ValueError, match="JSON object body"):
        next(CsssAuth(signer()).sync_auth_flow(request))


@pytest.mark.parametrize(
    ("values", "signed"),
    [
        (["application/json"], True),
        (["application/json", "text/plain"], True),  # httpx reads "application/json, text/plain"
        (["text/plain", "application/json; charset=utf-8"], True),
        (["text/plain"], False),
        (["text/plain", "text/csv"], False),
    ],
)
def test_content_type_is_read_as_httpx_reads_it_even_when_repeated(values: list[str], signed: bool) -> None:
    headers = [("Content-Type", value) for value in values]
    request = httpx.Request("POST", BASE + "/p", content=b'{"a": "1"}', headers=headers)
    if signed:
        sent = next(CsssAuth(signer()).sync_auth_flow(request))
        assert "sign" in json.loads(sent.content)
    else:
        with pytest.raises(ValueError, match="JSON object body"):
            next(CsssAuth(signer()).sync_auth_flow(request))
