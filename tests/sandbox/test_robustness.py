"""No request makes the sandbox answer 5xx: wrong types everywhere, and values at the calendar's edges.

A quick deterministic sweep (the schemathesis run is the thorough one): every operation, every
top-level field or parameter replaced by values of the wrong kind; each answer must be a documented
status with a body valid for it.
"""

from __future__ import annotations

from typing import Any

import pytest

from .support import SandboxProcess, call, op, operations, schema_errors
from .test_operations import Ctx, request_for

WRONG: tuple[Any, ...] = (None, 52.0, -1, "", "x" * 300, [], {}, True, "2024-02-31", "0000-01")


@pytest.mark.parametrize("operation_id", sorted(o.operation_id for o in operations()))
def test_wrong_values_never_give_5xx(operation_id: str, sandbox: SandboxProcess) -> None:
    operation = op(operation_id)
    fixtures = sandbox.fixtures()
    pool = _NoDevices(fixtures["devices"])
    base = request_for(operation_id, Ctx(sandbox, pool, fixtures))  # type: ignore[arg-type]
    variants: list[dict[str, Any]] = []
    for section in ("query", "body"):
        for name in list(base.get(section) or {}):
            for value in WRONG:
                changed = {**base, section: {**base[section], name: value}}
                if section == "query" and value is None:
                    changed[section] = {k: v for k, v in base[section].items() if k != name}
                variants.append(changed)
    with sandbox.client_for(operation.family) as client:
        for request in variants:
            response = call(client, operation, **request)
            assert response.status_code in (200, 400), (request, response.status_code, response.text)
            assert schema_errors(operation, response.status_code, response.json()) is None, (
                request,
                response.json(),
            )


class _NoDevices:
    """Hands out the same few devices: these requests are meant to be refused or harmless."""

    def __init__(self, devices: list[str]) -> None:
        self.devices = devices[-5:]

    def take(self, n: int = 1) -> list[str]:
        return self.devices[:n]

    def one(self) -> str:
        return self.devices[0]


def test_year_zero_is_refused_by_the_schema(sandbox: SandboxProcess) -> None:
    """R-DATE-YEARS: the date patterns admit years 1000-2999 only."""
    operation = op("get_pool_month_usage")
    with sandbox.client_for(operation.family) as client:
        response = call(client, operation, query={"poolCode": "UP20250401000123", "queryMonth": "0000-01"})
    assert response.status_code == 400
    assert response.json()["message"].startswith("queryMonth: must match")


@pytest.mark.parametrize(
    ("operation_id", "request_"),
    [
        ("get_pool_month_usage", {"query": {"poolCode": "UP20250401000123", "queryMonth": "1000-01"}}),
        ("get_pool_month_usage", {"query": {"poolCode": "UP20250401000123", "queryMonth": "2999-12"}}),
        ("get_card_day_usage", {"query": {"iccid": "8944500102198304826", "queryDay": "2024-02-31"}}),
        ("query_sms_cdr", {"body": {"device_id": "8944500102198304826", "end_time": "1000-01-05"}}),
        ("query_sms_cdr", {"body": {"device_id": "8944500102198304826", "begin_time": "2999-12-31"}}),
        (
            "batch_order_packages",
            {
                "body": {
                    "deviceList": ["8944500102198304826"],
                    "package_code": "DP20190924001683",
                    "is_open": "1",
                    "order_period": "999999999999",
                }
            },
        ),
    ],
)
def test_calendar_edges_are_answers(
    operation_id: str, request_: dict[str, Any], sandbox: SandboxProcess
) -> None:
    operation = op(operation_id)
    with sandbox.client_for(operation.family) as client:
        response = call(client, operation, **request_)
    assert response.status_code == 200, response.text
    assert schema_errors(operation, 200, response.json()) is None
