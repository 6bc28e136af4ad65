"""The checks openapi-spec-validator does not do: refs everywhere, 3.0 nullable, YAML traps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import pointers
from generator.errors import SpecError
from generator.refcheck import find_bad_refs
from generator.rules import find_nullable_keywords
from generator.schema_meta import find_schema_errors
from generator.yaml_loader import load_yaml_file


def _doc(**extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "components": {"schemas": {"A": {"type": "object", "properties": {"nullable": {"type": "boolean"}}}}},
        **extra,
    }


def test_refs_in_links_and_discriminator_mappings_are_checked() -> None:
    document = _doc(
        paths={
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "links": {"next": {"operationRef": "#/paths/~1y/get"}},
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "oneOf": [{"$ref": "#/components/schemas/A"}],
                                        "discriminator": {
                                            "propertyName": "kind",
                                            "mapping": {
                                                "a": "#/components/schemas/A",
                                                "b": "#/components/schemas/B",
                                            },
                                        },
                                    }
                                }
                            },
                        }
                    }
                }
            }
        }
    )
    problems = find_bad_refs(document)
    assert len(problems) == 2
    assert problems[0].startswith("#/paths/~1x/get/responses/200/links/next/operationRef: '#/paths/~1y/get'")
    assert "/discriminator/mapping/b: '#/components/schemas/B' does not resolve" in problems[1]


def test_refs_inside_examples_and_extensions_are_data_not_refs() -> None:
    document = _doc(
        **{"x-notes": {"$ref": "#/nowhere"}},
        paths={
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "example": {"$ref": "#/nowhere"},
                                    "examples": {"one": {"value": {"$ref": "#/nowhere"}}},
                                }
                            },
                        }
                    }
                }
            }
        },
    )
    assert find_bad_refs(document) == []


def test_percent_encoded_and_escaped_pointers_resolve() -> None:
    document = _doc(paths={"/a/{id}": {"get": {"responses": {}}}})
    document["components"]["pathItems"] = {"P": {"$ref": "#/paths/~1a~1%7Bid%7D"}}
    assert find_bad_refs(document) == []


def test_nullable_keyword_is_flagged_but_a_property_called_nullable_is_not() -> None:
    document = _doc()
    assert find_nullable_keywords(document) == []
    document["components"]["schemas"]["B"] = {"type": "string", "nullable": True}
    assert find_nullable_keywords(document) == [
        "#/components/schemas/B/nullable: 3.0-style `nullable` is not allowed in OpenAPI 3.1; "
        "write `type: [<type>, 'null']` instead"
    ]


def test_schema_errors_carry_their_location() -> None:
    document = _doc()
    document["components"]["schemas"]["A"]["properties"]["n"] = {"type": "integr"}
    (problem,) = find_schema_errors(document)
    assert problem.startswith("#/components/schemas/A/properties/n/type: 'integr'")


def test_yaml_loader_follows_yaml_12_and_rejects_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("a: yes\nb: on\nc: true\nd: 2024-01-31\n200: x\n", encoding="utf-8")
    assert load_yaml_file(path) == {"a": "yes", "b": "on", "c": True, "d": "2024-01-31", "200": "x"}
    path.write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    with pytest.raises(SpecError, match="duplicate key 'a'"):
        load_yaml_file(path)


@given(st.lists(st.text(max_size=8), max_size=5))
def test_pointer_round_trip(tokens: list[str]) -> None:
    pointer = pointers.to_pointer(tokens)
    assert pointers.parse_fragment(pointer[1:].replace("%", "%25")) == tokens
