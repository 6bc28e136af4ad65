"""Unknown schema keywords are refused with their pointer: the spec's text stays whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.bundler import bundle
from generator.schema_keywords import find_unknown_keywords


def test_the_spec_uses_only_known_keywords(spec_under_test: Path) -> None:
    assert find_unknown_keywords(bundle(spec_under_test, "spec/openapi.yaml")) == []


def _document(schema_text: str) -> dict[str, Any]:
    schema = yaml.safe_load(schema_text)
    return {"openapi": "3.1.0", "components": {"schemas": {"Pool": schema}}, "paths": {}}


def test_a_description_cut_at_a_comma_is_named_with_its_pointer() -> None:
    document = _document(
        "{type: object, properties: {unit: {type: string, description: Unit (KB, MB, GB).}}}"
    )
    assert document["components"]["schemas"]["Pool"]["properties"]["unit"]["description"] == "Unit (KB"
    problems = find_unknown_keywords(document)
    assert [p.split(": ")[0] for p in problems] == [
        "#/components/schemas/Pool/properties/unit/GB).",
        "#/components/schemas/Pool/properties/unit/MB",
    ]
    assert all("text cut at a comma" in p for p in problems)


def test_keywords_are_checked_in_every_nested_schema_and_extensions_must_be_known() -> None:
    document = _document(
        """
        type: object
        x-enum-varnames: [A]
        properties:
          list: {type: array, items: {anyOf: [{type: string, minLenght: 1}, {type: 'null'}]}}
          flag: {type: boolean, x-made-up: 1}
        """
    )
    assert find_unknown_keywords(document) == [
        "#/components/schemas/Pool/properties/flag/x-made-up: unknown schema keyword 'x-made-up'",
        "#/components/schemas/Pool/properties/list/items/anyOf/0/minLenght: unknown schema keyword 'minLenght'",
    ]


def test_a_property_named_like_a_keyword_is_a_name_not_a_keyword() -> None:
    document = _document("{type: object, properties: {MB: {type: string}, nullable: {type: boolean}}}")
    assert find_unknown_keywords(document) == []
