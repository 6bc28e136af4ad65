# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""Validators of the spec's request arguments and answers: straight-line JSON Schema checks, one per schema.

Rendered by ``generator/validators_step.py`` from the bundled spec (see there why they exist). Each
check takes a decoded JSON value and returns ``None`` when it fits, else ``(path, reason)`` for the
first rule it breaks: ``path`` is a tuple of keys and indexes below the checked value (a missing
required property is named itself), ``reason`` words the rule ("must be at least 1", "is required")
and never repeats the value, which may be secret or huge.

- ``REQUESTS[operation_id]``: a :class:`RequestCheck` whose ``check(path, query, body)`` judges the
  path parameters (decoded text), the query parameters and the JSON body of one call; a parameter's
  path starts with its name. Parameters listed in the operation's ``x-injected-parameters`` are
  filled in by the signer, so they are neither required nor checked here.
- ``RESPONSES[(method, path)][status]``: the check of that answer's JSON body (``None``: the answer
  has no JSON schema).

Semantics are JSON Schema 2020-12's, as the reference implementation applies them (the tests hold
the two to agree): ``integer`` accepts ``1.0``, ``true`` is not a number, ``pattern`` is ECMA-262
(``$`` is the very end, ``\\d`` is ASCII), lengths count code points, ``uniqueItems`` and ``enum``
compare ``1`` and ``1.0`` equal but not ``1`` and ``true``. For a nullable value (``anyOf`` with a
``null`` branch) the reason is the other branch's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Final

Path = tuple[str | int, ...]
Invalid = tuple[Path, str]
"""Where the checked value breaks a rule, and which rule, in words."""
Check = Callable[[Any], "Invalid | None"]

_MISSING: Final = object()


@dataclass(frozen=True)
class RequestCheck:
    """The checks of one operation's arguments; ``path_parameters``: whether ``check`` reads any."""

    check: Callable[[Mapping[str, Any], Mapping[str, Any], Any], Invalid | None]
    path_parameters: bool


def _identity(value: Any) -> Hashable:
    """A key equal for exactly the values JSON Schema calls equal (``1 == 1.0``, ``true != 1``)."""
    if isinstance(value, bool) or value is None:
        return ("literal", value)
    if isinstance(value, (int, float)):
        return ("number", value)
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, list):
        return ("array", tuple(_identity(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((key, _identity(item)) for key, item in value.items()))
    return ("other", id(value))


_PLAIN: Final = frozenset({str, int, float})
"""Types whose Python equality is JSON's (``1 == 1.0``; no ``bool``, where Python has ``True == 1``)."""


def _repeats(items: list[Any]) -> bool:
    """Whether two items of ``items`` are equal as JSON values (``uniqueItems``), in linear time."""
    if set(map(type, items)) <= _PLAIN:  # the usual list of ids: a set of the items themselves
        return len(set(items)) != len(items)
    seen: set[Hashable] = set()
    for item in items:
        key = _identity(item)
        if key in seen:
            return True
        seen.add(key)
    return False


def _equal(value: Any, wanted: Any) -> bool:
    """JSON equality (``enum``, ``const``): ``1 == 1.0``, ``1 != true``, containers item by item."""
    return _identity(value) == _identity(wanted)


def _not_multiple(value: int | float, divisor: int | float) -> bool:
    """``multipleOf`` as the reference implementation decides it (floats by the quotient)."""
    if isinstance(divisor, float):
        quotient = value / divisor
        try:
            return int(quotient) != quotient
        except OverflowError:  # the quotient overflowed to infinity: decide exactly
            return (Fraction(value) / Fraction(divisor)).denominator != 1
    return bool(value % divisor)


def _meant(found: tuple[Invalid, ...]) -> Invalid:
    """Of the branches' complaints, the one nearest the value (its branch was most likely meant)."""
    return min(found, key=lambda invalid: len(invalid[0]))


# -- constants ----------------------------------------------------------------------------------------

_PATTERN_1: Final = re.compile("^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\\Z", re.ASCII)
_PATTERN_2: Final = re.compile("^[12][0-9]{3}-(0[1-9]|1[0-2])\\Z", re.ASCII)
_PATTERN_3: Final = re.compile("^[0-9]{18,22}[0-9A-Fa-f]?\\Z", re.ASCII)
_NAMES_1: Final = frozenset({"access_code", "sign", "timestamp", "version"})
_VALUES_1: Final = ("0", "1")
_PATTERN_4: Final = re.compile("^-?[0-9]+\\Z", re.ASCII)
_VALUES_2: Final = ("0", "1", "2", "3", "4", "5")
_PATTERN_5: Final = re.compile("^-?[0-9]+(\\.[0-9]{1,2})?\\Z", re.ASCII)
_VALUES_3: Final = ("1", "2")
_VALUES_4: Final = ("0", "1", "2")
_PATTERN_6: Final = re.compile("^(-?[0-9]+)?\\Z", re.ASCII)
_VALUES_5: Final = (None,)
_PATTERN_7: Final = re.compile("^LK", re.ASCII)
_PATTERN_8: Final = re.compile("^[0-9]{6,15}\\Z", re.ASCII)
_PATTERN_9: Final = re.compile("^[0-9]{13}\\Z", re.ASCII)
_PATTERN_10: Final = re.compile("^[0-9]{15,16}\\Z", re.ASCII)
_VALUES_6: Final = ("1", "2", "3", "5")
_VALUES_7: Final = ("1", "2", "3", "4", "5")
_PATTERN_11: Final = re.compile("^[^,]+(,[^,]+)*\\Z", re.ASCII)
_PATTERN_12: Final = re.compile("^([0-9]{8})?\\Z", re.ASCII)
_PATTERN_13: Final = re.compile("^[0-9]{3}\\Z", re.ASCII)
_PATTERN_14: Final = re.compile("^[0-9]{2,3}\\Z", re.ASCII)
_PATTERN_15: Final = re.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\Z", re.ASCII)
_PATTERN_16: Final = re.compile("^([0-9]{3}(;[0-9]{3})*)?\\Z", re.ASCII)
_PATTERN_17: Final = re.compile("^([0-9]+(\\.[0-9]+)?)?\\Z", re.ASCII)
_PATTERN_18: Final = re.compile(
    "^([0-9]{14}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})\\Z", re.ASCII
)
_PATTERN_19: Final = re.compile(
    "^([0-9]{8}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})\\Z", re.ASCII
)
_PATTERN_20: Final = re.compile("^\\+?[0-9A-Fa-f]{1,20}\\Z", re.ASCII)
_PATTERN_21: Final = re.compile(
    "^([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)\\Z", re.ASCII
)
_PATTERN_22: Final = re.compile("^([0-9]+(\\.[0-9]+)?%)?\\Z", re.ASCII)
_VALUES_8: Final = ("0", "1", "2", "3", "4")
_VALUES_9: Final = (1, 2, 3)
_VALUES_10: Final = (1, 3, 6, 12)
_VALUES_11: Final = (1, 2)
_VALUES_12: Final = (0, 1, 2, 3)
_VALUES_13: Final = (1, 4, 8, 12, 16, 18, 99)
_VALUES_14: Final = (
    "CB-00-0000",
    "CB-99-9400",
    "CB-99-9401",
    "CB-99-9402",
    "CB-99-9403",
    "CB-99-9500",
    "CB-99-9999",
)
_VALUES_15: Final = ("MO", "MT")
_VALUES_16: Final = ("true", "false")
_VALUES_17: Final = (1, 2, 3, 4)
_VALUES_18: Final = ("1", "2", "3", "4")

# -- schemas ------------------------------------------------------------------------------------------


def _check_QuerySimCdrResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_CdrPage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_CmpEnvelope(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    return None


def _check_GatewayError(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "message" not in v:
        return (("message",), "is required")
    x1 = v.get("message", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("message",), "must be of type string")
    return None


def _check_SyncPackagesRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "page_no" not in v:
        return (("page_no",), "is required")
    if "page_size" not in v:
        return (("page_size",), "is required")
    x1 = v.get("page_no", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("page_no",), "must be of type integer")
        if x1 < 1:
            return (("page_no",), "must be at least 1")
    x2 = v.get("page_size", _MISSING)
    if x2 is not _MISSING:
        if not (
            (isinstance(x2, int) and not isinstance(x2, bool)) or (isinstance(x2, float) and x2.is_integer())
        ):
            return (("page_size",), "must be of type integer")
        if x2 < 1:
            return (("page_size",), "must be at least 1")
    x3 = v.get("version", _MISSING)
    if x3 is not _MISSING:
        if not ((isinstance(x3, str)) or (isinstance(x3, (int, float)) and not isinstance(x3, bool))):
            return (("version",), "must be of type ['string', 'number']")
    return None


def _check_SyncPackagesResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_SyncPackagesData(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_BatchOrderPackagesRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "deviceList" not in v:
        return (("deviceList",), "is required")
    if "package_code" not in v:
        return (("package_code",), "is required")
    if "is_open" not in v:
        return (("is_open",), "is required")
    x1 = v.get("deviceList", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("deviceList",), "must be of type array")
        if len(x1) < 1:
            return (("deviceList",), "must have at least 1 items")
        if _repeats(x1):
            return (("deviceList",), "must not repeat an item")
        for i2, x3 in enumerate(x1):
            if not (isinstance(x3, str)):
                return (("deviceList", i2), "must be of type string")
            if len(x3) < 1:
                return (("deviceList", i2), "must be at least 1 characters")
    x4 = v.get("package_code", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("package_code",), "must be of type string")
        if len(x4) < 1:
            return (("package_code",), "must be at least 1 characters")
    x5 = v.get("is_open", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("is_open",), "must be of type string")
        if not (isinstance(x5, str) and x5 in _VALUES_1):
            return (("is_open",), "must be one of ['0', '1']")
    x6 = v.get("subscribed_count", _MISSING)
    if x6 is not _MISSING:
        if not (
            (isinstance(x6, int) and not isinstance(x6, bool)) or (isinstance(x6, float) and x6.is_integer())
        ):
            return (("subscribed_count",), "must be of type integer")
        if x6 < 1:
            return (("subscribed_count",), "must be at least 1")
    x7 = v.get("global_order", _MISSING)
    if x7 is not _MISSING:
        if not (isinstance(x7, str)):
            return (("global_order",), "must be of type string")
        if not (isinstance(x7, str) and x7 in _VALUES_1):
            return (("global_order",), "must be one of ['0', '1']")
    x8 = v.get("package_name", _MISSING)
    if x8 is not _MISSING:
        if not (isinstance(x8, str)):
            return (("package_name",), "must be of type string")
        if len(x8) < 1:
            return (("package_name",), "must be at least 1 characters")
    x9 = v.get("package_type", _MISSING)
    if x9 is not _MISSING:
        if not (isinstance(x9, str)):
            return (("package_type",), "must be of type string")
        if not (isinstance(x9, str) and x9 in _VALUES_2):
            return (("package_type",), "must be one of ['0', '1', '2', '3', '4', '5']")
    x10 = v.get("order_period", _MISSING)
    if x10 is not _MISSING:
        if not (isinstance(x10, str)):
            return (("order_period",), "must be of type string")
        if _PATTERN_4.search(x10) is None:
            return (("order_period",), "must match ^-?[0-9]+$")
    x11 = v.get("pay_rst", _MISSING)
    if x11 is not _MISSING:
        if not (isinstance(x11, str)):
            return (("pay_rst",), "must be of type string")
        if not (isinstance(x11, str) and x11 in _VALUES_3):
            return (("pay_rst",), "must be one of ['1', '2']")
    x12 = v.get("pay_type", _MISSING)
    if x12 is not _MISSING:
        if not (isinstance(x12, str)):
            return (("pay_type",), "must be of type string")
        if not (isinstance(x12, str) and x12 in _VALUES_4):
            return (("pay_type",), "must be one of ['0', '1', '2']")
    x13 = v.get("pay_amount", _MISSING)
    if x13 is not _MISSING:
        if not (isinstance(x13, str)):
            return (("pay_amount",), "must be of type string")
        if _PATTERN_5.search(x13) is None:
            return (("pay_amount",), "must match ^-?[0-9]+(\\.[0-9]{1,2})?$")
    x14 = v.get("test_flow_flag", _MISSING)
    if x14 is not _MISSING:
        if not (isinstance(x14, str)):
            return (("test_flow_flag",), "must be of type string")
        if not (isinstance(x14, str) and x14 in _VALUES_1):
            return (("test_flow_flag",), "must be one of ['0', '1']")
    x15 = v.get("test_flow", _MISSING)
    if x15 is not _MISSING:
        if not (isinstance(x15, str)):
            return (("test_flow",), "must be of type string")
        if _PATTERN_6.search(x15) is None:
            return (("test_flow",), "must match ^(-?[0-9]+)?$")
    if _check_anonymous_47(v) is None:
        if "test_flow" not in v:
            return (("test_flow",), "is required")
        x16 = v.get("test_flow", _MISSING)
        if x16 is not _MISSING:
            if isinstance(x16, str):
                if len(x16) < 1:
                    return (("test_flow",), "must be at least 1 characters")
    return None


def _check_BatchOrderPackagesResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_BatchOrderPackagesData(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_QueryOrdersRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "page_no" not in v:
        return (("page_no",), "is required")
    if "page_size" not in v:
        return (("page_size",), "is required")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_AssetId(x1)) is not None:
            return (("device_id", *r2[0]), r2[1])
    x3 = v.get("order_id", _MISSING)
    if x3 is not _MISSING:
        if x3 is not None and (r4 := _check_OrderId(x3)) is not None:
            return (("order_id", *r4[0]), r4[1])
    x5 = v.get("order_status", _MISSING)
    if x5 is not _MISSING:
        if x5 is not None and (r6 := _check_OrderStatus(x5)) is not None:
            return (("order_status", *r6[0]), r6[1])
    x7 = v.get("page_no", _MISSING)
    if x7 is not _MISSING:
        if not (
            (isinstance(x7, int) and not isinstance(x7, bool)) or (isinstance(x7, float) and x7.is_integer())
        ):
            return (("page_no",), "must be of type integer")
        if x7 < 1:
            return (("page_no",), "must be at least 1")
    x8 = v.get("page_size", _MISSING)
    if x8 is not _MISSING:
        if not (
            (isinstance(x8, int) and not isinstance(x8, bool)) or (isinstance(x8, float) and x8.is_integer())
        ):
            return (("page_size",), "must be of type integer")
        if x8 < 1:
            return (("page_size",), "must be at least 1")
        if x8 > 100:
            return (("page_size",), "must be at most 100")
    return None


def _check_QueryOrdersResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_QueryOrdersData(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_OrderIdRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "order_id" not in v:
        return (("order_id",), "is required")
    x1 = v.get("order_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("order_id",), "must be of type string")
        if len(x1) < 1:
            return (("order_id",), "must be at least 1 characters")
    return None


def _check_OpenPackageResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_OpenPackageData(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_CmpEmptyResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if not (any(_equal(x1, wanted) for wanted in _VALUES_5)):
            return (("data",), "must be one of [None]")
    return None


def _check_FinishOrderEarlyRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "order_id" not in v:
        return (("order_id",), "is required")
    if "ahead_finish_cause" not in v:
        return (("ahead_finish_cause",), "is required")
    x1 = v.get("order_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("order_id",), "must be of type string")
        if len(x1) < 1:
            return (("order_id",), "must be at least 1 characters")
    x2 = v.get("ahead_finish_cause", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("ahead_finish_cause",), "must be of type string")
        if len(x2) < 1:
            return (("ahead_finish_cause",), "must be at least 1 characters")
    x3 = v.get("device_type", _MISSING)
    if x3 is not _MISSING:
        if (r4 := _check_DeviceType(x3)) is not None and (r5 := _check_anonymous_55(x3)) is not None:
            m6 = _meant(
                (
                    r4,
                    r5,
                )
            )
            return (("device_type", *m6[0]), m6[1])
    return None


def _check_GetTrafficPoolInfoRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "page_no" not in v:
        return (("page_no",), "is required")
    x1 = v.get("page_no", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("page_no",), "must be of type integer")
        if x1 < 1:
            return (("page_no",), "must be at least 1")
    x2 = v.get("page_size", _MISSING)
    if x2 is not _MISSING:
        if not (
            (isinstance(x2, int) and not isinstance(x2, bool)) or (isinstance(x2, float) and x2.is_integer())
        ):
            return (("page_size",), "must be of type integer")
        if x2 < 1:
            return (("page_size",), "must be at least 1")
    return None


def _check_GetTrafficPoolInfoResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_TrafficPoolPage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_SendSmsRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "flag_list" not in v:
        return (("flag_list",), "is required")
    if "sms_content" not in v:
        return (("sms_content",), "is required")
    if "message_type" not in v:
        return (("message_type",), "is required")
    x1 = v.get("flag_list", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("flag_list",), "must be of type array")
        if len(x1) < 1:
            return (("flag_list",), "must have at least 1 items")
        for i2, x3 in enumerate(x1):
            if (e := _check_SmsTarget(x3)) is not None:
                return (("flag_list", i2, *e[0]), e[1])
    x4 = v.get("sms_content", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("sms_content",), "must be of type string")
        if len(x4) < 1:
            return (("sms_content",), "must be at least 1 characters")
    x5 = v.get("message_type", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("message_type",), "must be of type string")
        if not (isinstance(x5, str) and x5 in _VALUES_3):
            return (("message_type",), "must be one of ['1', '2']")
    return None


def _check_QueryMtSmsStatusRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    x2 = v.get("msg_id", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("msg_id",), "must be of type string")
        if len(x2) < 2:
            return (("msg_id",), "must be at least 2 characters")
        if len(x2) > 32:
            return (("msg_id",), "must be at most 32 characters")
        if _PATTERN_7.search(x2) is None:
            return (("msg_id",), "must match ^LK")
    x3 = v.get("page_no", _MISSING)
    if x3 is not _MISSING:
        if not (
            (isinstance(x3, int) and not isinstance(x3, bool)) or (isinstance(x3, float) and x3.is_integer())
        ):
            return (("page_no",), "must be of type integer")
        if x3 < 1:
            return (("page_no",), "must be at least 1")
    x4 = v.get("page_size", _MISSING)
    if x4 is not _MISSING:
        if not (
            (isinstance(x4, int) and not isinstance(x4, bool)) or (isinstance(x4, float) and x4.is_integer())
        ):
            return (("page_size",), "must be of type integer")
        if x4 < 1:
            return (("page_size",), "must be at least 1")
    return None


def _check_QueryMtSmsStatusResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_MtSmsPage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_QuerySmsCdrRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "device_id" not in v:
        return (("device_id",), "is required")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    x2 = v.get("page_no", _MISSING)
    if x2 is not _MISSING:
        if not (
            (isinstance(x2, int) and not isinstance(x2, bool)) or (isinstance(x2, float) and x2.is_integer())
        ):
            return (("page_no",), "must be of type integer")
        if x2 < 1:
            return (("page_no",), "must be at least 1")
    x3 = v.get("page_size", _MISSING)
    if x3 is not _MISSING:
        if not (
            (isinstance(x3, int) and not isinstance(x3, bool)) or (isinstance(x3, float) and x3.is_integer())
        ):
            return (("page_size",), "must be of type integer")
        if x3 < 1:
            return (("page_size",), "must be at least 1")
    x4 = v.get("begin_time", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("begin_time",), "must be of type string")
        if _PATTERN_1.search(x4) is None:
            return (("begin_time",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    x5 = v.get("end_time", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("end_time",), "must be of type string")
        if _PATTERN_1.search(x5) is None:
            return (("end_time",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    return None


def _check_QuerySmsCdrResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_SmsCdrPage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_QueryLatestCdrRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "imsi" not in v:
        return (("imsi",), "is required")
    x1 = v.get("imsi", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("imsi",), "must be of type string")
        if _PATTERN_8.search(x1) is None:
            return (("imsi",), "must match ^[0-9]{6,15}$")
    return None


def _check_QueryLatestCdrResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_LatestCdr(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_OrderServiceRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "order_id" not in v:
        return (("order_id",), "is required")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    x2 = v.get("order_id", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("order_id",), "must be of type string")
        if len(x2) < 1:
            return (("order_id",), "must be at least 1 characters")
    return None


def _check_QueryDeviceRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "device_id" not in v:
        return (("device_id",), "is required")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    x2 = v.get("timestamp", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("timestamp",), "must be of type string")
        if _PATTERN_9.search(x2) is None:
            return (("timestamp",), "must match ^[0-9]{13}$")
    return None


def _check_QueryDeviceResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_Device(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_QueryDevicesRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("page_no", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("page_no",), "must be of type integer")
        if x1 < 1:
            return (("page_no",), "must be at least 1")
    x2 = v.get("page_size", _MISSING)
    if x2 is not _MISSING:
        if not (
            (isinstance(x2, int) and not isinstance(x2, bool)) or (isinstance(x2, float) and x2.is_integer())
        ):
            return (("page_size",), "must be of type integer")
        if x2 < 1:
            return (("page_size",), "must be at least 1")
    return None


def _check_QueryDevicesResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_DeviceList(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_BindDeviceImeiRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "device_id" not in v:
        return (("device_id",), "is required")
    if "imei" not in v:
        return (("imei",), "is required")
    if "oper_type" not in v:
        return (("oper_type",), "is required")
    if "ota_flag" not in v:
        return (("ota_flag",), "is required")
    if "auto_bind_flag" not in v:
        return (("auto_bind_flag",), "is required")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    x2 = v.get("imei", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("imei",), "must be of type string")
        if _PATTERN_10.search(x2) is None:
            return (("imei",), "must match ^[0-9]{15,16}$")
    x3 = v.get("oper_type", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("oper_type",), "must be of type string")
        if not (isinstance(x3, str) and x3 in _VALUES_3):
            return (("oper_type",), "must be one of ['1', '2']")
    x4 = v.get("ota_flag", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("ota_flag",), "must be of type string")
        if not (isinstance(x4, str) and x4 in _VALUES_3):
            return (("ota_flag",), "must be one of ['1', '2']")
    x5 = v.get("auto_bind_flag", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("auto_bind_flag",), "must be of type string")
        if not (isinstance(x5, str) and x5 in _VALUES_3):
            return (("auto_bind_flag",), "must be one of ['1', '2']")
    return None


def _check_BindDeviceImeiResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if not ((isinstance(x1, str)) or (x1 is None)):
            return (("data",), "must be of type ['string', 'null']")
    return None


def _check_DeviceIdRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "device_id" not in v:
        return (("device_id",), "is required")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    return None


def _check_GetBindHistoryResponse(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_anonymous_63(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_GetPoolDetailResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_PoolDetail(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_PoolEnvelope(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    return None


def _check_GetPoolMonthUsageResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_PoolMonthUsage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_GetPoolDayUsageResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_PoolDayUsage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_GetBatchOperationStatusResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_anonymous_68(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_GetCardDetailResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_CardDetail(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_SwitchCardNetworkRequest(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "iccids" not in v:
        return (("iccids",), "is required")
    if "switchOn" not in v:
        return (("switchOn",), "is required")
    x1 = v.get("iccids", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("iccids",), "must be of type array")
        if len(x1) < 1:
            return (("iccids",), "must have at least 1 items")
        if len(x1) > 10:
            return (("iccids",), "must have at most 10 items")
        for i2, x3 in enumerate(x1):
            if not (isinstance(x3, str)):
                return (("iccids", i2), "must be of type string")
            if _PATTERN_3.search(x3) is None:
                return (("iccids", i2), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x4 = v.get("switchOn", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, bool)):
            return (("switchOn",), "must be of type boolean")
    return None


def _check_SwitchCardNetworkResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_CardNetworkBatch(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_GetCardMonthUsageResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_CardMonthUsage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_GetCardDayUsageResponse(v: Any) -> Invalid | None:
    if (e := _check_PoolEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_CardDayUsage(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_OrderPackageResponse(v: Any) -> Invalid | None:
    if (e := _check_CsssEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_OrderPackageData(x1)) is not None:
            return (("data", *r2[0]), r2[1])
    return None


def _check_CsssEnvelope(v: Any) -> Invalid | None:
    if (e := _check_CsssEnvelopeBase(v)) is not None:
        return e
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    return None


def _check_CmpEnvelopeBase(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "code" not in v:
        return (("code",), "is required")
    if "message" not in v:
        return (("message",), "is required")
    if "success" not in v:
        return (("success",), "is required")
    x1 = v.get("code", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("code",), "must be of type string")
        if len(x1) < 1:
            return (("code",), "must be at least 1 characters")
    x2 = v.get("message", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("message",), "must be of type string")
    x3 = v.get("success", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, bool)):
            return (("success",), "must be of type boolean")
    return None


def _check_CdrPage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    if "status" not in v:
        return (("status",), "is required")
    if "total_count" not in v:
        return (("total_count",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("data",), "must be of type array")
        for i2, x3 in enumerate(x1):
            if (e := _check_CdrRecord(x3)) is not None:
                return (("data", i2, *e[0]), e[1])
    x4 = v.get("status", _MISSING)
    if x4 is not _MISSING:
        if (e := _check_ResultStatus(x4)) is not None:
            return (("status", *e[0]), e[1])
    x5 = v.get("total_count", _MISSING)
    if x5 is not _MISSING:
        if not (
            (isinstance(x5, int) and not isinstance(x5, bool)) or (isinstance(x5, float) and x5.is_integer())
        ):
            return (("total_count",), "must be of type integer")
        if x5 < 0:
            return (("total_count",), "must be at least 0")
    return None


def _check_SyncPackagesData(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "page" not in v:
        return (("page",), "is required")
    if "package_num" not in v:
        return (("package_num",), "is required")
    if "package" not in v:
        return (("package",), "is required")
    x1 = v.get("page", _MISSING)
    if x1 is not _MISSING:
        if (e := _check_Page(x1)) is not None:
            return (("page", *e[0]), e[1])
    x2 = v.get("sign", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("sign",), "must be of type ['string', 'null']")
    x3 = v.get("package_num", _MISSING)
    if x3 is not _MISSING:
        if not (
            (isinstance(x3, int) and not isinstance(x3, bool)) or (isinstance(x3, float) and x3.is_integer())
        ):
            return (("package_num",), "must be of type integer")
        if x3 < 0:
            return (("package_num",), "must be at least 0")
    x4 = v.get("package", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, list)):
            return (("package",), "must be of type array")
        for i5, x6 in enumerate(x4):
            if (e := _check_Package(x6)) is not None:
                return (("package", i5, *e[0]), e[1])
    return None


def _check_anonymous_47(v: Any) -> Invalid | None:
    if isinstance(v, dict):
        if "test_flow_flag" not in v:
            return (("test_flow_flag",), "is required")
        x1 = v.get("test_flow_flag", _MISSING)
        if x1 is not _MISSING:
            if not (isinstance(x1, str) and x1 == "1"):
                return (("test_flow_flag",), "must be '1'")
    return None


def _check_BatchOrderPackagesData(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "device_order" not in v:
        return (("device_order",), "is required")
    x1 = v.get("device_order", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("device_order",), "must be of type array")
        for i2, x3 in enumerate(x1):
            if (e := _check_DeviceOrderResult(x3)) is not None:
                return (("device_order", i2, *e[0]), e[1])
    return None


def _check_AssetId(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if len(v) < 1:
        return ((), "must be at least 1 characters")
    return None


def _check_OrderId(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if len(v) < 1:
        return ((), "must be at least 1 characters")
    return None


def _check_OrderStatus(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_6):
        return ((), "must be one of ['1', '2', '3', '5']")
    return None


def _check_QueryOrdersData(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "page" not in v:
        return (("page",), "is required")
    if "package_order" not in v:
        return (("package_order",), "is required")
    if "package_order_num" not in v:
        return (("package_order_num",), "is required")
    x1 = v.get("page", _MISSING)
    if x1 is not _MISSING:
        if (e := _check_Page(x1)) is not None:
            return (("page", *e[0]), e[1])
    x2 = v.get("sign", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("sign",), "must be of type ['string', 'null']")
    x3 = v.get("package_order", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, list)):
            return (("package_order",), "must be of type array")
        for i4, x5 in enumerate(x3):
            if (e := _check_PackageOrder(x5)) is not None:
                return (("package_order", i4, *e[0]), e[1])
    x6 = v.get("package_order_num", _MISSING)
    if x6 is not _MISSING:
        if not (
            (isinstance(x6, int) and not isinstance(x6, bool)) or (isinstance(x6, float) and x6.is_integer())
        ):
            return (("package_order_num",), "must be of type integer")
        if x6 < 0:
            return (("package_order_num",), "must be at least 0")
    return None


def _check_OpenPackageData(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "order_id" not in v:
        return (("order_id",), "is required")
    x1 = v.get("sign", _MISSING)
    if x1 is not _MISSING:
        if not ((isinstance(x1, str)) or (x1 is None)):
            return (("sign",), "must be of type ['string', 'null']")
    x2 = v.get("order_id", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("order_id",), "must be of type string")
        if len(x2) < 1:
            return (("order_id",), "must be at least 1 characters")
    x3 = v.get("order_start_date", _MISSING)
    if x3 is not _MISSING:
        if x3 is not None and (r4 := _check_OrderDateOrDateTime(x3)) is not None:
            return (("order_start_date", *r4[0]), r4[1])
    x5 = v.get("order_expire_date", _MISSING)
    if x5 is not _MISSING:
        if x5 is not None and (r6 := _check_OrderDateOrDateTime(x5)) is not None:
            return (("order_expire_date", *r6[0]), r6[1])
    return None


def _check_DeviceType(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_7):
        return ((), "must be one of ['1', '2', '3', '4', '5']")
    return None


def _check_anonymous_55(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v == ""):
        return ((), "must be ''")
    return None


def _check_TrafficPoolPage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "rows" not in v:
        return (("rows",), "is required")
    if "total" not in v:
        return (("total",), "is required")
    x1 = v.get("rows", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("rows",), "must be of type array")
        for i2, x3 in enumerate(x1):
            if (e := _check_TrafficPool(x3)) is not None:
                return (("rows", i2, *e[0]), e[1])
    x4 = v.get("total", _MISSING)
    if x4 is not _MISSING:
        if not (
            (isinstance(x4, int) and not isinstance(x4, bool)) or (isinstance(x4, float) and x4.is_integer())
        ):
            return (("total",), "must be of type integer")
        if x4 < 0:
            return (("total",), "must be at least 0")
    return None


def _check_SmsTarget(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "msg_id" not in v:
        return (("msg_id",), "is required")
    if "device_id" not in v:
        return (("device_id",), "is required")
    x1 = v.get("msg_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("msg_id",), "must be of type string")
        if len(x1) < 2:
            return (("msg_id",), "must be at least 2 characters")
        if len(x1) > 32:
            return (("msg_id",), "must be at most 32 characters")
        if _PATTERN_7.search(x1) is None:
            return (("msg_id",), "must match ^LK")
    x2 = v.get("device_id", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("device_id",), "must be of type string")
        if len(x2) < 1:
            return (("device_id",), "must be at least 1 characters")
        if _PATTERN_11.search(x2) is None:
            return (("device_id",), "must match ^[^,]+(,[^,]+)*$")
    return None


def _check_MtSmsPage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    if "status" not in v:
        return (("status",), "is required")
    if "total_count" not in v:
        return (("total_count",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("data",), "must be of type array")
        for i2, x3 in enumerate(x1):
            if (e := _check_MtSmsRecord(x3)) is not None:
                return (("data", i2, *e[0]), e[1])
    x4 = v.get("status", _MISSING)
    if x4 is not _MISSING:
        if (e := _check_ResultStatus(x4)) is not None:
            return (("status", *e[0]), e[1])
    x5 = v.get("total_count", _MISSING)
    if x5 is not _MISSING:
        if not (
            (isinstance(x5, int) and not isinstance(x5, bool)) or (isinstance(x5, float) and x5.is_integer())
        ):
            return (("total_count",), "must be of type integer")
        if x5 < 0:
            return (("total_count",), "must be at least 0")
    return None


def _check_SmsCdrPage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    x1 = v.get("totalData", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("totalData",), "must be of type integer")
        if x1 < 0:
            return (("totalData",), "must be at least 0")
    x2 = v.get("count", _MISSING)
    if x2 is not _MISSING:
        if not (
            (isinstance(x2, int) and not isinstance(x2, bool)) or (isinstance(x2, float) and x2.is_integer())
        ):
            return (("count",), "must be of type integer")
        if x2 < 0:
            return (("count",), "must be at least 0")
    x3 = v.get("totalPage", _MISSING)
    if x3 is not _MISSING:
        if not (
            (isinstance(x3, int) and not isinstance(x3, bool)) or (isinstance(x3, float) and x3.is_integer())
        ):
            return (("totalPage",), "must be of type integer")
        if x3 < 0:
            return (("totalPage",), "must be at least 0")
    x4 = v.get("data", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, list)):
            return (("data",), "must be of type array")
        for i5, x6 in enumerate(x4):
            if (e := _check_SmsCdrRecord(x6)) is not None:
                return (("data", i5, *e[0]), e[1])
    return None


def _check_LatestCdr(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "returnCode" not in v:
        return (("returnCode",), "is required")
    x1 = v.get("returnCode", _MISSING)
    if x1 is not _MISSING:
        if (e := _check_SessionReturnCodeValue(x1)) is not None:
            return (("returnCode", *e[0]), e[1])
    x2 = v.get("imsi", _MISSING)
    if x2 is not _MISSING:
        if x2 is not None and (r3 := _check_Imsi(x2)) is not None:
            return (("imsi", *r3[0]), r3[1])
    x4 = v.get("msisdn", _MISSING)
    if x4 is not _MISSING:
        if x4 is not None and (r5 := _check_Msisdn(x4)) is not None:
            return (("msisdn", *r5[0]), r5[1])
    x6 = v.get("imei", _MISSING)
    if x6 is not _MISSING:
        if x6 is not None and (r7 := _check_Imei(x6)) is not None:
            return (("imei", *r7[0]), r7[1])
    x8 = v.get("sessionStart", _MISSING)
    if x8 is not _MISSING:
        if not ((isinstance(x8, str)) or (x8 is None)):
            return (("sessionStart",), "must be of type ['string', 'null']")
    x9 = v.get("lastActivity", _MISSING)
    if x9 is not _MISSING:
        if not ((isinstance(x9, str)) or (x9 is None)):
            return (("lastActivity",), "must be of type ['string', 'null']")
    x10 = v.get("lastSmsError", _MISSING)
    if x10 is not _MISSING:
        if not ((isinstance(x10, str)) or (x10 is None)):
            return (("lastSmsError",), "must be of type ['string', 'null']")
    x11 = v.get("lastSmsErrorTime", _MISSING)
    if x11 is not _MISSING:
        if not ((isinstance(x11, str)) or (x11 is None)):
            return (("lastSmsErrorTime",), "must be of type ['string', 'null']")
    x12 = v.get("lastLu", _MISSING)
    if x12 is not _MISSING:
        if not ((isinstance(x12, str)) or (x12 is None)):
            return (("lastLu",), "must be of type ['string', 'null']")
    x13 = v.get("customerNo", _MISSING)
    if x13 is not _MISSING:
        if not ((isinstance(x13, str)) or (x13 is None)):
            return (("customerNo",), "must be of type ['string', 'null']")
    x14 = v.get("smsMt", _MISSING)
    if x14 is not _MISSING:
        if x14 is not None and (r15 := _check_SmsMtCounters(x14)) is not None:
            return (("smsMt", *r15[0]), r15[1])
    x16 = v.get("smsMo", _MISSING)
    if x16 is not _MISSING:
        if x16 is not None and (r17 := _check_SmsMoCounters(x16)) is not None:
            return (("smsMo", *r17[0]), r17[1])
    x18 = v.get("gprs", _MISSING)
    if x18 is not _MISSING:
        if x18 is not None and (r19 := _check_GprsSession(x18)) is not None:
            return (("gprs", *r19[0]), r19[1])
    return None


def _check_Device(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "device_id" not in v:
        return (("device_id",), "is required")
    if "ota_flag" not in v:
        return (("ota_flag",), "is required")
    if "bip_flag" not in v:
        return (("bip_flag",), "is required")
    if "multiImsi_flag" not in v:
        return (("multiImsi_flag",), "is required")
    if "lifecycle" not in v:
        return (("lifecycle",), "is required")
    x1 = v.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    x2 = v.get("ota_flag", _MISSING)
    if x2 is not _MISSING:
        if (e := _check_OtaFlagValue(x2)) is not None:
            return (("ota_flag", *e[0]), e[1])
    x3 = v.get("bip_flag", _MISSING)
    if x3 is not _MISSING:
        if (e := _check_BipFlagValue(x3)) is not None:
            return (("bip_flag", *e[0]), e[1])
    x4 = v.get("multiImsi_flag", _MISSING)
    if x4 is not _MISSING:
        if (e := _check_MultiImsiFlagValue(x4)) is not None:
            return (("multiImsi_flag", *e[0]), e[1])
    x5 = v.get("lifecycle", _MISSING)
    if x5 is not _MISSING:
        if (e := _check_LifecycleValue(x5)) is not None:
            return (("lifecycle", *e[0]), e[1])
    x6 = v.get("lifecycle_start_time", _MISSING)
    if x6 is not _MISSING:
        if not (isinstance(x6, str)):
            return (("lifecycle_start_time",), "must be of type string")
        if _PATTERN_12.search(x6) is None:
            return (("lifecycle_start_time",), "must match ^([0-9]{8})?$")
    x7 = v.get("lifecycle_end_time", _MISSING)
    if x7 is not _MISSING:
        if not (isinstance(x7, str)):
            return (("lifecycle_end_time",), "must be of type string")
        if _PATTERN_12.search(x7) is None:
            return (("lifecycle_end_time",), "must match ^([0-9]{8})?$")
    x8 = v.get("lifecycle_slient_period", _MISSING)
    if x8 is not _MISSING:
        if not (isinstance(x8, str)):
            return (("lifecycle_slient_period",), "must be of type string")
        if _PATTERN_6.search(x8) is None:
            return (("lifecycle_slient_period",), "must match ^(-?[0-9]+)?$")
    x9 = v.get("lifecycle_shutdown_period", _MISSING)
    if x9 is not _MISSING:
        if not (isinstance(x9, str)):
            return (("lifecycle_shutdown_period",), "must be of type string")
        if _PATTERN_6.search(x9) is None:
            return (("lifecycle_shutdown_period",), "must match ^(-?[0-9]+)?$")
    x10 = v.get("package_order", _MISSING)
    if x10 is not _MISSING:
        if x10 is not None and (r11 := _check_PackageOrder(x10)) is not None:
            return (("package_order", *r11[0]), r11[1])
    x12 = v.get("partnerName", _MISSING)
    if x12 is not _MISSING:
        if not ((isinstance(x12, str)) or (x12 is None)):
            return (("partnerName",), "must be of type ['string', 'null']")
    x13 = v.get("partnerCode", _MISSING)
    if x13 is not _MISSING:
        if not ((isinstance(x13, str)) or (x13 is None)):
            return (("partnerCode",), "must be of type ['string', 'null']")
    x14 = v.get("msisdn", _MISSING)
    if x14 is not _MISSING:
        if x14 is not None and (r15 := _check_Msisdn(x14)) is not None:
            return (("msisdn", *r15[0]), r15[1])
    x16 = v.get("task_no", _MISSING)
    if x16 is not _MISSING:
        if not ((isinstance(x16, str)) or (x16 is None)):
            return (("task_no",), "must be of type ['string', 'null']")
    x17 = v.get("main_iccid", _MISSING)
    if x17 is not _MISSING:
        if x17 is not None and (r18 := _check_Iccid(x17)) is not None:
            return (("main_iccid", *r18[0]), r18[1])
    return None


def _check_DeviceList(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "device" not in v:
        return (("device",), "is required")
    if "page" not in v:
        return (("page",), "is required")
    if "device_num" not in v:
        return (("device_num",), "is required")
    x1 = v.get("device", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, list)):
            return (("device",), "must be of type array")
        for i2, x3 in enumerate(x1):
            if (e := _check_Device(x3)) is not None:
                return (("device", i2, *e[0]), e[1])
    x4 = v.get("page", _MISSING)
    if x4 is not _MISSING:
        if (e := _check_Page(x4)) is not None:
            return (("page", *e[0]), e[1])
    x5 = v.get("device_num", _MISSING)
    if x5 is not _MISSING:
        if not (
            (isinstance(x5, int) and not isinstance(x5, bool)) or (isinstance(x5, float) and x5.is_integer())
        ):
            return (("device_num",), "must be of type integer")
        if x5 < 0:
            return (("device_num",), "must be at least 0")
    return None


def _check_anonymous_63(v: Any) -> Invalid | None:
    if not (isinstance(v, list)):
        return ((), "must be of type array")
    for i1, x2 in enumerate(v):
        if (e := _check_BindTrackRecord(x2)) is not None:
            return ((i1, *e[0]), e[1])
    return None


def _check_PoolEnvelopeBase(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "code" not in v:
        return (("code",), "is required")
    x1 = v.get("code", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("code",), "must be of type integer")
    x2 = v.get("message", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("message",), "must be of type ['string', 'null']")
    x3 = v.get("traceId", _MISSING)
    if x3 is not _MISSING:
        if not ((isinstance(x3, str)) or (x3 is None)):
            return (("traceId",), "must be of type ['string', 'null']")
    return None


def _check_PoolDetail(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("upoolCode", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("upoolCode",), "must be of type string")
        if len(x1) < 1:
            return (("upoolCode",), "must be at least 1 characters")
    x2 = v.get("upoolName", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("upoolName",), "must be of type ['string', 'null']")
    x3 = v.get("enUpoolName", _MISSING)
    if x3 is not _MISSING:
        if not ((isinstance(x3, str)) or (x3 is None)):
            return (("enUpoolName",), "must be of type ['string', 'null']")
    x4 = v.get("poolType", _MISSING)
    if x4 is not _MISSING:
        if x4 is not None and (r5 := _check_PoolTypeValue(x4)) is not None:
            return (("poolType", *r5[0]), r5[1])
    x6 = v.get("useFlow", _MISSING)
    if x6 is not _MISSING:
        if not (
            (
                (isinstance(x6, int) and not isinstance(x6, bool))
                or (isinstance(x6, float) and x6.is_integer())
            )
            or (x6 is None)
        ):
            return (("useFlow",), "must be of type ['integer', 'null']")
    x7 = v.get("totalFlow", _MISSING)
    if x7 is not _MISSING:
        if not ((isinstance(x7, (int, float)) and not isinstance(x7, bool)) or (x7 is None)):
            return (("totalFlow",), "must be of type ['number', 'null']")
    x8 = v.get("billingCycle", _MISSING)
    if x8 is not _MISSING:
        if x8 is not None and (r9 := _check_BillingCycleValue(x8)) is not None:
            return (("billingCycle", *r9[0]), r9[1])
    x10 = v.get("totalCard", _MISSING)
    if x10 is not _MISSING:
        if not (
            (
                (isinstance(x10, int) and not isinstance(x10, bool))
                or (isinstance(x10, float) and x10.is_integer())
            )
            or (x10 is None)
        ):
            return (("totalCard",), "must be of type ['integer', 'null']")
        if isinstance(x10, (int, float)) and not isinstance(x10, bool):
            if x10 < 0:
                return (("totalCard",), "must be at least 0")
    x11 = v.get("rawAddTime", _MISSING)
    if x11 is not _MISSING:
        if not ((isinstance(x11, str)) or (x11 is None)):
            return (("rawAddTime",), "must be of type ['string', 'null']")
    x12 = v.get("bindCardStatusCount", _MISSING)
    if x12 is not _MISSING:
        if x12 is not None and (r13 := _check_anonymous_100(x12)) is not None:
            return (("bindCardStatusCount", *r13[0]), r13[1])
    x14 = v.get("packageInfo", _MISSING)
    if x14 is not _MISSING:
        if x14 is not None and (r15 := _check_PoolPackageInfo(x14)) is not None:
            return (("packageInfo", *r15[0]), r15[1])
    x16 = v.get("unit", _MISSING)
    if x16 is not _MISSING:
        if not ((isinstance(x16, str)) or (x16 is None)):
            return (("unit",), "must be of type ['string', 'null']")
    x17 = v.get("startTime", _MISSING)
    if x17 is not _MISSING:
        if x17 is not None and (r18 := _check_IsoDate(x17)) is not None:
            return (("startTime", *r18[0]), r18[1])
    x19 = v.get("endTime", _MISSING)
    if x19 is not _MISSING:
        if x19 is not None and (r20 := _check_IsoDate(x19)) is not None:
            return (("endTime", *r20[0]), r20[1])
    x21 = v.get("upoolStatus", _MISSING)
    if x21 is not _MISSING:
        if x21 is not None and (r22 := _check_PoolStatusValue(x21)) is not None:
            return (("upoolStatus", *r22[0]), r22[1])
    return None


def _check_PoolMonthUsage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("month", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("month",), "must be of type string")
        if _PATTERN_2.search(x1) is None:
            return (("month",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])$")
    x2 = v.get("poolCode", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("poolCode",), "must be of type string")
        if len(x2) < 1:
            return (("poolCode",), "must be at least 1 characters")
    x3 = v.get("useFlowKb", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, (int, float)) and not isinstance(x3, bool)):
            return (("useFlowKb",), "must be of type number")
        if x3 < 0:
            return (("useFlowKb",), "must be at least 0")
    return None


def _check_PoolDayUsage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("day", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("day",), "must be of type string")
        if _PATTERN_1.search(x1) is None:
            return (("day",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    x2 = v.get("poolCode", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("poolCode",), "must be of type string")
        if len(x2) < 1:
            return (("poolCode",), "must be at least 1 characters")
    x3 = v.get("useFlowKb", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, (int, float)) and not isinstance(x3, bool)):
            return (("useFlowKb",), "must be of type number")
        if x3 < 0:
            return (("useFlowKb",), "must be at least 0")
    return None


def _check_anonymous_68(v: Any) -> Invalid | None:
    if not (isinstance(v, list)):
        return ((), "must be of type array")
    for i1, x2 in enumerate(v):
        if (e := _check_CardOperationState(x2)) is not None:
            return ((i1, *e[0]), e[1])
    return None


def _check_CardDetail(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("iccid", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("iccid",), "must be of type string")
        if _PATTERN_3.search(x1) is None:
            return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x2 = v.get("imei", _MISSING)
    if x2 is not _MISSING:
        if x2 is not None and (r3 := _check_Imei(x2)) is not None:
            return (("imei", *r3[0]), r3[1])
    x4 = v.get("imsi", _MISSING)
    if x4 is not _MISSING:
        if x4 is not None and (r5 := _check_Imsi(x4)) is not None:
            return (("imsi", *r5[0]), r5[1])
    x6 = v.get("msisdn", _MISSING)
    if x6 is not _MISSING:
        if x6 is not None and (r7 := _check_Msisdn(x6)) is not None:
            return (("msisdn", *r7[0]), r7[1])
    x8 = v.get("totalFlow", _MISSING)
    if x8 is not _MISSING:
        if not (
            (
                (isinstance(x8, int) and not isinstance(x8, bool))
                or (isinstance(x8, float) and x8.is_integer())
            )
            or (x8 is None)
        ):
            return (("totalFlow",), "must be of type ['integer', 'null']")
    x9 = v.get("useMonthFlow", _MISSING)
    if x9 is not _MISSING:
        if not ((isinstance(x9, (int, float)) and not isinstance(x9, bool)) or (x9 is None)):
            return (("useMonthFlow",), "must be of type ['number', 'null']")
    x10 = v.get("useFlow", _MISSING)
    if x10 is not _MISSING:
        if not ((isinstance(x10, (int, float)) and not isinstance(x10, bool)) or (x10 is None)):
            return (("useFlow",), "must be of type ['number', 'null']")
    x11 = v.get("billingMethod", _MISSING)
    if x11 is not _MISSING:
        if x11 is not None and (r12 := _check_BillingMethodValue(x11)) is not None:
            return (("billingMethod", *r12[0]), r12[1])
    x13 = v.get("apn", _MISSING)
    if x13 is not _MISSING:
        if not ((isinstance(x13, str)) or (x13 is None)):
            return (("apn",), "must be of type ['string', 'null']")
    x14 = v.get("cardStatus", _MISSING)
    if x14 is not _MISSING:
        if x14 is not None and (r15 := _check_CardStatusValue(x14)) is not None:
            return (("cardStatus", *r15[0]), r15[1])
    return None


def _check_CardNetworkBatch(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("successCount", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("successCount",), "must be of type integer")
        if x1 < 0:
            return (("successCount",), "must be at least 0")
    x2 = v.get("batchCode", _MISSING)
    if x2 is not _MISSING:
        if x2 is not None and (r3 := _check_BatchCode(x2)) is not None:
            return (("batchCode", *r3[0]), r3[1])
    x4 = v.get("errorInfo", _MISSING)
    if x4 is not _MISSING:
        if x4 is not None and (r5 := _check_anonymous_108(x4)) is not None:
            return (("errorInfo", *r5[0]), r5[1])
    return None


def _check_CardMonthUsage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("month", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("month",), "must be of type string")
        if _PATTERN_2.search(x1) is None:
            return (("month",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])$")
    x2 = v.get("iccid", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("iccid",), "must be of type string")
        if _PATTERN_3.search(x2) is None:
            return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x3 = v.get("useFlowKb", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, (int, float)) and not isinstance(x3, bool)):
            return (("useFlowKb",), "must be of type number")
        if x3 < 0:
            return (("useFlowKb",), "must be at least 0")
    return None


def _check_CardDayUsage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("day", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("day",), "must be of type string")
        if _PATTERN_1.search(x1) is None:
            return (("day",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    x2 = v.get("iccid", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("iccid",), "must be of type string")
        if _PATTERN_3.search(x2) is None:
            return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x3 = v.get("useFlowKb", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, (int, float)) and not isinstance(x3, bool)):
            return (("useFlowKb",), "must be of type number")
        if x3 < 0:
            return (("useFlowKb",), "must be at least 0")
    return None


def _check_CsssEnvelopeBase(v: Any) -> Invalid | None:
    if (e := _check_CmpEnvelopeBase(v)) is not None:
        return e
    return None


def _check_OrderPackageData(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "sign" not in v:
        return (("sign",), "is required")
    if "order_id" not in v:
        return (("order_id",), "is required")
    if "order_start_date" not in v:
        return (("order_start_date",), "is required")
    if "order_expire_date" not in v:
        return (("order_expire_date",), "is required")
    x1 = v.get("sign", _MISSING)
    if x1 is not _MISSING:
        if not ((isinstance(x1, str)) or (x1 is None)):
            return (("sign",), "must be of type ['string', 'null']")
    x2 = v.get("order_id", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("order_id",), "must be of type string")
        if len(x2) < 1:
            return (("order_id",), "must be at least 1 characters")
    x3 = v.get("order_start_date", _MISSING)
    if x3 is not _MISSING:
        if x3 is not None and (r4 := _check_OrderDateOrDateTime(x3)) is not None:
            return (("order_start_date", *r4[0]), r4[1])
    x5 = v.get("order_expire_date", _MISSING)
    if x5 is not _MISSING:
        if x5 is not None and (r6 := _check_OrderDateOrDateTime(x5)) is not None:
            return (("order_expire_date", *r6[0]), r6[1])
    return None


def _check_CdrRecord(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "data" not in v:
        return (("data",), "is required")
    if "imsi" not in v:
        return (("imsi",), "is required")
    if "mcc" not in v:
        return (("mcc",), "is required")
    if "mnc" not in v:
        return (("mnc",), "is required")
    if "session_started_at" not in v:
        return (("session_started_at",), "is required")
    if "sim_id" not in v:
        return (("sim_id",), "is required")
    x1 = v.get("data", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("data",), "must be of type integer")
        if x1 < 0:
            return (("data",), "must be at least 0")
    x2 = v.get("imsi", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("imsi",), "must be of type string")
        if _PATTERN_8.search(x2) is None:
            return (("imsi",), "must match ^[0-9]{6,15}$")
    x3 = v.get("mcc", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("mcc",), "must be of type string")
        if _PATTERN_13.search(x3) is None:
            return (("mcc",), "must match ^[0-9]{3}$")
    x4 = v.get("mnc", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("mnc",), "must be of type string")
        if _PATTERN_14.search(x4) is None:
            return (("mnc",), "must match ^[0-9]{2,3}$")
    x5 = v.get("msisdn", _MISSING)
    if x5 is not _MISSING:
        if x5 is not None and (r6 := _check_Msisdn(x5)) is not None:
            return (("msisdn", *r6[0]), r6[1])
    x7 = v.get("network", _MISSING)
    if x7 is not _MISSING:
        if not ((isinstance(x7, str)) or (x7 is None)):
            return (("network",), "must be of type ['string', 'null']")
    x8 = v.get("plan_id", _MISSING)
    if x8 is not _MISSING:
        if not ((isinstance(x8, str)) or (x8 is None)):
            return (("plan_id",), "must be of type ['string', 'null']")
    x9 = v.get("session_started_at", _MISSING)
    if x9 is not _MISSING:
        if not (isinstance(x9, str)):
            return (("session_started_at",), "must be of type string")
        if _PATTERN_15.search(x9) is None:
            return (
                ("session_started_at",),
                "must match ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
            )
    x10 = v.get("session_ended_at", _MISSING)
    if x10 is not _MISSING:
        if x10 is not None and (r11 := _check_VendorDateTime(x10)) is not None:
            return (("session_ended_at", *r11[0]), r11[1])
    x12 = v.get("sim_id", _MISSING)
    if x12 is not _MISSING:
        if not (isinstance(x12, str)):
            return (("sim_id",), "must be of type string")
        if len(x12) < 1:
            return (("sim_id",), "must be at least 1 characters")
    x13 = v.get("apn", _MISSING)
    if x13 is not _MISSING:
        if not ((isinstance(x13, str)) or (x13 is None)):
            return (("apn",), "must be of type ['string', 'null']")
    x14 = v.get("duration", _MISSING)
    if x14 is not _MISSING:
        if not (
            (
                (isinstance(x14, int) and not isinstance(x14, bool))
                or (isinstance(x14, float) and x14.is_integer())
            )
            or (x14 is None)
        ):
            return (("duration",), "must be of type ['integer', 'null']")
        if isinstance(x14, (int, float)) and not isinstance(x14, bool):
            if x14 < 0:
                return (("duration",), "must be at least 0")
    return None


def _check_ResultStatus(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "code" not in v:
        return (("code",), "is required")
    if "message" not in v:
        return (("message",), "is required")
    x1 = v.get("code", _MISSING)
    if x1 is not _MISSING:
        if (e := _check_ResultStatusCodeValue(x1)) is not None:
            return (("code", *e[0]), e[1])
    x2 = v.get("detail", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("detail",), "must be of type ['string', 'null']")
    x3 = v.get("message", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("message",), "must be of type string")
    return None


def _check_Page(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "cur_page_no" not in v:
        return (("cur_page_no",), "is required")
    if "page_size" not in v:
        return (("page_size",), "is required")
    if "total_count" not in v:
        return (("total_count",), "is required")
    if "total_pages" not in v:
        return (("total_pages",), "is required")
    x1 = v.get("cur_page_no", _MISSING)
    if x1 is not _MISSING:
        if not (
            (isinstance(x1, int) and not isinstance(x1, bool)) or (isinstance(x1, float) and x1.is_integer())
        ):
            return (("cur_page_no",), "must be of type integer")
        if x1 < 0:
            return (("cur_page_no",), "must be at least 0")
    x2 = v.get("page_size", _MISSING)
    if x2 is not _MISSING:
        if not (
            (isinstance(x2, int) and not isinstance(x2, bool)) or (isinstance(x2, float) and x2.is_integer())
        ):
            return (("page_size",), "must be of type integer")
        if x2 < 0:
            return (("page_size",), "must be at least 0")
    x3 = v.get("total_count", _MISSING)
    if x3 is not _MISSING:
        if not (
            (isinstance(x3, int) and not isinstance(x3, bool)) or (isinstance(x3, float) and x3.is_integer())
        ):
            return (("total_count",), "must be of type integer")
        if x3 < 0:
            return (("total_count",), "must be at least 0")
    x4 = v.get("total_pages", _MISSING)
    if x4 is not _MISSING:
        if not (
            (isinstance(x4, int) and not isinstance(x4, bool)) or (isinstance(x4, float) and x4.is_integer())
        ):
            return (("total_pages",), "must be of type integer")
        if x4 < 0:
            return (("total_pages",), "must be at least 0")
    return None


def _check_Package(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "package_code" not in v:
        return (("package_code",), "is required")
    if "package_name" not in v:
        return (("package_name",), "is required")
    if "package_type" not in v:
        return (("package_type",), "is required")
    if "status" not in v:
        return (("status",), "is required")
    x1 = v.get("package_code", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("package_code",), "must be of type string")
        if len(x1) < 1:
            return (("package_code",), "must be at least 1 characters")
    x2 = v.get("package_name", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("package_name",), "must be of type string")
    x3 = v.get("package_desc", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("package_desc",), "must be of type string")
    x4 = v.get("package_type", _MISSING)
    if x4 is not _MISSING:
        if (e := _check_PackageTypeValue(x4)) is not None:
            return (("package_type", *e[0]), e[1])
    x5 = v.get("cover_country_mcc", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("cover_country_mcc",), "must be of type string")
        if _PATTERN_16.search(x5) is None:
            return (("cover_country_mcc",), "must match ^([0-9]{3}(;[0-9]{3})*)?$")
    x6 = v.get("cover_countrys", _MISSING)
    if x6 is not _MISSING:
        if not (isinstance(x6, str)):
            return (("cover_countrys",), "must be of type string")
    x7 = v.get("price_type", _MISSING)
    if x7 is not _MISSING:
        if (e := _check_PriceTypeValue(x7)) is not None:
            return (("price_type", *e[0]), e[1])
    x8 = v.get("flow", _MISSING)
    if x8 is not _MISSING:
        if not (isinstance(x8, str)):
            return (("flow",), "must be of type string")
        if _PATTERN_6.search(x8) is None:
            return (("flow",), "must match ^(-?[0-9]+)?$")
    x9 = v.get("buy_type", _MISSING)
    if x9 is not _MISSING:
        if (e := _check_BuyTypeValue(x9)) is not None:
            return (("buy_type", *e[0]), e[1])
    x10 = v.get("min_order_period", _MISSING)
    if x10 is not _MISSING:
        if not (isinstance(x10, str)):
            return (("min_order_period",), "must be of type string")
        if _PATTERN_6.search(x10) is None:
            return (("min_order_period",), "must match ^(-?[0-9]+)?$")
    x11 = v.get("max_order_period", _MISSING)
    if x11 is not _MISSING:
        if not (isinstance(x11, str)):
            return (("max_order_period",), "must be of type string")
        if _PATTERN_6.search(x11) is None:
            return (("max_order_period",), "must match ^(-?[0-9]+)?$")
    x12 = v.get("whole_price", _MISSING)
    if x12 is not _MISSING:
        if not (isinstance(x12, str)):
            return (("whole_price",), "must be of type string")
        if _PATTERN_17.search(x12) is None:
            return (("whole_price",), "must match ^([0-9]+(\\.[0-9]+)?)?$")
    x13 = v.get("status", _MISSING)
    if x13 is not _MISSING:
        if (e := _check_PackageStatusValue(x13)) is not None:
            return (("status", *e[0]), e[1])
    x14 = v.get("package_usage_attribute", _MISSING)
    if x14 is not _MISSING:
        if (e := _check_PackageUsageAttributeValue(x14)) is not None:
            return (("package_usage_attribute", *e[0]), e[1])
    x15 = v.get("serviceCycleCount", _MISSING)
    if x15 is not _MISSING:
        if not (isinstance(x15, str)):
            return (("serviceCycleCount",), "must be of type string")
        if _PATTERN_6.search(x15) is None:
            return (("serviceCycleCount",), "must match ^(-?[0-9]+)?$")
    x16 = v.get("package_imsi_type", _MISSING)
    if x16 is not _MISSING:
        if not (isinstance(x16, str)):
            return (("package_imsi_type",), "must be of type string")
    return None


def _check_DeviceOrderResult(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "error" not in v:
        return (("error",), "is required")
    if "device_id" not in v:
        return (("device_id",), "is required")
    x1 = v.get("error", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("error",), "must be of type string")
    x2 = v.get("errorMsg", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("errorMsg",), "must be of type ['string', 'null']")
    x3 = v.get("order_id", _MISSING)
    if x3 is not _MISSING:
        if x3 is not None and (r4 := _check_OrderId(x3)) is not None:
            return (("order_id", *r4[0]), r4[1])
    x5 = v.get("device_id", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("device_id",), "must be of type string")
        if len(x5) < 1:
            return (("device_id",), "must be at least 1 characters")
    x6 = v.get("order_start_date", _MISSING)
    if x6 is not _MISSING:
        if x6 is not None and (r7 := _check_OrderDateOrDateTime(x6)) is not None:
            return (("order_start_date", *r7[0]), r7[1])
    x8 = v.get("order_expire_date", _MISSING)
    if x8 is not _MISSING:
        if x8 is not None and (r9 := _check_OrderDateOrDateTime(x8)) is not None:
            return (("order_expire_date", *r9[0]), r9[1])
    return None


def _check_PackageOrder(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "orderCode" not in v:
        return (("orderCode",), "is required")
    if "packageName" not in v:
        return (("packageName",), "is required")
    if "packageCode" not in v:
        return (("packageCode",), "is required")
    if "packageType" not in v:
        return (("packageType",), "is required")
    if "orderStatus" not in v:
        return (("orderStatus",), "is required")
    if "orderPeriod" not in v:
        return (("orderPeriod",), "is required")
    if "orderDate" not in v:
        return (("orderDate",), "is required")
    if "activeDate" not in v:
        return (("activeDate",), "is required")
    if "expireDate" not in v:
        return (("expireDate",), "is required")
    x1 = v.get("orderCode", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("orderCode",), "must be of type string")
        if len(x1) < 1:
            return (("orderCode",), "must be at least 1 characters")
    x2 = v.get("packageName", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("packageName",), "must be of type string")
    x3 = v.get("packageCode", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("packageCode",), "must be of type string")
        if len(x3) < 1:
            return (("packageCode",), "must be at least 1 characters")
    x4 = v.get("packageType", _MISSING)
    if x4 is not _MISSING:
        if x4 is not None and (r5 := _check_PackageTypeValue(x4)) is not None:
            return (("packageType", *r5[0]), r5[1])
    x6 = v.get("buyType", _MISSING)
    if x6 is not _MISSING:
        if x6 is not None and (r7 := _check_BuyTypeValue(x6)) is not None:
            return (("buyType", *r7[0]), r7[1])
    x8 = v.get("orderPeriod", _MISSING)
    if x8 is not _MISSING:
        if not (isinstance(x8, str)):
            return (("orderPeriod",), "must be of type string")
        if _PATTERN_4.search(x8) is None:
            return (("orderPeriod",), "must match ^-?[0-9]+$")
    x9 = v.get("flow", _MISSING)
    if x9 is not _MISSING:
        if x9 is not None and (r10 := _check_OptionalDigitString(x9)) is not None:
            return (("flow", *r10[0]), r10[1])
    x11 = v.get("usedFlow", _MISSING)
    if x11 is not _MISSING:
        if x11 is not None and (r12 := _check_OptionalDigitString(x11)) is not None:
            return (("usedFlow", *r12[0]), r12[1])
    x13 = v.get("flowUseRate", _MISSING)
    if x13 is not _MISSING:
        if x13 is not None and (r14 := _check_OptionalPercentage(x13)) is not None:
            return (("flowUseRate", *r14[0]), r14[1])
    x15 = v.get("orderUsedFlow", _MISSING)
    if x15 is not _MISSING:
        if x15 is not None and (r16 := _check_OptionalDigitString(x15)) is not None:
            return (("orderUsedFlow", *r16[0]), r16[1])
    x17 = v.get("orderDate", _MISSING)
    if x17 is not _MISSING:
        if not (isinstance(x17, str)):
            return (("orderDate",), "must be of type string")
        if _PATTERN_18.search(x17) is None:
            return (
                ("orderDate",),
                "must match ^([0-9]{14}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})$",
            )
    x18 = v.get("activeDate", _MISSING)
    if x18 is not _MISSING:
        if not (isinstance(x18, str)):
            return (("activeDate",), "must be of type string")
        if _PATTERN_12.search(x18) is None:
            return (("activeDate",), "must match ^([0-9]{8})?$")
    x19 = v.get("expireDate", _MISSING)
    if x19 is not _MISSING:
        if not (isinstance(x19, str)):
            return (("expireDate",), "must be of type string")
        if _PATTERN_12.search(x19) is None:
            return (("expireDate",), "must match ^([0-9]{8})?$")
    x20 = v.get("orderStatus", _MISSING)
    if x20 is not _MISSING:
        if (e := _check_OrderStatusValue(x20)) is not None:
            return (("orderStatus", *e[0]), e[1])
    x21 = v.get("supplierCode", _MISSING)
    if x21 is not _MISSING:
        if not ((isinstance(x21, str)) or (x21 is None)):
            return (("supplierCode",), "must be of type ['string', 'null']")
    x22 = v.get("refuelingPackageList", _MISSING)
    if x22 is not _MISSING:
        if x22 is not None and (r23 := _check_anonymous_119(x22)) is not None:
            return (("refuelingPackageList", *r23[0]), r23[1])
    x24 = v.get("hasTestFlow", _MISSING)
    if x24 is not _MISSING:
        if x24 is not None and (r25 := _check_YesNoFlagValue(x24)) is not None:
            return (("hasTestFlow", *r25[0]), r25[1])
    x26 = v.get("profileList", _MISSING)
    if x26 is not _MISSING:
        if x26 is not None and (r27 := _check_anonymous_121(x26)) is not None:
            return (("profileList", *r27[0]), r27[1])
    x28 = v.get("isFlowPlus", _MISSING)
    if x28 is not _MISSING:
        if not ((isinstance(x28, str)) or (x28 is None)):
            return (("isFlowPlus",), "must be of type ['string', 'null']")
    x29 = v.get("deviceId", _MISSING)
    if x29 is not _MISSING:
        if not (isinstance(x29, str)):
            return (("deviceId",), "must be of type string")
        if len(x29) < 1:
            return (("deviceId",), "must be at least 1 characters")
    x30 = v.get("device_id", _MISSING)
    if x30 is not _MISSING:
        if not (isinstance(x30, str)):
            return (("device_id",), "must be of type string")
        if len(x30) < 1:
            return (("device_id",), "must be at least 1 characters")
    x31 = v.get("main_iccid", _MISSING)
    if x31 is not _MISSING:
        if x31 is not None and (r32 := _check_Iccid(x31)) is not None:
            return (("main_iccid", *r32[0]), r32[1])
    x33 = v.get("imsi", _MISSING)
    if x33 is not _MISSING:
        if x33 is not None and (r34 := _check_Imsi(x33)) is not None:
            return (("imsi", *r34[0]), r34[1])
    x35 = v.get("msisdn", _MISSING)
    if x35 is not _MISSING:
        if x35 is not None and (r36 := _check_Msisdn(x35)) is not None:
            return (("msisdn", *r36[0]), r36[1])
    return None


def _check_OrderDateOrDateTime(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_19.search(v) is None:
        return ((), "must match ^([0-9]{8}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})$")
    return None


def _check_TrafficPool(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "totalQuotaByte" not in v:
        return (("totalQuotaByte",), "is required")
    if "usedByte" not in v:
        return (("usedByte",), "is required")
    if "trafficPoolStartTime" not in v:
        return (("trafficPoolStartTime",), "is required")
    if "trafficPoolEndTime" not in v:
        return (("trafficPoolEndTime",), "is required")
    if "trafficPoolId" not in v:
        return (("trafficPoolId",), "is required")
    if "trafficPoolName" not in v:
        return (("trafficPoolName",), "is required")
    x1 = v.get("totalQuotaByte", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("totalQuotaByte",), "must be of type string")
        if _PATTERN_4.search(x1) is None:
            return (("totalQuotaByte",), "must match ^-?[0-9]+$")
    x2 = v.get("usedByte", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("usedByte",), "must be of type string")
        if _PATTERN_4.search(x2) is None:
            return (("usedByte",), "must match ^-?[0-9]+$")
    x3 = v.get("trafficPoolStartTime", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("trafficPoolStartTime",), "must be of type string")
        if _PATTERN_15.search(x3) is None:
            return (
                ("trafficPoolStartTime",),
                "must match ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
            )
    x4 = v.get("trafficPoolEndTime", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("trafficPoolEndTime",), "must be of type string")
        if _PATTERN_15.search(x4) is None:
            return (
                ("trafficPoolEndTime",),
                "must match ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
            )
    x5 = v.get("trafficPoolId", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("trafficPoolId",), "must be of type string")
        if len(x5) < 1:
            return (("trafficPoolId",), "must be at least 1 characters")
    x6 = v.get("trafficPoolName", _MISSING)
    if x6 is not _MISSING:
        if not (isinstance(x6, str)):
            return (("trafficPoolName",), "must be of type string")
    return None


def _check_MtSmsRecord(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "assetId" not in v:
        return (("assetId",), "is required")
    if "sendStartTime" not in v:
        return (("sendStartTime",), "is required")
    if "sendStatus" not in v:
        return (("sendStatus",), "is required")
    x1 = v.get("assetId", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("assetId",), "must be of type string")
        if len(x1) < 1:
            return (("assetId",), "must be at least 1 characters")
    x2 = v.get("msisdn", _MISSING)
    if x2 is not _MISSING:
        if x2 is not None and (r3 := _check_Msisdn(x2)) is not None:
            return (("msisdn", *r3[0]), r3[1])
    x4 = v.get("sendStartTime", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("sendStartTime",), "must be of type string")
        if _PATTERN_15.search(x4) is None:
            return (("sendStartTime",), "must match ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    x5 = v.get("sendEndTime", _MISSING)
    if x5 is not _MISSING:
        if x5 is not None and (r6 := _check_VendorDateTime(x5)) is not None:
            return (("sendEndTime", *r6[0]), r6[1])
    x7 = v.get("sendStatus", _MISSING)
    if x7 is not _MISSING:
        if (e := _check_SendStatusValue(x7)) is not None:
            return (("sendStatus", *e[0]), e[1])
    x8 = v.get("statusReport", _MISSING)
    if x8 is not _MISSING:
        if x8 is not None and (r9 := _check_DeliveryReportValue(x8)) is not None:
            return (("statusReport", *r9[0]), r9[1])
    return None


def _check_SmsCdrRecord(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "deviceId" not in v:
        return (("deviceId",), "is required")
    x1 = v.get("deviceId", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("deviceId",), "must be of type string")
        if len(x1) < 1:
            return (("deviceId",), "must be at least 1 characters")
    x2 = v.get("fromIccid", _MISSING)
    if x2 is not _MISSING:
        if x2 is not None and (r3 := _check_Iccid(x2)) is not None:
            return (("fromIccid", *r3[0]), r3[1])
    x4 = v.get("toIccid", _MISSING)
    if x4 is not _MISSING:
        if x4 is not None and (r5 := _check_Iccid(x4)) is not None:
            return (("toIccid", *r5[0]), r5[1])
    x6 = v.get("sendMsisdn", _MISSING)
    if x6 is not _MISSING:
        if x6 is not None and (r7 := _check_Msisdn(x6)) is not None:
            return (("sendMsisdn", *r7[0]), r7[1])
    x8 = v.get("recMsisdn", _MISSING)
    if x8 is not _MISSING:
        if x8 is not None and (r9 := _check_Msisdn(x8)) is not None:
            return (("recMsisdn", *r9[0]), r9[1])
    x10 = v.get("smsType", _MISSING)
    if x10 is not _MISSING:
        if x10 is not None and (r11 := _check_SmsTypeValue(x10)) is not None:
            return (("smsType", *r11[0]), r11[1])
    x12 = v.get("timestamp", _MISSING)
    if x12 is not _MISSING:
        if x12 is not None and (r13 := _check_VendorDateTime(x12)) is not None:
            return (("timestamp", *r13[0]), r13[1])
    x14 = v.get("sendStatus", _MISSING)
    if x14 is not _MISSING:
        if x14 is not None and (r15 := _check_DeliveryReportValue(x14)) is not None:
            return (("sendStatus", *r15[0]), r15[1])
    return None


def _check_SessionReturnCodeValue(v: Any) -> Invalid | None:
    if (r1 := _check_SessionReturnCode(v)) is not None and (r2 := _check_anonymous_126(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_Imsi(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_8.search(v) is None:
        return ((), "must match ^[0-9]{6,15}$")
    return None


def _check_Msisdn(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_20.search(v) is None:
        return ((), "must match ^\\+?[0-9A-Fa-f]{1,20}$")
    return None


def _check_Imei(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_10.search(v) is None:
        return ((), "must match ^[0-9]{15,16}$")
    return None


def _check_SmsMtCounters(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("count", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("count",), "must be of type string")
        if _PATTERN_4.search(x1) is None:
            return (("count",), "must match ^-?[0-9]+$")
    x2 = v.get("lastSms", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("lastSms",), "must be of type ['string', 'null']")
    x3 = v.get("smsErrorCount", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("smsErrorCount",), "must be of type string")
        if _PATTERN_4.search(x3) is None:
            return (("smsErrorCount",), "must match ^-?[0-9]+$")
    return None


def _check_SmsMoCounters(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("count", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("count",), "must be of type string")
        if _PATTERN_4.search(x1) is None:
            return (("count",), "must match ^-?[0-9]+$")
    x2 = v.get("lastDest", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("lastDest",), "must be of type ['string', 'null']")
    x3 = v.get("lastSms", _MISSING)
    if x3 is not _MISSING:
        if not ((isinstance(x3, str)) or (x3 is None)):
            return (("lastSms",), "must be of type ['string', 'null']")
    x4 = v.get("smsErrorCount", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("smsErrorCount",), "must be of type string")
        if _PATTERN_4.search(x4) is None:
            return (("smsErrorCount",), "must match ^-?[0-9]+$")
    return None


def _check_GprsSession(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("pdpActive", _MISSING)
    if x1 is not _MISSING:
        if (e := _check_BooleanStringValue(x1)) is not None:
            return (("pdpActive", *e[0]), e[1])
    x2 = v.get("activation", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("activation",), "must be of type ['string', 'null']")
    x3 = v.get("ip", _MISSING)
    if x3 is not _MISSING:
        if not ((isinstance(x3, str)) or (x3 is None)):
            return (("ip",), "must be of type ['string', 'null']")
    x4 = v.get("tx", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("tx",), "must be of type string")
        if _PATTERN_21.search(x4) is None:
            return (
                ("tx",),
                "must match ^([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)$",
            )
    x5 = v.get("lastTx", _MISSING)
    if x5 is not _MISSING:
        if not ((isinstance(x5, str)) or (x5 is None)):
            return (("lastTx",), "must be of type ['string', 'null']")
    x6 = v.get("rx", _MISSING)
    if x6 is not _MISSING:
        if not (isinstance(x6, str)):
            return (("rx",), "must be of type string")
        if _PATTERN_21.search(x6) is None:
            return (
                ("rx",),
                "must match ^([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)$",
            )
    x7 = v.get("lastRx", _MISSING)
    if x7 is not _MISSING:
        if not ((isinstance(x7, str)) or (x7 is None)):
            return (("lastRx",), "must be of type ['string', 'null']")
    x8 = v.get("giDestAddress", _MISSING)
    if x8 is not _MISSING:
        if not ((isinstance(x8, str)) or (x8 is None)):
            return (("giDestAddress",), "must be of type ['string', 'null']")
    return None


def _check_OtaFlagValue(v: Any) -> Invalid | None:
    if (r1 := _check_OtaFlag(v)) is not None and (r2 := _check_anonymous_129(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_BipFlagValue(v: Any) -> Invalid | None:
    if (r1 := _check_BipFlag(v)) is not None and (r2 := _check_anonymous_131(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_MultiImsiFlagValue(v: Any) -> Invalid | None:
    if (r1 := _check_MultiImsiFlag(v)) is not None and (r2 := _check_anonymous_133(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_LifecycleValue(v: Any) -> Invalid | None:
    if (r1 := _check_Lifecycle(v)) is not None and (r2 := _check_anonymous_135(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_Iccid(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_3.search(v) is None:
        return ((), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    return None


def _check_BindTrackRecord(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "iccid" not in v:
        return (("iccid",), "is required")
    if "imei" not in v:
        return (("imei",), "is required")
    if "createTime" not in v:
        return (("createTime",), "is required")
    x1 = v.get("iccid", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("iccid",), "must be of type string")
        if _PATTERN_3.search(x1) is None:
            return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x2 = v.get("track", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("track",), "must be of type ['string', 'null']")
    x3 = v.get("imei", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("imei",), "must be of type string")
        if _PATTERN_10.search(x3) is None:
            return (("imei",), "must match ^[0-9]{15,16}$")
    x4 = v.get("operUser", _MISSING)
    if x4 is not _MISSING:
        if not ((isinstance(x4, str)) or (x4 is None)):
            return (("operUser",), "must be of type ['string', 'null']")
    x5 = v.get("createTime", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("createTime",), "must be of type string")
        if _PATTERN_15.search(x5) is None:
            return (("createTime",), "must match ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    return None


def _check_PoolTypeValue(v: Any) -> Invalid | None:
    if (r1 := _check_PoolType(v)) is not None and (r2 := _check_anonymous_137(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_BillingCycleValue(v: Any) -> Invalid | None:
    if (r1 := _check_BillingCycle(v)) is not None and (r2 := _check_anonymous_139(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_anonymous_100(v: Any) -> Invalid | None:
    if not (isinstance(v, list)):
        return ((), "must be of type array")
    for i1, x2 in enumerate(v):
        if (e := _check_CardStatusCount(x2)) is not None:
            return ((i1, *e[0]), e[1])
    return None


def _check_PoolPackageInfo(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("flowPackageType", _MISSING)
    if x1 is not _MISSING:
        if x1 is not None and (r2 := _check_FlowPackageTypeValue(x1)) is not None:
            return (("flowPackageType", *r2[0]), r2[1])
    x3 = v.get("clientFlowPackageName", _MISSING)
    if x3 is not _MISSING:
        if not ((isinstance(x3, str)) or (x3 is None)):
            return (("clientFlowPackageName",), "must be of type ['string', 'null']")
    x4 = v.get("channelName", _MISSING)
    if x4 is not _MISSING:
        if not ((isinstance(x4, str)) or (x4 is None)):
            return (("channelName",), "must be of type ['string', 'null']")
    x5 = v.get("epiConfigs", _MISSING)
    if x5 is not _MISSING:
        if x5 is not None and (r6 := _check_anonymous_142(x5)) is not None:
            return (("epiConfigs", *r6[0]), r6[1])
    return None


def _check_IsoDate(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_1.search(v) is None:
        return ((), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    return None


def _check_PoolStatusValue(v: Any) -> Invalid | None:
    if (r1 := _check_PoolStatus(v)) is not None and (r2 := _check_anonymous_144(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_CardOperationState(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("operationCardStatus", _MISSING)
    if x1 is not _MISSING:
        if (e := _check_OperationCardStatusValue(x1)) is not None:
            return (("operationCardStatus", *e[0]), e[1])
    x2 = v.get("iccid", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("iccid",), "must be of type string")
        if _PATTERN_3.search(x2) is None:
            return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x3 = v.get("msisdn", _MISSING)
    if x3 is not _MISSING:
        if x3 is not None and (r4 := _check_Msisdn(x3)) is not None:
            return (("msisdn", *r4[0]), r4[1])
    return None


def _check_BillingMethodValue(v: Any) -> Invalid | None:
    if (r1 := _check_BillingMethod(v)) is not None and (r2 := _check_anonymous_147(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_CardStatusValue(v: Any) -> Invalid | None:
    if (r1 := _check_CardStatus(v)) is not None and (r2 := _check_anonymous_149(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_BatchCode(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if len(v) < 1:
        return ((), "must be at least 1 characters")
    return None


def _check_anonymous_108(v: Any) -> Invalid | None:
    if not (isinstance(v, list)):
        return ((), "must be of type array")
    for i1, x2 in enumerate(v):
        if (e := _check_CardSwitchError(x2)) is not None:
            return ((i1, *e[0]), e[1])
    return None


def _check_VendorDateTime(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_15.search(v) is None:
        return ((), "must match ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    return None


def _check_ResultStatusCodeValue(v: Any) -> Invalid | None:
    if (r1 := _check_ResultStatusCode(v)) is not None and (r2 := _check_anonymous_152(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_PackageTypeValue(v: Any) -> Invalid | None:
    if (r1 := _check_PackageType(v)) is not None and (r2 := _check_anonymous_154(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_PriceTypeValue(v: Any) -> Invalid | None:
    if (r1 := _check_PriceType(v)) is not None and (r2 := _check_anonymous_156(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_BuyTypeValue(v: Any) -> Invalid | None:
    if (r1 := _check_BuyType(v)) is not None and (r2 := _check_anonymous_158(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_PackageStatusValue(v: Any) -> Invalid | None:
    if (r1 := _check_PackageStatus(v)) is not None and (r2 := _check_anonymous_160(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_PackageUsageAttributeValue(v: Any) -> Invalid | None:
    if (r1 := _check_PackageUsageAttribute(v)) is not None and (r2 := _check_anonymous_162(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_OptionalDigitString(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_6.search(v) is None:
        return ((), "must match ^(-?[0-9]+)?$")
    return None


def _check_OptionalPercentage(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if _PATTERN_22.search(v) is None:
        return ((), "must match ^([0-9]+(\\.[0-9]+)?%)?$")
    return None


def _check_OrderStatusValue(v: Any) -> Invalid | None:
    if (r1 := _check_OrderStatus(v)) is not None and (r2 := _check_anonymous_163(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_anonymous_119(v: Any) -> Invalid | None:
    if not (isinstance(v, list)):
        return ((), "must be of type array")
    for i1, x2 in enumerate(v):
        if (e := _check_RefuelingPackage(x2)) is not None:
            return ((i1, *e[0]), e[1])
    return None


def _check_YesNoFlagValue(v: Any) -> Invalid | None:
    if (r1 := _check_YesNoFlag(v)) is not None and (r2 := _check_anonymous_166(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_anonymous_121(v: Any) -> Invalid | None:
    if not (isinstance(v, list)):
        return ((), "must be of type array")
    for i1, x2 in enumerate(v):
        if (e := _check_Profile(x2)) is not None:
            return ((i1, *e[0]), e[1])
    return None


def _check_SendStatusValue(v: Any) -> Invalid | None:
    if (r1 := _check_SendStatus(v)) is not None and (r2 := _check_anonymous_169(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_DeliveryReportValue(v: Any) -> Invalid | None:
    if (r1 := _check_DeliveryReport(v)) is not None and (r2 := _check_anonymous_171(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_SmsTypeValue(v: Any) -> Invalid | None:
    if (r1 := _check_SmsType(v)) is not None and (r2 := _check_anonymous_173(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_SessionReturnCode(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_8):
        return ((), "must be one of ['0', '1', '2', '3', '4']")
    return None


def _check_anonymous_126(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_BooleanStringValue(v: Any) -> Invalid | None:
    if (r1 := _check_BooleanString(v)) is not None and (r2 := _check_anonymous_175(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_OtaFlag(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_129(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_BipFlag(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_131(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_MultiImsiFlag(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_1):
        return ((), "must be one of ['0', '1']")
    return None


def _check_anonymous_133(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_Lifecycle(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_2):
        return ((), "must be one of ['0', '1', '2', '3', '4', '5']")
    return None


def _check_anonymous_135(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_PoolType(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_9)):
        return ((), "must be one of [1, 2, 3]")
    return None


def _check_anonymous_137(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


def _check_BillingCycle(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_10)):
        return ((), "must be one of [1, 3, 6, 12]")
    return None


def _check_anonymous_139(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


def _check_CardStatusCount(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("cardStatus", _MISSING)
    if x1 is not _MISSING:
        if (e := _check_CardStatusValue(x1)) is not None:
            return (("cardStatus", *e[0]), e[1])
    x2 = v.get("total", _MISSING)
    if x2 is not _MISSING:
        if not (
            (isinstance(x2, int) and not isinstance(x2, bool)) or (isinstance(x2, float) and x2.is_integer())
        ):
            return (("total",), "must be of type integer")
        if x2 < 0:
            return (("total",), "must be at least 0")
    return None


def _check_FlowPackageTypeValue(v: Any) -> Invalid | None:
    if (r1 := _check_FlowPackageType(v)) is not None and (r2 := _check_anonymous_177(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_anonymous_142(v: Any) -> Invalid | None:
    if not (isinstance(v, list)):
        return ((), "must be of type array")
    for i1, x2 in enumerate(v):
        if (e := _check_EpiConfig(x2)) is not None:
            return ((i1, *e[0]), e[1])
    return None


def _check_PoolStatus(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_11)):
        return ((), "must be one of [1, 2]")
    return None


def _check_anonymous_144(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


def _check_OperationCardStatusValue(v: Any) -> Invalid | None:
    if (r1 := _check_OperationCardStatus(v)) is not None and (r2 := _check_anonymous_180(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_BillingMethod(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_12)):
        return ((), "must be one of [0, 1, 2, 3]")
    return None


def _check_anonymous_147(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


def _check_CardStatus(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_13)):
        return ((), "must be one of [1, 4, 8, 12, 16, 18, 99]")
    return None


def _check_anonymous_149(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


def _check_CardSwitchError(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("infoMessage", _MISSING)
    if x1 is not _MISSING:
        if not ((isinstance(x1, str)) or (x1 is None)):
            return (("infoMessage",), "must be of type ['string', 'null']")
    x2 = v.get("iccid", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("iccid",), "must be of type string")
        if _PATTERN_3.search(x2) is None:
            return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    return None


def _check_ResultStatusCode(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_14):
        return (
            (),
            "must be one of ['CB-00-0000', 'CB-99-9400', 'CB-99-9401', 'CB-99-9402', 'CB-99-9403', 'CB-99-9500', 'CB-99-9999']",
        )
    return None


def _check_anonymous_152(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_PackageType(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_2):
        return ((), "must be one of ['0', '1', '2', '3', '4', '5']")
    return None


def _check_anonymous_154(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_PriceType(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_156(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_BuyType(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_158(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_PackageStatus(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_160(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_PackageUsageAttribute(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_162(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_anonymous_163(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_RefuelingPackage(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("ref_orderId", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("ref_orderId",), "must be of type string")
    x2 = v.get("refpackage_flow", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("refpackage_flow",), "must be of type string")
        if _PATTERN_4.search(x2) is None:
            return (("refpackage_flow",), "must match ^-?[0-9]+$")
    x3 = v.get("refpackage_order_date", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("refpackage_order_date",), "must be of type string")
    x4 = v.get("refpackage_status", _MISSING)
    if x4 is not _MISSING:
        if (e := _check_RefuelingStatusValue(x4)) is not None:
            return (("refpackage_status", *e[0]), e[1])
    return None


def _check_YesNoFlag(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_1):
        return ((), "must be one of ['0', '1']")
    return None


def _check_anonymous_166(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_Profile(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    if "iccid" not in v:
        return (("iccid",), "is required")
    if "imsi" not in v:
        return (("imsi",), "is required")
    if "msisdn" not in v:
        return (("msisdn",), "is required")
    x1 = v.get("iccid", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("iccid",), "must be of type string")
        if _PATTERN_3.search(x1) is None:
            return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x2 = v.get("imsi", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("imsi",), "must be of type string")
        if _PATTERN_8.search(x2) is None:
            return (("imsi",), "must match ^[0-9]{6,15}$")
    x3 = v.get("msisdn", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("msisdn",), "must be of type string")
        if _PATTERN_20.search(x3) is None:
            return (("msisdn",), "must match ^\\+?[0-9A-Fa-f]{1,20}$")
    return None


def _check_SendStatus(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_169(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_DeliveryReport(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_3):
        return ((), "must be one of ['1', '2']")
    return None


def _check_anonymous_171(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_SmsType(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_15):
        return ((), "must be one of ['MO', 'MT']")
    return None


def _check_anonymous_173(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_BooleanString(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_16):
        return ((), "must be one of ['true', 'false']")
    return None


def _check_anonymous_175(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_FlowPackageType(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_9)):
        return ((), "must be one of [1, 2, 3]")
    return None


def _check_anonymous_177(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


def _check_EpiConfig(v: Any) -> Invalid | None:
    if not (isinstance(v, dict)):
        return ((), "must be of type object")
    x1 = v.get("epiConfigCode", _MISSING)
    if x1 is not _MISSING:
        if not ((isinstance(x1, str)) or (x1 is None)):
            return (("epiConfigCode",), "must be of type ['string', 'null']")
    x2 = v.get("epiCode", _MISSING)
    if x2 is not _MISSING:
        if not ((isinstance(x2, str)) or (x2 is None)):
            return (("epiCode",), "must be of type ['string', 'null']")
    x3 = v.get("standardCharge", _MISSING)
    if x3 is not _MISSING:
        if not ((isinstance(x3, (int, float)) and not isinstance(x3, bool)) or (x3 is None)):
            return (("standardCharge",), "must be of type ['number', 'null']")
    x4 = v.get("realFenStandardCharge", _MISSING)
    if x4 is not _MISSING:
        if not ((isinstance(x4, (int, float)) and not isinstance(x4, bool)) or (x4 is None)):
            return (("realFenStandardCharge",), "must be of type ['number', 'null']")
    x5 = v.get("epiConfigType", _MISSING)
    if x5 is not _MISSING:
        if x5 is not None and (r6 := _check_EpiConfigTypeValue(x5)) is not None:
            return (("epiConfigType", *r6[0]), r6[1])
    return None


def _check_OperationCardStatus(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_17)):
        return ((), "must be one of [1, 2, 3, 4]")
    return None


def _check_anonymous_180(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


def _check_RefuelingStatusValue(v: Any) -> Invalid | None:
    if (r1 := _check_RefuelingStatus(v)) is not None and (r2 := _check_anonymous_184(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_EpiConfigTypeValue(v: Any) -> Invalid | None:
    if (r1 := _check_EpiConfigType(v)) is not None and (r2 := _check_anonymous_186(v)) is not None:
        m3 = _meant(
            (
                r1,
                r2,
            )
        )
        return m3
    return None


def _check_RefuelingStatus(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    if not (isinstance(v, str) and v in _VALUES_18):
        return ((), "must be one of ['1', '2', '3', '4']")
    return None


def _check_anonymous_184(v: Any) -> Invalid | None:
    if not (isinstance(v, str)):
        return ((), "must be of type string")
    return None


def _check_EpiConfigType(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    if not (any(_equal(v, wanted) for wanted in _VALUES_9)):
        return ((), "must be one of [1, 2, 3]")
    return None


def _check_anonymous_186(v: Any) -> Invalid | None:
    if not ((isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())):
        return ((), "must be of type integer")
    return None


# -- operations ---------------------------------------------------------------------------------------


def _request_query_sim_cdr(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    x1 = path.get("sim_id", _MISSING)
    if x1 is _MISSING:
        return (("sim_id",), "is required")
    if not (isinstance(x1, str)):
        return (("sim_id",), "must be of type string")
    if len(x1) < 1:
        return (("sim_id",), "must be at least 1 characters")
    x2 = query.get("received_start_time", _MISSING)
    if x2 is _MISSING:
        return (("received_start_time",), "is required")
    if not (isinstance(x2, str)):
        return (("received_start_time",), "must be of type string")
    if _PATTERN_1.search(x2) is None:
        return (
            ("received_start_time",),
            "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        )
    x3 = query.get("received_end_by", _MISSING)
    if x3 is _MISSING:
        return (("received_end_by",), "is required")
    if not (isinstance(x3, str)):
        return (("received_end_by",), "must be of type string")
    if _PATTERN_1.search(x3) is None:
        return (("received_end_by",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    x4 = query.get("page_no", _MISSING)
    if x4 is _MISSING:
        return (("page_no",), "is required")
    if not (
        (isinstance(x4, int) and not isinstance(x4, bool)) or (isinstance(x4, float) and x4.is_integer())
    ):
        return (("page_no",), "must be of type integer")
    if x4 < 1:
        return (("page_no",), "must be at least 1")
    x5 = query.get("page_size", _MISSING)
    if x5 is _MISSING:
        return (("page_size",), "is required")
    if not (
        (isinstance(x5, int) and not isinstance(x5, bool)) or (isinstance(x5, float) and x5.is_integer())
    ):
        return (("page_size",), "must be of type integer")
    if x5 < 1:
        return (("page_size",), "must be at least 1")
    return None


def _request_query_sim_cdr_by_apn(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    x1 = path.get("sim_id", _MISSING)
    if x1 is _MISSING:
        return (("sim_id",), "is required")
    if not (isinstance(x1, str)):
        return (("sim_id",), "must be of type string")
    if len(x1) < 1:
        return (("sim_id",), "must be at least 1 characters")
    x2 = query.get("apn", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("apn",), "must be of type string")
        if len(x2) < 1:
            return (("apn",), "must be at least 1 characters")
    x3 = query.get("received_start_time", _MISSING)
    if x3 is _MISSING:
        return (("received_start_time",), "is required")
    if not (isinstance(x3, str)):
        return (("received_start_time",), "must be of type string")
    if _PATTERN_1.search(x3) is None:
        return (
            ("received_start_time",),
            "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        )
    x4 = query.get("received_end_by", _MISSING)
    if x4 is _MISSING:
        return (("received_end_by",), "is required")
    if not (isinstance(x4, str)):
        return (("received_end_by",), "must be of type string")
    if _PATTERN_1.search(x4) is None:
        return (("received_end_by",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    x5 = query.get("page_no", _MISSING)
    if x5 is _MISSING:
        return (("page_no",), "is required")
    if not (
        (isinstance(x5, int) and not isinstance(x5, bool)) or (isinstance(x5, float) and x5.is_integer())
    ):
        return (("page_no",), "must be of type integer")
    if x5 < 1:
        return (("page_no",), "must be at least 1")
    x6 = query.get("page_size", _MISSING)
    if x6 is _MISSING:
        return (("page_size",), "is required")
    if not (
        (isinstance(x6, int) and not isinstance(x6, bool)) or (isinstance(x6, float) and x6.is_integer())
    ):
        return (("page_size",), "must be of type integer")
    if x6 < 1:
        return (("page_size",), "must be at least 1")
    return None


def _request_sync_packages(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_SyncPackagesRequest(body)) is not None:
        return e
    return None


def _request_batch_order_packages(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    if (e := _check_BatchOrderPackagesRequest(body)) is not None:
        return e
    return None


def _request_query_orders(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_QueryOrdersRequest(body)) is not None:
        return e
    return None


def _request_open_package(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_OrderIdRequest(body)) is not None:
        return e
    return None


def _request_cancel_package(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_OrderIdRequest(body)) is not None:
        return e
    return None


def _request_finish_order_early(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    if (e := _check_FinishOrderEarlyRequest(body)) is not None:
        return e
    return None


def _request_get_traffic_pool_info(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    if (e := _check_GetTrafficPoolInfoRequest(body)) is not None:
        return e
    return None


def _request_send_sms(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_SendSmsRequest(body)) is not None:
        return e
    return None


def _request_query_mt_sms_status(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    if (e := _check_QueryMtSmsStatusRequest(body)) is not None:
        return e
    return None


def _request_query_sms_cdr(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_QuerySmsCdrRequest(body)) is not None:
        return e
    return None


def _request_query_latest_cdr(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_QueryLatestCdrRequest(body)) is not None:
        return e
    return None


def _request_restart_service(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_OrderServiceRequest(body)) is not None:
        return e
    return None


def _request_pause_service(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_OrderServiceRequest(body)) is not None:
        return e
    return None


def _request_query_device(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_QueryDeviceRequest(body)) is not None:
        return e
    return None


def _request_query_devices(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_QueryDevicesRequest(body)) is not None:
        return e
    return None


def _request_bind_device_imei(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_BindDeviceImeiRequest(body)) is not None:
        return e
    return None


def _request_get_bind_history(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if (e := _check_DeviceIdRequest(body)) is not None:
        return e
    return None


def _request_get_pool_detail(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    x1 = query.get("poolCode", _MISSING)
    if x1 is _MISSING:
        return (("poolCode",), "is required")
    if not (isinstance(x1, str)):
        return (("poolCode",), "must be of type string")
    if len(x1) < 1:
        return (("poolCode",), "must be at least 1 characters")
    return None


def _request_get_pool_month_usage(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    x1 = query.get("poolCode", _MISSING)
    if x1 is _MISSING:
        return (("poolCode",), "is required")
    if not (isinstance(x1, str)):
        return (("poolCode",), "must be of type string")
    if len(x1) < 1:
        return (("poolCode",), "must be at least 1 characters")
    x2 = query.get("queryMonth", _MISSING)
    if x2 is _MISSING:
        return (("queryMonth",), "is required")
    if not (isinstance(x2, str)):
        return (("queryMonth",), "must be of type string")
    if _PATTERN_2.search(x2) is None:
        return (("queryMonth",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])$")
    return None


def _request_get_pool_day_usage(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    x1 = query.get("poolCode", _MISSING)
    if x1 is _MISSING:
        return (("poolCode",), "is required")
    if not (isinstance(x1, str)):
        return (("poolCode",), "must be of type string")
    if len(x1) < 1:
        return (("poolCode",), "must be at least 1 characters")
    x2 = query.get("queryDay", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("queryDay",), "must be of type string")
        if _PATTERN_1.search(x2) is None:
            return (("queryDay",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    return None


def _request_get_batch_operation_status(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    x1 = query.get("batchCode", _MISSING)
    if x1 is _MISSING:
        return (("batchCode",), "is required")
    if not (isinstance(x1, str)):
        return (("batchCode",), "must be of type string")
    if len(x1) < 1:
        return (("batchCode",), "must be at least 1 characters")
    return None


def _request_get_card_detail(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    x1 = query.get("iccid", _MISSING)
    if x1 is _MISSING:
        return (("iccid",), "is required")
    if not (isinstance(x1, str)):
        return (("iccid",), "must be of type string")
    if _PATTERN_3.search(x1) is None:
        return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    return None


def _request_switch_card_network(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    if (e := _check_SwitchCardNetworkRequest(body)) is not None:
        return e
    return None


def _request_get_card_month_usage(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    x1 = query.get("iccid", _MISSING)
    if x1 is _MISSING:
        return (("iccid",), "is required")
    if not (isinstance(x1, str)):
        return (("iccid",), "must be of type string")
    if _PATTERN_3.search(x1) is None:
        return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x2 = query.get("queryMonth", _MISSING)
    if x2 is _MISSING:
        return (("queryMonth",), "is required")
    if not (isinstance(x2, str)):
        return (("queryMonth",), "must be of type string")
    if _PATTERN_2.search(x2) is None:
        return (("queryMonth",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])$")
    return None


def _request_get_card_day_usage(
    path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> Invalid | None:
    x1 = query.get("iccid", _MISSING)
    if x1 is _MISSING:
        return (("iccid",), "is required")
    if not (isinstance(x1, str)):
        return (("iccid",), "must be of type string")
    if _PATTERN_3.search(x1) is None:
        return (("iccid",), "must match ^[0-9]{18,22}[0-9A-Fa-f]?$")
    x2 = query.get("queryDay", _MISSING)
    if x2 is _MISSING:
        return (("queryDay",), "is required")
    if not (isinstance(x2, str)):
        return (("queryDay",), "must be of type string")
    if _PATTERN_1.search(x2) is None:
        return (("queryDay",), "must match ^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    return None


def _request_order_package(path: Mapping[str, Any], query: Mapping[str, Any], body: Any) -> Invalid | None:
    if isinstance(body, dict):
        body = {key: value for key, value in body.items() if key not in _NAMES_1}
    if not (isinstance(body, dict)):
        return ((), "must be of type object")
    if "device_id" not in body:
        return (("device_id",), "is required")
    if "global_order" not in body:
        return (("global_order",), "is required")
    if "is_open" not in body:
        return (("is_open",), "is required")
    if "order_period" not in body:
        return (("order_period",), "is required")
    if "package_code" not in body:
        return (("package_code",), "is required")
    if "package_name" not in body:
        return (("package_name",), "is required")
    if "package_type" not in body:
        return (("package_type",), "is required")
    if "pay_amount" not in body:
        return (("pay_amount",), "is required")
    if "pay_rst" not in body:
        return (("pay_rst",), "is required")
    if "test_flow" not in body:
        return (("test_flow",), "is required")
    if "test_flow_flag" not in body:
        return (("test_flow_flag",), "is required")
    x1 = body.get("device_id", _MISSING)
    if x1 is not _MISSING:
        if not (isinstance(x1, str)):
            return (("device_id",), "must be of type string")
        if len(x1) < 1:
            return (("device_id",), "must be at least 1 characters")
    x2 = body.get("global_order", _MISSING)
    if x2 is not _MISSING:
        if not (isinstance(x2, str)):
            return (("global_order",), "must be of type string")
        if not (isinstance(x2, str) and x2 in _VALUES_1):
            return (("global_order",), "must be one of ['0', '1']")
    x3 = body.get("is_open", _MISSING)
    if x3 is not _MISSING:
        if not (isinstance(x3, str)):
            return (("is_open",), "must be of type string")
        if not (isinstance(x3, str) and x3 in _VALUES_1):
            return (("is_open",), "must be one of ['0', '1']")
    x4 = body.get("order_period", _MISSING)
    if x4 is not _MISSING:
        if not (isinstance(x4, str)):
            return (("order_period",), "must be of type string")
        if _PATTERN_4.search(x4) is None:
            return (("order_period",), "must match ^-?[0-9]+$")
    x5 = body.get("package_code", _MISSING)
    if x5 is not _MISSING:
        if not (isinstance(x5, str)):
            return (("package_code",), "must be of type string")
        if len(x5) < 1:
            return (("package_code",), "must be at least 1 characters")
    x6 = body.get("package_name", _MISSING)
    if x6 is not _MISSING:
        if not (isinstance(x6, str)):
            return (("package_name",), "must be of type string")
        if len(x6) < 1:
            return (("package_name",), "must be at least 1 characters")
    x7 = body.get("package_type", _MISSING)
    if x7 is not _MISSING:
        if not (isinstance(x7, str)):
            return (("package_type",), "must be of type string")
        if not (isinstance(x7, str) and x7 in _VALUES_2):
            return (("package_type",), "must be one of ['0', '1', '2', '3', '4', '5']")
    x8 = body.get("pay_amount", _MISSING)
    if x8 is not _MISSING:
        if not (isinstance(x8, str)):
            return (("pay_amount",), "must be of type string")
        if _PATTERN_5.search(x8) is None:
            return (("pay_amount",), "must match ^-?[0-9]+(\\.[0-9]{1,2})?$")
    x9 = body.get("pay_rst", _MISSING)
    if x9 is not _MISSING:
        if not (isinstance(x9, str)):
            return (("pay_rst",), "must be of type string")
        if not (isinstance(x9, str) and x9 in _VALUES_3):
            return (("pay_rst",), "must be one of ['1', '2']")
    x10 = body.get("pay_type", _MISSING)
    if x10 is not _MISSING:
        if not (isinstance(x10, str)):
            return (("pay_type",), "must be of type string")
        if not (isinstance(x10, str) and x10 in _VALUES_4):
            return (("pay_type",), "must be one of ['0', '1', '2']")
    x11 = body.get("test_flow", _MISSING)
    if x11 is not _MISSING:
        if not (isinstance(x11, str)):
            return (("test_flow",), "must be of type string")
        if _PATTERN_4.search(x11) is None:
            return (("test_flow",), "must match ^-?[0-9]+$")
    x12 = body.get("test_flow_flag", _MISSING)
    if x12 is not _MISSING:
        if not (isinstance(x12, str)):
            return (("test_flow_flag",), "must be of type string")
        if not (isinstance(x12, str) and x12 in _VALUES_1):
            return (("test_flow_flag",), "must be one of ['0', '1']")
    return None


REQUESTS: Final[dict[str, RequestCheck]] = {
    "query_sim_cdr": RequestCheck(_request_query_sim_cdr, True),
    "query_sim_cdr_by_apn": RequestCheck(_request_query_sim_cdr_by_apn, True),
    "sync_packages": RequestCheck(_request_sync_packages, False),
    "batch_order_packages": RequestCheck(_request_batch_order_packages, False),
    "query_orders": RequestCheck(_request_query_orders, False),
    "open_package": RequestCheck(_request_open_package, False),
    "cancel_package": RequestCheck(_request_cancel_package, False),
    "finish_order_early": RequestCheck(_request_finish_order_early, False),
    "get_traffic_pool_info": RequestCheck(_request_get_traffic_pool_info, False),
    "send_sms": RequestCheck(_request_send_sms, False),
    "query_mt_sms_status": RequestCheck(_request_query_mt_sms_status, False),
    "query_sms_cdr": RequestCheck(_request_query_sms_cdr, False),
    "query_latest_cdr": RequestCheck(_request_query_latest_cdr, False),
    "restart_service": RequestCheck(_request_restart_service, False),
    "pause_service": RequestCheck(_request_pause_service, False),
    "query_device": RequestCheck(_request_query_device, False),
    "query_devices": RequestCheck(_request_query_devices, False),
    "bind_device_imei": RequestCheck(_request_bind_device_imei, False),
    "get_bind_history": RequestCheck(_request_get_bind_history, False),
    "get_pool_detail": RequestCheck(_request_get_pool_detail, False),
    "get_pool_month_usage": RequestCheck(_request_get_pool_month_usage, False),
    "get_pool_day_usage": RequestCheck(_request_get_pool_day_usage, False),
    "get_batch_operation_status": RequestCheck(_request_get_batch_operation_status, False),
    "get_card_detail": RequestCheck(_request_get_card_detail, False),
    "switch_card_network": RequestCheck(_request_switch_card_network, False),
    "get_card_month_usage": RequestCheck(_request_get_card_month_usage, False),
    "get_card_day_usage": RequestCheck(_request_get_card_day_usage, False),
    "order_package": RequestCheck(_request_order_package, False),
}

RESPONSES: Final[dict[tuple[str, str], dict[str, Check | None]]] = {
    ("get", "/cmp-api/sims/{sim_id}/cdr"): {
        "200": _check_QuerySimCdrResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("get", "/cmp-api/sims/{sim_id}/cdr/apn"): {
        "200": _check_QuerySimCdrResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/package/syncPackages"): {
        "200": _check_SyncPackagesResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/package/batchOrderPackages"): {
        "200": _check_BatchOrderPackagesResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/package/queryOrder"): {
        "200": _check_QueryOrdersResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/package/openPackage"): {
        "200": _check_OpenPackageResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/package/cancelPackage"): {
        "200": _check_CmpEmptyResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/package/aheadFinishDeviceOrder"): {
        "200": _check_CmpEmptyResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/package/getTrafficPoolInfo"): {
        "200": _check_GetTrafficPoolInfoResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/sms/sendSms"): {
        "200": _check_CmpEmptyResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/sms/queryMTSmsStatus"): {
        "200": _check_QueryMtSmsStatusResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/sms/querySmsCDR"): {
        "200": _check_QuerySmsCdrResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/sms/queryLatestCDR"): {
        "200": _check_QueryLatestCdrResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/device/restartService"): {
        "200": _check_CmpEmptyResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/device/pauseService"): {
        "200": _check_CmpEmptyResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/device/queryDevice"): {
        "200": _check_QueryDeviceResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/device/queryBatchDevice"): {
        "200": _check_QueryDevicesResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/device/bind"): {
        "200": _check_BindDeviceImeiResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("post", "/cmp-api/device/getBindTrackList"): {
        "200": _check_GetBindHistoryResponse,
        "400": _check_CmpEnvelope,
        "401": _check_GatewayError,
    },
    ("get", "/api/v1/pool/detail"): {
        "200": _check_GetPoolDetailResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("get", "/api/v1/pool/getPoolMonthUsage"): {
        "200": _check_GetPoolMonthUsageResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("get", "/api/v1/pool/getPoolDayUsage"): {
        "200": _check_GetPoolDayUsageResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("get", "/api/v1/operation/batch/query/status"): {
        "200": _check_GetBatchOperationStatusResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("get", "/api/v1/card/detail"): {
        "200": _check_GetCardDetailResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("post", "/api/v1/card/operation/network"): {
        "200": _check_SwitchCardNetworkResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("get", "/api/v1/card/getCardMonthUsage"): {
        "200": _check_GetCardMonthUsageResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("get", "/api/v1/card/getCardDayUsage"): {
        "200": _check_GetCardDayUsageResponse,
        "400": _check_PoolEnvelope,
        "401": _check_PoolEnvelope,
    },
    ("post", "/package/orderPackage"): {
        "200": _check_OrderPackageResponse,
        "400": _check_CsssEnvelope,
        "401": _check_CsssEnvelope,
    },
}
