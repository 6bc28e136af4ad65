"""Request validation: 400 in the family's envelope naming the field, never a 500; lenient where JSON is."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from linksfield.sandbox.gateway.faults import parse_fault_spec
from linksfield.sandbox.gateway.validation import BadRequest, coerce_scalar, validate_request
from linksfield.sandbox.spec.index import SpecIndex, load_spec_document
from linksfield.sandbox.state.clock import vendor_today

from .support import SandboxProcess, call, op, schema_errors

CDR = op("query_sim_cdr")


def _cdr_query(**changes: object) -> dict[str, object]:
    today = vendor_today()
    query: dict[str, object] = {
        "received_start_time": (today - timedelta(days=2)).isoformat(),
        "received_end_by": today.isoformat(),
        "page_no": 1,
        "page_size": 10,
    }
    query.update(changes)
    return {k: v for k, v in query.items() if v is not None}


def _bad(response: httpx.Response, operation_id: str) -> str:
    assert response.status_code == 400, response.text
    body = response.json()
    assert schema_errors(op(operation_id), 400, body) is None, body
    message: str = body["message"]
    return message


def test_page_size_over_100_names_the_field(sandbox: SandboxProcess) -> None:
    with sandbox.cmp() as client:
        response = call(client, op("query_orders"), body={"page_no": 1, "page_size": 101})
    assert response.json() == {
        "code": "CB-99-9400",
        "data": None,
        "message": "page_size: must be at most 100",
        "success": False,
    }
    assert _bad(response, "query_orders")


def test_whole_number_floats_are_integers(sandbox: SandboxProcess) -> None:
    with sandbox.cmp() as client:
        body = call(client, op("query_orders"), body={"page_no": 1.0, "page_size": 52.0}).json()
        assert body["success"] and body["data"]["page"]["page_size"] == 52
        query = call(
            client, CDR, path={"sim_id": "89430101523088119435"}, query=_cdr_query(page_size="52.0")
        ).json()
        assert query["success"] and len(query["data"]["data"]) == 52
        half = call(client, op("query_orders"), body={"page_no": 1, "page_size": 2.5})
        assert _bad(half, "query_orders") == "page_size: must be of type integer"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"page_no": "abc"}, "page_no: must be of type integer"),
        ({"page_size": "0"}, "page_size: must be at least 1"),
        ({"received_start_time": None}, "received_start_time: is required"),
        ({"received_end_by": "2024-13-01"}, "received_end_by: must match"),
    ],
)
def test_query_strings_are_coerced_and_checked(
    sandbox: SandboxProcess, changes: dict[str, object], message: str
) -> None:
    with sandbox.cmp() as client:
        response = call(client, CDR, path={"sim_id": "89430101523088119435"}, query=_cdr_query(**changes))
    assert _bad(response, "query_sim_cdr").startswith(message)


def test_rules_beyond_the_schema_are_refusals_not_400(sandbox: SandboxProcess) -> None:
    """A request the spec allows is never a 400: calendar nonsense is refused with HTTP 200."""
    with sandbox.cmp() as client:
        response = call(
            client,
            CDR,
            path={"sim_id": "89430101523088119435"},
            query=_cdr_query(received_end_by="2024-02-31"),
        )
    assert response.status_code == 200
    assert response.json() == {
        "code": "CB-99-9400",
        "data": None,
        "message": "received_end_by: must be a real calendar date (yyyy-MM-dd)",
        "success": False,
    }


def test_an_id_of_any_shape_reaches_the_rules_which_name_it(sandbox: SandboxProcess) -> None:
    """No page states an id's alphabet (R-ID-FORMAT): an odd one is refused as unknown, by name."""
    with sandbox.cmp() as client:
        response = call(client, CDR, path={"sim_id": "not%20ok"}, query=_cdr_query())
    assert response.status_code == 200
    assert response.json()["message"] == "sim_id: device not ok does not exist"


def test_bodies_name_nested_fields(sandbox: SandboxProcess) -> None:
    send = op("send_sms")
    with sandbox.cmp() as client:
        nested = call(
            client,
            send,
            body={
                "flag_list": [{"msg_id": "XX1", "device_id": "d"}],
                "sms_content": "x",
                "message_type": "1",
            },
        )
        missing = call(
            client, send, body={"flag_list": [{"msg_id": "LK1", "device_id": "d"}], "sms_content": "x"}
        )
        not_json = client.post(
            "/cmp-api/sms/sendSms", content=b"{nope", headers={"Content-Type": "application/json"}
        )
        array = client.post("/cmp-api/sms/sendSms", json=[1, 2])
        empty = client.post("/cmp-api/sms/sendSms")
    assert _bad(nested, "send_sms").startswith("flag_list[0].msg_id: must match")
    assert _bad(missing, "send_sms") == "message_type: is required"
    assert _bad(not_json, "send_sms").startswith("body: is not valid JSON")
    assert _bad(array, "send_sms") == "body: must be a JSON object"
    assert _bad(empty, "send_sms") == "body: is required"
    assert sandbox.stats()["bad_requests"]["cmp"] >= 5


def test_pool_and_csss_bad_requests_use_their_envelopes(sandbox: SandboxProcess) -> None:
    with sandbox.pool() as client:
        month = call(
            client, op("get_pool_month_usage"), query={"poolCode": "UP20250401000123", "queryMonth": "2025-4"}
        )
        too_many = call(
            client, op("switch_card_network"), body={"iccids": ["8944500102198304826"] * 11, "switchOn": True}
        )
    assert _bad(month, "get_pool_month_usage").startswith("queryMonth: must match")
    assert month.json()["code"] == 400 and month.json()["traceId"]
    assert _bad(too_many, "switch_card_network") == "iccids: must have at most 10 items"
    with sandbox.csss() as client:
        csss = call(client, op("order_package"), body={"device_id": "89852022018041800192"})
    assert _bad(csss, "order_package").endswith(": is required")
    assert csss.json()["code"] == "CB-99-9400"


def test_unit_validation_without_a_server() -> None:
    index = SpecIndex(load_spec_document())
    assert coerce_scalar("52.0", {"integer"}) == 52
    assert coerce_scalar("52.5", {"integer"}) == "52.5"
    assert coerce_scalar("007", {"string"}) == "007"
    assert coerce_scalar("true", {"boolean"}) is True
    with pytest.raises(BadRequest, match="page_no: must be given once"):
        validate_request(
            index, index.by_id["query_sim_cdr"], path_params={"sim_id": "1"},
            query_pairs=[("received_start_time", "2024-01-01"), ("received_end_by", "2024-01-02"),
                         ("page_no", "1"), ("page_no", "2")], body=b"",
        )  # fmt: skip
    with pytest.raises(ValueError, match="unknown fault 'bogus'"):
        parse_fault_spec("bogus=1")
    with pytest.raises(ValueError, match="fault 'rate429': must be a number from 0 to 1"):
        parse_fault_spec("rate429=2")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"test_flow_flag": "1"}, "test_flow: is required"),  # R-TEST-FLOW-RULE
        ({"test_flow_flag": "1", "test_flow": ""}, "test_flow: must be at least 1 characters"),
        (
            {"pay_amount": "1.005"},
            "pay_amount: must match ^-?[0-9]+(\\.[0-9]{1,2})?$",
        ),  # R-PAY-AMOUNT-DECIMALS
        ({"deviceList": ["D1", "D1"]}, "deviceList: must not repeat items"),  # R-BATCH-UNIQUE-DEVICES
    ],
)
def test_documented_order_rules_are_400s_naming_the_field(
    sandbox: SandboxProcess, changes: dict[str, object], message: str
) -> None:
    body = {"deviceList": ["D1"], "package_code": "DP20190726001274", "is_open": "0", **changes}
    with sandbox.cmp() as client:
        response = call(client, op("batch_order_packages"), body=body)
    assert _bad(response, "batch_order_packages") == message
