"""The security schemes say where each credential really travels: what the client sends, checked.

A tool that follows the document (a mock server, another generator) must find each credential
where the document says it is. So for every operation the client's real request (through a stub
transport that records it) is held to the operation's declared ``security``: an ``apiKey`` in a
header or the query is there; an operation that declares none (CSSS signs the body) carries its
credentials in the body its request schema requires, and nowhere else.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from linksfield_api.facade import OPERATIONS
from tests.client.support import Stub, arguments_for, facade_method

from .conftest import operations, resolve


def _declared(spec: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    schemes = spec["components"]["securitySchemes"]
    return [
        schemes[name] for requirement in op.get("security", spec.get("security", [])) for name in requirement
    ]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_each_declared_credential_is_where_the_client_puts_it(
    spec: dict[str, Any], operation_id: str
) -> None:
    [(method, _path, op)] = [(m, p, o) for m, p, o in operations(spec) if o["operationId"] == operation_id]
    stub = Stub()
    with stub.client(max_retries=0) as client:
        facade_method(client, operation_id)(**arguments_for(operation_id))
    request = stub.seen[-1].request
    family = spec["x-linksfield-families"][op["x-api-family"]]
    declared = _declared(spec, op)
    assert [scheme for requirement in op["security"] for scheme in requirement] == family["security"]
    for scheme in declared:
        assert scheme["type"] == "apiKey" and scheme["in"] in ("header", "query"), scheme
        if scheme["in"] == "header":
            assert request.headers.get(scheme["name"]), f"{operation_id}: no {scheme['name']} header"
        else:
            assert scheme["name"] in request.url.params, (
                f"{operation_id}: no {scheme['name']} query parameter"
            )
    if not declared:  # the family signs the parameters themselves: they travel where the schema says
        signature = family["signature"]
        assert signature["location"][method.upper()] == "body"
        body = json.loads(request.content)
        schema = resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])
        required = {
            name for part in schema.get("allOf", [schema]) for name in resolve(spec, part).get("required", [])
        }
        for name in family["global-parameters"]:
            assert name in required, f"{operation_id}: the body schema must require {name}"
            assert body.get(name), f"{operation_id}: {name} is not in the body"
            assert name not in request.url.params and name not in request.headers


def test_webhooks_declare_that_pushes_are_unsigned(spec: dict[str, Any]) -> None:
    for name, item in spec["webhooks"].items():
        assert item["post"]["security"] == [], name
