"""What a person sees: codes with their meaning, readable times and sizes, columns that fit.

The unit tests use a small spec of their own, so they say what the rules are; the last tests run
the real console script against a sandbox process at 80 columns.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from linksfield.cli.display import Catalog, catalog, human_size, label_for
from linksfield.cli.tables import ColumnWidth, fit_columns, measure
from linksfield.sandbox.launcher import SandboxProcess

from .support import run, sandbox_env

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Status": {"type": "string", "enum": ["1", "2"], "x-enum-descriptions": ["ordered", "active"]},
            "Day": {"type": "string", "pattern": "^([0-9]{8})?$", "x-time-format": ["%Y%m%d"]},
            "Stamp": {"type": "string", "x-time-format": ["%Y%m%d%H%M%S", "%Y-%m-%d %H:%M:%S"]},
            "Month": {"type": "string", "x-time-format": ["%Y-%m"]},
            "Profile": {"type": "object", "properties": {"iccid": {"type": "string"}}},
            "Order": {
                "type": "object",
                "x-summary": ["code", "status"],
                "required": ["code", "day"],
                "properties": {
                    "day": {"$ref": "#/components/schemas/Day"},
                    "status": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]},
                    "code": {"type": "string"},
                    "used": {"type": "string", "x-unit": "KB"},
                    "period": {"type": "string", "x-unit": "months"},
                    "stamp": {"$ref": "#/components/schemas/Stamp"},
                    "month": {"$ref": "#/components/schemas/Month"},
                    "deviceId": {"type": "string"},
                    "device_id": {"type": "string"},
                    "profiles": {"type": "array", "items": {"$ref": "#/components/schemas/Profile"}},
                    "profile": {"anyOf": [{"$ref": "#/components/schemas/Profile"}, {"type": "null"}]},
                },
            },
        }
    }
}


@pytest.fixture
def order() -> Any:
    view = Catalog(SPEC).view("Order")
    assert view is not None
    return view


def test_a_code_is_shown_with_its_documented_meaning(order: Any) -> None:
    assert order.field("status").show("2") == "2 active"
    assert order.field("status").show("9") == "9", "an undocumented code is shown as received"


def test_times_are_read_in_every_wire_format_the_spec_lists_and_shown_as_iso(order: Any) -> None:
    assert order.field("day").show("20270524") == "2027-05-24"
    assert order.field("stamp").show("20260509032911") == "2026-05-09 03:29:11"
    assert order.field("stamp").show("2026-05-09 03:29:11") == "2026-05-09 03:29:11"
    assert order.field("month").show("2026-05") == "2026-05"
    assert order.field("day").show("not a date") == "not a date", "a value the spec did not foresee is kept"
    assert order.field("day").show("") == ""


def test_quantities_carry_their_unit_and_sizes_use_binary_units(order: Any) -> None:
    assert order.field("used").show("17130858") == "16.3 GB"
    assert order.field("used").show("512") == "512 KB"
    assert order.field("period").show("6") == "6 months"
    assert human_size(30720, "MB") == "30 GB"
    assert human_size(0, "B") == "0 B"


def test_fields_are_ordered_by_the_spec_summary_then_required_and_each_label_shown_once(order: Any) -> None:
    present = ["used", "device_id", "deviceId", "day", "status", "code"]
    assert [f.name for f in order.ordered(present)] == ["code", "status", "day", "used", "deviceId"]


def test_nested_objects_are_known_by_their_schema(order: Any) -> None:
    assert order.field("profiles").object_schema == "Profile" and order.field("profiles").is_list
    assert order.field("profile").object_schema == "Profile" and not order.field("profile").is_list
    assert not order.field("code").nested


def test_labels_are_words() -> None:
    assert label_for("orderCode") == "order code"
    assert label_for("multiImsi_flag") == "multi imsi flag"
    assert label_for("lifecycle_end_time") == "lifecycle end time"


def test_ids_never_shrink_while_text_may_wrap() -> None:
    iccid = measure("device id", ["89852202310161621656"])
    assert iccid == ColumnWidth(20, 20)
    meaning = measure("order status", ["2 get started (active)"])
    assert meaning.natural == 22 and meaning.least < meaning.natural


def test_columns_are_chosen_by_importance_and_a_wide_one_gives_way_to_narrower_ones() -> None:
    widths = [ColumnWidth(25, 25), ColumnWidth(20, 20), ColumnWidth(40, 40), ColumnWidth(10, 10)]
    assert fit_columns(widths, 80) == [0, 1, 3]  # 25 + 3 + 20 + 3 + 10 = 61; the 40-wide one does not fit
    assert fit_columns(widths, 10) == [0], "the most important column is always shown"
    assert fit_columns(widths, 200) == [0, 1, 2, 3]


def test_json_output_is_the_wire_data(capsys: pytest.CaptureFixture[str]) -> None:
    from linksfield.cli.output import emit
    from linksfield_api.models import PackageOrder

    wire = {
        "orderCode": "O1",
        "packageName": "P",
        "packageCode": "C",
        "packageType": "2",
        "orderStatus": "2",
        "orderPeriod": "1",
        "orderDate": "20260509032911",
        "activeDate": "",
        "expireDate": "20270524",
        "usedFlow": "17130858",
    }
    emit([PackageOrder.from_dict(wire)], as_json=True)
    assert json.loads(capsys.readouterr().out) == [wire]


# -- the real console script against a sandbox process, at 80 columns -----------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    with SandboxProcess() as process:
        yield process


def _lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.splitlines()


def test_orders_list_fits_80_columns_with_ids_whole_and_codes_explained(sandbox: SandboxProcess) -> None:
    env = sandbox_env(sandbox.url, COLUMNS="80")
    lines = _lines(run(["orders", "list", "--max", "8"], env))
    wire = json.loads(run(["--json", "orders", "list", "--max", "8"], env).stdout)
    assert max(len(line) for line in lines) <= 80, "\n".join(lines)
    text = "\n".join(lines)
    for order in wire:
        assert order["orderCode"] in text, f"order code {order['orderCode']} cut"
    meanings = catalog().view("PackageOrder").field("orderStatus").meanings  # type: ignore[union-attr]
    assert f"{wire[0]['orderStatus']} {meanings[wire[0]['orderStatus']].split()[0]}" in text
    assert "--wide" in lines[-1], "hidden columns are named, with how to show them"


def test_wide_shows_every_column(sandbox: SandboxProcess) -> None:
    env = sandbox_env(sandbox.url, COLUMNS="80")
    narrow = "\n".join(_lines(run(["orders", "list", "--max", "3"], env)))
    wide = "\n".join(_lines(run(["orders", "list", "--max", "3", "--wide"], env)))
    assert "package name" not in narrow.split("\n")[1] and "package name" in wide
    assert "more column" not in wide


def test_a_device_shows_its_order_and_profiles_as_sections_not_json(sandbox: SandboxProcess) -> None:
    env = sandbox_env(sandbox.url, COLUMNS="80")
    wire = json.loads(run(["--json", "orders", "list", "--max", "1", "--status", "2"], env).stdout)
    device = wire[0]["deviceId"]
    text = "\n".join(_lines(run(["devices", "show", device], env)))
    assert "package order" in text and "profile list" in text
    assert "{" not in text, "a nested object printed as a JSON blob"
    assert max(len(line) for line in text.splitlines()) <= 80
    device_json = json.loads(run(["--json", "devices", "show", device], env).stdout)
    expire = device_json["package_order"]["expireDate"]
    assert f"{expire[:4]}-{expire[4:6]}-{expire[6:]}" in text, "dates shown as ISO 8601"
