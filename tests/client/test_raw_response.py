"""``with_raw_response``: the HTTP exchange, the full envelope and the request id beside the data."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import linksfield
from linksfield_api.facade import OPERATIONS
from linksfield_api.models import PoolDetail, QueryOrdersData

from .support import (
    Stub,
    answer,
    arguments_for,
    assert_typed_data,
    response_example,
    run,
)

OPERATION_IDS = sorted(OPERATIONS)


def _raw_method(client: object, operation_id: str) -> Any:
    return getattr(getattr(client, OPERATIONS[operation_id].tag).with_raw_response, operation_id)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_raw_response_of_every_operation(stub: Stub, operation_id: str) -> None:
    example = response_example(operation_id)
    raw = _raw_method(stub.client(), operation_id)(**arguments_for(operation_id))
    assert isinstance(raw, linksfield.APIResponse)
    assert raw.status_code == 200
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request is stub.seen[0].request
    assert raw.envelope == example
    assert raw.unknown_codes == ()
    assert_typed_data(OPERATIONS[operation_id], raw.data, example)
    if OPERATIONS[operation_id].family == "pool":
        assert raw.request_id == example["traceId"]
    else:
        assert raw.request_id is None  # CMP/CSSS envelopes carry no id; the stub sent no header


def test_request_id_from_the_x_request_id_header(stub: Stub) -> None:
    example = response_example("query_orders")
    stub.then(answer(200, example, headers={"x-request-id": "req-4711"}))
    raw = stub.client().packages.with_raw_response.query_orders(page_no=1, page_size=3)
    assert raw.request_id == "req-4711"
    assert raw.http_response.headers["x-request-id"] == "req-4711"
    assert isinstance(raw.data, QueryOrdersData)
    assert raw.data.to_dict() == example["data"]
    assert raw.envelope["code"] == "0000"
    assert raw.envelope["success"] is True


def test_pool_trace_id_is_the_request_id_unless_a_header_says_otherwise(stub: Stub) -> None:
    example = response_example("get_pool_detail")
    client = stub.client()
    raw = client.pools.with_raw_response.get_pool_detail(pool_code="UP20250401000123")
    assert raw.request_id == example["traceId"] == "7a1f3c9e2b7d4e51"
    assert raw.envelope["code"] == 200
    assert isinstance(raw.data, PoolDetail)

    stub.then(answer(200, example, headers={"x-request-id": "edge-id-1"}))
    raw = client.pools.with_raw_response.get_pool_detail(pool_code="UP20250401000123")
    assert raw.request_id == "edge-id-1"  # the tracing header wins: it is what the edge logs


def test_raw_response_async(stub: Stub) -> None:
    example = response_example("query_orders")
    stub.then(answer(200, example, headers={"x-request-id": "req-async"}))

    async def call() -> Any:
        async with stub.async_client() as client:
            return await client.packages.with_raw_response.query_orders(page_no=1, page_size=3)

    raw = run(call())
    assert raw.status_code == 200
    assert raw.request_id == "req-async"
    assert raw.envelope == example
    assert isinstance(raw.data, QueryOrdersData)
    assert raw.data.to_dict() == example["data"]


def test_raw_and_plain_calls_return_equal_data(stub: Stub) -> None:
    client = stub.client()
    plain = client.cdr.query_sim_cdr(**arguments_for("query_sim_cdr"))
    raw = client.cdr.with_raw_response.query_sim_cdr(**arguments_for("query_sim_cdr"))
    assert raw.data == plain
    assert raw.data is not plain


def test_the_envelope_keeps_its_place_among_the_constructor_s_parameters() -> None:
    """``APIResponse(data, http_response, envelope, request_id, ...)``: the order published before
    the envelope became lazy; ``envelope=None`` means "decode it from the body when asked"."""
    http_response = httpx.Response(200, json={"code": "0000", "success": True})
    positional = linksfield.APIResponse(None, http_response, {"code": "0000"}, "rid")
    assert positional.envelope == {"code": "0000"} and positional.request_id == "rid"
    lazy = linksfield.APIResponse(None, http_response, None, None)
    assert lazy.envelope == {"code": "0000", "success": True}
    assert lazy.envelope is lazy.envelope  # decoded once
