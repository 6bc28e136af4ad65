"""The tolerant reader and its strict mode, on every operation of the spec (issue 15).

Each operation's 200 example is spoiled in two ways: (a) the first typed value of ``data`` (walking
the example) gets a value of another JSON type (operations whose data is null or a scalar have
none), (b) ``data`` is removed (where that is a misfit: the operation returns data, or the schema
requires the key). By default the client
returns what it could read: the misfit stays in ``data`` as received, everything else typed, the
misfit is listed on ``APIResponse.misfits`` and in exactly one warning line that never shows the
value. With ``strict_responses=True`` it raises ``ResponseValidationError`` at the path; after a
spend or mutate that error says the call succeeded, and the call is not repeated.

Which value is "typed" is decided by the spec's JSON Schema, not by the parsers under test: the
first leaf whose replacement the schema refuses at that very place.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from typing import Any

import pytest

import linksfield
from linksfield._spec_checks import locate_problem
from linksfield_api.facade import OPERATIONS, Operation

from .support import Stub, answer, arguments_for, parsed_at, plain, raw_dicts, response_example, run

Path = tuple[str | int, ...]

SECRET_TEXT = "zz-private-7Hq"
SECRET_NUMBER = 918273645
"""Distinctive replacements, so a log line that leaked a value would be caught."""
INNER_SUCCESS_CODE = ("data", "status", "code")
"""CDR/SMS answers put their own success code here: changing it makes a refusal, not a misfit."""


def _leaves(value: Any, at: Path) -> Iterator[Path]:
    """The paths of scalar values (not null) below ``at``, depth first in document order."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*at, index))
    elif value is not None:
        yield at


def _at(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


def _put(document: Any, path: Path, value: Any) -> None:
    _at(document, path[:-1])[path[-1]] = value


def _schema_problem(operation: Operation[Any], document: Any) -> tuple[Path, str] | None:
    return locate_problem(operation.method, operation.path, 200, document)


def _wrong_type(operation_id: str) -> tuple[Path, dict[str, Any]] | None:
    """The first typed value of ``data`` replaced by one of another JSON type, with its path."""
    operation = OPERATIONS[operation_id]
    example = response_example(operation_id)
    if not isinstance(example.get("data"), (dict, list)):
        return None
    for path in _leaves(example["data"], ("data",)):
        if path == INNER_SUCCESS_CODE:
            continue
        document = copy.deepcopy(example)
        _put(document, path, SECRET_NUMBER if isinstance(_at(example, path), str) else SECRET_TEXT)
        problem = _schema_problem(operation, document)
        if problem is not None and problem[0] == path:
            return path, document
    raise AssertionError(f"{operation_id}: no value of data has a type the schema checks")


def _without_data(operation_id: str) -> tuple[Path, dict[str, Any]] | None:
    """The example without ``data``, where that is a misfit: the operation returns data, or the
    schema requires the key (``data: null`` for the calls that answer nothing, mostly mutations)."""
    operation = OPERATIONS[operation_id]
    example = response_example(operation_id)
    del example["data"]
    if not operation.data_required and _schema_problem(operation, example) is None:
        return None
    return ("data",), example


CASES = [
    pytest.param(operation_id, kind, *case, id=f"{operation_id}-{kind}")
    for operation_id in sorted(OPERATIONS)
    for kind, make in (("wrong-type", _wrong_type), ("no-data", _without_data))
    if (case := make(operation_id)) is not None
]


def test_every_operation_is_spoiled_at_least_once() -> None:
    assert {param.values[0] for param in CASES} == set(OPERATIONS)


def _call_raw(client: linksfield.Client, operation_id: str) -> Any:
    operation = OPERATIONS[operation_id]
    method = getattr(getattr(client, operation.tag).with_raw_response, operation_id)
    return method(**arguments_for(operation_id))


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "linksfield" and r.levelno >= logging.WARNING]


@pytest.mark.parametrize(("operation_id", "kind", "path", "document"), CASES)
def test_by_default_a_success_answer_is_read_on_and_its_misfit_named(
    stub: Stub,
    caplog: pytest.LogCaptureFixture,
    operation_id: str,
    kind: str,
    path: Path,
    document: dict[str, Any],
) -> None:
    operation = OPERATIONS[operation_id]
    stub.then(answer(200, document))
    with caplog.at_level(logging.WARNING, logger="linksfield"):
        raw = _call_raw(stub.client(), operation_id)
    assert len(stub.seen) == 1
    [misfit] = raw.misfits
    assert isinstance(misfit, linksfield.ResponseMisfit)
    assert misfit.path == path
    if kind == "no-data":
        assert raw.data is None
        assert misfit.reason.startswith(("is required", "is missing"))
    else:
        assert misfit.reason.startswith("expected ") and " got " in misfit.reason
        # The misfit as received, in place; everything else typed as the spec says.
        assert isinstance(raw.data, operation.data_types)
        assert parsed_at(raw.data, path[1:]) == _at(document, path)
        assert list(raw_dicts(raw.data)) == []
        assert plain(raw.data) == document["data"]
    [warning] = _warnings(caplog)
    text = warning.getMessage()
    assert operation_id in text and misfit.path_text in text and "1 value(s)" in text
    assert SECRET_TEXT not in text and str(SECRET_NUMBER) not in text


@pytest.mark.parametrize(("operation_id", "kind", "path", "document"), CASES)
def test_strict_mode_raises_at_the_path_and_a_spend_says_it_succeeded(
    stub: Stub, operation_id: str, kind: str, path: Path, document: dict[str, Any]
) -> None:
    operation = OPERATIONS[operation_id]
    stub.then(answer(200, document))
    with pytest.raises(linksfield.ResponseValidationError) as caught:
        _call_raw(stub.client(strict_responses=True, max_retries=2), operation_id)
    error = caught.value
    assert error.path == path
    assert error.operation == operation_id
    assert [m.path for m in error.misfits] == [path]
    assert len(stub.seen) == 1  # never repeated, whatever the kind of call
    if operation.side_effect == "read":
        assert type(error) is linksfield.ResponseValidationError
        assert error.succeeded is False
        return
    assert isinstance(error, linksfield.SucceededWithMisfitsError)
    assert error.succeeded is True
    assert str(error).startswith("the call succeeded but")
    assert error.raw_data == document.get("data")
    assert error.response.misfits == error.misfits
    assert (error.data is None) == (kind == "no-data")
    assert SECRET_TEXT not in str(error) and str(SECRET_NUMBER) not in str(error)


def test_strict_mode_follows_with_options_both_ways(stub: Stub) -> None:
    _, document = CASES_BY_ID["query_orders-wrong-type"]
    tolerant = stub.client()
    strict = stub.quiet(tolerant.with_options(strict_responses=True))
    assert (tolerant.settings.strict_responses, strict.settings.strict_responses) == (False, True)
    stub.then(answer(200, document), answer(200, document))
    with pytest.raises(linksfield.ResponseValidationError):
        strict.packages.query_orders(page_no=1, page_size=3)
    relaxed = stub.quiet(strict.with_options(strict_responses=False))
    assert relaxed.packages.query_orders(page_no=1, page_size=3) is not None


def test_strict_responses_is_not_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Like the other safety switches: a variable must not turn answers a program handles into errors."""
    monkeypatch.setenv("LINKSFIELD_STRICT_RESPONSES", "1")
    assert linksfield.Client().settings.strict_responses is False
    assert linksfield.Client(strict_responses=True).settings.strict_responses is True


def test_the_async_client_reads_on_and_is_strict_on_request(stub: Stub) -> None:
    path, document = CASES_BY_ID["order_package-wrong-type"]

    async def go() -> tuple[Any, BaseException | None]:
        async with stub.async_client() as client:
            raw = await client.packages.with_raw_response.order_package(**arguments_for("order_package"))
            try:
                await client.with_options(strict_responses=True).packages.order_package(
                    **arguments_for("order_package")
                )
            except linksfield.SucceededWithMisfitsError as exc:
                return raw, exc
        return raw, None

    stub.then(answer(200, document), answer(200, document))
    raw, error = run(go())
    assert [m.path for m in raw.misfits] == [path]
    assert isinstance(error, linksfield.SucceededWithMisfitsError) and error.path == path
    assert len(stub.seen) == 2


def test_the_warning_names_a_few_misfits_and_counts_the_rest(
    stub: Stub, caplog: pytest.LogCaptureFixture
) -> None:
    document = response_example("query_orders")
    spoiled = ["orderCode", "packageCode", "orderDate", "packageName", "expireDate"]
    for key in spoiled:
        document["data"]["package_order"][0][key] = SECRET_NUMBER
    stub.then(answer(200, document))
    with caplog.at_level(logging.WARNING, logger="linksfield"):
        raw = stub.client().packages.with_raw_response.query_orders(page_no=1, page_size=3)
    assert sorted(m.path[-1] for m in raw.misfits) == sorted(spoiled)
    [warning] = _warnings(caplog)
    text = warning.getMessage()
    assert "5 value(s)" in text and "and 2 more" in text
    assert f"data.package_order[0].{raw.misfits[0].path[-1]} (expected str, got int)" in text
    assert str(SECRET_NUMBER) not in text


def test_an_unreadable_page_stops_iteration_with_an_error_not_a_short_listing(stub: Stub) -> None:
    """Iterators must not end as if complete when a page's items or totals cannot be read."""
    document = response_example("query_orders")
    document["data"]["package_order"] = "none"
    stub.then(answer(200, document))
    with pytest.raises(linksfield.ResponseValidationError, match="cannot page through query_orders"):
        list(stub.client().packages.iter_query_orders())


def test_misfits_inside_paged_items_are_read_on(stub: Stub) -> None:
    document = response_example("query_orders")
    document["data"]["package_order"][0]["orderStatus"] = 2
    stub.then(answer(200, document))
    orders = list(stub.client().packages.iter_query_orders(max_items=len(document["data"]["package_order"])))
    assert orders[0].order_status == 2
    assert len(orders) == len(document["data"]["package_order"])


CASES_BY_ID: dict[str, tuple[Path, dict[str, Any]]] = {
    str(param.id): (param.values[2], param.values[3])  # type: ignore[misc]
    for param in CASES
}
