"""``python -m generator drift``: exit status, --json, --suggest, and clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.drift.known import parse_log
from generator.errors import GeneratorError

from .conftest import FIXTURES, LOG, SEEDS, SPEC, Edit

NEW_ENDPOINT = (
    "Reset the network of a device #\n\nPOST /cmp-api/device/resetNetwork\n\n"
    "parameter Description Is required Types of\n"
    "device_id The device required String\nnetwork_type 4G or 5G required String\n\n"
    'Body parameters #\n\n{\n  "device_id": "89430000000000000011",\n  "network_type": "5G"\n}\n\n'
)


def test_exit_status_is_zero_without_new_differences(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", str(FIXTURES / "cmp_pipe.md"), "--spec", str(SPEC)]) == 0
    assert "0 new" in capsys.readouterr().out


def test_json_output_parses_and_lists_the_new_difference(
    edited_page: Edit, capsys: pytest.CaptureFixture[str]
) -> None:
    page = edited_page("cmp_spaces.txt", "Suspend an order #\n", NEW_ENDPOINT + "Suspend an order #\n")
    assert main(["drift", str(page), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["new"] == 1
    [listed] = data["pages"]
    [difference] = [d for d in listed["differences"] if d["status"] == "new"]
    assert difference["key"] == "operation.added:POST /cmp-api/device/resetNetwork"
    assert {"method": "POST", "path": "/cmp-api/device/resetNetwork"}.items() <= listed["operations"][
        1
    ].items()


def test_suggest_writes_yaml_with_the_new_operation(
    edited_page: Edit, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = edited_page("cmp_spaces.txt", "Suspend an order #\n", NEW_ENDPOINT + "Suspend an order #\n")
    out = tmp_path / "proposal.yaml"
    assert main(["drift", str(page), "--suggest", str(out)]) == 1
    proposal = yaml.safe_load(out.read_text(encoding="utf-8"))
    operation = proposal["paths"]["/cmp-api/device/resetNetwork"]["post"]
    assert operation["operationId"] == "reset_network"
    body = operation["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/ResetNetworkRequest"}
    assert proposal["components"]["schemas"]["ResetNetworkRequest"]["required"] == [
        "device_id",
        "network_type",
    ]
    [example] = body["examples"].values()
    assert proposal["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]["value"] == {
        "device_id": "89430000000000000011",
        "network_type": "5G",
    }
    assert operation["x-doc-versions"] == ["cmp-v2"]
    capsys.readouterr()


def test_suggest_proposes_properties_for_added_fields(edited_page: Edit, tmp_path: Path) -> None:
    page = edited_page(
        "cmp_spaces.txt",
        "sms_content Text to deliver required String",
        "sms_content Text to deliver required String\nvalidity_hours How long to retry Optional Integer",
    )
    out = tmp_path / "proposal.yaml"
    assert main(["drift", str(page), "--suggest", str(out)]) == 1
    proposal = yaml.safe_load(out.read_text(encoding="utf-8"))
    added = proposal["components"]["schemas"]["SendSmsRequest"]["properties"]["validity_hours"]
    assert added["type"] == "integer"


def test_a_missing_page_is_a_clean_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "no/such/page.txt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


def test_the_index_must_name_existing_rows() -> None:
    text = LOG.read_text(encoding="utf-8").replace("- id: R-BIND-PATH\n", "- id: R-NO-SUCH-ROW\n", 1)
    with pytest.raises(GeneratorError, match="R-NO-SUCH-ROW"):
        parse_log(text)


def test_the_log_parser_keeps_decisions_with_pipes_in_code() -> None:
    log = parse_log(LOG.read_text(encoding="utf-8"))
    assert log.rows["R-CDR-DURATION"].decision.startswith("Optional and nullable (`integer | null`)")
    assert log.indexed_rows <= set(log.rows)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="vendor seeds (../shared/seeds) not beside the repository")
def test_the_seeds_through_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", *map(str, sorted(SEEDS.glob("*.txt"))), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["new"] == 0 and summary["known"] == summary["differences"] > 0
