"""``linksfield operations`` and ``linksfield call``: every operation of the spec, with no per-operation code.

Both are built from ``linksfield_api.facade.OPERATIONS`` (generated from the spec), so an operation
added to the spec is on the command line after regeneration. ``call`` goes through the client's own
resource method (``client.<tag>.with_raw_response.<operation_id>``), so signing, request validation,
the no-retry rule for spending calls and the outcome-unknown reporting are exactly the library's;
``--json`` prints the envelope's ``data`` as it came over the wire.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Callable, Mapping
from typing import Annotated, Any

import typer

from linksfield_api.facade import OPERATIONS, Operation, RawResponse

from .arguments import call_arguments, expected
from .context import JsonFlag, state_of
from .errors import CliError
from .output import emit

__all__ = ["call", "describe", "operations", "register"]


def describe(operation: Operation[Any]) -> dict[str, Any]:
    """One operation as ``operations --json`` lists it: what a script needs to build a ``call``."""
    check = operation.outcome_check
    return {
        "operation_id": operation.operation_id,
        "tag": operation.tag,
        "family": operation.family,
        "side_effect": operation.side_effect,
        "method": operation.method,
        "path": operation.path,
        "summary": operation.summary,
        "arguments": [
            {
                "python_name": argument.python_name,
                "wire_name": argument.wire_name,
                "location": argument.location,
                "required": argument.required,
                "json_types": list(argument.json_types),
                "expected": expected(operation, argument),
                "description": argument.description,
            }
            for argument in operation.arguments
        ],
        "outcome_check": None if check is None else {"operation_id": check.operation_id, "hint": check.hint},
    }


def operations(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    """Every operation of the spec, for ``linksfield call``: its family, side effect and summary."""
    state = state_of(ctx, as_json)
    if state.json:
        emit([describe(op) for op in OPERATIONS.values()], as_json=True)
        return
    rows = [
        {
            "operation": op.operation_id,
            "family": op.family,
            "side effect": op.side_effect,
            "summary": op.summary,
        }
        for op in OPERATIONS.values()
    ]
    emit(rows, as_json=False, title="operations")


def _operation(operation_id: str) -> Operation[Any]:
    operation = OPERATIONS.get(operation_id)
    if operation is not None:
        return operation
    close = difflib.get_close_matches(operation_id, OPERATIONS, n=3, cutoff=0.6)
    close += [oid for oid in OPERATIONS if operation_id and operation_id in oid and oid not in close]
    hint = [f"did you mean: {', '.join(close[:5])}?"] if close else []
    raise CliError(
        f"unknown operation {operation_id!r}",
        details=[*hint, "`linksfield operations` lists them all"],
    )


def _read_body(source: str) -> Mapping[str, Any]:
    """The ``--body`` JSON object, from a file or ``-`` (stdin)."""
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as exc:
        raise CliError(f"cannot read --body {source}: {exc.strerror or exc}") from None
    try:
        body = json.loads(text)
    except ValueError as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not JSON"
        raise CliError(f"--body is not valid JSON{where}: {reason}") from None
    if not isinstance(body, dict):
        raise CliError("--body must be a JSON object of argument names to values")
    return body


def _confirm_spend(operation: Operation[Any], yes: bool) -> None:
    """A ``spend`` call costs money and is never retried: it needs ``--yes`` or a person's yes."""
    if yes or operation.side_effect != "spend":
        return
    if not sys.stdin.isatty():
        raise CliError(
            f"{operation.operation_id} spends money: pass --yes to run it without a terminal "
            "(nothing was sent)"
        )
    question = f"{operation.operation_id} spends money ({operation.summary}). Send it?"
    if not typer.confirm(question, default=False, err=True):
        raise CliError("not confirmed: nothing was sent")


WIDE = 8
"""Records with more fields than this are shown one by one: a table that wide is unreadable."""


def _records(value: Any) -> list[dict[str, Any]] | None:
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return value
    return None


def _render_rows(rows: list[dict[str, Any]], title: str) -> None:
    if max(len(row) for row in rows) <= WIDE:
        emit(rows, as_json=False, title=title)
        return
    for index, row in enumerate(rows):
        emit(row, as_json=False, title=f"{title}[{index}]")


def _render(data: Any, title: str) -> None:
    """People's view of the wire data, with no per-operation columns to pick: a record's fields in
    one table, and each list of records it holds as a table of its own (record by record when wide)."""
    rows = _records(data)
    if rows is not None:
        _render_rows(rows, title)
        return
    if not isinstance(data, dict):
        emit(data, as_json=False, title=title)
        return
    tables = {name: found for name, value in data.items() if (found := _records(value)) is not None}
    fields = {name: value for name, value in data.items() if name not in tables}
    if fields or not tables:
        emit(fields, as_json=False, title=title)
    for name, table in tables.items():
        _render_rows(table, name)


OperationId = Annotated[
    str, typer.Argument(help="An operation id (see `linksfield operations`).", show_default=False)
]
Assignments = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[NAME=VALUE]...",
        help="Arguments by Python or wire name (`page_no=1`, `deviceList=a,b`), read by their JSON types.",
        show_default=False,
    ),
]
Body = Annotated[
    str | None,
    typer.Option(
        "--body",
        metavar="FILE|-",
        help="A JSON object of arguments (usually the body fields) by either name; NAME=VALUE wins over it.",
    ),
]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Run a spending operation without asking.")]


def call(
    ctx: typer.Context,
    operation_id: OperationId,
    assignments: Assignments = None,
    body: Body = None,
    yes: Yes = False,
    as_json: JsonFlag = False,
) -> None:
    """Call any operation of the spec: linksfield call query_orders page_no=1 page_size=10

    Each NAME=VALUE is read by the argument's JSON types: text stays text (even `0042`), integers,
    numbers, true/false/1/0, JSON arrays and objects (an array of text also as `a,b,c`), `null`
    where the spec allows it. The client then checks the call against the spec before sending.

    Operations that spend (order, open a plan, send an SMS) ask first, or need --yes without a
    terminal. Operations that mutate (pause, restart, cancel, finish, bind an IMEI, switch a network)
    run at once: they charge nothing, as the dedicated commands (`orders cancel`, `orders pause` ...)
    that do the same also do not ask. If a changing call's answer is lost, the error names the
    read that tells whether it took effect (exit 1).
    """
    state = state_of(ctx, as_json)
    operation = _operation(operation_id)
    kwargs = call_arguments(operation, assignments or [], _read_body(body) if body is not None else None)
    _confirm_spend(operation, yes)
    with state.client() as client:
        method: Callable[..., RawResponse[Any]] = getattr(
            getattr(client, operation.tag).with_raw_response, operation.operation_id
        )
        response = method(**kwargs)
    data = response.envelope.get("data")
    if state.json:
        emit(data, as_json=True)
    else:
        _render(data, operation.operation_id)


def register(app: typer.Typer) -> None:
    app.command("operations")(operations)
    app.command("call", no_args_is_help=True)(call)
