"""Every operation of the spec, called once through ``Client`` and once through ``AsyncClient``.

The stub verifies each request as the vendor's edge would (CMP HMAC, CSSS ``sign``, pool credential)
and answers with the spec's own 200 example; the call must return the operation's generated model
(never a plain dict) whose ``to_dict()`` equals the example's ``data`` exactly, and must have sent
the request example's body (or the GET arguments) unchanged apart from what the signer injects.
"""

from __future__ import annotations

from typing import Any

import pytest

from linksfield_api.facade import OPERATIONS

from .support import (
    BASE_URLS,
    GET_ARGUMENTS,
    Stub,
    answer,
    arguments_for,
    assert_typed_data,
    facade_method,
    injected_parameters,
    parameters,
    python_name,
    request_example,
    response_example,
    response_examples,
    run,
    signature_parameters,
    spec_operations,
)

OPERATION_IDS = sorted(OPERATIONS)


def test_the_operation_list_is_the_spec() -> None:
    assert set(OPERATIONS) == set(spec_operations())
    assert len(OPERATION_IDS) >= 28
    for operation_id, (method, path, raw) in spec_operations().items():
        operation = OPERATIONS[operation_id]
        assert (operation.method, operation.path) == (method, path)
        assert operation.family == raw["x-api-family"]
        assert operation.side_effect == raw["x-side-effect"]


def test_the_argument_table_covers_every_get_parameter() -> None:
    """A parameter added to the spec must get a value in GET_ARGUMENTS before this suite passes."""
    names = {parameter["name"] for operation_id in OPERATION_IDS for parameter in parameters(operation_id)}
    assert names == set(GET_ARGUMENTS)


def test_every_operation_has_a_request_example_or_only_parameters() -> None:
    for operation_id in OPERATION_IDS:
        method, _, raw = spec_operations()[operation_id]
        assert ("requestBody" in raw) == (request_example(operation_id) is not None), operation_id
        if method == "GET":
            assert "requestBody" not in raw


def _check_sent(stub: Stub, operation_id: str) -> None:
    """Exactly one request, routed to the family's base URL, verified, carrying the example."""
    assert stub.rejections == []
    assert len(stub.seen) == 1
    seen = stub.seen[0]
    operation = OPERATIONS[operation_id]
    assert seen.operation is operation
    assert seen.request.method == operation.method
    assert str(seen.request.url).startswith(BASE_URLS[operation.family] + "/")
    example = request_example(operation_id)
    if example is not None:
        injected = injected_parameters(operation_id)
        sent = {k: v for k, v in seen.body.items() if k not in injected}
        assert sent == {k: v for k, v in example.items() if k not in injected}
        assert injected <= set(seen.body)
    else:
        expected = {
            p["name"]: str(GET_ARGUMENTS[p["name"]]) for p in parameters(operation_id) if p["in"] == "query"
        }
        assert seen.query == expected
        for p in parameters(operation_id):
            if p["in"] == "path":
                assert f"/{GET_ARGUMENTS[p['name']]}/" in seen.request.url.path + "/"


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_operation_sync(stub: Stub, operation_id: str) -> None:
    client = stub.client()
    assert signature_parameters(client, operation_id) >= set(arguments_for(operation_id))
    data = facade_method(client, operation_id)(**arguments_for(operation_id))
    assert_typed_data(OPERATIONS[operation_id], data, response_example(operation_id))
    _check_sent(stub, operation_id)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_operation_async(stub: Stub, operation_id: str) -> None:
    async def call() -> Any:
        async with stub.async_client() as client:
            return await facade_method(client, operation_id)(**arguments_for(operation_id))

    data = run(call())
    assert_typed_data(OPERATIONS[operation_id], data, response_example(operation_id))
    _check_sent(stub, operation_id)


def test_every_other_response_example_parses_too(stub: Stub) -> None:
    """Operations with several 200 examples (CMP v1 and v2 pages): each one round-trips."""
    client = stub.client()
    checked = 0
    for operation_id in OPERATION_IDS:
        for example in list(response_examples(operation_id).values())[1:]:
            stub.then(answer(200, example))
            data = facade_method(client, operation_id)(**arguments_for(operation_id))
            assert_typed_data(OPERATIONS[operation_id], data, example)
            checked += 1
    assert checked >= 6
    assert stub.rejections == []


def test_python_names_match_the_generated_keywords(stub: Stub) -> None:
    client = stub.client()
    for operation_id in OPERATION_IDS:
        for parameter in parameters(operation_id):
            assert python_name(parameter["name"]) in signature_parameters(client, operation_id)
