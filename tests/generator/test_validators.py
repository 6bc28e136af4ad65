"""``validators_step``: each JSON Schema keyword it renders, against jsonschema, and the ones it refuses.

Each case is a tiny document whose one operation takes the schema as its body; the rendered module
is imported and its verdict on every value is compared with jsonschema's (ECMA-262 patterns), and
the reason of a refusal is pinned: named by path, never repeating the value.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.errors import GeneratorError
from generator.validators_step import ecma_source, render_source
from linksfield._spec_checks import ecma_regex

from .validator_support import judge, one_operation, rendered

REPO = Path(__file__).resolve().parents[2]
SPEC = json.loads((REPO / "generated" / "linksfield_api" / "openapi.json").read_text(encoding="utf-8"))

# (schema, components, [(value, expected (path, reason) or None)])
CASES: dict[str, tuple[Any, dict[str, Any], list[tuple[Any, Any]]]] = {
    "type-string": ({"type": "string"}, {}, [("a", None), (1, ((), "must be of type string")), (None, ((), "must be of type string"))]),
    "type-integer": (
        {"type": "integer"},
        {},
        [(1, None), (1.0, None), (1.5, ((), "must be of type integer")), (True, ((), "must be of type integer")), ("1", ((), "must be of type integer"))],
    ),
    "type-number": ({"type": "number"}, {}, [(1, None), (2.5, None), (False, ((), "must be of type number"))]),
    "type-boolean": ({"type": "boolean"}, {}, [(True, None), (0, ((), "must be of type boolean"))]),
    "type-null": ({"type": "null"}, {}, [(None, None), (0, ((), "must be of type null"))]),
    "type-list": (
        {"type": ["string", "null"]},
        {},
        [("a", None), (None, None), (1, ((), "must be of type ['string', 'null']"))],
    ),
    "type-object-array": (
        {"type": "object", "properties": {"a": {"type": "array"}}},
        {},
        [({"a": []}, None), ({"a": ()}, (("a",), "must be of type array")), ([], ((), "must be of type object"))],
    ),
    "enum": (
        {"enum": ["1", 2, None, True]},
        {},
        [("1", None), (2, None), (2.0, None), (None, None), (True, None), (1, ((), "must be one of ['1', 2, None, True]")), ("2", ((), "must be one of ['1', 2, None, True]"))],
    ),
    "enum-strings": ({"type": "string", "enum": ["a", "b"]}, {}, [("a", None), ("c", ((), "must be one of ['a', 'b']"))]),
    "const": ({"const": "2.0"}, {}, [("2.0", None), (2.0, ((), "must be '2.0'")), ("2", ((), "must be '2.0'"))]),
    "const-number": ({"const": 1}, {}, [(1, None), (1.0, None), (True, ((), "must be 1"))]),
    "minLength-maxLength": (
        {"minLength": 2, "maxLength": 3},
        {},
        [("ab", None), ("a", ((), "must be at least 2 characters")), ("abcd", ((), "must be at most 3 characters")), ("\U0001f600\U0001f600", None), (5, None)],
    ),
    "pattern": (
        {"pattern": "^[0-9]{2}$"},
        {},
        [("12", None), ("12\n", ((), "must match ^[0-9]{2}$")), ("\u0661\u0662", ((), "must match ^[0-9]{2}$")), (12, None)],
    ),
    "pattern-unanchored": ({"pattern": "^LK"}, {}, [("LK\n", None), ("xLK", ((), "must match ^LK"))]),
    "pattern-class-dollar": ({"pattern": "^a[$]b$"}, {}, [("a$b", None), ("a$b\n", ((), "must match ^a[$]b$"))]),
    "minimum-maximum": (
        {"minimum": 1, "maximum": 100},
        {},
        [(1, None), (100.0, None), (0, ((), "must be at least 1")), (101, ((), "must be at most 100")), ("0", None), (False, None)],
    ),
    "exclusive": (
        {"exclusiveMinimum": 0, "exclusiveMaximum": 1.5},
        {},
        [(1, None), (0, ((), "must be greater than 0")), (1.5, ((), "must be less than 1.5"))],
    ),
    "multipleOf": (
        {"multipleOf": 0.5},
        {},
        [(1.5, None), (3, None), (0.25, ((), "must be a multiple of 0.5")), (1e308, None)],
    ),
    "multipleOf-int": ({"multipleOf": 3}, {}, [(9, None), (9.0, None), (10, ((), "must be a multiple of 3"))]),
    "minItems-maxItems": (
        {"minItems": 1, "maxItems": 2},
        {},
        [([1], None), ([], ((), "must have at least 1 items")), ([1, 2, 3], ((), "must have at most 2 items")), ("x", None)],
    ),
    "uniqueItems": (
        {"uniqueItems": True},
        {},
        [
            (["a", "b"], None),
            (["a", "a"], ((), "must not repeat an item")),
            ([1, 1.0], ((), "must not repeat an item")),
            ([1, True], None),
            ([{"a": [1]}, {"a": [1.0]}], ((), "must not repeat an item")),
            ([{"a": 1}, {"a": True}], None),
        ],
    ),
    "items": (
        {"items": {"type": "string"}},
        {},
        [(["a"], None), (["a", 1], ((1,), "must be of type string")), ({"0": 1}, None)],
    ),
    "required-properties": (
        {"required": ["a", "b"], "properties": {"a": {"type": "integer"}, "c": {"minLength": 1}}},
        {},
        [
            ({"a": 1, "b": None}, None),
            ({"a": 1}, (("b",), "is required")),
            ({"b": 1, "a": "x"}, (("a",), "must be of type integer")),
            ({"a": 1, "b": 1, "c": ""}, (("c",), "must be at least 1 characters")),
            ([], None),
        ],
    ),
    "additionalProperties-false": (
        {"properties": {"a": {}}, "additionalProperties": False},
        {},
        [({"a": 1}, None), ({"a": 1, "b": 2}, ((), "has properties the spec does not define"))],
    ),
    "additionalProperties-schema": (
        {"properties": {"a": {}}, "additionalProperties": {"type": "integer"}},
        {},
        [({"a": "x", "b": 2}, None), ({"b": "x"}, (("b",), "must be of type integer"))],
    ),
    "ref-and-allOf": (
        {"allOf": [{"$ref": "#/components/schemas/Id"}, {"maxLength": 3}]},
        {"Id": {"type": "string", "minLength": 2}},
        [("ab", None), ("a", ((), "must be at least 2 characters")), ("abcd", ((), "must be at most 3 characters"))],
    ),
    "ref-object-recursive": (
        {"$ref": "#/components/schemas/Node"},
        {"Node": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "next": {"$ref": "#/components/schemas/Node"}}}},
        [({"id": "a", "next": {"id": "b"}}, None), ({"id": "a", "next": {"id": "b", "next": {}}}, (("next", "next", "id"), "is required"))],
    ),
    "anyOf-nullable": (
        {"properties": {"a": {"anyOf": [{"$ref": "#/components/schemas/Code"}, {"type": "null"}]}}},
        {"Code": {"type": "string", "enum": ["1", "2"]}},
        [({"a": None}, None), ({"a": "1"}, None), ({"a": "9"}, (("a",), "must be one of ['1', '2']")), ({"a": 1}, (("a",), "must be of type string"))],
    ),
    "anyOf-two-forms": (
        {"anyOf": [{"type": "string", "enum": ["1"]}, {"type": "string", "const": ""}]},
        {},
        [("1", None), ("", None), ("2", ((), "must be one of ['1']"))],
    ),
    "anyOf-deeper-branch": (
        {"anyOf": [{"type": "integer"}, {"type": "object", "required": ["a"]}]},
        {},
        [(1, None), ({"a": 1}, None), ({}, ((), "must be of type integer"))],
    ),
    "oneOf": (
        {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 2}, {"type": "null"}]},
        {},
        [(1, None), (2.5, None), (None, None), (3, ((), "must match exactly one of the forms the spec allows")), ("x", ((), "must be of type integer"))],
    ),
    "if-then-else": (
        {
            "if": {"required": ["flag"], "properties": {"flag": {"const": "1"}}},
            "then": {"required": ["amount"]},
            "else": {"properties": {"amount": {"maxLength": 0}}},
        },
        {},
        [({"flag": "1", "amount": "5"}, None), ({"flag": "1"}, (("amount",), "is required")), ({"amount": ""}, None), ({"amount": "5"}, (("amount",), "must be at most 0 characters"))],
    ),
    "annotations-only": ({"description": "anything", "x-unit": "KB", "examples": [1]}, {}, [(1, None), ({"a": []}, None)]),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_keyword_agrees_with_jsonschema_and_words_its_reason(case: str) -> None:
    schema, components, values = CASES[case]
    document = one_operation(schema, components)
    check = rendered(document).REQUESTS["x"].check
    reference = judge(document, schema)
    for value, expected in values:
        found = check({}, {}, value)
        assert found == expected, (case, value)
        assert (found is None) is reference.is_valid(value), (case, value)
        if found is not None and isinstance(value, str) and len(value) > 2:
            assert value not in found[1], "the value is echoed"


def test_answers_are_checked_by_status_and_parameters_by_name() -> None:
    document = one_operation({"type": "object"})
    operation = document["paths"]["/x"]["post"]
    operation["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "minLength": 2}},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    ]
    operation["responses"]["404"] = {"description": "none"}
    module = rendered(document)
    request = module.REQUESTS["x"]
    assert request.path_parameters is True
    assert request.check({"id": "ab"}, {}, {}) is None
    assert request.check({}, {}, {}) == (("id",), "is required")
    assert request.check({"id": "a"}, {}, {}) == (("id",), "must be at least 2 characters")
    assert request.check({"id": "ab"}, {"page": 0}, {}) == (("page",), "must be at least 1")
    assert request.check({"id": "ab"}, {}, []) == ((), "must be of type object")
    responses = module.RESPONSES[("post", "/x")]
    assert responses["404"] is None
    assert responses["200"]([]) == ((), "must be of type object")


def test_injected_parameters_are_neither_required_nor_checked() -> None:
    components = {
        "Globals": {"type": "object", "required": ["sign"], "properties": {"sign": {"type": "string", "minLength": 5}}},
        "Body": {"allOf": [{"$ref": "#/components/schemas/Globals"}, {"type": "object", "required": ["a"]}]},
    }  # fmt: skip
    document = one_operation({"$ref": "#/components/schemas/Body"}, components)
    document["paths"]["/x"]["post"]["x-injected-parameters"] = ["sign"]
    check = rendered(document).REQUESTS["x"].check
    assert check({}, {}, {"a": 1}) is None
    assert check({}, {}, {"a": 1, "sign": ""}) is None  # filled in (and overwritten) by the signer
    assert check({}, {}, {}) == (("a",), "is required")


@pytest.mark.parametrize(
    ("schema", "keyword", "pointer"),
    [
        ({"not": {"type": "string"}}, "not", "#/paths/~1x/post/requestBody/content/application~1json/schema"),
        ({"properties": {"a": {"format": "date"}}}, "format", "/schema/properties/a"),
        ({"patternProperties": {"^a": {}}}, "patternProperties", "/schema"),
        ({"items": {"prefixItems": [{}]}}, "prefixItems", "/schema/items"),
        ({"$ref": "#/components/schemas/Bad"}, "contains", "#/components/schemas/Bad"),
        ({"anyOf": [{"type": "null"}, {"dependentRequired": {}}]}, "dependentRequired", "/schema/anyOf/1"),
    ],
)
def test_a_keyword_not_implemented_is_refused_with_its_pointer(
    schema: Any, keyword: str, pointer: str
) -> None:
    document = one_operation(schema, {"Bad": {"type": "array", "items": {"contains": {}}}})
    with pytest.raises(GeneratorError, match=re.escape(repr(keyword))) as refused:
        render_source(document)
    assert pointer in str(refused.value)
    assert "generator/validators_step.py" in str(refused.value)


def test_a_false_schema_is_refused() -> None:
    with pytest.raises(GeneratorError, match="boolean schema"):
        render_source(one_operation({"properties": {"a": False}}))


def _patterns(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        return found.union(
            *(_patterns(value) for key, value in node.items() if key not in ("example", "examples"))
        )
    if isinstance(node, list):
        return set().union(*(_patterns(item) for item in node))
    return set()


def test_the_generator_and_the_runtime_translate_every_pattern_of_the_spec_alike() -> None:
    patterns = _patterns(SPEC)
    assert len(patterns) > 10
    for pattern in patterns:
        assert ecma_source(pattern) == ecma_regex(pattern).pattern, pattern


def test_the_committed_module_is_what_the_spec_renders() -> None:
    """The cheap part of ``generator check`` for this file: the text before ruff formats it is
    rendered from the committed spec, and the committed module holds every operation."""
    module = rendered(SPEC)
    from linksfield_api import validators

    assert set(module.REQUESTS) == set(validators.REQUESTS)
    assert set(module.RESPONSES) == set(validators.RESPONSES)


RENDER = """
import json, sys
from generator.validators_step import render_source
print(render_source(json.load(open(sys.argv[1], encoding="utf-8"))))
"""


def test_the_output_does_not_depend_on_the_hash_seed() -> None:
    """Sets are rendered sorted: ``repr`` of a set follows ``PYTHONHASHSEED``, so ``check`` would flap."""
    spec = str(REPO / "generated" / "linksfield_api" / "openapi.json")
    outputs = [
        subprocess.run(
            [sys.executable, "-c", RENDER, spec],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1]
    assert "frozenset({" in outputs[0]
