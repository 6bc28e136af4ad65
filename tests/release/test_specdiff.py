"""The spec diff classifier on small constructed spec pairs: one change of each kind at a time.

Each case edits a copy of BASE and expects exactly the one change it made, with the right
location, breaking flag and bump; direction matters (a newly required request field breaks
callers, a newly required response field does not).
"""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cli
from generator.specdiff.classify import diff
from generator.specdiff.model import Bump, DiffReport, Direction, Kind
from generator.specdiff.render import to_json, to_markdown
from generator.specdiff.sources import Side, load_side

REPO = Path(__file__).resolve().parents[2]

BASE_YAML = """
openapi: 3.1.0
info: {title: constructed, version: '1'}
paths:
  /items/{item_id}:
    get:
      operationId: get_item
      parameters:
        - {name: item_id, in: path, required: true, schema: {$ref: '#/components/schemas/ItemId'}}
        - {name: verbose, in: query, required: false, schema: {type: boolean}}
      responses:
        '200':
          description: the item
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
  /items:
    post:
      operationId: create_item
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewItem'}
      responses:
        '200':
          description: the new item
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
webhooks:
  item_changed:
    post:
      operationId: item_changed
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Item'}
      responses:
        '200': {description: acknowledged}
components:
  schemas:
    ItemId: {type: string, maxLength: 32}
    Legacy: {type: string, description: used by no operation, but still a generated model class}
    Category: {type: string, enum: [tool, toy], description: closed, request only}
    Colour: {type: string, enum: [red, green]}
    ColourValue:
      description: open enum (R-ENUM-OPEN), response only
      anyOf: [{$ref: '#/components/schemas/Colour'}, {type: string}]
    Size: {type: string, enum: [S, M], description: closed, response only}
    NewItem:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 50}
        category: {$ref: '#/components/schemas/Category'}
        note: {type: string}
        count: {type: integer}
    Item:
      type: object
      required: [id, name, colour]
      properties:
        id: {$ref: '#/components/schemas/ItemId'}
        name: {type: string}
        colour: {$ref: '#/components/schemas/ColourValue'}
        size:
          anyOf: [{$ref: '#/components/schemas/Size'}, {type: 'null'}]
        weight: {type: integer, minimum: 0}
        label: {type: [string, 'null']}
"""
BASE: dict[str, Any] = yaml.safe_load(BASE_YAML)

Doc = dict[str, Any]


def schemas(doc: Doc) -> Doc:
    result: Doc = doc["components"]["schemas"]
    return result


def get_item(doc: Doc) -> Doc:
    result: Doc = doc["paths"]["/items/{item_id}"]["get"]
    return result


def compare(edit: Callable[[Doc], object]) -> DiffReport:
    new = copy.deepcopy(BASE)
    edit(new)
    return diff(Side("old", copy.deepcopy(BASE)), Side("new", new))


def rename_path(doc: Doc) -> Doc:
    doc["paths"]["/things"] = doc["paths"].pop("/items")
    return doc


def add_operation(doc: Doc) -> None:
    doc["paths"]["/items"]["get"] = {
        "operationId": "list_items",
        "responses": {"200": {"description": "all"}},
    }


def add_query(required: bool) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        param = {"name": "limit", "in": "query", "required": required, "schema": {"type": "integer"}}
        get_item(doc)["parameters"].append(param)

    return edit


def add_property(schema: str, name: str, required: bool) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        schemas(doc)[schema]["properties"][name] = {"type": "string"}
        if required:
            schemas(doc)[schema]["required"].append(name)

    return edit


def set_required(schema: str, name: str, required: bool) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        names: list[str] = schemas(doc)[schema]["required"]
        if required:
            names.append(name)
        else:
            names.remove(name)

    return edit


def set_key(schema: str, prop: str | None, key: str, value: object) -> Callable[[Doc], None]:
    """Set (or, with value None, delete) ``key`` on a component or one of its properties."""

    def edit(doc: Doc) -> None:
        target = schemas(doc)[schema] if prop is None else schemas(doc)[schema]["properties"][prop]
        if value is None:
            del target[key]
        else:
            target[key] = value

    return edit


def enum_values(schema: str, values: list[str]) -> Callable[[Doc], None]:
    return set_key(schema, None, "enum", values)


M, m, p = Bump.MAJOR, Bump.MINOR, Bump.PATCH
CASES: list[tuple[str, Callable[[Doc], object], Kind, str, bool, Bump]] = [
    ("operation added", add_operation, Kind.OPERATION_ADDED, "list_items", False, m),
    ("operation removed", lambda d: d["paths"].pop("/items"), Kind.OPERATION_REMOVED, "create_item", True, M),
    ("webhook removed", lambda d: d.pop("webhooks"), Kind.OPERATION_REMOVED, "item_changed", True, M),
    ("path renamed", rename_path, Kind.PATH_RENAMED, "create_item", True, M),
    (
        "operationId renamed",
        lambda d: d["paths"]["/items"]["post"].update(operationId="add_item"),
        Kind.OPERATION_RENAMED,
        "add_item",
        True,
        M,
    ),
    (
        "optional parameter added",
        add_query(False),
        Kind.PARAMETER_ADDED,
        "get_item: query parameter limit",
        False,
        m,
    ),
    (
        "required parameter added",
        add_query(True),
        Kind.PARAMETER_ADDED,
        "get_item: query parameter limit",
        True,
        M,
    ),
    (
        "parameter removed",
        lambda d: get_item(d)["parameters"].pop(1),
        Kind.PARAMETER_REMOVED,
        "get_item: query parameter verbose",
        True,
        M,
    ),
    (
        "parameter now required",
        lambda d: get_item(d)["parameters"][1].update(required=True),
        Kind.REQUIRED_FLIPPED,
        "get_item: query parameter verbose",
        True,
        M,
    ),
    (
        "optional request field added",
        add_property("NewItem", "colour", False),
        Kind.FIELD_ADDED,
        "NewItem.colour",
        False,
        m,
    ),
    (
        "required request field added",
        add_property("NewItem", "colour", True),
        Kind.FIELD_ADDED,
        "NewItem.colour",
        True,
        M,
    ),
    ("response field added", add_property("Item", "owner", False), Kind.FIELD_ADDED, "Item.owner", False, m),
    (
        "required response field added",
        add_property("Item", "owner", True),
        Kind.FIELD_ADDED,
        "Item.owner",
        False,
        m,
    ),
    (
        "request field removed",
        lambda d: schemas(d)["NewItem"]["properties"].pop("note"),
        Kind.FIELD_REMOVED,
        "NewItem.note",
        True,
        M,
    ),
    (
        "response field removed",
        lambda d: schemas(d)["Item"]["properties"].pop("weight"),
        Kind.FIELD_REMOVED,
        "Item.weight",
        True,
        M,
    ),
    (
        "request field now required",
        set_required("NewItem", "note", True),
        Kind.REQUIRED_FLIPPED,
        "NewItem.note",
        True,
        M,
    ),
    (
        "request field now optional",
        set_required("NewItem", "name", False),
        Kind.REQUIRED_FLIPPED,
        "NewItem.name",
        False,
        p,
    ),
    (
        "response field now required",
        set_required("Item", "weight", True),
        Kind.REQUIRED_FLIPPED,
        "Item.weight",
        False,
        p,
    ),
    (
        "response field now optional",
        set_required("Item", "name", False),
        Kind.REQUIRED_FLIPPED,
        "Item.name",
        True,
        M,
    ),
    (
        "request narrowed",
        set_key("NewItem", "name", "maxLength", 20),
        Kind.TYPE_NARROWED,
        "NewItem.name",
        True,
        M,
    ),
    (
        "request widened",
        set_key("NewItem", "name", "maxLength", 100),
        Kind.TYPE_WIDENED,
        "NewItem.name",
        False,
        p,
    ),
    (
        "request integer to number",
        set_key("NewItem", "count", "type", "number"),
        Kind.TYPE_WIDENED,
        "NewItem.count",
        False,
        p,
    ),
    (
        "request pattern added",
        set_key("NewItem", "note", "pattern", "^[a-z]+$"),
        Kind.TYPE_NARROWED,
        "NewItem.note",
        True,
        M,
    ),
    (
        "response narrowed",
        set_key("Item", "label", "type", "string"),
        Kind.TYPE_NARROWED,
        "Item.label",
        False,
        p,
    ),
    (
        "response widened to nullable",
        set_key("Item", "weight", "type", ["integer", "null"]),
        Kind.TYPE_WIDENED,
        "Item.weight",
        True,
        M,
    ),
    (
        "response bound removed",
        set_key("Item", "weight", "minimum", None),
        Kind.TYPE_WIDENED,
        "Item.weight",
        True,
        M,
    ),
    (
        "response type changed",
        set_key("Item", "weight", "type", "string"),
        Kind.TYPE_CHANGED,
        "Item.weight",
        True,
        M,
    ),
    (
        "response no longer nullable (anyOf null wrapper dropped)",
        set_key("Item", "size", "anyOf", [{"$ref": "#/components/schemas/Size"}]),
        Kind.TYPE_NARROWED,
        "Item.size",
        False,
        p,
    ),
    (
        "component used both ways narrowed",
        set_key("ItemId", None, "maxLength", 16),
        Kind.TYPE_NARROWED,
        "ItemId",
        True,
        M,
    ),
    (
        "open response enum value added",
        enum_values("Colour", ["red", "green", "blue"]),
        Kind.ENUM_VALUE_ADDED,
        "Colour",
        False,
        m,
    ),
    (
        "closed response enum value added",
        enum_values("Size", ["S", "M", "L"]),
        Kind.ENUM_VALUE_ADDED,
        "Size",
        True,
        M,
    ),
    (
        "response enum value removed",
        enum_values("Colour", ["red"]),
        Kind.ENUM_VALUE_REMOVED,
        "Colour",
        True,
        M,
    ),
    (
        "request enum value added",
        enum_values("Category", ["tool", "toy", "book"]),
        Kind.ENUM_VALUE_ADDED,
        "Category",
        False,
        m,
    ),
    (
        "request enum value removed",
        enum_values("Category", ["tool"]),
        Kind.ENUM_VALUE_REMOVED,
        "Category",
        True,
        M,
    ),
    (
        "response status added",
        lambda d: get_item(d)["responses"].update({"404": {"description": "no such item"}}),
        Kind.RESPONSE_ADDED,
        "get_item: response 404",
        False,
        p,
    ),
    (
        "response status removed",
        lambda d: d["paths"]["/items"]["post"]["responses"].pop("200"),
        Kind.RESPONSE_REMOVED,
        "create_item: response 200",
        False,
        p,
    ),
    (
        "schema added",
        lambda d: schemas(d).update(Unused={"type": "string"}),
        Kind.SCHEMA_ADDED,
        "Unused",
        False,
        m,
    ),
    (
        "schema removed (its model class goes)",
        lambda d: schemas(d).pop("Legacy"),
        Kind.SCHEMA_REMOVED,
        "Legacy",
        True,
        M,
    ),
]


@pytest.mark.parametrize(
    ("edit", "kind", "location", "breaking", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_each_kind_is_classified(
    edit: Callable[[Doc], object], kind: Kind, location: str, breaking: bool, bump: Bump
) -> None:
    report = compare(edit)
    assert [(c.kind, c.location, c.breaking) for c in report.changes] == [(kind, location, breaking)], (
        report.changes
    )
    assert report.bump is bump
    assert report.changes[0].reason


def test_no_change_reports_nothing() -> None:
    assert compare(lambda d: None).changes == ()
    assert compare(lambda d: None).bump is Bump.NONE


def test_annotations_are_not_changes() -> None:
    def edit(doc: Doc) -> None:
        doc["info"]["description"] = "reworded"
        schemas(doc)["Item"]["description"] = "an item"
        schemas(doc)["NewItem"]["properties"]["name"]["x-table-name"] = "Name"
        get_item(doc)["summary"] = "Get one item"

    assert compare(edit).changes == ()


def test_a_rename_is_one_breaking_change_not_an_add_and_a_remove() -> None:
    def edit(doc: Doc) -> None:
        rename_path(doc)
        doc["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/NewItem"
        }

    report = compare(edit)
    (change,) = report.changes
    assert change.kind is Kind.PATH_RENAMED and change.breaking
    assert change.detail == "POST /items → POST /things"
    assert not {Kind.OPERATION_ADDED, Kind.OPERATION_REMOVED} & {c.kind for c in report.changes}


def test_a_renamed_operation_is_still_compared_inside() -> None:
    report = compare(lambda d: (rename_path(d), set_key("NewItem", "name", "maxLength", 10)(d)))
    assert [(c.kind, c.location) for c in report.changes] == [
        (Kind.PATH_RENAMED, "create_item"),
        (Kind.TYPE_NARROWED, "NewItem.name"),
    ]


def test_a_change_reached_from_several_operations_is_listed_once_with_all_of_them() -> None:
    (change,) = compare(add_property("Item", "owner", False)).changes
    assert change.operations == ("create_item", "get_item", "item_changed")
    assert change.direction is Direction.RESPONSE  # the webhook payload is read by user code too


def test_shared_component_takes_the_breaking_direction() -> None:
    (change,) = compare(set_key("ItemId", None, "maxLength", 16)).changes
    assert change.direction is Direction.BOTH  # path parameter (sent) and Item.id (read)
    assert change.breaking and "refused" in change.reason


def test_renderers() -> None:
    report = compare(lambda d: (rename_path(d), add_query(False)(d)))
    payload = json.loads(to_json(report))
    assert payload["bump"] == "major" and payload["breaking"] == 1
    assert payload["counts"] == {"path_renamed": 1, "parameter_added": 1}
    assert {c["kind"] for c in payload["changes"]} == {"path_renamed", "parameter_added"}
    markdown = to_markdown(report)
    assert "### Breaking changes" in markdown and "### Additions" in markdown
    assert "`create_item`: POST /items → POST /things" in markdown


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``python -m generator diff <args>``, in process (the generator CLI imports its whole pipeline)."""
    code = cli.main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_on_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(BASE_YAML, encoding="utf-8")
    changed = copy.deepcopy(BASE)
    set_required("NewItem", "note", True)(changed)
    new.write_text(yaml.safe_dump(changed), encoding="utf-8")
    code, out, _ = run_cli(capsys, str(old), str(new), "--json", "--fail-on-breaking")
    assert code == 2
    (change,) = json.loads(out)["changes"]
    assert change["kind"] == "required_flipped" and change["detail"] == "optional → required"
    markdown = tmp_path / "changes.md"
    code, out, _ = run_cli(capsys, str(old), str(new), "--markdown", str(markdown), "--json")
    assert code == 0 and json.loads(out)["bump"] == "major"
    assert markdown.read_text(encoding="utf-8").startswith(f"## API changes: {old} → {new}")
    code, out, _ = run_cli(capsys, str(old), str(old))
    assert code == 0 and "No API changes." in out


def test_cli_refuses_an_unknown_side(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "empty", "no-such-revision-or-file")
    assert code == 1
    assert "neither 'empty', an existing file, nor a git revision" in err


def test_current_spec_against_the_empty_baseline() -> None:
    spec = load_side(str(REPO / "spec" / "openapi.yaml"), REPO)
    report = diff(load_side("empty", REPO), spec)
    document = spec.document
    operations = sum(
        1
        for section in ("paths", "webhooks")
        for item in document.get(section, {}).values()
        for key in item
        if key in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    )
    assert report.counts() == {
        "operation_added": operations,
        "schema_added": len(document["components"]["schemas"]),
    }
    assert report.bump is Bump.MINOR and not report.breaking


def test_git_revision_side() -> None:
    probe = subprocess.run(
        ["git", "cat-file", "-e", "HEAD:spec/openapi.yaml"], cwd=REPO, capture_output=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip("not a git checkout with a committed spec")
    side = load_side("HEAD", REPO)
    assert side.label == "HEAD" and "paths" in side.document
    assert diff(side, load_side("HEAD:spec/openapi.yaml", REPO)).changes == ()
