"""The concrete reads an ``OutcomeUnknownError`` proposes, picked out of the request that was sent."""

from __future__ import annotations

from typing import Any

import attrs

from linksfield._outcome import CheckCall, describe_checks, plan_checks
from linksfield_api.facade import OPERATIONS, CheckSource, Operation, OutcomeCheck


def _with_check(operation_id: str, *arguments: tuple[str, CheckSource]) -> Operation[Any]:
    base = OPERATIONS[operation_id]
    check = OutcomeCheck(operation_id="query_orders", tag="packages", arguments=arguments, hint="look it up")
    return attrs.evolve(base, outcome_check=check)


def test_a_star_pointer_gives_one_read_per_item_and_literals_repeat() -> None:
    operation = OPERATIONS["batch_order_packages"]
    request = {"url": operation.path, "json": {"deviceList": ["A", "B", "A", "C"], "package_code": "P"}}
    checks = plan_checks(operation, request)
    assert [call.arguments["device_id"] for call in checks] == ["A", "B", "C"]  # duplicates settle once
    assert all(call.arguments["page_no"] == 1 for call in checks)
    assert checks[0] == CheckCall(
        "query_orders", "packages", {"device_id": "A", "page_no": 1, "page_size": 50}
    )


def test_nested_star_pointers_reach_into_array_items() -> None:
    operation = OPERATIONS["send_sms"]
    request = {"url": operation.path, "json": {"flag_list": [{"msg_id": "m1"}, {"msg_id": "m2"}]}}
    assert [call.arguments["msg_id"] for call in plan_checks(operation, request)] == ["m1", "m2"]


def test_path_and_query_sources_are_read_from_the_sent_request() -> None:
    operation = _with_check(
        "query_sim_cdr",
        ("device_id", CheckSource("path", name="sim_id")),
        ("order_id", CheckSource("query", name="page_no")),
    )
    request = {"url": "/cmp-api/sims/8949%2001/cdr", "params": {"page_no": 3}}
    (call,) = plan_checks(operation, request)
    assert call.arguments == {"device_id": "8949 01", "order_id": 3}


def test_an_absent_source_is_left_out_rather_than_guessed() -> None:
    operation = OPERATIONS["open_package"]
    (call,) = plan_checks(operation, {"url": operation.path, "json": {}})
    assert "order_id" not in call.arguments


def test_the_description_starts_with_the_hint_and_bounds_the_listed_calls() -> None:
    operation = OPERATIONS["batch_order_packages"]
    assert operation.outcome_check is not None
    devices = [f"D{n}" for n in range(10)]
    checks = plan_checks(operation, {"url": operation.path, "json": {"deviceList": devices}})
    text = describe_checks(operation, checks)
    assert text is not None and text.startswith(operation.outcome_check.hint)
    assert "client.packages.query_orders(device_id='D0'" in text
    assert "D3" not in text and "and 7 more like it" in text


def test_reads_have_no_check() -> None:
    operation = OPERATIONS["query_orders"]
    assert plan_checks(operation, {"url": operation.path, "json": {}}) == ()
    assert describe_checks(operation, ()) is None


def test_a_bulk_row_of_a_lost_chunk_names_the_read_that_settles_that_device() -> None:
    from linksfield import OutcomeUnknownError
    from linksfield.cli.bulk import _unknown_for

    operation = OPERATIONS["batch_order_packages"]
    checks = plan_checks(operation, {"url": operation.path, "json": {"deviceList": ["D1", "D2"]}})
    error = OutcomeUnknownError("ReadTimeout", checks=checks, operation="batch_order_packages")
    row = _unknown_for(error, "D2")
    assert row.startswith("outcome unknown: ReadTimeout")
    assert "client.packages.query_orders(device_id='D2', page_no=1, page_size=50)" in row
    assert "D1" not in row
