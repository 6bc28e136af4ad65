"""CMP gateway HMAC: published vectors, canonical query properties, and client/gateway agreement.

Every signature the client produces is checked by ``linksfield.sandbox.gateway.signature_checks``, which
re-derives the canonical string from the raw target httpx put on the wire; for the canonical query
a third oracle built on ``urllib.parse.quote`` pins the expected text itself.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linksfield._exceptions import SignatureMismatchError
from linksfield._signing import (
    CmpHmacAuth,
    CmpHmacSigner,
    CmpOptions,
    canonical_query,
    decode_path,
    string_to_sign,
)
from linksfield.sandbox.gateway.signature_checks import (
    GatewayConsumer,
    GatewayVerdict,
    gateway_canonical_query,
    gateway_string_to_sign,
    gateway_uri,
    verify_hmac_request,
)

ACCESS_KEY = "user-key"
SECRET = "my-secret-key"
GATEWAY_VECTOR = "8XV1GB7Tq23OJcoz6wjqTs4ZLxr9DiLoY4PxzScWGYg="
VENDOR_VECTOR = "M8w5ai017BnWLoUFjbR2zaqapxj1gXK+Unll6twlDmg="
VECTOR_DATE = datetime(2021, 1, 19, 11, 33, 20, tzinfo=timezone.utc)
BASE = "https://lk-api-v2.linksfield.net"


def fixed_clock(moment: datetime = VECTOR_DATE) -> Callable[[], datetime]:
    return lambda: moment


def ticking_clock(
    start: datetime = VECTOR_DATE, step: timedelta = timedelta(seconds=1)
) -> Callable[[], datetime]:
    moments: Iterator[datetime] = (start + step * i for i in range(10_000))
    return lambda: next(moments)


def consumers(**overrides: object) -> dict[str, GatewayConsumer]:
    consumer = GatewayConsumer(ACCESS_KEY, SECRET, **overrides)  # type: ignore[arg-type]
    return {ACCESS_KEY: consumer}


class Gateway:
    """A MockTransport handler that verifies like the gateway and records every verdict."""

    def __init__(self, **consumer_overrides: object) -> None:
        self.consumers = consumers(**consumer_overrides)
        self.verdicts: list[GatewayVerdict] = []
        self.requests: list[httpx.Request] = []
        self.sent_headers: list[httpx.Headers] = []  # snapshots: a resent request is the same object

    def __call__(self, request: httpx.Request) -> httpx.Response:
        verdict = verify_hmac_request(
            method=request.method,
            target=request.url.raw_path,
            headers=request.headers.raw,
            body=request.content,
            consumers=self.consumers,
        )
        self.verdicts.append(verdict)
        self.requests.append(request)
        self.sent_headers.append(httpx.Headers(request.headers))
        if verdict.ok:
            return httpx.Response(200, json={"ok": True})
        return httpx.Response(401, json={"message": verdict.reason})

    def client(self, signer: CmpHmacSigner) -> httpx.Client:
        return httpx.Client(base_url=BASE, transport=httpx.MockTransport(self), auth=CmpHmacAuth(signer))


def gateway_doc_signer(**options: object) -> CmpHmacSigner:
    return CmpHmacSigner(
        ACCESS_KEY,
        SECRET,
        options=CmpOptions(signed_headers=("User-Agent", "x-custom-a"), **options),  # type: ignore[arg-type]
        clock=fixed_clock(),
    )


# -- published vectors --------------------------------------------------------------------------------


def test_gateway_vector_through_string_to_sign() -> None:
    text = string_to_sign(
        method="get",
        path=decode_path(b"/index.html"),
        canonical_query=canonical_query(b"name=james&age=36"),
        access_key=ACCESS_KEY,
        date="Tue, 19 Jan 2021 11:33:20 GMT",
        signed_headers=[("User-Agent", "curl/7.29.0"), ("x-custom-a", "test")],
    )
    assert text == (
        b"GET\n/index.html\nage=36&name=james\nuser-key\nTue, 19 Jan 2021 11:33:20 GMT\n"
        b"User-Agent:curl/7.29.0\nx-custom-a:test\n"
    )
    assert gateway_doc_signer().sign(text) == GATEWAY_VECTOR


def test_vendor_vector_through_string_to_sign() -> None:
    text = string_to_sign(
        method="GET",
        path=decode_path("/mp-api/api/esim/queryOrderStatus"),
        canonical_query=canonical_query("eid=89049032000001000000128255728753&resellerCode=SG00000010"),
        access_key=ACCESS_KEY,
        date=None,
        signed_headers=[("Accept-Language", "en-US"), ("Content-Type", "application/json")],
    )
    assert text.endswith(b"\nuser-key\n\nAccept-Language:en-US\nContent-Type:application/json\n")
    assert CmpHmacSigner(ACCESS_KEY, SECRET).sign(text) == VENDOR_VECTOR


def _run_auth(auth: httpx.Auth, request: httpx.Request) -> httpx.Request:
    return next(auth.sync_auth_flow(request))


def test_gateway_vector_through_auth_on_a_real_request() -> None:
    request = httpx.Request(
        "GET",
        "http://127.0.0.1/index.html?name=james&age=36",
        headers={"User-Agent": "curl/7.29.0", "x-custom-a": "test"},
    )
    sent = _run_auth(CmpHmacAuth(gateway_doc_signer()), request)
    assert sent.headers["Date"] == "Tue, 19 Jan 2021 11:33:20 GMT"
    assert sent.headers["X-HMAC-SIGNATURE"] == GATEWAY_VECTOR
    assert sent.headers["X-HMAC-ACCESS-KEY"] == ACCESS_KEY
    assert sent.headers["X-HMAC-ALGORITHM"] == "hmac-sha256"
    assert sent.headers["X-HMAC-SIGNED-HEADERS"] == "User-Agent;x-custom-a"


def test_vendor_vector_through_auth_and_gateway() -> None:
    gateway = Gateway()
    signer = CmpHmacSigner(ACCESS_KEY, SECRET, options=CmpOptions(send_date=False))
    with gateway.client(signer) as client:
        response = client.get(
            "/mp-api/api/esim/queryOrderStatus",
            params={"eid": "89049032000001000000128255728753", "resellerCode": "SG00000010"},
        )
    sent = gateway.requests[0]
    assert "Date" not in sent.headers
    assert sent.headers["Accept-Language"] == "en-US"
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["X-HMAC-SIGNED-HEADERS"] == "Accept-Language;Content-Type"
    assert sent.headers["X-HMAC-SIGNATURE"] == VENDOR_VECTOR
    assert response.status_code == 200, gateway.verdicts


def test_auth_keeps_caller_accept_language_and_signs_it() -> None:
    gateway = Gateway()
    with gateway.client(CmpHmacSigner(ACCESS_KEY, SECRET)) as client:
        response = client.get("/cmp-api/x", headers={"Accept-Language": "zh-CN"})
    assert gateway.requests[0].headers["Accept-Language"] == "zh-CN"
    assert response.status_code == 200
    assert b"Accept-Language:zh-CN\n" in (gateway.verdicts[0].string_to_sign or b"")


# -- canonical query: examples ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", ""),
        ("b=2&a=1", "a=1&b=2"),
        ("a=2&a=1&a=10", "a=1&a=10&a=2"),
        ("k", "k="),
        ("k&k=v", "k=&k=v"),
        ("=x&a=1", "a=1"),
        ("a=1&&b=2&", "a=1&b=2"),
        ("q=a+b%20c", "q=a%20b%20c"),
        ("q=%2c%2C,", "q=%2C%2C%2C"),
        ("p=%2F/x", "p=%2F%2Fx"),
        ("s=!'()*~-._", "s=!'()*~-._"),
        ("u=%C3%A9", "u=%C3%A9"),
        ("bin=%FF%00", "bin=%FF%00"),
        ("e=a=b", "e=a%3Db"),
        ("Z=1&a=1&_=1", "Z=1&_=1&a=1"),
    ],
)
def test_canonical_query_examples(raw: str, expected: str) -> None:
    assert canonical_query(raw) == expected
    assert gateway_canonical_query(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", b"/"),
        (b"/", b"/"),
        (b"/a%20b/%7e", b"/a b/~"),
        (b"/a//b/./c/../d", b"/a/b/d"),
        (b"/a/b/..", b"/a/"),
        (b"/a+b", b"/a+b"),
        (b"/x%2Fy", b"/x/y"),
    ],
)
def test_path_is_decoded_and_normalised_like_nginx(raw: bytes, expected: bytes) -> None:
    assert decode_path(raw) == expected
    assert gateway_uri(raw.decode("latin-1")) == expected


# -- canonical query: properties against the gateway verifier ---------------------------------------------

text = st.text(max_size=12)
nonempty_text = st.text(min_size=1, max_size=12)
RESERVED = "&=+%#?/ ;,:@$!'()*~[]\"<>\\^`{|}"
wild_text = st.text(alphabet=st.one_of(st.sampled_from(RESERVED), st.characters(codec="utf-8")), max_size=10)
pairs_strategy = st.lists(st.tuples(text, text), max_size=8)
SAFE = "!'()*"  # with quote()'s own always-safe set, exactly the gateway's unescaped set
ESCAPED = re.compile(r"(?:[A-Za-z0-9\-._~!'()*]|%[0-9A-F]{2})*")


def oracle(pairs: list[tuple[str, str]]) -> str:
    """Third, test-local definition of the canonical query from the abstract pairs."""
    grouped: dict[bytes, list[bytes]] = {}
    for key, value in pairs:
        if key:
            grouped.setdefault(key.encode(), []).append(value.encode())
    return "&".join(
        f"{quote(k, safe=SAFE)}={quote(v, safe=SAFE)}" for k in sorted(grouped) for v in sorted(grouped[k])
    )


def send_signed(
    signer: CmpHmacSigner, request_args: dict[str, object]
) -> tuple[httpx.Request, GatewayVerdict]:
    gateway = Gateway()
    with gateway.client(signer) as client:
        response = client.request("GET", **request_args)  # type: ignore[arg-type]
    assert len(gateway.verdicts) == 1
    verdict = gateway.verdicts[0]
    assert response.status_code == (200 if verdict.ok else 401)
    return gateway.requests[0], verdict


def wire_query(request: httpx.Request) -> bytes:
    return request.url.raw_path.partition(b"?")[2]


@settings(max_examples=150, deadline=None)
@given(pairs=pairs_strategy, data=st.data())
def test_order_independence(pairs: list[tuple[str, str]], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(pairs))
    signer = CmpHmacSigner(ACCESS_KEY, SECRET, clock=fixed_clock())
    first, verdict_a = send_signed(signer, {"url": "/cmp-api/q", "params": pairs})
    second, verdict_b = send_signed(signer, {"url": "/cmp-api/q", "params": shuffled})
    assert verdict_a.ok, verdict_a.reason
    assert verdict_b.ok, verdict_b.reason
    assert canonical_query(wire_query(first)) == canonical_query(wire_query(second)) == oracle(pairs)
    assert first.headers["X-HMAC-SIGNATURE"] == second.headers["X-HMAC-SIGNATURE"]


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(wild_text, wild_text), max_size=6))
def test_arbitrary_unicode_and_reserved_characters_are_escaped_identically(
    pairs: list[tuple[str, str]],
) -> None:
    request, verdict = send_signed(CmpHmacSigner(ACCESS_KEY, SECRET), {"url": "/cmp-api/q", "params": pairs})
    assert verdict.ok, verdict.reason
    canonical = canonical_query(wire_query(request))
    assert canonical == gateway_canonical_query(wire_query(request).decode("ascii")) == oracle(pairs)
    for pair in filter(None, canonical.split("&")):
        key, _, value = pair.partition("=")
        assert ESCAPED.fullmatch(key) and ESCAPED.fullmatch(value), pair


@settings(max_examples=100, deadline=None)
@given(
    key=nonempty_text, values=st.lists(text, min_size=2, max_size=6), other=st.lists(st.tuples(text, text))
)
def test_repeated_keys_yield_one_sorted_pair_per_value(
    key: str, values: list[str], other: list[tuple[str, str]]
) -> None:
    pairs = [(key, v) for v in values] + [(k, v) for k, v in other if k != key]
    request, verdict = send_signed(CmpHmacSigner(ACCESS_KEY, SECRET), {"url": "/cmp-api/q", "params": pairs})
    assert verdict.ok, verdict.reason
    canonical = canonical_query(wire_query(request))
    prefix = quote(key, safe=SAFE) + "="
    mine = [p for p in canonical.split("&") if p.startswith(prefix)]
    expected = [prefix + quote(v, safe=SAFE) for v in sorted(values, key=str.encode)]
    assert mine == expected


# Raw query pieces, written the ways clients do: key only, key=value, =value (empty key), empty piece.
piece = st.one_of(
    st.tuples(st.just("key-only"), nonempty_text, st.just("")),
    st.tuples(st.just("pair"), text, text),
    st.tuples(st.just("empty-key"), st.just(""), text),
    st.tuples(st.just("empty-piece"), st.just(""), st.just("")),
)
quoting = st.sampled_from(["quote", "quote_plus_style"])


def encode_component(value: str, style: str) -> str:
    if style == "quote":
        return quote(value, safe="")
    return quote(value, safe=" ").replace(" ", "+")


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(piece, max_size=8), style=quoting)
def test_key_only_keys_and_empty_keys_from_raw_urls(pieces: list[tuple[str, str, str]], style: str) -> None:
    raw: list[str] = []
    model: list[tuple[str, str]] = []
    for kind, key, value in pieces:
        if kind == "key-only":
            raw.append(encode_component(key, style))
            model.append((key, ""))
        elif kind == "pair":
            raw.append(f"{encode_component(key, style)}={encode_component(value, style)}")
            model.append((key, value))
        elif kind == "empty-key":
            raw.append(f"={encode_component(value, style)}")
        else:
            raw.append("")
    url = "/cmp-api/q?" + "&".join(raw) if raw else "/cmp-api/q"
    request, verdict = send_signed(CmpHmacSigner(ACCESS_KEY, SECRET), {"url": url})
    assert verdict.ok, verdict.reason
    assert canonical_query(wire_query(request)) == oracle(model)


@settings(max_examples=100, deadline=None)
@given(segments=st.lists(wild_text, min_size=1, max_size=4), pairs=pairs_strategy)
def test_arbitrary_paths_verify(segments: list[str], pairs: list[tuple[str, str]]) -> None:
    path = "/cmp-api/" + "/".join(quote(s, safe="") for s in segments)
    request, verdict = send_signed(CmpHmacSigner(ACCESS_KEY, SECRET), {"url": path, "params": pairs})
    assert verdict.ok, verdict.reason
    raw_path = request.url.raw_path.partition(b"?")[0]
    assert decode_path(raw_path) == gateway_uri(raw_path.decode("ascii"))


def test_tampered_query_is_rejected_by_the_gateway() -> None:
    gateway = Gateway()
    signer = CmpHmacSigner(ACCESS_KEY, SECRET)
    request = httpx.Request("GET", BASE + "/cmp-api/q?a=1")
    signed = _run_auth(CmpHmacAuth(signer), request)
    tampered = httpx.Request("GET", BASE + "/cmp-api/q?a=2", headers=signed.headers)
    assert gateway(tampered).status_code == 401
    assert gateway.verdicts[-1].reason == "Invalid signature"


# -- algorithms, digest, date, re-signing -------------------------------------------------------------------


@pytest.mark.parametrize(("algorithm", "size"), [("hmac-sha1", 20), ("hmac-sha256", 32), ("hmac-sha512", 64)])
def test_algorithm_is_selectable(algorithm: str, size: int) -> None:
    gateway = Gateway(algorithm=algorithm)
    signer = CmpHmacSigner(ACCESS_KEY, SECRET, options=CmpOptions(algorithm=algorithm))  # type: ignore[arg-type]
    with gateway.client(signer) as client:
        response = client.get("/cmp-api/q", params={"a": "1"})
    assert response.status_code == 200, gateway.verdicts
    sent = gateway.requests[0]
    assert sent.headers["X-HMAC-ALGORITHM"] == algorithm
    assert len(base64.b64decode(sent.headers["X-HMAC-SIGNATURE"])) == size


def test_gateway_rejects_an_algorithm_it_is_not_configured_for() -> None:
    gateway = Gateway(algorithm="hmac-sha512")
    with gateway.client(CmpHmacSigner(ACCESS_KEY, SECRET)) as client:
        assert client.get("/cmp-api/q").status_code == 401
    assert gateway.verdicts[0].reason == "algorithm hmac-sha256 not supported"


def test_unknown_algorithm_is_refused_at_construction() -> None:
    with pytest.raises(ValueError, match="unsupported algorithm"):
        CmpOptions(algorithm="hmac-md5")  # type: ignore[arg-type]


def test_body_digest_is_sent_and_checked() -> None:
    gateway = Gateway(validate_request_body=True)
    body = b'{"iccid":"8986","amount":1}'
    with gateway.client(CmpHmacSigner(ACCESS_KEY, SECRET, options=CmpOptions(body_digest=True))) as client:
        response = client.post("/cmp-api/order", content=body)
    assert response.status_code == 200, gateway.verdicts
    expected = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    assert gateway.requests[0].headers["X-HMAC-DIGEST"] == expected

    tampered = httpx.Request(
        "POST", BASE + "/cmp-api/order", headers=gateway.requests[0].headers, content=b"{}"
    )
    assert gateway(tampered).status_code == 401
    assert gateway.verdicts[-1].reason == "Invalid digest"


def test_gateway_requiring_a_digest_rejects_requests_without_one() -> None:
    gateway = Gateway(validate_request_body=True)
    with gateway.client(CmpHmacSigner(ACCESS_KEY, SECRET)) as client:
        assert client.post("/cmp-api/order", content=b"{}").status_code == 401
    assert gateway.verdicts[0].reason == "Invalid digest"


def test_date_comes_from_the_injected_clock_in_gmt() -> None:
    singapore = timezone(timedelta(hours=8))
    signer = CmpHmacSigner(
        ACCESS_KEY, SECRET, clock=fixed_clock(datetime(2021, 1, 19, 19, 33, 20, tzinfo=singapore))
    )
    sent = _run_auth(CmpHmacAuth(signer), httpx.Request("GET", BASE + "/cmp-api/q"))
    assert sent.headers["Date"] == "Tue, 19 Jan 2021 11:33:20 GMT"


def test_naive_clock_is_refused() -> None:
    signer = CmpHmacSigner(ACCESS_KEY, SECRET, clock=lambda: datetime(2021, 1, 19, 11, 33, 20))
    with pytest.raises(ValueError, match="aware"):
        _run_auth(CmpHmacAuth(signer), httpx.Request("GET", BASE + "/cmp-api/q"))


def test_gateway_clock_skew_check() -> None:
    signer = CmpHmacSigner(ACCESS_KEY, SECRET, clock=fixed_clock())
    request = _run_auth(CmpHmacAuth(signer), httpx.Request("GET", BASE + "/cmp-api/q"))

    def verify(now: datetime, skew: int) -> GatewayVerdict:
        return verify_hmac_request(
            method="GET",
            target=request.url.raw_path,
            headers=request.headers.raw,
            body=b"",
            consumers=consumers(clock_skew=skew),
            now=now,
        )

    assert verify(VECTOR_DATE + timedelta(seconds=100), 300).ok
    assert verify(VECTOR_DATE + timedelta(seconds=301), 300).reason == "Clock skew exceeded"
    assert verify(VECTOR_DATE + timedelta(days=3650), 0).ok  # default: not checked


def test_gateway_restricts_signed_header_names_when_configured() -> None:
    gateway = Gateway(signed_headers=("Accept-Language",))
    with gateway.client(CmpHmacSigner(ACCESS_KEY, SECRET)) as client:
        assert client.get("/cmp-api/q").status_code == 401
    assert gateway.verdicts[0].reason == "Invalid signed header Content-Type"


def test_every_send_is_signed_afresh() -> None:
    gateway = Gateway()
    signer = CmpHmacSigner(ACCESS_KEY, SECRET, clock=ticking_clock())
    with gateway.client(signer) as client:
        request = client.build_request("GET", "/cmp-api/q", params={"a": "1"})
        first = client.send(request)
        first_date, first_sig = request.headers["Date"], request.headers["X-HMAC-SIGNATURE"]
        second = client.send(request)  # what a retry layer does with the same request object
    assert first.status_code == second.status_code == 200, gateway.verdicts
    dates = [h["Date"] for h in gateway.sent_headers]
    signatures = [h["X-HMAC-SIGNATURE"] for h in gateway.sent_headers]
    assert dates == [first_date, "Tue, 19 Jan 2021 11:33:21 GMT"]
    assert signatures[0] == first_sig != signatures[1]


async def _async_send(signer: CmpHmacSigner, gateway: Gateway) -> httpx.Response:
    async with httpx.AsyncClient(
        base_url=BASE, transport=httpx.MockTransport(gateway), auth=CmpHmacAuth(signer)
    ) as client:
        return await client.post("/cmp-api/order", json={"x": "é"})


def test_async_client_is_signed_too() -> None:
    gateway = Gateway(validate_request_body=True)
    response = asyncio.run(
        _async_send(CmpHmacSigner(ACCESS_KEY, SECRET, options=CmpOptions(body_digest=True)), gateway)
    )
    assert response.status_code == 200, gateway.verdicts


def test_repeated_signed_header_is_refused() -> None:
    request = httpx.Request(
        "GET", BASE + "/x", headers=[("Accept-Language", "en-US"), ("Accept-Language", "de")]
    )
    with pytest.raises(ValueError, match="appears 2 times"):
        _run_auth(CmpHmacAuth(CmpHmacSigner(ACCESS_KEY, SECRET)), request)


def test_invalid_signed_header_names_are_refused() -> None:
    for name in ("", "a;b", "a:b", "a b", "x" * 51):
        with pytest.raises(ValueError):
            CmpOptions(signed_headers=(name,))


# -- response verification -------------------------------------------------------------------------------


def signing_server(
    *, tamper: Callable[[httpx.Headers], None] | None = None, with_date: bool = True
) -> Callable[[httpx.Request], httpx.Response]:
    """A server that signs its responses with the gateway's formula (written independently)."""

    def handler(request: httpx.Request) -> httpx.Response:
        headers = httpx.Headers({"Content-Type": "application/json;charset=UTF-8", "X-Trace": "t-1"})
        if with_date:
            headers["Date"] = "Tue, 19 Jan 2021 11:33:21 GMT"
        listed = ("Content-Type", "X-Trace")
        to_sign = gateway_string_to_sign(
            request.method,
            request.url.raw_path.decode("ascii"),
            ACCESS_KEY,
            headers.get("Date", ""),
            [(name, headers[name].encode()) for name in listed],
        )
        headers["X-HMAC-SIGNATURE"] = base64.b64encode(
            hmac.new(SECRET.encode(), to_sign, hashlib.sha256).digest()
        ).decode()
        headers["X-HMAC-ALGORITHM"] = "hmac-sha256"
        headers["X-HMAC-ACCESS-KEY"] = ACCESS_KEY
        headers["X-HMAC-SIGNED-HEADERS"] = ";".join(listed)
        if tamper:
            tamper(headers)
        return httpx.Response(200, headers=headers, json={"code": "0000"})

    return handler


def fetch(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[CmpHmacAuth, httpx.Response]:
    auth = CmpHmacAuth(CmpHmacSigner(ACCESS_KEY, SECRET))
    with httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler), auth=auth) as client:
        return auth, client.get("/cmp-api/q", params={"b": "2", "a": "x y"})


def test_response_verification_accepts_an_authentic_response() -> None:
    auth, response = fetch(signing_server())
    auth.verify_response(response, date_source="response")
    auth.signer.verify_response(response.request, response, date_source="response")


def test_response_verification_without_date() -> None:
    auth, response = fetch(signing_server(with_date=False))
    auth.verify_response(response, date_source="none")
    with pytest.raises(SignatureMismatchError, match="no Date header"):
        auth.verify_response(response, date_source="response")


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda h: h.__setitem__("X-Trace", "t-2"), "does not match"),
        (lambda h: h.__setitem__("Date", "Tue, 19 Jan 2021 11:33:22 GMT"), "does not match"),
        (lambda h: h.__delitem__("X-Trace"), "signed header 'X-Trace' is missing"),
        (lambda h: h.__delitem__("X-HMAC-SIGNATURE"), "missing header"),
        (lambda h: h.__setitem__("X-HMAC-ACCESS-KEY", "someone-else"), "access key differs"),
        (lambda h: h.__setitem__("X-HMAC-ALGORITHM", "hmac-sha1"), "algorithm differs"),
        (lambda h: h.__setitem__("X-HMAC-SIGNATURE", "not base64!"), "not valid Base64"),
    ],
)
def test_response_verification_rejects_tampering(
    tamper: Callable[[httpx.Headers], None], message: str
) -> None:
    auth, response = fetch(signing_server(tamper=tamper))
    with pytest.raises(SignatureMismatchError, match=message) as caught:
        auth.verify_response(response, date_source="response")
    text = str(caught.value) + repr(caught.value)
    assert SECRET not in text
    signature = response.headers.get("X-HMAC-SIGNATURE", "")
    assert not signature or signature not in text


def test_response_date_choice_matters() -> None:
    auth, response = fetch(signing_server())
    with pytest.raises(SignatureMismatchError, match="does not match"):
        auth.verify_response(response, date_source="none")
    with pytest.raises(ValueError, match="date_source"):
        auth.verify_response(response, date_source="request")  # type: ignore[arg-type]
