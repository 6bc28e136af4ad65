"""Every example in the document validates against its schema, and every seed example is in the document."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry

from .conftest import SEEDS, SPEC_URI, operations, resolve


def _media_examples(spec: dict[str, Any]):
    for section in ("paths", "webhooks"):
        for _method, _path, op in operations(spec, section):
            body = op.get("requestBody")
            if body:
                for media in body["content"].values():
                    for name, example in media.get("examples", {}).items():
                        yield f"{op['operationId']} request {name}", media["schema"], resolve(spec, example)
            for status, response in op["responses"].items():
                for media in resolve(spec, response).get("content", {}).values():
                    for name, example in media.get("examples", {}).items():
                        yield f"{op['operationId']} {status} {name}", media["schema"], resolve(spec, example)


def _validator(schema: dict[str, Any], registry: Registry) -> Draft202012Validator:
    if "$ref" in schema:
        schema = {"$ref": SPEC_URI + schema["$ref"]}
    return Draft202012Validator(schema, registry=registry)


def test_every_example_validates_against_its_schema(spec: dict[str, Any], registry: Registry) -> None:
    failures = []
    count = 0
    for where, schema, example in _media_examples(spec):
        count += 1
        error = best_match(_validator(schema, registry).iter_errors(example["value"]))
        if error is not None:
            failures.append(f"{where} at {'/'.join(map(str, error.absolute_path))}: {error.message[:160]}")
    assert failures == []
    assert count >= 100


def test_a_broken_example_is_caught(spec: dict[str, Any], registry: Registry) -> None:
    """The check above must be able to fail: a wrong date format in an order is reported at its path."""
    example = json.loads(json.dumps(spec["components"]["examples"]["QueryOrdersResponseV1"]["value"]))
    example["data"]["package_order"][0]["orderDate"] = "2022/11/23"
    schema = {"$ref": "#/components/schemas/QueryOrdersResponse"}
    assert list(_validator(schema, registry).iter_errors(example))


def _seed_json_blocks(text: str):
    """Top-level JSON objects of a page: a `{` that starts a line (after indentation) and parses."""
    decoder = json.JSONDecoder()
    index = 0
    while (index := text.find("{", index)) != -1:
        line_start = text.rfind("\n", 0, index) + 1
        if text[line_start:index].strip() == "":
            try:
                value, end = decoder.raw_decode(text, index)
            except json.JSONDecodeError:
                index += 1
                continue
            yield value
            index = end
        else:
            index += 1


@pytest.mark.skipif(not SEEDS.is_dir(), reason="vendor seeds (../shared/seeds) not beside the repository")
def test_every_seed_example_is_attached_verbatim(spec: dict[str, Any]) -> None:
    attached = {
        json.dumps(e["value"], sort_keys=True, ensure_ascii=False)
        for e in spec["components"]["examples"].values()
    }
    missing = []
    seen = 0
    for page in sorted(SEEDS.glob("*.txt")):
        for block in _seed_json_blocks(page.read_text(encoding="utf-8")):
            seen += 1
            if json.dumps(block, sort_keys=True, ensure_ascii=False) not in attached:
                missing.append(f"{page.name}: {sorted(block)[:4]}")
    assert seen >= 70
    assert missing == []


def test_every_component_example_is_used(spec: dict[str, Any]) -> None:
    text = json.dumps(spec)
    unused = [name for name in spec["components"]["examples"] if f'#/components/examples/{name}"' not in text]
    assert unused == []
