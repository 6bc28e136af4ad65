"""The bundler turns a spec split over files into one document the generators can all read."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from generator.bundler import bundle
from generator.errors import SpecError
from generator.refcheck import find_bad_refs


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dedent(text), encoding="utf-8")
    return path


ENTRY = """\
    openapi: 3.1.0
    info: {title: split, version: '1'}
    paths:
      /cmp-api/device/queryDevice:
        $ref: paths/device.yaml
    components:
      schemas:
        Envelope:
          type: object
          properties:
            code: {type: string}
"""

PATH_ITEM = """\
    post:
      operationId: query_device
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '../schemas/device.yaml#/components/schemas/Device'
"""

SCHEMAS = """\
    components:
      schemas:
        Device:
          type: object
          properties:
            status: {$ref: '#/components/schemas/DeviceStatus'}
            envelope: {$ref: '../openapi.yaml#/components/schemas/Envelope'}
            children:
              type: array
              items: {$ref: '#/components/schemas/Device'}
        DeviceStatus:
          type: string
          enum: [ACTIVE, SUSPENDED]
"""


def test_split_spec_is_bundled_with_components_hoisted_by_name(tmp_path: Path) -> None:
    entry = _write(tmp_path, "openapi.yaml", ENTRY)
    _write(tmp_path, "paths/device.yaml", PATH_ITEM)
    _write(tmp_path, "schemas/device.yaml", SCHEMAS)
    document = bundle(entry, "openapi.yaml")
    operation = document["paths"]["/cmp-api/device/queryDevice"]["post"]  # path item inlined
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Device"}
    schemas = document["components"]["schemas"]
    assert list(schemas) == ["Envelope", "Device", "DeviceStatus"]
    device = schemas["Device"]["properties"]
    assert device["status"] == {"$ref": "#/components/schemas/DeviceStatus"}
    assert device["envelope"] == {"$ref": "#/components/schemas/Envelope"}  # back into the entry
    assert device["children"]["items"] == {"$ref": "#/components/schemas/Device"}  # recursion kept
    assert find_bad_refs(document) == []


def test_single_file_spec_is_returned_unchanged(fixture_spec: Path) -> None:
    import yaml

    assert bundle(fixture_spec, "x") == yaml.safe_load(fixture_spec.read_text(encoding="utf-8"))


def test_name_clash_between_entry_and_hoisted_component_is_an_error(tmp_path: Path) -> None:
    entry = _write(
        tmp_path,
        "openapi.yaml",
        ENTRY.replace("        Envelope:", "        Device: {type: string}\n        Envelope:").replace(
            "$ref: paths/device.yaml", "$ref: paths/device.yaml"
        ),
    )
    _write(tmp_path, "paths/device.yaml", PATH_ITEM)
    _write(tmp_path, "schemas/device.yaml", SCHEMAS)
    with pytest.raises(SpecError, match="Device: defined in the entry document"):
        bundle(entry, "openapi.yaml")


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("missing.yaml", "does not exist"),
        ("../outside.yaml", "leaves"),
        ("https://example.com/x.yaml", "remote $ref"),
        ("other.yaml#/nope", "does not resolve"),
    ],
)
def test_bad_external_refs_are_reported_with_their_location(tmp_path: Path, ref: str, message: str) -> None:
    spec_dir = tmp_path / "spec"
    entry = _write(spec_dir, "openapi.yaml", ENTRY.replace("paths/device.yaml", ref))
    _write(spec_dir, "other.yaml", "a: 1\n")
    _write(tmp_path, "outside.yaml", "a: 1\n")
    with pytest.raises(SpecError) as info:
        bundle(entry, "spec/openapi.yaml")
    problem = "\n".join(info.value.problems)
    assert message in problem
    assert "openapi.yaml#/paths/~1cmp-api~1device~1queryDevice/$ref" in problem


def test_circular_inline_refs_are_an_error(tmp_path: Path) -> None:
    entry = _write(tmp_path, "openapi.yaml", ENTRY.replace("paths/device.yaml", "a.yaml"))
    _write(tmp_path, "a.yaml", "post:\n  x: {$ref: 'b.yaml'}\n")
    _write(tmp_path, "b.yaml", "y: {$ref: 'a.yaml'}\n")
    with pytest.raises(SpecError, match="circular external"):
        bundle(entry, "openapi.yaml")
