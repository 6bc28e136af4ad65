"""Arguments no request can carry, or that only Python's regex dialect accepts, are refused up front.

Each case is drawn from the spec: for a few operations, every top-level string argument gets a lone
surrogate, every integer argument a number of 4,401 digits, and every argument whose schema has a
``$``-anchored ``pattern`` its valid value plus a final newline. Each must raise
``RequestValidationError`` naming the argument by its wire name, without the value in the text, and
with nothing sent.
"""

from __future__ import annotations

from typing import Any

import pytest

import linksfield
from linksfield._spec import spec_document
from linksfield._spec_checks import ecma_regex
from linksfield_api.facade import OPERATIONS, Argument

from .support import Stub, arguments_for, facade_method, resolve, run

OPERATION_IDS = [
    "query_orders",
    "order_package",
    "open_package",
    "get_card_detail",
    "get_pool_detail",
    "send_sms",
    "query_sim_cdr",
]
HUGE = 10**4400
SURROGATE = "\ud800"


def _patterns(schema: Any) -> list[str]:
    """Every ``pattern`` that applies to a value of ``schema`` (through refs, allOf and anyOf)."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return []
    found = [schema["pattern"]] if "pattern" in schema else []
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, ()):
            found += _patterns(branch)
    return found


def _property(schema: Any, name: str) -> Any:
    """The schema of property ``name`` of an object schema, looking into its allOf members."""
    schema = resolve(schema)
    if name in schema.get("properties", {}):
        return schema["properties"][name]
    return next(
        (found for part in schema.get("allOf", ()) if (found := _property(part, name)) is not None), None
    )


def _end_anchored(operation_id: str, argument: Argument) -> bool:
    operation = OPERATIONS[operation_id]
    raw = spec_document()["paths"][operation.path][operation.method.lower()]
    if argument.location == "body":
        schema = _property(raw["requestBody"]["content"]["application/json"]["schema"], argument.wire_name)
    else:
        schema = next(
            resolve(p)["schema"] for p in raw["parameters"] if resolve(p)["name"] == argument.wire_name
        )
    return any(pattern.endswith("$") for pattern in _patterns(schema))


def _cases() -> list[Any]:
    cases = []
    for operation_id in OPERATION_IDS:
        arguments = arguments_for(operation_id)
        for argument in OPERATIONS[operation_id].arguments:
            value = arguments.get(argument.python_name)
            name = f"{operation_id}.{argument.wire_name}"
            if isinstance(value, bool) or argument.location == "path":
                continue  # path parameters: see test_a_lone_surrogate_in_a_path_parameter
            if isinstance(value, str):
                cases.append(
                    pytest.param(
                        operation_id, argument, value + SURROGATE, "lone surrogate", id=f"{name}-surrogate"
                    )
                )
                if _end_anchored(operation_id, argument):
                    cases.append(
                        pytest.param(operation_id, argument, value + "\n", "must match", id=f"{name}-newline")
                    )
            elif isinstance(value, int):
                cases.append(pytest.param(operation_id, argument, HUGE, "64 bits", id=f"{name}-huge"))
    return cases


CASES = _cases()


def test_the_cases_cover_each_kind() -> None:
    kinds = {case.id.rsplit("-", 1)[1] for case in CASES}
    assert kinds == {"surrogate", "newline", "huge"}
    assert len(CASES) >= 12


@pytest.mark.parametrize(("operation_id", "argument", "value", "reason"), CASES)
def test_a_bad_argument_is_refused_before_sending(
    stub: Stub, operation_id: str, argument: Argument, value: object, reason: str
) -> None:
    arguments = {**arguments_for(operation_id), argument.python_name: value}
    with pytest.raises(linksfield.RequestValidationError) as caught:
        facade_method(stub.client(), operation_id)(**arguments)
    error = caught.value
    assert error.field == argument.wire_name
    assert reason in error.reason
    assert error.operation == operation_id
    if isinstance(value, str):
        valid = value.rstrip("\n" + SURROGATE)
        assert len(valid) < 4 or valid not in str(error), "the value is echoed"
        assert SURROGATE not in str(error)
        assert "\\ud800" not in str(error)
    assert stub.seen == []


@pytest.mark.parametrize(
    ("operation_id", "argument", "value", "reason"),
    [case for case in CASES if case.id.split("-")[-1] != "newline"],
)
def test_unsendable_values_are_refused_even_without_validation(
    stub: Stub, operation_id: str, argument: Argument, value: object, reason: str
) -> None:
    """``validate_requests=False`` lets the server judge the spec's rules, not values httpx cannot send."""
    arguments = {**arguments_for(operation_id), argument.python_name: value}
    with pytest.raises(linksfield.RequestValidationError) as caught:
        facade_method(stub.client(validate_requests=False), operation_id)(**arguments)
    assert caught.value.field == argument.wire_name
    assert stub.seen == []


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        ("key", {"x" + SURROGATE: 1}, "body"),
        ("nan", float("nan"), "device_id"),
        ("inf", float("inf"), "device_id"),
    ],
)
def test_nested_keys_and_non_finite_numbers(stub: Stub, where: str, value: object, field: str) -> None:
    request = {"method": "post", "url": "/x", "json": value if where == "key" else {"device_id": value}}
    with pytest.raises(linksfield.RequestValidationError) as caught:
        linksfield._spec_checks.check_sendable("order_package", request)
    assert caught.value.field == field


def test_an_async_call_is_refused_the_same_way(stub: Stub) -> None:
    import asyncio

    async def go() -> None:
        async with stub.async_client() as client:
            await client.packages.query_orders(page_no=HUGE, page_size=10)

    with pytest.raises(linksfield.RequestValidationError) as caught:
        asyncio.run(go())
    assert caught.value.field == "page_no"
    assert stub.seen == []


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_lone_surrogate_in_a_path_parameter(stub: Stub, client_kind: str) -> None:
    """Building the URL quotes path parameters; the failure is the client's error, naming the field."""
    arguments = {**arguments_for("query_sim_cdr"), "sim_id": SURROGATE}
    with pytest.raises(linksfield.RequestValidationError) as caught:
        if client_kind == "sync":
            stub.client().cdr.query_sim_cdr(**arguments)
        else:
            run(stub.async_client().cdr.query_sim_cdr(**arguments))
    assert caught.value.field == "sim_id"
    assert "surrogate" in caught.value.reason
    assert stub.seen == []


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("^[0-9]{20}$", "89852022018041800192", True),
        ("^[0-9]{20}$", "89852022018041800192\n", False),  # Python's `$` would match here
        ("^\\d{3}$", "\u0661\u0662\u0663", False),  # Arabic-Indic digits: `\d` is ASCII in ECMA-262
        ("^a[$]b$", "a$b", True),  # `$` inside a class is a literal
        ("^a\\$$", "a$", True),  # and so is an escaped one
        ("^LK", "LK\n", True),  # no end anchor: anything may follow
    ],
)
def test_patterns_match_as_ecma_262_does(pattern: str, text: str, matches: bool) -> None:
    assert bool(ecma_regex(pattern).search(text)) is matches
