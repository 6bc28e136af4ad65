"""Secrets at the edges: credentials in base URLs, and the vendor's ``sign`` in answers.

A password in ``https://user:password@host`` or a token in a base URL's query must not show in a
repr of the client or its settings, in any error text, or in a log line; the response signature
(``x-secret`` in the spec) must not show in the repr of a parsed answer.
"""

from __future__ import annotations

import logging
import socket
import traceback
from typing import Any

import attrs
import httpx
import pytest

import linksfield
from generator.secret_fields import secret_properties
from linksfield._spec import spec_document
from linksfield_api import models
from linksfield_api.facade import OPERATIONS
from linksfield_api.parsers import PARSERS, Notes

from .support import Stub, answer, arguments_for, credentials, facade_method, fault, response_example, run

PASSWORD = "pa55-W0RD-in-url"
TOKEN = "tok-QUERY-9f8e7d"
SIGNATURE = "SIGNATURE-Zx8Qw2Lk5Tn0="


def _texts(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


@pytest.mark.parametrize("client_class", [linksfield.Client, linksfield.AsyncClient])
def test_reprs_hide_passwords_and_tokens_in_base_urls(client_class: Any) -> None:
    client = client_class(
        **{
            **credentials(),
            "base_url": f"https://ops:{PASSWORD}@cmp.example.test/api?token={TOKEN}&region=eu",
            "csss_base_url": f"https://:{PASSWORD}@csss.example.test",
            "pool_base_url": f"https://ops:{PASSWORD}@pool.example.test",
        }
    )
    texts = [repr(client), str(client), repr(client.settings), repr(client.with_options(max_retries=0))]
    for text in texts:
        assert PASSWORD not in text
        assert TOKEN not in text
    assert "https://ops:***@cmp.example.test/api?token=***&region=eu" in repr(client.settings)


def test_a_url_that_does_not_parse_still_hides_its_userinfo() -> None:
    settings = linksfield.Settings(base_url=f"https://ops:{PASSWORD}@host:notaport")
    assert PASSWORD not in repr(settings)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize("operation_id", ["get_pool_detail", "order_package"])
def test_a_failed_call_to_a_url_with_userinfo_never_shows_the_password(
    operation_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A real refused connection: the error, its chained httpx error and every log line are clean."""
    caplog.set_level(logging.DEBUG)
    url = f"http://ops:{PASSWORD}@127.0.0.1:{_closed_port()}"
    settings = {
        **credentials(),
        "base_url": url,
        "csss_base_url": url,
        "pool_base_url": url,
        "max_retries": 0,
    }
    with linksfield.Client(**settings) as client, pytest.raises(linksfield.APIConnectionError) as caught:
        facade_method(client, operation_id)(**arguments_for(operation_id))
    for text in [*_texts(caught.value), caplog.text]:
        assert PASSWORD not in text


@pytest.mark.parametrize(
    "first",
    [answer(401, {"message": "refused"}), answer(503, {"message": "down"}), fault(httpx.ReadTimeout)],
    ids=["401", "503", "timeout"],
)
def test_errors_and_logs_of_a_stubbed_call_never_show_the_password(
    stub: Stub, first: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx logs every request URL at INFO
    stub.then(first)
    client = stub.client(pool_base_url=f"https://ops:{PASSWORD}@pool.example.test", max_retries=0)
    with pytest.raises(linksfield.APIError) as caught:
        client.pools.get_pool_detail(pool_code="UP20250401000123")
    assert not stub.seen[0].request.url.userinfo, "the unused userinfo is not even sent"
    for text in [*_texts(caught.value), caplog.text]:
        assert PASSWORD not in text


# -- the vendor's response signature --------------------------------------------------------------------------

SIGNED = sorted(
    operation_id
    for operation_id in OPERATIONS
    if isinstance(response_example(operation_id).get("data"), dict)
    and "sign" in response_example(operation_id)["data"]
)


def test_the_signed_answers_are_found() -> None:
    assert {"order_package", "open_package", "query_orders"} <= set(SIGNED)


@pytest.mark.parametrize("operation_id", SIGNED)
def test_a_parsed_answer_never_shows_the_signature(stub: Stub, operation_id: str) -> None:
    body = response_example(operation_id)
    body["data"]["sign"] = SIGNATURE
    stub.then(answer(200, body))
    method = getattr(getattr(stub.client(), OPERATIONS[operation_id].tag).with_raw_response, operation_id)
    raw = method(**arguments_for(operation_id))
    assert raw.data.sign == SIGNATURE, "the value is kept, only hidden from reprs"
    assert raw.data.to_dict()["sign"] == SIGNATURE
    for text in [repr(raw.data), str(raw.data), repr(raw)]:
        assert SIGNATURE not in text
    assert "order_id" in repr(raw.data) or "page" in repr(raw.data)  # the rest is still shown


def test_an_async_answer_hides_it_too(stub: Stub) -> None:
    body = response_example("order_package")
    body["data"]["sign"] = SIGNATURE
    stub.then(answer(200, body))

    async def go() -> Any:
        async with stub.async_client() as client:
            return await client.packages.order_package(**arguments_for("order_package"))

    data = run(go())
    assert data.sign == SIGNATURE
    assert SIGNATURE not in repr(data)


def test_every_model_with_a_secret_field_hides_it() -> None:
    """Every component with a property typed by an ``x-secret`` schema: the attrs field has ``repr=False``.

    Derived from the spec (the four ``sign`` answers are the floor, so an empty derivation fails).
    """
    secret = secret_properties(spec_document())
    assert {"OpenPackageData", "OrderPackageData", "QueryOrdersData", "SyncPackagesData"} <= set(secret)
    for name, wire_names in secret.items():
        fields = attrs.fields_dict(getattr(models, name))
        for wire_name in wire_names:
            assert fields[wire_name].repr is False, (name, wire_name)


def test_a_parsed_model_keeps_the_secret_but_does_not_show_it() -> None:
    notes: Notes = []
    parsed = PARSERS[models.OrderPackageData](
        {"sign": SIGNATURE, "order_id": "O1", "order_start_date": None, "order_expire_date": None}, (), notes
    )
    assert notes == []
    assert parsed.sign == SIGNATURE
    assert SIGNATURE not in repr(parsed)
    assert parsed.to_dict()["sign"] == SIGNATURE  # hidden from reprs only, never dropped
