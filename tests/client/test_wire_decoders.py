"""The generated wire decoders (``linksfield_api/wire.py``) against the tolerant parsers.

The contract: the fast path is never laxer than the parsers. It decodes a document only when the
parsers would note nothing, and then builds the very objects they build; everything else raises a
``msgspec`` error, and the client reads the answer the tolerant way with the same result.
"""

from __future__ import annotations

import copy
import json
import logging
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings

import linksfield
from linksfield._wire import WireView, wire_decoder
from linksfield_api import wire
from linksfield_api.facade import OPERATIONS
from linksfield_api.models import QueryOrdersResponse
from linksfield_api.parsers import PARSERS, Notes

from .support import Stub, answer, arguments_for, mutated_answers, response_examples

EXAMPLES = [
    (operation_id, name, example)
    for operation_id in sorted(OPERATIONS)
    for name, example in response_examples(operation_id).items()
]

DECODED_EXAMPLES = [case for case in EXAMPLES if OPERATIONS[case[0]].response_type in wire.ROOTS]


def _tolerant(model: type[Any], document: Any) -> tuple[Any, Notes]:
    notes: Notes = []
    return PARSERS[model](document, (), notes), notes


def _fast(model: type[Any], document: Any) -> Any:
    """The model the wire decoder builds from the document's bytes; raises what it raises."""
    found = wire_decoder(model)
    assert found is not None, f"no wire decoder for {model.__name__}"
    decode, convert = found
    return convert(decode(json.dumps(document, ensure_ascii=False).encode()))


def test_every_wire_root_is_a_parser_root_and_msgspec_builds_its_decoder() -> None:
    """Which models get a Struct is the generator's call (tests/generator/test_wire_step.py); each one
    it registers must decode, and must have the tolerant parser to fall back to."""
    assert wire.ROOTS and set(wire.ROOTS) <= set(PARSERS)
    for model in wire.ROOTS:
        assert wire_decoder(model) is not None


@pytest.mark.parametrize(
    ("operation_id", "name", "example"), EXAMPLES, ids=[f"{o}-{n}" for o, n, _ in EXAMPLES]
)
def test_every_example_decodes_fast_to_what_the_parsers_build(
    operation_id: str, name: str, example: Any
) -> None:
    model = OPERATIONS[operation_id].response_type
    parsed, notes = _tolerant(model, copy.deepcopy(example))
    assert notes == []
    if model in wire.ROOTS:  # else the generator left the model to the parsers (test_wire_step.py)
        assert _fast(model, example) == parsed


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_answers(DECODED_EXAMPLES))
def test_the_fast_path_is_never_laxer_than_the_parsers(case: tuple[str, Any]) -> None:
    operation_id, document = case
    model = OPERATIONS[operation_id].response_type
    parsed, notes = _tolerant(model, copy.deepcopy(document))
    try:
        fast = _fast(model, document)
    except msgspec.MsgspecError:
        return  # left to the tolerant path: allowed for any document
    assert notes == [], f"the wire decoder accepted what the parsers note: {notes[:3]}"
    assert fast == parsed  # additional_properties included: an unknown key is never dropped


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        (lambda d: d["data"]["package_order"][0].update(orderStatus="9"), "an unknown code"),
        (lambda d: d["data"]["package_order"][0].update(zz_new_key=1), "an unknown key"),
        (lambda d: d["data"]["package_order"][0].pop("orderCode"), "a missing required key"),
        (lambda d: d["data"]["page"].update(total_count=True), "a boolean for an integer"),
        (lambda d: d["data"]["page"].update(total_count=1.0), "a float for an integer"),
    ],
)
def test_what_the_parsers_would_note_is_left_to_them(edit: Any, why: str) -> None:
    document = response_examples("query_orders")["cmp_v2"]
    edit(document)
    with pytest.raises(msgspec.MsgspecError):
        _fast(OPERATIONS["query_orders"].response_type, document)


def test_an_integer_wider_than_64_bits_is_kept_exact() -> None:
    document = response_examples("query_orders")["cmp_v2"]
    document["data"]["page"]["total_count"] = 2**70 + 1
    model = OPERATIONS["query_orders"].response_type
    assert (
        _fast(model, document).data.page.total_count
        == 2**70 + 1
        == _tolerant(model, document)[0].data.page.total_count
    )


def test_a_wire_struct_shows_no_value_in_its_repr() -> None:
    secret = "SECRET-sign-value-123"
    decoded = msgspec.json.decode(
        json.dumps({"code": "0000", "message": secret, "success": True, "data": None}).encode(),
        type=wire._W_CmpEmptyResponse,
    )
    assert secret not in repr(decoded) and secret not in str(decoded)


def test_the_wire_view_reads_by_wire_key_and_leaves_absent_keys_out() -> None:
    document = response_examples("query_orders")["cmp_v2"]
    decode, _ = wire_decoder(OPERATIONS["query_orders"].response_type) or pytest.fail("no decoder")
    view = WireView(decode(json.dumps(document).encode()))
    assert dict(view)["code"] == document["code"]
    order = view["data"]["package_order"]
    assert order[0].order_code == document["data"]["package_order"][0]["orderCode"]  # items stay Structs
    first = WireView(order[0])
    assert set(first) == set(document["data"]["package_order"][0])  # wire spelling, absent keys absent
    assert first.get("orderCode") == document["data"]["package_order"][0]["orderCode"]
    assert first.get("order_code") is None and "nope" not in first


@pytest.mark.parametrize(
    "body",
    [
        b'{"code": "0000", "message": "ok", "success": true, "data": null, "code": "1001"}',  # duplicate key
        b'{"code": "0000", "message": "\\ud800", "success": true, "data": null}',  # a lone surrogate
        b'\xef\xbb\xbf{"code": "0000", "message": "ok", "success": true, "data": null}',  # a byte-order mark
        b'{"code": "0000", "message": "ok", "success": true, "data": null}',  # fits: the fast path
    ],
)
def test_bodies_get_what_the_standard_library_makes_of_them(stub: Stub, body: bytes) -> None:
    """Whatever the wire decoder does with a body, the client's answer is what the tolerant path
    makes of ``json.loads``: the last duplicate key wins (a refusal), a surrogate is kept, a BOM
    is judged by ``json.loads``."""
    stub.then(lambda request, operation: httpx.Response(200, content=body))
    arguments = arguments_for("finish_order_early")
    expected = json.loads(body)
    if expected["code"] != "0000":
        with pytest.raises(linksfield.APIError) as refused:
            stub.client().packages.with_raw_response.finish_order_early(**arguments)
        assert refused.value.code == expected["code"]
        return
    raw = stub.client().packages.with_raw_response.finish_order_early(**arguments)
    assert raw.data is None and raw.misfits == ()
    assert raw.envelope == expected


def test_the_envelope_is_the_json_as_received_when_the_fast_path_read_it(
    stub: Stub, caplog: pytest.LogCaptureFixture
) -> None:
    example = response_examples("query_orders")["cmp_v2"]
    stub.then(answer(200, example))
    raw = stub.client().packages.with_raw_response.query_orders(page_no=1, page_size=10)
    assert raw.misfits == () and raw.unknown_codes == ()
    assert raw.envelope == example
    assert raw.data == PARSERS[QueryOrdersResponse](copy.deepcopy(example), (), []).data
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("key", ["orderCode", "zz_unknown"])
def test_an_answer_nested_too_deeply_is_a_response_validation_error(stub: Stub, key: str) -> None:
    """Neither decoder follows 100,000 levels, in a known key or an unknown one: the call ends in the
    typed error, not in a bare RecursionError."""
    document = response_examples("query_orders")["cmp_v2"]
    document["data"]["package_order"][0][key] = "DEEP"
    body = json.dumps(document).encode().replace(b'"DEEP"', b"[" * 100_000 + b"]" * 100_000)
    stub.then(lambda request, operation: httpx.Response(200, content=body))
    with pytest.raises(linksfield.ResponseValidationError, match="nested too deeply"):
        stub.client(max_retries=0).packages.query_orders(page_no=1, page_size=10)
