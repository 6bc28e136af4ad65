"""Each kind of vendor change, made to a fixture page in one layout, is reported once, as new, where it happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import FIXTURES, Edit, report_for

LAYOUT_PAGES = ["cmp_pipe.md", "cmp_runon.txt", "cmp_spaces.txt", "cmp_export.html", "csss_portal.txt"]


@pytest.mark.parametrize("name", LAYOUT_PAGES)
def test_an_unchanged_page_reports_nothing_new(name: str) -> None:
    report = report_for(FIXTURES / name)
    page = report.pages[0].page
    assert page.operations, "the page must actually be read"
    assert all(op.params for op in page.operations)
    assert report.new == []


def _single_new(page: Path) -> tuple[str, int]:
    report = report_for(page)
    assert len(report.new) == 1, [v.difference.key for v in report.new]
    difference = report.new[0].difference
    return difference.key, difference.line


def test_an_added_endpoint_whitespace_tables(edited_page: Edit) -> None:
    section = (
        "Reset the network of a device #\n\nPOST /cmp-api/device/resetNetwork\n\n"
        "parameter Description Is required Types of\n"
        "device_id The device required String\nnetwork_type 4G or 5G required String\n\n"
    )
    page = edited_page("cmp_spaces.txt", "Suspend an order #\n", section + "Suspend an order #\n")
    key, line = _single_new(page)
    assert key == "operation.added:POST /cmp-api/device/resetNetwork"
    assert page.read_text(encoding="utf-8").splitlines()[line - 1] == "POST /cmp-api/device/resetNetwork"


def test_a_removed_field_run_together_cells(edited_page: Edit) -> None:
    removed = "order_statusstringfalseOnly orders in this state:\n1- not enabled;\n2- active;\n"
    page = edited_page("cmp_runon.txt", removed, "")
    key, _line = _single_new(page)
    assert key == "param.removed:query_orders body order_status"


def test_a_required_flag_flipped_markdown_pipes(edited_page: Edit) -> None:
    page = edited_page(
        "cmp_pipe.md",
        "| order_id | string | true | Id of the order to withdraw |",
        "| order_id | string | false | Id of the order to withdraw |",
    )
    key, line = _single_new(page)
    assert key == "param.required:cancel_package body order_id"
    assert "| order_id | string | false |" in page.read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_renamed_path_html_export(edited_page: Edit) -> None:
    page = edited_page(
        "cmp_export.html",
        "<code>POST /cmp-api/package/openPackage</code>",
        "<code>POST /cmp-api/package/activatePackage</code>",
    )
    key, _line = _single_new(page)
    assert key == "operation.renamed:open_package -> POST /cmp-api/package/activatePackage"


def test_a_changed_example_vertical_fields(edited_page: Edit) -> None:
    page = edited_page("csss_portal.txt", '"success": true', '"success": "true"')
    key, line = _single_new(page)
    assert key == "example.invalid:order_package response success: type"
    assert page.read_text(encoding="utf-8").splitlines()[line - 1] == "{"


def test_an_example_field_the_schema_lacks(edited_page: Edit) -> None:
    page = edited_page(
        "cmp_pipe.md", '"lifecycle": "2",', '"lifecycle": "2",\n    "lifecycle_reason": "activated",'
    )
    key, _line = _single_new(page)
    assert key == "example.field-absent:query_device response data.lifecycle_reason"


def test_a_changed_parameter_type_and_an_added_field(edited_page: Edit) -> None:
    page = edited_page(
        "cmp_spaces.txt",
        "sms_content Text to deliver required String",
        "sms_content Text to deliver required Integer\nvalidity_hours How long to retry required String",
    )
    keys = sorted(v.difference.key for v in report_for(page).new)
    assert keys == ["param.added:send_sms body validity_hours", "param.type:send_sms body sms_content"]


def test_known_differences_are_listed_with_their_row_and_decision() -> None:
    report = report_for(FIXTURES / "csss_portal.txt")
    [verdict] = report.verdicts
    assert verdict.known and verdict.row == "R-ACCEPT-LANGUAGE-HEADER"
    assert "Accept-Language" in verdict.decision
