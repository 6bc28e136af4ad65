"""Argument validation per call: what ``validate_requests=True`` (the default) adds to every call.

The client checks each call's arguments against the spec before anything is sent
(``linksfield._spec_checks.check_request``: the sendable-text rules, then the operation's
generated checks). The request is built by the facade's own resource method, through an invoker
that only returns what it is given, so exactly the arguments a call carries are checked; only the
check is timed (best of three loops, like the signing figures).
"""

from __future__ import annotations

import timeit
from collections.abc import Callable, Mapping
from typing import Any, cast

from linksfield._spec_checks import check_request
from linksfield_api.facade import Operation, RequestBuilder, SyncNamespaces

from .figures import Figure, median

TARGET_US = 20.0
DEVICES = [f"898520220180418{index:05d}" for index in range(50)]


class _Capture:
    """Stands in for the client's invoker: hands back the operation and the built request."""

    def call(
        self, operation: Operation[Any], request: RequestBuilder
    ) -> tuple[Operation[Any], dict[str, Any]]:
        return operation, request()


def _calls() -> list[tuple[str, Operation[Any], Mapping[str, Any]]]:
    api: Any = SyncNamespaces(cast(Any, _Capture()))
    cases = [
        ("query_orders, 5 arguments", api.packages.query_orders(page_no=1, page_size=50, order_status="2")),
        (
            "batch_order_packages, 50 devices",
            api.packages.batch_order_packages(
                device_list=DEVICES, package_code="DP20190726001274", is_open="0"
            ),
        ),
        (
            "query_sim_cdr, path + query",
            api.cdr.query_sim_cdr(
                sim_id="89430101523088119435",
                received_start_time="2024-05-01",
                received_end_by="2024-05-09",
                page_no=1,
                page_size=100,
            ),
        ),
    ]
    return [(label, operation, request) for label, (operation, request) in cases]


def _best(check: Callable[[], None], number: int) -> float:
    return min(timeit.repeat(check, number=number, repeat=3)) / number * 1e6


def run(repeats: int, number: int = 2000) -> list[Figure]:
    figures = []
    for label, operation, request in _calls():

        def check(operation: Operation[Any] = operation, request: Mapping[str, Any] = request) -> None:
            check_request(operation.operation_id, operation.method, operation.path, request)

        check()  # valid arguments: must pass (and load the generated checks) before it is timed
        runs = [_best(check, number) for _ in range(repeats)]
        figures.append(
            Figure(
                "validation",
                f"argument validation: {label}",
                "µs/call",
                runs,
                target=f"≤ {TARGET_US:g} µs",
                met=median(runs) <= TARGET_US,
            )
        )
    return figures
