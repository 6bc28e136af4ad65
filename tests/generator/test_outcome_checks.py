"""``x-outcome-check``: every mutate/spend operation says how to settle a lost answer, or the spec is refused."""

from __future__ import annotations

import copy
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.bundler import bundle
from generator.outcome_checks import Source, find_outcome_check_problems, iter_operations, parse_expression

RunGenerator = Callable[..., subprocess.CompletedProcess[str]]
BATCH = "#/paths/~1cmp-api~1package~1batchOrderPackages/post"


@pytest.fixture(scope="module")
def document(spec_under_test: Path) -> dict[str, Any]:
    return bundle(spec_under_test, "spec/openapi.yaml")


def _operation(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in iter_operations(document) if op["operationId"] == operation_id)


def test_the_spec_gives_every_state_changing_operation_a_usable_check(document: dict[str, Any]) -> None:
    assert find_outcome_check_problems(document) == []
    unsafe = [op for _, _, op in iter_operations(document) if op["x-side-effect"] != "read"]
    assert unsafe and all("x-outcome-check" in op for op in unsafe)


@pytest.mark.parametrize(
    ("expression", "source"),
    [
        ("$request.body#/order_id", Source("body", pointer=("order_id",))),
        ("$request.body#/flag_list/*/msg_id", Source("body", pointer=("flag_list", "*", "msg_id"))),
        ("$request.query.iccid", Source("query", name="iccid")),
        ("$request.path.sim_id", Source("path", name="sim_id")),
        (50, Source("literal", value=50)),
        ("plain text", Source("literal", value="plain text")),
    ],
)
def test_expressions_parse_into_sources(expression: Any, source: Source) -> None:
    assert parse_expression(expression) == source


@pytest.mark.parametrize(
    "bad", ["$request.body#order_id", "$request.header.X", "$response.body#/x", "$request.query."]
)
def test_malformed_expressions_are_refused_with_the_accepted_forms(bad: str) -> None:
    with pytest.raises(ValueError, match=r"\$request\."):
        parse_expression(bad)


def _problems_after(
    document: dict[str, Any], operation_id: str, change: Callable[[dict[str, Any]], None]
) -> str:
    changed = copy.deepcopy(document)
    change(_operation(changed, operation_id))
    return "\n".join(find_outcome_check_problems(changed))


@pytest.mark.parametrize(
    ("operation_id", "change", "expected"),
    [
        (
            "batch_order_packages",
            lambda op: op.pop("x-outcome-check"),
            f"{BATCH}: batch_order_packages is x-side-effect spend but has no x-outcome-check",
        ),
        (
            "pause_service",
            lambda op: op.pop("x-outcome-check"),
            "pause_service is x-side-effect mutate but has no x-outcome-check",
        ),
        (
            "batch_order_packages",
            lambda op: op["x-outcome-check"].update(operation="query_order"),
            "'query_order' is not an operationId",
        ),
        (
            "batch_order_packages",
            lambda op: op["x-outcome-check"].update(operation="cancel_package"),
            "cancel_package must be a read operation",
        ),
        (
            "batch_order_packages",
            lambda op: op["x-outcome-check"]["arguments"].update(deviceId="$request.body#/deviceList/*"),
            "query_orders has no parameter 'deviceId'",
        ),
        (
            "batch_order_packages",
            lambda op: op["x-outcome-check"]["arguments"].update(device_id="$request.body#/devices/*"),
            "the request body has no property",
        ),
        (
            "batch_order_packages",
            lambda op: op["x-outcome-check"]["arguments"].pop("page_no"),
            "query_orders requires page_no",
        ),
        ("batch_order_packages", lambda op: op["x-outcome-check"].pop("hint"), "hint: must say in words"),
        (
            "query_orders",
            lambda op: op.update({"x-outcome-check": {"operation": "query_device"}}),
            "a read operation has no outcome to check",
        ),
        (
            "query_orders",
            lambda op: op.update({"x-side-effect": "write"}),
            "x-side-effect: query_orders: must be one of read, mutate, spend",
        ),
    ],
)
def test_each_broken_check_is_named_with_its_operation_and_reason(
    document: dict[str, Any], operation_id: str, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    assert expected in _problems_after(document, operation_id, change)


def test_validate_refuses_a_spending_operation_without_a_check(
    generator_cli: RunGenerator, repo_root: Path, tmp_path: Path
) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    source = (repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(source)
    del raw["paths"]["/cmp-api/sms/sendSms"]["post"]["x-outcome-check"]
    (spec / "openapi.yaml").write_text(
        yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    result = generator_cli("validate", "--spec", str(spec / "openapi.yaml"), cwd=repo_root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "send_sms is x-side-effect spend but has no x-outcome-check" in result.stderr
