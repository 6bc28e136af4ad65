"""The curator's workflow end to end: a vendor page gains an operation -> ``drift --suggest`` writes it
in the spec's conventions -> ``drift --apply`` inserts it into a copy of spec/ as text -> ``validate``
refuses the TODO(curator) markers, naming each -> the markers are filled -> ``validate`` (and
``generate``) accept the copy -> a second apply changes nothing and a repeated one is refused.

The page is the vendor's CMP v2 seed with one planted section (``POST /cmp-api/device/resetModem``);
everything runs against a temporary copy of the whole spec/ folder, never the real spec.
"""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.drift import apply, suggest
from generator.drift.command import build_report
from generator.drift.spec_view import SpecView
from generator.errors import GeneratorError, SpecError
from generator.rules import TODO_MARKER, find_todo_markers
from generator.validate import validate_spec

from .conftest import REPO, SEEDS, SPEC, Edit

NEW_SECTION = """Reset the modem of a device #

POST /cmp-api/device/resetModem
parameter Description Is required Types of
device_id Device Id required String
reset_type 1-soft reset;2-hard reset Optional Integer

Body parameters #

{
  "device_id": "device_id_b1b04b45e20c",
  "reset_type": 1
}

Response #

{
    "code": "0000",
    "data": null,
    "message": "Success",
    "success": true
}

"""
ANCHOR = "Suspend an active order #\n"
OP = "#/paths/~1cmp-api~1device~1resetModem/post"
# What a curator decides for the planted operation (the lead's x-outcome-check format).
FILLED = {
    "description": "      description: Resets the modem of one device; the device reconnects afterwards.\n",
    "x-side-effect": "      x-side-effect: mutate\n",
    "x-outcome-check": (
        "      x-outcome-check:\n"
        "        operation: query_device\n"
        "        arguments:\n"
        "          device_id: '$request.body#/device_id'\n"
        "        hint: query the device and check that it is back in its usage period\n"
    ),
}


@pytest.fixture
def page(tmp_path: Path) -> Path:
    """The CMP v2 seed with the resetModem section planted before pauseService."""
    if not SEEDS.is_dir():
        pytest.skip("vendor seeds (../shared/seeds) not beside the repository")
    [seed] = sorted(SEEDS.glob("002_*.txt"))
    text = seed.read_text(encoding="utf-8")
    assert text.count(ANCHOR) == 1
    planted = tmp_path / seed.name
    planted.write_text(text.replace(ANCHOR, NEW_SECTION + ANCHOR), encoding="utf-8")
    return planted


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A copy of the whole spec/ folder (the entry document may $ref files beside it)."""
    folder = tmp_path / "spec"
    shutil.copytree(REPO / "spec", folder)
    return folder / "openapi.yaml"


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node).union(*(_keys(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_keys(v) for v in node))
    return set()


def _fill(spec: Path) -> None:
    """Replace the operation's three markers (each on one line) the way a curator would."""
    text = spec.read_text(encoding="utf-8")
    for key, replacement in FILLED.items():
        pattern = re.compile(rf"^      {re.escape(key)}: '{re.escape(TODO_MARKER)}[^\n]*\n", re.MULTILINE)
        text, count = pattern.subn(lambda _m, r=replacement: r, text)
        assert count == 1, key
    spec.write_text(text, encoding="utf-8")


def test_suggest_writes_the_operation_in_the_spec_conventions(
    page: Path, spec_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "proposal.yaml"
    assert main(["drift", str(page), "--spec", str(spec_copy), "--suggest", str(out)]) == 1
    text = out.read_text(encoding="utf-8")
    proposal = yaml.safe_load(text)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))

    operation = proposal["paths"]["/cmp-api/device/resetModem"]["post"]
    assert operation["operationId"] == "reset_modem"
    assert operation["tags"] == ["devices"]  # the tag of every operation under /cmp-api/device/
    assert operation["x-api-family"] == "cmp"
    assert operation["security"] == [{name: []} for name in spec["x-linksfield-families"]["cmp"]["security"]]
    assert operation["x-doc-versions"] == ["cmp-v2"]
    assert (
        operation["x-drift-source"]
        == f"{page.name}#L{page.read_text().splitlines().index('POST /cmp-api/device/resetModem') + 1}"
    )
    for decided_by_a_person in ("description", "x-side-effect", "x-outcome-check"):
        assert operation[decided_by_a_person].startswith(TODO_MARKER), decided_by_a_person
    assert "guess from the name: mutate" in operation["x-side-effect"]
    assert "query_device" in operation["x-outcome-check"]
    assert "Delete this key if x-side-effect is read" in operation["x-outcome-check"]

    # Named components by $ref, examples maps (never `example:`), the family's error responses.
    assert "example" not in _keys(proposal)
    body = operation["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/ResetModemRequest"}
    assert body["examples"] == {"cmp_v2": {"$ref": "#/components/examples/ResetModemRequest"}}
    ok = operation["responses"]["200"]["content"]["application/json"]
    assert ok["schema"] == {"$ref": "#/components/schemas/ResetModemResponse"}
    assert ok["examples"] == {"cmp_v2": {"$ref": "#/components/examples/ResetModemResponse"}}
    assert {k: v for k, v in operation["responses"].items() if k != "200"} == {
        k: v
        for k, v in spec["paths"]["/cmp-api/device/pauseService"]["post"]["responses"].items()
        if k != "200"
    }

    schemas = proposal["components"]["schemas"]
    request = schemas["ResetModemRequest"]
    assert request["required"] == ["device_id"]
    assert request["properties"] == {
        "device_id": {"$ref": "#/components/schemas/AssetId"},  # as every request types device_id
        "reset_type": {"type": "integer"},
    }
    envelope = schemas["ResetModemResponse"]["allOf"]
    assert envelope[0] == spec["components"]["schemas"]["CmpEmptyResponse"]["allOf"][0]  # CmpEnvelopeBase
    assert envelope[1]["required"] == ["data"]
    examples = proposal["components"]["examples"]
    assert examples["ResetModemRequest"]["value"] == {"device_id": "device_id_b1b04b45e20c", "reset_type": 1}
    assert examples["ResetModemResponse"]["x-source"]["pages"] == ["cmp-v2"]
    fragments = [operation, *schemas.values(), *examples.values()]
    assert all(fragment["x-drift-source"].startswith(page.name) for fragment in fragments)

    # Written as the spec is written, so a fragment can be pasted as it stands.
    for line in (
        "      tags: [devices]",
        "            schema: {$ref: '#/components/schemas/ResetModemRequest'}",
        "        '400': {$ref: '#/components/responses/CmpBadRequest'}",
        "        - $ref: '#/components/schemas/CmpEnvelopeBase'",
    ):
        assert f"\n{line}\n" in text, line


def test_apply_validate_fill_validate_and_apply_again(
    page: Path, spec_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = spec_copy.read_text(encoding="utf-8")
    assert main(["drift", str(page), "--spec", str(spec_copy), "--apply"]) == 0
    applied = spec_copy.read_text(encoding="utf-8")
    assert "applied to" in capsys.readouterr().err

    # Only insertions: every original line is kept, in order, byte for byte.
    matcher = difflib.SequenceMatcher(
        None, original.splitlines(True), applied.splitlines(True), autojunk=False
    )
    assert {tag for tag, *_ in matcher.get_opcodes()} == {"equal", "insert"}
    inserted = "".join(
        line
        for tag, _, _, j1, j2 in matcher.get_opcodes()
        if tag == "insert"
        for line in applied.splitlines(True)[j1:j2]
    )
    assert "/cmp-api/device/resetModem:" in inserted and "    ResetModemRequest:" in inserted
    # The new path item sits with the other device operations, not after the CSSS one.
    assert applied.index("/cmp-api/device/resetModem:") < applied.index("/api/v1/pool/detail:")

    # validate refuses, naming each marker by its JSON pointer.
    with pytest.raises(SpecError) as refused:
        validate_spec(spec_copy, "openapi.yaml")
    pointers = [
        problem.split(": TODO marker")[0] for problem in refused.value.problems if "TODO marker" in problem
    ]
    assert pointers == [f"{OP}/description", f"{OP}/x-side-effect", f"{OP}/x-outcome-check"]
    assert main(["validate", "--spec", str(spec_copy)]) == 1
    err = capsys.readouterr().err
    assert f"{OP}/x-side-effect: TODO marker left for the curator: read, mutate or spend?" in err

    _fill(spec_copy)
    assert main(["validate", "--spec", str(spec_copy)]) == 0
    assert "OK" in capsys.readouterr().out

    # The page now matches the spec: a second apply has nothing to do and writes nothing.
    filled = spec_copy.read_text(encoding="utf-8")
    assert main(["drift", str(page), "--spec", str(spec_copy), "--apply"]) == 0
    assert "nothing to apply" in capsys.readouterr().err
    assert spec_copy.read_text(encoding="utf-8") == filled


def test_applying_the_same_fragments_twice_is_refused(page: Path, spec_copy: Path) -> None:
    log = spec_copy.parent / "RECONCILIATION.md"
    view = SpecView.load(spec_copy)
    proposal = suggest.build(build_report([page], spec_copy, log, view).new, view)
    apply.apply(spec_copy, proposal, "openapi.yaml")
    once = spec_copy.read_text(encoding="utf-8")
    with pytest.raises(GeneratorError, match="refusing to apply, nothing written") as refused:
        apply.apply(spec_copy, proposal, "openapi.yaml")
    message = str(refused.value)
    assert "#/paths/~1cmp-api~1device~1resetModem: the spec already has this path" in message
    assert "operationId reset_modem is already used" in message
    assert "#/components/schemas/ResetModemRequest: the spec already has this component" in message
    assert spec_copy.read_text(encoding="utf-8") == once


def test_a_taken_operation_id_refuses_the_whole_apply(page: Path, spec_copy: Path) -> None:
    text = page.read_text(encoding="utf-8").replace("/cmp-api/device/resetModem", "/cmp-api/sms/queryDevice")
    page.write_text(text, encoding="utf-8")
    before = spec_copy.read_bytes()
    assert main(["drift", str(page), "--spec", str(spec_copy), "--apply"]) == 1
    assert spec_copy.read_bytes() == before


def test_new_fields_of_existing_schemas_are_appended_to_their_properties(
    edited_page: Edit, spec_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = edited_page(
        "cmp_spaces.txt",
        "sms_content Text to deliver required String",
        "sms_content Text to deliver required String\nvalidity_hours How long to retry Optional Integer",
    )
    assert main(["drift", str(page), "--spec", str(spec_copy), "--apply"]) == 0
    capsys.readouterr()
    document = yaml.safe_load(spec_copy.read_text(encoding="utf-8"))
    schema = document["components"]["schemas"]["SendSmsRequest"]
    assert schema["properties"]["validity_hours"] == {"type": "integer", "x-drift-source": f"{page.name}#L12"}
    assert "validity_hours" not in schema["required"]  # an optional field: no decision to take
    assert find_todo_markers(document) == []
    assert main(["validate", "--spec", str(spec_copy)]) == 0


def test_markers_are_found_in_keys_and_example_values_but_not_in_prose() -> None:
    document = {
        "info": {"description": "TODO lists live elsewhere; TODO(curator): only counts at the start"},
        "paths": {"/x": {"post": {"security": [{f"{TODO_MARKER} pick a scheme": []}]}}},
        "components": {"examples": {"X": {"value": f"  {TODO_MARKER} construct one"}}},
    }
    assert find_todo_markers(document) == [
        f"#/paths/~1x/post/security/0/{TODO_MARKER} pick a scheme: TODO marker left for the curator: pick a scheme",
        "#/components/examples/X/value: TODO marker left for the curator: construct one",
    ]
    assert find_todo_markers(yaml.safe_load(SPEC.read_text(encoding="utf-8"))) == []


@pytest.mark.slow
def test_the_filled_copy_generates(page: Path, spec_copy: Path, tmp_path: Path) -> None:
    assert main(["drift", str(page), "--spec", str(spec_copy), "--apply"]) == 0
    _fill(spec_copy)
    assert main(["generate", "--spec", str(spec_copy), "--output", str(tmp_path / "out")]) == 0
    module = tmp_path / "out" / "linksfield_api" / "api" / "devices" / "reset_modem.py"
    assert module.is_file()
