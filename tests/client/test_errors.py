"""Typed errors: refusals, HTTP errors, answers that do not match the spec, and bad arguments."""

from __future__ import annotations

import enum
import logging
from typing import Any

import httpx
import pytest

import linksfield
from linksfield_api.facade import OPERATIONS
from linksfield_api.models import MessageType, OrderStatus, QueryOrdersData, SmsTarget

from .support import (
    GATEWAY_REFUSAL,
    Stub,
    answer,
    arguments_for,
    facade_method,
    request_examples,
    response_example,
    run,
)

CDR_ARGS = arguments_for("query_sim_cdr")


def _orders(client: linksfield.Client) -> Any:
    return client.packages.with_raw_response.query_orders(page_no=1, page_size=3)


def _mutated_orders(edit: Any) -> dict[str, Any]:
    envelope = response_example("query_orders")
    edit(envelope["data"])
    return envelope


# -- refusals and HTTP errors ---------------------------------------------------------------------------


def test_a_business_refusal_is_an_api_error(stub: Stub) -> None:
    stub.then(
        answer(200, {"code": "2001", "message": "order does not exist", "success": False, "data": None})
    )
    with pytest.raises(linksfield.APIError) as caught:
        stub.client().packages.open_package(order_id="ORDER_1")
    error = caught.value
    assert type(error) is linksfield.APIError  # an unknown code is not guessed into a subclass
    assert error.code == "2001"
    assert error.message == "order does not exist"
    assert error.operation == "open_package"
    assert error.status_code == 200
    assert error.request_summary == "POST /cmp-api/package/openPackage"
    assert len(stub.seen) == 1  # a refusal is an answer: never retried


@pytest.mark.parametrize(
    "envelope",
    [
        {"code": "0000", "message": "success", "success": False, "data": None},
        {"code": "0001", "message": "success", "success": True, "data": None},
        {"code": "0000", "message": "success", "data": None},
    ],
    ids=["success-false", "code-not-0000", "success-missing"],
)
def test_success_needs_both_success_true_and_code_0000(stub: Stub, envelope: dict[str, Any]) -> None:
    stub.then(answer(200, envelope))
    with pytest.raises(linksfield.APIError):
        stub.client().packages.cancel_package(order_id="ORDER_1")


def test_an_inner_cdr_status_code_is_a_bad_request(stub: Stub) -> None:
    envelope = response_example("query_sim_cdr")
    envelope["data"]["status"] = {
        "code": "CB-99-9400",
        "message": "received_start_time is invalid",
        "detail": None,
    }
    stub.then(answer(200, envelope))
    with pytest.raises(linksfield.BadRequestError) as caught:
        stub.client().cdr.query_sim_cdr(**CDR_ARGS)
    assert caught.value.code == "CB-99-9400"
    assert caught.value.message == "received_start_time is invalid"
    assert caught.value.operation == "query_sim_cdr"


def test_an_inner_status_failure_of_an_sms_page_raises(stub: Stub) -> None:
    envelope = response_example("query_mt_sms_status")
    envelope["data"]["status"] = {"code": "CB-99-9500", "message": "internal error", "detail": "db"}
    stub.then(answer(200, envelope))
    with pytest.raises(linksfield.ServerError) as caught:
        stub.client().sms.query_mt_sms_status(**arguments_for("query_mt_sms_status"))
    assert caught.value.code == "CB-99-9500"
    assert len(stub.seen) == 1  # a business code on a 200 is an answer, not a transient failure


def test_a_gateway_401_is_an_authentication_error(stub: Stub) -> None:
    stub.then(answer(401, GATEWAY_REFUSAL))
    with pytest.raises(linksfield.AuthenticationError) as caught:
        stub.client(max_retries=3).packages.query_orders(page_no=1, page_size=3)
    assert caught.value.status_code == 401
    assert caught.value.message == "client request can't be validated"
    assert caught.value.operation == "query_orders"
    assert len(stub.seen) == 1


def test_a_wrong_cmp_secret_is_refused_by_the_verifying_stub(stub: Stub) -> None:
    """Negative control: the stub's verifier really checks (so the operation tests mean something)."""
    with pytest.raises(linksfield.AuthenticationError):
        stub.client(secret_key="not-the-secret").packages.query_orders(page_no=1, page_size=3)
    with pytest.raises(linksfield.AuthenticationError):
        stub.client(csss_secret="not-the-secret").packages.order_package(**arguments_for("order_package"))
    with pytest.raises(linksfield.AuthenticationError):
        stub.client(pool_credential="not-it").pools.get_pool_detail(pool_code="UP20250401000123")
    assert [r.split(":")[0] for r in stub.rejections] == ["query_orders", "order_package", "get_pool_detail"]


def test_a_pool_401_envelope_keeps_its_trace_id(stub: Stub) -> None:
    refusal = {
        "code": 401,
        "message": "credential missing or invalid",
        "traceId": "6f1c2a9be0d34c1d",
        "data": None,
    }
    stub.then(answer(401, refusal))
    with pytest.raises(linksfield.AuthenticationError) as caught:
        stub.client().pools.get_pool_detail(pool_code="UP20250401000123")
    assert caught.value.request_id == "6f1c2a9be0d34c1d"
    assert caught.value.code == 401
    assert "6f1c2a9be0d34c1d" in str(caught.value)


def test_a_pool_refusal_on_http_200_raises(stub: Stub) -> None:
    refusal = {
        "code": 400,
        "message": "queryMonth: must look like yyyy-MM",
        "traceId": "0c3f7d52",
        "data": None,
    }
    stub.then(answer(200, refusal))
    with pytest.raises(linksfield.APIError) as caught:
        stub.client().pools.get_pool_month_usage(pool_code="UP20250401000123", query_month="2025-04")
    assert caught.value.code == 400
    assert caught.value.request_id == "0c3f7d52"


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (
            400,
            {"code": "CB-99-9403", "message": "sign: signature does not match", "success": False},
            linksfield.BadRequestError,
        ),
        (
            200,
            {"code": "CB-99-9403", "message": "sign: signature does not match", "success": False},
            linksfield.AuthenticationError,
        ),
    ],
    ids=["http-400", "http-200"],
)
def test_csss_refusals(stub: Stub, status: int, body: dict[str, Any], error: type[Exception]) -> None:
    stub.then(answer(status, body))
    with pytest.raises(error) as caught:
        stub.client().packages.order_package(**arguments_for("order_package"))
    assert caught.value.code == "CB-99-9403"  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [403, 404, 409])
def test_http_statuses_map_to_their_classes(stub: Stub, status: int) -> None:
    expected = {
        403: linksfield.PermissionDeniedError,
        404: linksfield.NotFoundError,
        409: linksfield.ConflictError,
    }
    stub.then(answer(status, {"message": "no"}))
    with pytest.raises(expected[status]):
        stub.client().devices.query_device(**arguments_for("query_device"))


def test_429_is_a_rate_limit_error_with_retry_after(stub: Stub) -> None:
    stub.default = answer(429, {"message": "too many requests"}, headers={"Retry-After": "12"})
    with pytest.raises(linksfield.RateLimitError) as caught:
        stub.client(max_retries=1).packages.query_orders(page_no=1, page_size=3)
    assert caught.value.retry_after == 12.0
    assert caught.value.status_code == 429
    assert "retry after 12s" in str(caught.value)
    assert len(stub.seen) == 2
    assert stub.sleeps == [12.0]


def test_5xx_on_a_read_after_retries_is_a_server_error(stub: Stub) -> None:
    stub.default = answer(502, None)
    with pytest.raises(linksfield.ServerError) as caught:
        stub.client(max_retries=2).pools.get_pool_detail(pool_code="UP20250401000123")
    assert caught.value.status_code == 502
    assert not isinstance(caught.value, linksfield.OutcomeUnknownError)
    assert len(stub.seen) == 3


def test_a_non_json_error_page_is_still_typed(stub: Stub) -> None:
    stub.default = lambda request, operation: httpx.Response(503, text="<html>Service Unavailable</html>")
    with pytest.raises(linksfield.ServerError) as caught:
        stub.client(max_retries=0).cdr.query_sim_cdr(**CDR_ARGS)
    assert caught.value.status_code == 503


def test_a_non_json_success_is_a_response_validation_error(stub: Stub) -> None:
    stub.then(lambda request, operation: httpx.Response(200, text="OK"))
    with pytest.raises(linksfield.ResponseValidationError):
        stub.client().packages.query_orders(page_no=1, page_size=3)


# -- answers that do not match the spec (strict mode; the default tolerant reader: test_tolerant_reader) --


def test_a_package_order_missing_a_required_field(stub: Stub) -> None:
    stub.then(answer(200, _mutated_orders(lambda data: data["package_order"][0].pop("orderCode"))))
    with pytest.raises(linksfield.ResponseValidationError) as caught:
        _orders(stub.client(strict_responses=True))
    error = caught.value
    assert error.path == ("data", "package_order", 0, "orderCode")
    assert error.path_text == "data.package_order[0].orderCode"
    assert error.operation == "query_orders"
    assert "data.package_order[0].orderCode" in str(error)


@pytest.mark.parametrize(
    ("edit", "path"),
    [
        (lambda data: data.__setitem__("page", "first"), ("data", "page")),
        (lambda data: data["package_order"].__setitem__(0, 5), ("data", "package_order", 0)),
        (lambda data: data.__setitem__("package_order", {"orderCode": "x"}), ("data", "package_order")),
        (
            lambda data: data["package_order"][0].__setitem__("packageType", {"code": "2"}),
            ("data", "package_order", 0, "packageType"),
        ),
    ],
    ids=["page-is-a-string", "order-is-a-number", "orders-is-an-object", "code-is-an-object"],
)
def test_a_nested_model_of_the_wrong_type(stub: Stub, edit: Any, path: tuple[Any, ...]) -> None:
    stub.then(answer(200, _mutated_orders(edit)))
    with pytest.raises(linksfield.ResponseValidationError) as caught:
        _orders(stub.client(strict_responses=True))
    assert caught.value.path == path


def test_a_bad_item_of_a_nullable_list_is_located_at_the_item(stub: Stub) -> None:
    """profileList is ``anyOf: [array of Profile, null]``: the path must go into the array, not stop at it."""
    stub.then(
        answer(200, _mutated_orders(lambda data: data["package_order"][0].__setitem__("profileList", [{}])))
    )
    with pytest.raises(linksfield.ResponseValidationError) as caught:
        _orders(stub.client(strict_responses=True))
    assert caught.value.path[:5] == ("data", "package_order", 0, "profileList", 0)


@pytest.mark.parametrize(
    ("edit", "path"),
    [
        (
            lambda data: data["package_order"][0].__setitem__("refuelingPackageList", "none"),
            ("data", "package_order", 0, "refuelingPackageList"),
        ),
        (
            lambda data: data["package_order"][0].__setitem__("refuelingPackageList", ["ORDER_9"]),
            ("data", "package_order", 0, "refuelingPackageList", 0),
        ),
        (
            lambda data: data["package_order"][0].__setitem__("profileList", [7]),
            ("data", "package_order", 0, "profileList", 0),
        ),
        (lambda data: data["page"].__setitem__("total_count", "many"), ("data", "page", "total_count")),
    ],
    ids=["list-is-a-string", "list-of-strings", "list-of-numbers", "integer-is-a-string"],
)
def test_a_wrong_type_the_generated_parser_lets_through(stub: Stub, edit: Any, path: tuple[Any, ...]) -> None:
    """openapi-python-client's ``from_dict`` returns these raw (a string where a list of models is
    declared, a string in an integer field); the client's parsers find them at the value, and strict
    mode refuses them there."""
    stub.then(answer(200, _mutated_orders(edit)))
    with pytest.raises(linksfield.ResponseValidationError) as caught:
        _orders(stub.client(strict_responses=True))
    assert caught.value.path == path


def test_an_unknown_enum_code_is_kept_and_reported(stub: Stub, caplog: pytest.LogCaptureFixture) -> None:
    stub.then(
        answer(200, _mutated_orders(lambda data: data["package_order"][0].__setitem__("orderStatus", "9")))
    )
    with caplog.at_level(logging.WARNING, logger="linksfield"):
        raw = _orders(stub.client())
    order = raw.data.package_order[0]
    assert order.order_status == "9"
    assert type(order.order_status) is str
    assert not isinstance(order.order_status, OrderStatus)
    assert raw.unknown_codes == ("data.package_order.0.orderStatus='9'",)
    warnings = [r for r in caplog.records if r.name == "linksfield" and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "query_orders" in warnings[0].getMessage()
    assert "orderStatus='9'" in warnings[0].getMessage()


def test_known_codes_parse_into_enums(stub: Stub) -> None:
    raw = _orders(stub.client())
    assert raw.data.package_order[0].order_status is OrderStatus.NOT_ENABLED
    assert raw.unknown_codes == ()


@pytest.mark.parametrize("operation_id", sorted(oid for oid, op in OPERATIONS.items() if op.data_required))
def test_null_data_on_success_is_a_response_validation_error(stub: Stub, operation_id: str) -> None:
    envelope = response_example(operation_id)
    envelope["data"] = None
    stub.then(answer(200, envelope))
    with pytest.raises(linksfield.ResponseValidationError) as caught:
        facade_method(stub.client(strict_responses=True), operation_id)(**arguments_for(operation_id))
    assert caught.value.path == ("data",)
    assert caught.value.operation == operation_id


def test_missing_data_is_located_at_data(stub: Stub) -> None:
    envelope = response_example("query_orders")
    del envelope["data"]
    stub.then(answer(200, envelope))
    with pytest.raises(linksfield.ResponseValidationError) as caught:
        _orders(stub.client(strict_responses=True))
    assert caught.value.path == ("data",)


@pytest.mark.parametrize(
    "operation_id", sorted(oid for oid, op in OPERATIONS.items() if not op.data_required)
)
def test_null_data_is_fine_where_the_spec_allows_it(stub: Stub, operation_id: str) -> None:
    assert facade_method(stub.client(), operation_id)(**arguments_for(operation_id)) is None


def test_response_errors_async(stub: Stub) -> None:
    stub.then(answer(200, _mutated_orders(lambda data: data["package_order"][0].pop("orderDate"))))

    async def go() -> None:
        async with stub.async_client(strict_responses=True) as client:
            await client.packages.query_orders(page_no=1, page_size=3)

    with pytest.raises(linksfield.ResponseValidationError) as caught:
        run(go())
    assert caught.value.path == ("data", "package_order", 0, "orderDate")


# -- bad arguments -------------------------------------------------------------------------------------


def _send_sms_args(msg_id: str) -> dict[str, Any]:
    return {
        "flag_list": [SmsTarget(msg_id=msg_id, device_id="89430101523088119436")],
        "sms_content": "hello",
        "message_type": MessageType.TEXT,
    }


@pytest.mark.parametrize(
    ("operation_id", "arguments", "field"),
    [
        ("query_orders", {"page_no": 1, "page_size": 500}, "page_size"),
        ("query_orders", {"page_no": 0, "page_size": 10}, "page_no"),
        ("query_orders", {"page_no": 1, "page_size": 10, "order_status": "9"}, "order_status"),
        ("send_sms", _send_sms_args("NOT-LK-PREFIXED"), "flag_list[0].msg_id"),
        ("send_sms", _send_sms_args("LK" + "0" * 40), "flag_list[0].msg_id"),
        ("query_sim_cdr", {**CDR_ARGS, "received_start_time": "2024/05/01"}, "received_start_time"),
        ("query_sim_cdr", {**CDR_ARGS, "received_end_by": "01-05-2024"}, "received_end_by"),
        ("query_sim_cdr", {**CDR_ARGS, "page_size": 0}, "page_size"),
        ("get_pool_month_usage", {"pool_code": "UP1", "query_month": "2025-4"}, "queryMonth"),
        ("open_package", {"order_id": ""}, "order_id"),
        (  # the same device twice would order (and charge) twice: R-BATCH-UNIQUE-DEVICES
            "batch_order_packages",
            {"device_list": ["D1", "D1"], "package_code": "DP20190726001274", "is_open": "0"},
            "deviceList",
        ),
        (
            "batch_order_packages",
            {"device_list": ["D1"], "package_code": "DP1", "is_open": "0", "pay_amount": "0.001"},
            "pay_amount",
        ),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    stub: Stub, operation_id: str, arguments: dict[str, Any], field: str
) -> None:
    with pytest.raises(linksfield.RequestValidationError) as caught:
        facade_method(stub.client(), operation_id)(**arguments)
    assert caught.value.field == field
    assert caught.value.operation == operation_id
    assert field in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert stub.seen == []


def _with_plain_codes() -> list[tuple[str, dict[str, Any], dict[str, str]]]:
    """Per operation: the arguments of its richest request example, and its enum arguments as codes."""
    cases = [("query_orders", {"page_no": 1, "page_size": 10}, {"order_status": "2"})]  # the issue's own
    for operation_id in sorted(OPERATIONS):
        candidates = [arguments_for(operation_id, example) for example in request_examples(operation_id)]
        if not candidates:
            continue
        arguments = max(candidates, key=lambda a: sum(isinstance(v, enum.Enum) for v in a.values()))
        codes = {name: value.value for name, value in arguments.items() if isinstance(value, enum.Enum)}
        if codes:
            cases.append((operation_id, arguments, codes))
    return cases


PLAIN_CODE_CASES = _with_plain_codes()


def test_enum_arguments_are_found() -> None:
    operations = [operation_id for operation_id, _, _ in PLAIN_CODE_CASES]
    assert {"send_sms", "order_package", "batch_order_packages", "query_orders"} <= set(operations)
    assert sum(len(codes) for _, _, codes in PLAIN_CODE_CASES) >= 10


@pytest.mark.parametrize(
    ("operation_id", "arguments", "codes"), PLAIN_CODE_CASES, ids=[case[0] for case in PLAIN_CODE_CASES]
)
def test_enum_arguments_accept_their_plain_code(
    stub: Stub, operation_id: str, arguments: dict[str, Any], codes: dict[str, str]
) -> None:
    """The facade types every enum argument as ``<Enum> | str`` (``order_status="2"`` as the vendor
    documents it), so plain codes must be sent exactly like the enum members.

    Regression: non-nullable enum fields (send_sms's message_type, order_package's is_open ...)
    used to raise AttributeError in the generated ``to_dict`` when given the plain string.
    """
    facade_method(stub.client(), operation_id)(**{**arguments, **codes})
    assert {name: stub.seen[0].body[name] for name in codes} == codes
    assert stub.rejections == []


def test_an_unknown_plain_code_is_a_request_validation_error(stub: Stub) -> None:
    arguments = {**_send_sms_args("LK20240509120100000001"), "message_type": "3"}
    with pytest.raises(linksfield.RequestValidationError) as caught:
        stub.client().sms.send_sms(**arguments)
    assert caught.value.field == "message_type"
    assert stub.seen == []


def test_sms_targets_may_be_plain_mappings(stub: Stub) -> None:
    targets = [{"msg_id": "LK20240509120100000001", "device_id": "89430101523088119435"}]
    assert stub.client().sms.send_sms(flag_list=targets, sms_content="hi", message_type="1") is None
    assert stub.seen[0].body == {"flag_list": targets, "sms_content": "hi", "message_type": "1"}
    with pytest.raises(linksfield.RequestValidationError) as caught:
        stub.client().sms.send_sms(flag_list=[{"msg_id": "bad id"}], sms_content="hi", message_type="1")
    assert caught.value.field.startswith("flag_list[0].")
    assert len(stub.seen) == 1


def test_bad_arguments_async(stub: Stub) -> None:
    async def go() -> None:
        async with stub.async_client() as client:
            await client.cdr.query_sim_cdr(**{**CDR_ARGS, "received_start_time": "yesterday"})

    with pytest.raises(linksfield.RequestValidationError) as caught:
        run(go())
    assert caught.value.field == "received_start_time"
    assert stub.seen == []


def test_validation_can_be_switched_off(stub: Stub) -> None:
    """validate_requests=False sends what it is given (the server then decides)."""
    stub.then(
        answer(200, {"code": "CB-99-9400", "message": "page_size: must be at most 100", "success": False})
    )
    with pytest.raises(linksfield.BadRequestError):
        stub.client(validate_requests=False).packages.query_orders(page_no=1, page_size=500)
    assert stub.seen[0].body["page_size"] == 500


def test_unset_optional_arguments_are_not_sent(stub: Stub) -> None:
    data = stub.client().packages.query_orders(page_no=2, page_size=5)
    assert isinstance(data, QueryOrdersData)
    assert stub.seen[0].body == {"page_no": 2, "page_size": 5}
