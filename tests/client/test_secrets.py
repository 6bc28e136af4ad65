"""No secret, and no signature that was actually sent, in logs, exception text or reprs.

Successful and failing calls (401, 5xx, timeouts, refusals, bad answers, bad arguments) of all three
families run with DEBUG logging captured for every logger; the stub collects every
``X-HMAC-SIGNATURE`` and CSSS ``sign`` it received. Then every captured text is scanned for the CMP
secret key, the CSSS secret, the pool credential and each of those signatures.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

import linksfield

from .support import (
    GATEWAY_REFUSAL,
    SECRETS,
    Stub,
    answer,
    arguments_for,
    facade_method,
    fault,
    response_example,
    run,
)

CALLS = [
    "query_orders",
    "query_sim_cdr_by_apn",
    "open_package",
    "order_package",
    "get_pool_detail",
    "send_sms",
]


def _scenarios() -> list[tuple[str, Any]]:
    """(operation, first answer) pairs: success and every kind of failure, for each family."""
    refusal = {"code": "2001", "message": "refused", "success": False, "data": None}
    broken = response_example("query_orders")
    del broken["data"]["package_order"][0]["orderCode"]
    scenarios: list[tuple[str, Any]] = []
    for operation_id in CALLS:
        scenarios += [
            (operation_id, None),
            (operation_id, answer(401, GATEWAY_REFUSAL)),
            (operation_id, answer(503, {"message": "unavailable"})),
            (operation_id, fault(httpx.ReadTimeout)),
            (operation_id, answer(200, refusal)),
        ]
    scenarios.append(("query_orders", answer(200, broken)))
    return scenarios


def _texts_of(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def _assert_clean(texts: list[str], stub: Stub, *, at_least: int = 10) -> None:
    forbidden = [*SECRETS, *stub.sent_signatures]
    assert len(stub.sent_signatures) >= at_least, "the scan needs real signatures to look for"
    for text in texts:
        for value in forbidden:
            assert value not in text, f"leaked {value!r} in {text[:300]!r}"


def _run_everything(stub: Stub, call: Callable[[str, dict[str, Any]], Any]) -> list[str]:
    texts: list[str] = []
    for operation_id, first in _scenarios():
        if first is not None:
            stub.then(first)
        try:
            call(operation_id, arguments_for(operation_id))
        except linksfield.LinksfieldError as error:
            texts += _texts_of(error)
    bad_arguments = [
        ("query_orders", {"page_no": 1, "page_size": 500}),
        ("query_sim_cdr", {**arguments_for("query_sim_cdr"), "received_start_time": "2024/05/01"}),
        ("order_package", {**arguments_for("order_package"), "device_id": ""}),
        ("get_pool_detail", {"pool_code": ""}),
    ]
    for operation_id, arguments in bad_arguments:
        with pytest.raises(linksfield.RequestValidationError) as caught:
            call(operation_id, arguments)
        texts += _texts_of(caught.value)
    return texts


def test_nothing_secret_leaks_sync(stub: Stub, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: linksfield, httpx, httpcore
    client = stub.client(max_retries=1)

    def call(operation_id: str, arguments: dict[str, Any]) -> Any:
        return facade_method(client, operation_id)(**arguments)

    texts = _run_everything(stub, call)
    assert any(record.name == "linksfield" for record in caplog.records)
    assert any(record.levelno == logging.DEBUG for record in caplog.records if record.name == "linksfield")
    texts += [caplog.text, *(record.getMessage() for record in caplog.records)]
    texts += [repr(client), str(client), repr(client.settings), repr(client._invoker.routes._routes)]
    texts += [repr(client.with_options(max_retries=0)), repr(attrs.asdict(client.settings, recurse=False))]
    assert len(texts) > 50
    _assert_clean(texts, stub)


def test_nothing_secret_leaks_async(stub: Stub, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    async def go() -> list[str]:
        async with stub.async_client(max_retries=1) as client:
            texts: list[str] = []
            for operation_id, first in _scenarios():
                if first is not None:
                    stub.then(first)
                try:
                    await facade_method(client, operation_id)(**arguments_for(operation_id))
                except linksfield.LinksfieldError as error:
                    texts += _texts_of(error)
            texts += [repr(client), repr(client.settings)]
            return texts

    texts = run(go())
    texts += [caplog.text]
    _assert_clean(texts, stub)


def test_the_debug_log_line_is_useful(stub: Stub, caplog: pytest.LogCaptureFixture) -> None:
    """Method, path, status, time and request id are logged (and nothing else of the request)."""
    caplog.set_level(logging.DEBUG, logger="linksfield")
    stub.then(answer(200, response_example("query_orders"), headers={"x-request-id": "req-77"}))
    stub.client().packages.query_orders(page_no=1, page_size=3)
    (record,) = [r for r in caplog.records if r.name == "linksfield"]
    message = record.getMessage()
    assert "query_orders POST /cmp-api/package/queryOrder -> 200 in" in message
    assert " ms " in message
    assert "request id req-77" in message


def test_settings_and_signers_redact_their_secrets(stub: Stub) -> None:
    client = stub.client()
    settings = client.settings
    assert settings.secret_key is not None and settings.secret_key.get_secret_value() in SECRETS
    for text in (repr(settings), str(settings), f"{settings}", repr(settings.secret_key), repr(client)):
        for secret in SECRETS:
            assert secret not in text
    client.packages.query_orders(page_no=1, page_size=3)
    client.packages.order_package(**arguments_for("order_package"))
    client.pools.get_pool_detail(pool_code="UP20250401000123")
    for route in client._invoker.routes._routes.values():
        for secret in SECRETS:
            assert secret not in repr(route)
            assert secret not in repr(route.auth)


def test_the_scan_would_catch_a_leak(stub: Stub) -> None:
    """Control: httpx's own header repr shows X-HMAC-SIGNATURE, and the scan notices."""
    stub.client().packages.query_orders(page_no=1, page_size=3)
    stub.client().packages.order_package(**arguments_for("order_package"))
    with pytest.raises(AssertionError, match="leaked"):
        _assert_clean([repr(stub.seen[0].request.headers)], stub, at_least=2)
    with pytest.raises(AssertionError, match="leaked"):
        _assert_clean([stub.seen[1].request.content.decode()], stub, at_least=2)
