"""``generator/wire_step.py`` on shapes today's spec does not have: what msgspec cannot decode is left
to the parsers (its model and every model holding it get no Struct), and an open code's empty string
gets a wire enum. The real spec's decoders are held to the parsers in tests/client/test_wire_decoders.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.facade_step import parse_like_openapi_python_client
from generator.layout import Layout
from generator.wire_step import render_wire


def _document(schemas: dict[str, Any], roots: list[str]) -> dict[str, Any]:
    paths = {
        f"/{name.lower()}": {
            "get": {
                "operationId": f"get_{name.lower()}",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                    }
                },
            }
        }
        for name in roots
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _render(tmp_path: Path, document: dict[str, Any]) -> str:
    bundled = tmp_path / "openapi.json"
    bundled.write_text(json.dumps(document), encoding="utf-8")
    data = parse_like_openapi_python_client(document, bundled, Layout.create(None, None, None).client_config)
    target = tmp_path / "wire.py"
    render_wire(document, data, target)
    return target.read_text(encoding="utf-8")


def test_a_union_msgspec_cannot_decode_leaves_its_model_and_its_holders_to_the_parsers(
    tmp_path: Path,
) -> None:
    colour = {"type": "string", "enum": ["red", "blue"]}
    shape = {"type": "string", "enum": ["round", "square"]}
    text = _render(
        tmp_path,
        _document(
            {
                "Colour": colour,
                "Shape": shape,
                "Either": {  # two string enums in one union: msgspec takes one string-like option
                    "type": "object",
                    "properties": {
                        "look": {
                            "oneOf": [
                                {"$ref": "#/components/schemas/Colour"},
                                {"$ref": "#/components/schemas/Shape"},
                            ]
                        }
                    },
                },
                "Holder": {
                    "type": "object",
                    "required": ["inner"],
                    "properties": {"inner": {"$ref": "#/components/schemas/Either"}},
                },
                "Plain": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}},
            },
            ["Holder", "Plain"],
        ),
    )
    assert "class _W_Either(" not in text and "class _W_Holder(" not in text
    roots = text[text.index("ROOTS") :]
    assert "Holder:" not in roots and "Plain: (_W_Plain, _to_plain)" in roots
    assert "class _W_Plain(_Wire):\n    n: int\n" in text


STATUS = {"type": "string", "enum": ["1", "2"]}
OPEN_STATUS: list[dict[str, Any]] = [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]
"""An open code (R-ENUM-OPEN): one of the spec's codes, or any other string."""


def _thing(**properties: Any) -> dict[str, Any]:
    """The schemas of a ``Thing`` with ``properties`` beside the ``Status`` code."""
    return {"Status": STATUS, "Thing": {"type": "object", "properties": properties}}


def test_an_open_code_decodes_through_a_wire_enum_with_the_empty_string(tmp_path: Path) -> None:
    schemas = _thing(status={"anyOf": OPEN_STATUS}, closed={"$ref": "#/components/schemas/Status"})
    text = _render(tmp_path, _document(schemas, ["Thing"]))
    assert "class _C_Status(str, enum.Enum):" in text and 'NO_CODE_ = ""' in text
    thing = text[text.index("class _W_Thing(") :]
    assert "status: _C_Status = _UNSET" in thing  # open: the empty string is a member
    assert "closed: Status = _UNSET" in thing  # closed: only the spec's codes
    assert "_STATUS_CODES[_s.status]" in text


def test_an_open_code_beside_a_list_is_left_to_the_parsers(tmp_path: Path) -> None:
    """One conversion per field: a code-or-list field would reach the code table with a list."""
    schemas = _thing(status={"anyOf": [*OPEN_STATUS, {"type": "array", "items": {"type": "string"}}]})
    text = _render(tmp_path, _document(schemas, ["Thing"]))
    assert "class _W_Thing(" not in text and "Thing:" not in text[text.index("ROOTS") :]


def test_a_model_that_fails_after_a_cycle_leaves_no_struct_built_against_it(tmp_path: Path) -> None:
    """B is rendered while A is still assumed decodable; A then fails: B must go too."""
    either = {"oneOf": [{"$ref": "#/components/schemas/Colour"}, {"$ref": "#/components/schemas/Shape"}]}
    text = _render(
        tmp_path,
        _document(
            {
                "Colour": {"type": "string", "enum": ["red", "blue"]},
                "Shape": {"type": "string", "enum": ["round", "square"]},
                "A": {
                    "type": "object",
                    "properties": {"b": {"$ref": "#/components/schemas/B"}, "look": either},
                },
                "B": {
                    "type": "object",
                    "properties": {"a": {"$ref": "#/components/schemas/A"}, "n": {"type": "integer"}},
                },
            },
            ["A", "B"],
        ),
    )
    assert "class _W_A(" not in text and "class _W_B(" not in text and "_W_A" not in text


def test_schema_names_cannot_take_the_module_s_own_names(tmp_path: Path) -> None:
    """A schema named like the base class or like a wire enum gets its own Struct all the same."""
    text = _render(
        tmp_path,
        _document(
            {
                **_thing(status={"anyOf": OPEN_STATUS}),
                "Wire": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}},
                "StatusCodes": {"type": "object", "required": ["s"], "properties": {"s": {"type": "string"}}},
            },
            ["Wire", "StatusCodes", "Thing"],
        ),
    )
    assert text.count("class _Wire(") == 1 and "class _W_Wire(_Wire):" in text
    assert "class _W_StatusCodes(_Wire):" in text and "class _C_Status(str, enum.Enum):" in text
    names = [
        line.split("(")[0].removeprefix("class ") for line in text.splitlines() if line.startswith("class ")
    ]
    assert len(names) == len(set(names)), names
