"""Authentication as the vendor does it: bad signatures refused with the family's answer, and counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from linksfield._signing import CmpHmacAuth, CmpHmacSigner, CmpOptions, CsssAuth, CsssSigner
from linksfield.sandbox.config import DEFAULT_ACCESS_KEY, DEFAULT_CSSS_ACCESS_CODE, DEFAULT_SECRET_KEY

from .support import SandboxProcess, call, op, schema_errors

QUERY_DEVICES = op("query_devices")
PAGE = {"page_no": 1, "page_size": 1}


def _rejected(sandbox: SandboxProcess) -> dict[str, int]:
    counts: dict[str, int] = sandbox.stats()["rejected_signatures"]
    return counts


def test_good_requests_are_not_counted(sandbox: SandboxProcess) -> None:
    before = _rejected(sandbox)
    with sandbox.cmp() as client:
        assert call(client, QUERY_DEVICES, body=PAGE).status_code == 200
    with sandbox.pool() as client:
        assert call(client, op("get_pool_detail"), query={"poolCode": "UP20250401000123"}).status_code == 200
    assert _rejected(sandbox) == before


def test_cmp_bad_signatures_are_401_and_counted(sandbox: SandboxProcess) -> None:
    before = _rejected(sandbox)
    wrong_secret = CmpHmacAuth(CmpHmacSigner(DEFAULT_ACCESS_KEY, "not-the-secret"))
    wrong_key = CmpHmacAuth(CmpHmacSigner("someone-else", DEFAULT_SECRET_KEY))
    reasons = []
    for auth in (wrong_secret, wrong_key, None):
        with httpx.Client(base_url=sandbox.url, auth=auth, trust_env=False) as client:
            response = call(client, QUERY_DEVICES, body=PAGE)
        assert response.status_code == 401
        assert schema_errors(QUERY_DEVICES, 401, response.json()) is None
        assert "x-hmac-signature" not in response.headers  # refusals come from the gateway, unsigned
        reasons.append(response.json()["message"])
    assert reasons == ["Invalid signature", "Invalid access key", "access key or signature missing"]
    after = _rejected(sandbox)
    assert after["cmp"] - before["cmp"] == 3 and after["total"] - before["total"] == 3


def test_cmp_signature_covers_the_query(sandbox: SandboxProcess) -> None:
    signer = CmpHmacSigner(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    request = httpx.Request(
        "GET",
        f"{sandbox.url}/cmp-api/sims/89430101523088119435/cdr?received_start_time=2020-01-01"
        "&received_end_by=2020-01-02&page_no=1&page_size=1",
    )
    signer.apply(request)
    tampered = httpx.Request(
        "GET", str(request.url).replace("page_size=1", "page_size=2"), headers=request.headers
    )
    with httpx.Client(trust_env=False) as client:
        assert client.send(request).status_code == 200
        assert client.send(tampered).status_code == 401


def test_csss_bad_sign_is_refused_and_counted(sandbox: SandboxProcess) -> None:
    before = _rejected(sandbox)
    auth = CsssAuth(CsssSigner(DEFAULT_CSSS_ACCESS_CODE, "wrong-secret"))
    with httpx.Client(base_url=sandbox.url, auth=auth, trust_env=False) as client:
        response = call(client, op("order_package"), body={"device_id": "x"})
    assert response.status_code == 401  # R-CSSS-REFUSAL-STATUS
    body = response.json()
    assert body == {"code": "CB-99-9403", "data": None, "message": "sign: Invalid sign", "success": False}
    assert schema_errors(op("order_package"), 401, body) is None
    assert _rejected(sandbox)["csss"] == before["csss"] + 1


def test_pool_credential_refused_and_counted(sandbox: SandboxProcess) -> None:
    before = _rejected(sandbox)
    detail = op("get_pool_detail")
    with sandbox.pool("wrong") as client:
        wrong = call(client, detail, query={"poolCode": "UP20250401000123"})
    with httpx.Client(base_url=sandbox.url, trust_env=False) as client:
        missing = call(client, detail, query={"poolCode": "UP20250401000123"})
    for response in (wrong, missing):
        assert response.status_code == 401
        assert response.json()["code"] == 401 and response.json()["traceId"]
        assert schema_errors(detail, 401, response.json()) is None
    assert _rejected(sandbox)["pool"] == before["pool"] + 2
    assert sandbox.stats()["rejected_reasons"]["pool"]["credential invalid"] >= 1


@pytest.fixture(scope="module")
def strict() -> Iterator[SandboxProcess]:
    """A sandbox checking the CMP Date (60 s) and demanding the body digest."""
    process = SandboxProcess("--clock-skew", "60", "--require-digest").start()
    try:
        yield process
    finally:
        process.stop()


def _strict_call(sandbox: SandboxProcess, clock: Any = None, **options: Any) -> httpx.Response:
    signer = CmpHmacSigner(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, options=CmpOptions(**options), clock=clock)
    auth = CmpHmacAuth(signer)
    with httpx.Client(base_url=sandbox.url, auth=auth, trust_env=False) as client:
        return call(client, QUERY_DEVICES, body=PAGE)


def test_clock_skew_and_digest_when_configured(strict: SandboxProcess) -> None:
    def late() -> datetime:
        return datetime.now(timezone.utc) - timedelta(minutes=5)

    assert _strict_call(strict, body_digest=True).status_code == 200
    assert _strict_call(strict, body_digest=True, clock=late).json() == {"message": "Clock skew exceeded"}
    assert _strict_call(strict, body_digest=True, send_date=False).json() == {
        "message": "Invalid GMT format time"
    }
    assert _strict_call(strict, body_digest=False).json() == {"message": "Invalid digest"}
    assert strict.stats()["rejected_signatures"]["cmp"] == 3
