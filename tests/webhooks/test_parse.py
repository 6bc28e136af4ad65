"""parse(): the spec's three examples, every bad field named, unknown codes kept and flagged."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from linksfield.webhooks import (
    EventKind,
    OrderStatusEvent,
    SmsMoEvent,
    SmsMtEvent,
    WebhookPayloadError,
    detect_kind,
    parse,
)
from linksfield.webhooks.errors import problems_from_misfits
from linksfield_api.models import (
    DeliveryReport,
    DeliveryReportText,
    OrderPushOperation,
    OrderStatusPush,
    SmsMoPush,
    SmsMtPush,
)
from linksfield_api.parsers import PARSERS, Misfit, Notes
from linksfield_api.types import UNSET

from .support import EXAMPLES, body


def refused(raw: bytes, headers: dict[str, str] | None = None, **kwargs: Any) -> WebhookPayloadError:
    with pytest.raises(WebhookPayloadError) as info:
        parse(headers or {"Content-Type": "application/json"}, raw, **kwargs)
    return info.value


def test_order_status_example() -> None:
    raw = body(EXAMPLES["OrderStatusPush"])
    event = parse({"Content-Type": "application/json", "X-Extra": "1"}, raw)
    assert isinstance(event, OrderStatusEvent)
    assert event.kind is EventKind.ORDER_STATUS
    assert event.payload.orderid == "L201901290000000533"
    assert event.operation is OrderPushOperation.FINISHED_EARLY
    assert event.payload.operation is OrderPushOperation.FINISHED_EARLY  # known codes become the enum
    assert event.operation_code == "1001" and not event.unknown_operation
    assert event.dedup_key == "order_status_push:L201901290000000533:1001:2019-10-16 12:34:54"
    assert event.event_time == datetime(2019, 10, 16, 12, 34, 54, tzinfo=timezone(timedelta(hours=8)))
    assert event.raw_body == raw
    assert event.headers["x-extra"] == "1"  # names lower-cased
    assert event.received_at.tzinfo is not None


def test_sms_mt_example() -> None:
    event = parse({}, body(EXAMPLES["SmsMtPush"]))
    assert isinstance(event, SmsMtEvent)
    assert event.payload.status_report is DeliveryReport.DELIVERED
    assert event.payload.status_report_msg is DeliveryReportText.DELIVRD
    assert event.dedup_key == "sms_mt_push:18fc707863a0000a37157dd34e6ec630:1"
    assert not event.unknown_operation


def test_sms_mo_example() -> None:
    event = parse({}, body(EXAMPLES["SmsMoPush"]))
    assert isinstance(event, SmsMoEvent)
    assert event.payload.sms_content == ""  # may be empty
    assert event.dedup_key.startswith("sms_mo_push:8943108169998931684:2024-05-30 17:00:00:")
    other = parse({}, body({**EXAMPLES["SmsMoPush"], "sms_content": "hello"}))
    assert other.dedup_key != event.dedup_key
    again = parse({}, body(EXAMPLES["SmsMoPush"]))
    assert again.dedup_key == event.dedup_key


def test_mt_dedup_key_changes_with_status() -> None:
    failed = parse({}, body({**EXAMPLES["SmsMtPush"], "status_report": "2", "status_report_msg": "FAILED"}))
    assert failed.dedup_key.endswith(":2")
    unknown = parse({}, body({**EXAMPLES["SmsMtPush"], "status_report": "7", "status_report_msg": "EXPIRED"}))
    assert isinstance(unknown, SmsMtEvent) and unknown.payload.status_report == "7"  # later codes kept


@pytest.mark.parametrize("code", ["1099", "2000", "7"])
def test_unknown_operation_is_kept_and_flagged(code: str) -> None:
    event = parse({}, body({**EXAMPLES["OrderStatusPush"], "operation": code}))
    assert isinstance(event, OrderStatusEvent)
    assert event.unknown_operation and event.operation is None
    assert event.operation_code == code
    assert event.dedup_key.endswith(f":{code}:2019-10-16 12:34:54")


@pytest.mark.parametrize("code", [op.value for op in OrderPushOperation])
def test_every_listed_operation_is_known(code: str) -> None:
    event = parse({}, body({**EXAMPLES["OrderStatusPush"], "operation": code}))
    assert isinstance(event, OrderStatusEvent)
    assert event.operation is OrderPushOperation(code) and not event.unknown_operation


def test_unknown_fields_are_kept() -> None:
    event = parse({}, body({**EXAMPLES["OrderStatusPush"], "newField": {"a": 1}}))
    assert event.payload.additional_properties == {"newField": {"a": 1}}


REQUIRED = (
    [("OrderStatusPush", field) for field in ("assetid", "imsi", "operation", "orderid", "time")]
    + [("SmsMtPush", field) for field in ("supplier_code", "msg_id", "phone", "iccid", "timestamp")]
    + [
        ("SmsMoPush", field)
        for field in ("supplier_code", "phone", "iccid", "dest_address", "sms_content", "timestamp")
    ]
)


@pytest.mark.parametrize(("example", "field"), REQUIRED)
def test_missing_field_is_named(example: str, field: str) -> None:
    document = {k: v for k, v in EXAMPLES[example].items() if k != field}
    error = refused(body(document))
    assert error.fields == (field,)
    assert f"{field}: required field is missing" in str(error)


BAD_VALUES = [
    ("OrderStatusPush", "assetid", "", "must not be empty"),
    ("OrderStatusPush", "imsi", "12", "must match"),
    ("OrderStatusPush", "imsi", 204046990912345, "must be a string"),
    ("OrderStatusPush", "operation", 1001, "must be a string"),
    ("OrderStatusPush", "operation", None, "must be a string"),
    ("OrderStatusPush", "orderid", "", "must not be empty"),  # ids: non-empty, nothing more (R-ID-FORMAT)
    ("OrderStatusPush", "time", "2019/10/16 12:34:54", "must match"),
    ("OrderStatusPush", "time", "2019-02-30 12:34:54", "not a real date and time"),
    ("SmsMtPush", "supplier_code", "", "must not be empty"),
    ("SmsMtPush", "msg_id", "", "must not be empty"),
    ("SmsMtPush", "phone", "not a number", "must match"),
    ("SmsMtPush", "iccid", "123", "must match"),
    ("SmsMtPush", "status_report", 1, "must be a string"),
    ("SmsMtPush", "status_report_msg", ["DELIVRD"], "must be a string"),
    ("SmsMtPush", "timestamp", "yesterday", "must match"),
    ("SmsMtPush", "timestamp", "2024-13-01 00:00:00", "not a real date and time"),
    ("SmsMoPush", "dest_address", "", "must not be empty"),
    ("SmsMoPush", "sms_content", 5, "must be a string"),
    ("SmsMoPush", "iccid", "8943108169998931684XYZ", "must match"),
    ("SmsMoPush", "timestamp", "2024-05-30T17:00:00", "must match"),
    # JSON Schema patterns are ECMA-262: `$` is the very end, so a trailing newline does not pass.
    ("SmsMoPush", "timestamp", "2024-05-30 17:00:00\n", "must match"),
    ("OrderStatusPush", "imsi", "204046990912345\n", "must match"),
    ("SmsMtPush", "iccid", "\u0668" * 19, "must match"),
]


@pytest.mark.parametrize(("example", "field", "value", "reason"), BAD_VALUES)
def test_bad_value_is_named_with_reason(example: str, field: str, value: Any, reason: str) -> None:
    error = refused(body({**EXAMPLES[example], field: value}))
    assert error.fields == (field,), error
    assert error.kind == {"OrderStatusPush": "order_status_push", "SmsMtPush": "sms_mt_push"}.get(
        example, "sms_mo_push"
    )
    assert reason in error.problems[0].reason, error
    assert "enum[" not in str(error) and "function-after" not in str(error)  # no pydantic internals


def test_parser_misfits_are_problems_too() -> None:
    """The generated parser is the second judge: a value its model cannot hold typed is refused,
    an unknown code of an open enum is not (it is flagged on the event instead)."""
    notes: list[object] = [
        Misfit(("operation",), 7, "OrderPushOperation | str"),
        Misfit(("time",), UNSET, "str"),
        (("operation",), "1099"),
    ]
    assert problems_from_misfits(notes) == [
        ("operation", "must be OrderPushOperation | str (got a number)"),
        ("time", "required field is missing"),
    ]


def test_valid_pushes_leave_the_parser_nothing_to_note() -> None:
    for name, model in (
        ("OrderStatusPush", OrderStatusPush),
        ("SmsMtPush", SmsMtPush),
        ("SmsMoPush", SmsMoPush),
    ):
        notes: Notes = []
        parsed = PARSERS[model](EXAMPLES[name], (), notes)
        assert notes == [] and parsed == model.from_dict(EXAMPLES[name]), name


def test_several_bad_fields_are_all_named() -> None:
    error = refused(body({**EXAMPLES["SmsMtPush"], "msg_id": "", "iccid": "1", "phone": None}))
    assert set(error.fields) == {"msg_id", "iccid", "phone"}


MT = json.dumps(EXAMPLES["SmsMtPush"]).encode()[:-1]  # an SMS MT report, its closing brace left off


def deep(levels: int, opener: bytes = b"[", closer: bytes = b"]") -> bytes:
    return opener * levels + closer * levels


@pytest.mark.parametrize(
    ("raw", "field", "reason"),
    [
        (b"", "body", "is empty"),
        (b"   \n", "body", "is empty"),
        (b"{not json", "body", "is not valid JSON"),
        (b"\xff\xfe\x00", "body", "is not UTF-8"),
        (b"[1, 2]", "body", "must be a JSON object, got list"),
        (b'"text"', "body", "must be a JSON object, got str"),
        (b"{}", "body", "is not a known push"),
        (b'{"hello": "world"}', "body", "is not a known push"),
        (b'{"msg_id": "1", "dest_address": "2"}', "body", "is ambiguous"),
        (b"[" * 100_000 + b"]" * 100_000, "body", "nested too deeply"),
        (b'{"msg_id": ' + b"9" * 5000 + b"}", "msg_id", "is a number of 5000 characters"),
        (b'{"msg_id": "\\ud800"}', "msg_id", "unpaired UTF-16 surrogate"),
        # The case: a valid push with a 480-deep extra field was a RecursionError (500).
        (MT + b', "extra": ' + deep(480) + b"}", "extra", "nested too deeply (more than 64 levels)"),
        (MT + b', "extra": ' + deep(65) + b"}", "extra", "nested too deeply"),
        (MT + b', "o": ' + b'{"a": ' * 65 + b"1" + b"}" * 65 + b"}", "o", "nested too deeply"),
        (MT + b', "n": 1e999}', "n", "is a number out of range"),
        (MT + b', "n": -1' + b"0" * 200 + b"}", "n", "is a number of 202 characters"),
        (MT + b', "n": NaN}', "n", "is NaN or Infinity"),
        (MT + b', "n": [-Infinity]}', "n", "is NaN or Infinity"),
        (MT + b', "s": [{"k": ["\\udfff"]}]}', "s", "unpaired UTF-16 surrogate"),
        (MT + b', "\\ud800key": 1}', "\\ud800key", "unpaired UTF-16 surrogate"),
        (MT + b', "\xed\xa0\x80": 1}', "body", "is not UTF-8"),  # a surrogate encoded as UTF-8
        (b"1e999", "body", "is a number out of range"),
    ],
)
def test_unusable_bodies_name_the_field_never_the_value(raw: bytes, field: str, reason: str) -> None:
    error = refused(raw)
    assert error.problems[0].field == field, error
    assert reason in error.problems[0].reason, error
    assert "999" not in str(error) and "0000" not in str(error) and "dfff" not in str(error)


def test_nesting_up_to_the_bound_is_accepted_and_kept() -> None:
    event = parse({}, MT + b', "extra": ' + deep(63) + b', "s": "[[[{{{"}')  # depth 64 with the push
    assert event.kind is EventKind.SMS_MT
    assert json.loads(event.raw_body)["s"] == "[[[{{{"  # brackets inside strings do not count


def test_many_unusable_fields_are_counted_not_all_listed() -> None:
    raw = MT + b"".join(b', "k%d": "\\ud800"' % i for i in range(100)) + b"}"
    error = refused(raw)
    assert len(error.problems) == 21 and error.problems[-1] == ("body", "and 80 more fields are unusable")


def test_field_names_in_answers_are_short() -> None:
    error = refused(MT + b', "' + b"k" * 5000 + b'": NaN}')
    assert len(error.problems[0].field) == 64 and error.problems[0].field.endswith("...")


@pytest.mark.parametrize("charset", ["unicode_escape", "raw-unicode-escape", "punycode", "idna", "utf-7"])
def test_transformation_codecs_are_not_accepted_as_charsets(charset: str) -> None:
    raw = b'{"msg_id": "\\ud800", "x": "\xff"}'
    assert "is not UTF-8" in str(
        refused(raw, headers={"content-type": f"application/json; charset={charset}"})
    )


def test_declared_charset_is_used_when_not_utf8() -> None:
    document = {**EXAMPLES["SmsMoPush"], "sms_content": "你好"}
    raw = json.dumps(document, ensure_ascii=False).encode("gbk")
    event = parse({"content-type": "application/json; charset=GBK"}, raw)
    assert isinstance(event, SmsMoEvent) and event.payload.sms_content == "你好"
    assert "is not UTF-8" in str(refused(raw))  # without the declaration: refused, not guessed


def test_forced_kind_validates_against_that_push() -> None:
    error = refused(body(EXAMPLES["OrderStatusPush"]), kind="sms_mt_push")
    assert error.kind == "sms_mt_push"
    assert {"msg_id", "iccid", "phone", "supplier_code", "timestamp"} <= set(error.fields)


def test_detect_kind_prefers_the_most_distinctive_fields() -> None:
    assert detect_kind(EXAMPLES["OrderStatusPush"]) is EventKind.ORDER_STATUS
    assert detect_kind(EXAMPLES["SmsMtPush"]) is EventKind.SMS_MT
    assert detect_kind(EXAMPLES["SmsMoPush"]) is EventKind.SMS_MO
    # An MT report that also carries an MO field is still an MT report (3 fields against 1).
    assert detect_kind({**EXAMPLES["SmsMtPush"], "sms_content": "x"}) is EventKind.SMS_MT
