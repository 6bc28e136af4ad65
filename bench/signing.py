"""Signing cost per request: CMP gateway HMAC (headers over the wire form) and CSSS body sign."""

from __future__ import annotations

import timeit

import httpx

from linksfield._signing import CmpHmacSigner, CsssAuth, CsssSigner
from linksfield.sandbox import config as defaults

from .figures import Figure, median

TARGET_US = 40.0
_BODY = b'{"page_no":1,"page_size":50}'


def _cmp(number: int) -> float:
    signer = CmpHmacSigner(defaults.DEFAULT_ACCESS_KEY, defaults.DEFAULT_SECRET_KEY)
    request = httpx.Request(
        "POST",
        "http://127.0.0.1:8080/cmp-api/package/queryOrder",
        headers={"Content-Type": "application/json", "Accept-Language": "en-US"},
        content=_BODY,
    )

    def sign() -> None:
        signer.apply(request)

    return min(timeit.repeat(sign, number=number, repeat=3)) / number * 1e6


def _csss(number: int) -> float:
    """What ``CsssAuth`` does per request: merge globals, sign, rebuild the body."""
    auth = CsssAuth(CsssSigner(defaults.DEFAULT_CSSS_ACCESS_CODE, defaults.DEFAULT_CSSS_SECRET))
    request = httpx.Request(
        "POST",
        "http://127.0.0.1:8080/package/orderPackage",
        headers={"Content-Type": "application/json"},
        json={
            "device_id": "89852202310161621656",
            "package_code": "LP14231124004197",
            "order_period": "1",
            "is_open": "1",
        },
    )

    def sign() -> None:
        auth.build_signed_request(request)

    return min(timeit.repeat(sign, number=number, repeat=3)) / number * 1e6


def _figure(name: str, runs: list[float]) -> Figure:
    return Figure(
        "signing", name, "µs/request", runs, target=f"≤ {TARGET_US:g} µs", met=median(runs) <= TARGET_US
    )


def run(repeats: int, number: int = 2000) -> list[Figure]:
    """Each run is the best of three loops of ``number`` signatures (timer noise removed)."""
    return [
        _figure("CMP HMAC-SHA256 sign (headers + signature)", [_cmp(number) for _ in range(repeats)]),
        _figure(
            "CSSS sign (globals, sorted JSON, HMAC-SHA1, new body)", [_csss(number) for _ in range(repeats)]
        ),
    ]
