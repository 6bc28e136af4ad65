"""Arguments are judged by the generated validators: each rule's reason, the field's name, no schema library.

``test_errors.py`` pins which field each bad call names; these pin the words of each kind of rule
as a caller reads them (the reasons the jsonschema-based check gave, kept), and that neither
``import linksfield`` nor a validated call loads jsonschema (issue 18: it cost ~190 ms of the import).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import linksfield
from linksfield._spec_checks import check_request, locate_problem
from linksfield_api.facade import OPERATIONS

from .support import Stub, facade_method, response_example

DEVICES = [f"8985202201804180{i:04d}" for i in range(3)]
BATCH = {"device_list": DEVICES, "package_code": "DP20190726001274", "is_open": "0"}


@pytest.mark.parametrize(
    ("operation_id", "arguments", "field", "reason"),
    [
        ("query_orders", {"page_no": 1, "page_size": 101}, "page_size", "must be at most 100"),
        ("query_orders", {"page_no": 0, "page_size": 10}, "page_no", "must be at least 1"),
        (
            "query_orders",
            {"page_no": 1, "page_size": 10, "order_status": "9"},
            "order_status",
            "must be one of ['1', '2', '3'",
        ),
        ("open_package", {"order_id": ""}, "order_id", "must be at least 1 characters"),
        ("batch_order_packages", {**BATCH, "device_list": []}, "deviceList", "must have at least 1 items"),
        (
            "batch_order_packages",
            {**BATCH, "device_list": [DEVICES[0], DEVICES[0]]},
            "deviceList",
            "must not repeat an item",
        ),
        ("batch_order_packages", {**BATCH, "pay_amount": "0.001"}, "pay_amount", "must match ^-?[0-9]+(\\.[0-9]{1,2})?$"),
        (  # if test_flow_flag is "1", test_flow is required (the spec's if/then)
            "batch_order_packages",
            {**BATCH, "test_flow_flag": "1"},
            "test_flow",
            "is required",
        ),
        ("get_pool_month_usage", {"pool_code": "UP1", "query_month": "2025-4"}, "queryMonth", "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])$"),
        ("switch_card_network", {"iccids": ["8944500102198304826"] * 11, "switch_on": True}, "iccids", "must have at most 10 items"),
    ],
)  # fmt: skip
def test_each_kind_of_rule_is_worded_without_the_value(
    stub: Stub, operation_id: str, arguments: dict[str, Any], field: str, reason: str
) -> None:
    with pytest.raises(linksfield.RequestValidationError) as caught:
        facade_method(stub.client(), operation_id)(**arguments)
    # A prefix where the spec's own list or pattern follows (a vendor change may add codes to it).
    assert caught.value.field == field
    assert caught.value.reason.startswith(reason), caught.value.reason
    assert stub.seen == []


def _request(operation_id: str, body: Any) -> tuple[str, str, str, dict[str, Any]]:
    operation = OPERATIONS[operation_id]
    return (
        operation_id,
        operation.method,
        operation.path,
        {"method": operation.method, "url": operation.path, "json": body},
    )


def test_the_body_is_judged_as_a_whole() -> None:
    """What the facade cannot produce but a raw request can: the type of the body, a nested field."""
    cases = [
        (_request("query_orders", None), "body", "must be of type object"),
        (_request("query_orders", {"page_no": 1}), "page_size", "is required"),
        (_request("query_orders", {"page_no": True, "page_size": 1}), "page_no", "must be of type integer"),
        (_request("send_sms", {"flag_list": [{"msg_id": "LK1"}], "sms_content": "x", "message_type": "1"}), "flag_list[0].device_id", "is required"),
        (_request("send_sms", {"flag_list": [{"msg_id": "XY", "device_id": "1"}], "sms_content": "x", "message_type": "1"}), "flag_list[0].msg_id", "must match ^LK"),
    ]  # fmt: skip
    for (operation_id, method, path, request), field, reason in cases:
        with pytest.raises(linksfield.RequestValidationError) as caught:
            check_request(operation_id, method, path, request)
        assert (caught.value.field, caught.value.reason) == (field, reason)
    check_request(*_request("query_orders", {"page_no": 1.0, "page_size": 50, "order_status": None}))


def test_path_parameters_are_read_from_the_url() -> None:
    operation = OPERATIONS["query_sim_cdr"]
    query = {
        "received_start_time": "2024-05-01",
        "received_end_by": "2024-05-02",
        "page_no": 1,
        "page_size": 10,
    }
    request = {"method": "get", "url": "/cmp-api/sims/%20/cdr", "params": query}
    check_request("query_sim_cdr", operation.method, operation.path, request)  # " " is not empty
    with pytest.raises(linksfield.RequestValidationError) as caught:
        check_request("query_sim_cdr", operation.method, operation.path, {**request, "url": "/elsewhere"})
    assert (caught.value.field, caught.value.reason) == ("sim_id", "is required")


def test_a_bad_answer_is_located_by_the_generated_checks() -> None:
    operation = OPERATIONS["query_orders"]
    answer = response_example("query_orders")
    assert locate_problem(operation.method, operation.path, 200, answer) is None
    del answer["data"]["package_order"][0]["orderDate"]
    expected = (("data", "package_order", 0, "orderDate"), "is required")
    assert locate_problem(operation.method, operation.path, 200, answer) == expected
    assert (
        locate_problem(operation.method, operation.path, 599, answer) == expected
    )  # no such status: the 200 one
    assert locate_problem(operation.method, "/not/in/the/spec", 200, answer) is None


LOADED = """
import json, sys
import linksfield
after_import = sorted(m for m in ("jsonschema", "referencing", "rpds") if m in sys.modules)
from linksfield._spec_checks import check_request
check_request("query_orders", "POST", "/cmp-api/package/queryOrder",
              {"method": "post", "url": "/cmp-api/package/queryOrder", "json": {"page_no": 1, "page_size": 50}})
after_call = sorted(m for m in ("jsonschema", "referencing", "rpds") if m in sys.modules)
print(json.dumps([after_import, after_call]))
"""


def test_no_schema_library_is_loaded_to_validate() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOADED], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == [[], []]
