"""The generated validators and jsonschema agree on every operation of the spec, on arbitrary values.

For each operation, hypothesis draws arguments shaped like its parameters and body (values near
each schema: its enum codes, strings of its pattern with and without a trailing newline, numbers
at its bounds, objects missing required fields, lists with repeats, and any JSON value at all), and
the committed ``linksfield_api.validators`` must call them valid exactly when jsonschema (with
ECMA-262 patterns, the judge) does. The same for answers: each operation's 200 body.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from linksfield._spec_checks import ecma_regex
from linksfield_api.validators import REQUESTS, RESPONSES

from .validator_support import judge

REPO = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads(
    (REPO / "generated" / "linksfield_api" / "openapi.json").read_text(encoding="utf-8")
)
EXAMPLES_PER_OPERATION = 300
MAX_DEPTH = 6

ANY_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for token in str(node["$ref"])[2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema's properties and required names, through its ``allOf`` members."""
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", ()))
    for member in schema.get("allOf", ()):
        inner = _merged(resolve(member))
        properties.update(inner["properties"])
        required += inner["required"]
    return {"properties": properties, "required": required}


def fitting(schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values meant to fit ``schema`` (most do; a pattern and a length may still disagree)."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return ANY_JSON
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    branches = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
    if branches:
        return st.one_of([fitting(branch, depth + 1) for branch in branches])
    merged = _merged(schema)
    if merged["properties"] or merged["required"] or schema.get("type") == "object":
        return _object(merged, depth, fit=True)
    if schema.get("allOf"):
        return fitting(schema["allOf"][0], depth + 1)
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    options: list[st.SearchStrategy[Any]] = []
    low_length = schema.get("minLength", 0)
    if "pattern" in schema:
        high_length = schema.get("maxLength", 10**6)
        options.append(
            st.from_regex(ecma_regex(schema["pattern"])).filter(lambda t: low_length <= len(t) <= high_length)
        )
    elif "string" in kinds or "minLength" in schema:
        options.append(st.text(min_size=low_length, max_size=schema.get("maxLength", 12)))
    if "integer" in kinds or "number" in kinds:
        options.append(st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31)))
    if "number" in kinds:
        options.append(
            st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
        )
    if "boolean" in kinds:
        options.append(st.booleans())
    if "null" in kinds:
        options.append(st.none())
    if "array" in kinds or "items" in schema:
        low = schema.get("minItems", 0)
        options.append(
            st.lists(
                fitting(schema.get("items", {}), depth + 1),
                min_size=low,
                max_size=schema.get("maxItems", low + 4),
                unique_by=(lambda item: json.dumps(item, sort_keys=True))
                if schema.get("uniqueItems")
                else None,
            )
        )
    return st.one_of(options) if options else ANY_JSON


def near(schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values near ``schema``: mostly ones meant to fit, else ones just off it, sometimes anything."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return ANY_JSON
    fit = fitting(schema, depth)
    options: list[st.SearchStrategy[Any]] = [fit, fit, fit, fit]
    for key in ("anyOf", "oneOf", "allOf"):
        options += [near(branch, depth + 1) for branch in schema.get(key, ())]
    if "pattern" in schema:
        options.append(st.from_regex(ecma_regex(schema["pattern"])).map(lambda text: text + "\n"))
    if "minLength" in schema or "maxLength" in schema:
        low = schema.get("minLength", 0)
        options.append(st.text(min_size=max(0, low - 1), max_size=schema.get("maxLength", low + 3) + 1))
    if {"minimum", "maximum"} & set(schema) or schema.get("type") in ("integer", "number"):
        low, high = schema.get("minimum", -3), schema.get("maximum", 1000)
        options += [st.sampled_from([low - 1, low, high, high + 1, float(low), low + 0.5])]
    merged = _merged(schema)
    if merged["properties"] or merged["required"]:
        options.append(_object(merged, depth, fit=False))
    if "items" in schema:
        items = st.lists(near(schema["items"], depth + 1), max_size=schema.get("maxItems", 3) + 1)
        options += [items, items.filter(bool).map(lambda found: [*found, found[0]])]  # a repeat
    options.append(ANY_JSON)
    return st.one_of(options)


def _object(merged: dict[str, Any], depth: int, *, fit: bool) -> st.SearchStrategy[dict[str, Any]]:
    names = sorted(set(merged["properties"]) | set(merged["required"]))
    values = {name: near(merged["properties"].get(name, {}), depth + 1) for name in names}

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        document: dict[str, Any] = {}
        for name in names:
            required = name in merged["required"]
            if (fit and required) or draw(st.integers(0, 9)) < (9 if required else 5):
                document[name] = draw(values[name])
        if draw(st.integers(0, 9)) == 0:
            document[draw(st.text(max_size=4))] = draw(ANY_JSON)
        return document

    return build()


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found.append((method, path, operation))
    return sorted(found, key=lambda found: found[2]["operationId"])


OPERATIONS = _operations()


def test_every_operation_has_a_generated_check() -> None:
    assert {operation["operationId"] for _, _, operation in OPERATIONS} == set(REQUESTS)
    assert {(method, path) for method, path, _ in OPERATIONS} == set(RESPONSES)


@functools.cache
def _judge(schema_text: str) -> Draft202012Validator:
    return judge(SPEC, json.loads(schema_text))


def judged(schema: Any) -> Draft202012Validator:
    """The judge of ``schema``, built once (building one parses the whole spec's registry)."""
    return _judge(json.dumps(schema, sort_keys=True))


def _judge_request(operation: dict[str, Any], path: dict[str, Any], query: dict[str, Any], body: Any) -> bool:
    """jsonschema's verdict on one call (injected parameters: neither required nor checked)."""
    for raw in operation.get("parameters", ()):
        parameter = resolve(raw)
        source = path if parameter["in"] == "path" else query
        if parameter["name"] not in source:
            if parameter.get("required"):
                return False
            continue
        if not judged(parameter["schema"]).is_valid(source[parameter["name"]]):
            return False
    content = resolve(operation.get("requestBody", {})).get("content", {})
    if "application/json" not in content:
        return True
    injected = set(operation.get("x-injected-parameters", ()))
    if isinstance(body, dict):
        body = {key: value for key, value in body.items() if key not in injected}
    for error in judged(content["application/json"]["schema"]).iter_errors(body):
        if error.validator == "required" and not error.absolute_path and isinstance(error.instance, dict):
            missing = {name for name in error.validator_value if name not in error.instance}
            if missing <= injected:
                continue
        return False
    return True


def _arguments(operation: dict[str, Any]) -> st.SearchStrategy[tuple[dict[str, Any], dict[str, Any], Any]]:
    parameters = [
        (parameter, near(parameter["schema"])) for parameter in map(resolve, operation.get("parameters", ()))
    ]
    content = resolve(operation.get("requestBody", {})).get("content", {})
    body = near(content["application/json"]["schema"]) if "application/json" in content else st.none()

    @st.composite
    def build(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], Any]:
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        for parameter, value in parameters:
            if draw(st.integers(0, 9)) < (9 if parameter.get("required") else 5):
                source = path if parameter["in"] == "path" else query
                source[parameter["name"]] = draw(value)
        return path, query, draw(body)

    return build()


@pytest.mark.parametrize(
    ("method", "path", "operation"), OPERATIONS, ids=[o["operationId"] for _, _, o in OPERATIONS]
)
def test_requests_agree_with_jsonschema(method: str, path: str, operation: dict[str, Any]) -> None:
    check = REQUESTS[operation["operationId"]].check
    outcomes: set[bool] = set()

    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_arguments(operation))
    def agree(arguments: tuple[dict[str, Any], dict[str, Any], Any]) -> None:
        found = check(*arguments)
        expected = _judge_request(operation, *arguments)
        assert (found is None) is expected, (arguments, found)
        outcomes.add(expected)

    agree()
    assert outcomes == {True, False}, "the values drawn were all valid or all invalid: the test proves little"


@pytest.mark.parametrize(
    ("method", "path", "operation"), OPERATIONS, ids=[o["operationId"] for _, _, o in OPERATIONS]
)
def test_answers_agree_with_jsonschema(method: str, path: str, operation: dict[str, Any]) -> None:
    schema = resolve(operation["responses"]["200"])["content"]["application/json"]["schema"]
    check = RESPONSES[(method, path)]["200"]
    assert check is not None
    reference = judge(SPEC, schema)

    @settings(
        max_examples=EXAMPLES_PER_OPERATION // 3, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(near(schema))
    def agree(document: Any) -> None:
        found = check(document)
        assert (found is None) is reference.is_valid(document), (document, found)

    agree()
