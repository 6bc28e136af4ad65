"""``linksfield operations`` and ``linksfield call`` against one sandbox process, for every operation.

The operations come from ``OPERATIONS`` and their arguments from the spec's request examples (and
``tests/client/support.GET_ARGUMENTS`` for GET parameters, which the spec gives no examples for), so
an operation added to the spec is called here without a line of test code. Each call runs in-process
(the script's start-up is the slow part of a subprocess) with the client's HTTP traffic recorded, so
``--json`` is compared with the ``data`` of the very envelope the sandbox sent; the stdin and no-TTY
paths also run the real script once.

Two adjustments make the examples succeed on a sandbox started today, keyed by value shape or
parameter name, never by operation: ``yyyy-MM-dd`` values are moved to the last days (the sandbox
refuses dates outside the API's history windows), and the batch code is the one the sandbox seeds.
Calls run spend, then mutate, then read: the spec's ``open_package`` example opens the very order
the ``finish_order_early`` example ends, and the seed leaves it ordered, not active.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

import linksfield
from linksfield.cli.app import main
from linksfield.cli.arguments import find_argument, parse_text
from linksfield.cli.context import State
from linksfield.cli.errors import CliError
from linksfield.sandbox import config as defaults
from linksfield.sandbox.launcher import SandboxProcess
from linksfield.sandbox.state.clock import vendor_today
from linksfield_api.facade import OPERATIONS, Argument, Operation
from tests.client.support import GET_ARGUMENTS, injected_parameters, parameters, request_example

from .support import sandbox_env, script

SIDE_EFFECT_ORDER = {"spend": 0, "mutate": 1, "read": 2}
SEEDED = {"batchCode": "BC20250401000045"}  # the batch the sandbox seeds (sandbox/seed/fixtures.py)
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
FIRST_SPEND = next(op for op in OPERATIONS.values() if op.side_effect == "spend")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    with SandboxProcess() as process:
        yield process


@pytest.fixture(autouse=True)
def _sandbox_settings(sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-process CLI reads LINKSFIELD_* like the script does: the sandbox's, and nothing else."""
    values = defaults.client_environment(sandbox.url)
    for name in [n for n in os.environ if n.startswith("LINKSFIELD_")]:
        monkeypatch.delenv(name)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal, unless a test says so


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[httpx.Response]]:
    """Every HTTP response the CLI's client receives, body read, in order."""
    seen: list[httpx.Response] = []
    opened: list[httpx.Client] = []

    def record(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    def client(self: State, **overrides: Any) -> linksfield.Client:
        http = httpx.Client(event_hooks={"response": [record]})
        opened.append(http)
        return linksfield.Client(**self.settings(**overrides), http_client=http)

    monkeypatch.setattr(State, "client", client)
    yield seen
    for http in opened:
        http.close()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- arguments from the spec's examples -------------------------------------------------------------


def _recent(values: dict[Argument, Any]) -> dict[Argument, Any]:
    """Dates moved by whole days so the latest is yesterday (vendor time); their spacing is kept."""
    dates = {a: date.fromisoformat(v) for a, v in values.items() if isinstance(v, str) and ISO_DATE.match(v)}
    if not dates:
        return values
    shift = vendor_today() - timedelta(days=1) - max(dates.values())
    return {**values, **{a: (day + shift).isoformat() for a, day in dates.items()}}


def example_values(operation: Operation[Any]) -> dict[Argument, Any]:
    """The operation's arguments as JSON values: its first request example, plus its parameters."""
    values: dict[Argument, Any] = {}
    skip = injected_parameters(operation.operation_id)
    for name, value in (request_example(operation.operation_id) or {}).items():
        if name not in skip:
            argument = find_argument(operation, name)
            assert argument is not None, f"{operation.operation_id}: example field {name} is no argument"
            values[argument] = value
    for parameter in parameters(operation.operation_id):
        argument = find_argument(operation, parameter["name"])
        assert argument is not None, f"{operation.operation_id}: parameter {parameter['name']}"
        values[argument] = SEEDED.get(parameter["name"], GET_ARGUMENTS[parameter["name"]])
    return _recent(values)


def as_text(value: Any) -> str:
    """How a shell user writes the value: text as is, lists of text comma-separated, else JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) and "," not in v for v in value):
        return ",".join(value)
    return json.dumps(value, ensure_ascii=False)


def assignments(values: dict[Argument, Any]) -> list[str]:
    """``name=text``: body fields by wire name (as in the examples), parameters by Python name."""
    return [
        f"{a.wire_name if a.location == 'body' else a.python_name}={as_text(v)}" for a, v in values.items()
    ]


def assert_sent(request: httpx.Request, operation: Operation[Any], values: dict[Argument, Any]) -> None:
    """The request carried exactly the example's values, typed as in the example."""
    assert request.method == operation.method
    body = json.loads(request.content) if request.content else {}
    for argument, value in values.items():
        if argument.location == "body":
            assert body[argument.wire_name] == value, argument.wire_name
            assert type(body[argument.wire_name]) is type(value), argument.wire_name
        elif argument.location == "query":
            assert request.url.params[argument.wire_name] == str(value), argument.wire_name
        else:
            assert str(value) in request.url.path


def _ordered() -> list[Operation[Any]]:
    return sorted(OPERATIONS.values(), key=lambda op: SIDE_EFFECT_ORDER[op.side_effect])


# -- the tests --------------------------------------------------------------------------------------


def parsed(operation_id: str, name: str, text: str) -> Any:
    operation = OPERATIONS[operation_id]
    argument = find_argument(operation, name)
    assert argument is not None
    return parse_text(operation, argument, text)


def test_text_is_read_by_the_arguments_json_types() -> None:
    assert parsed("query_device", "timestamp", "1606268400095") == "1606268400095"  # text stays text
    assert parsed("order_package", "pay_amount", "0042") == "0042"
    assert parsed("query_orders", "page_no", " 7 ") == 7
    assert parsed("switch_card_network", "switchOn", "false") is False
    assert parsed("switch_card_network", "switch_on", "1") is True
    assert parsed("sync_packages", "version", "1.0") == 1.0  # string | number: the number's spelling
    assert parsed("sync_packages", "version", "2") == 2
    assert parsed("sync_packages", "version", "01") == "01"  # ... and text otherwise
    assert parsed("query_orders", "device_id", "null") is None  # string | null
    assert parsed("query_orders", "device_id", "8985") == "8985"
    assert parsed("switch_card_network", "iccids", "a, b,c") == ["a", "b", "c"]  # array of text
    assert parsed("switch_card_network", "iccids", '["a","b"]') == ["a", "b"]
    targets = '[{"device_id": "1", "msg_id": "LK1"}]'
    assert parsed("send_sms", "flag_list", targets) == [{"device_id": "1", "msg_id": "LK1"}]
    for operation_id, name, text, wanted in [
        ("query_orders", "page_no", "1.5", "an integer"),
        ("switch_card_network", "switchOn", "yes-please", "true, false, 1 or 0"),
        ("send_sms", "flag_list", "LK1", "a JSON array"),  # objects: no comma-separated form
    ]:
        with pytest.raises(CliError) as refused:
            parsed(operation_id, name, text)
        argument = find_argument(OPERATIONS[operation_id], name)
        assert argument is not None and argument.python_name in refused.value.message
        assert wanted in refused.value.message and text not in refused.value.message
        assert refused.value.code == 2


def test_operations_lists_every_operation_with_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "operations", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [entry["operation_id"] for entry in listed] == list(OPERATIONS)
    for entry in listed:
        operation = OPERATIONS[entry["operation_id"]]
        assert (entry["family"], entry["side_effect"]) == (operation.family, operation.side_effect)
        assert (entry["tag"], entry["method"], entry["path"]) == (
            operation.tag,
            operation.method,
            operation.path,
        )
        assert [
            (a["python_name"], a["wire_name"], a["location"], a["required"], tuple(a["json_types"]))
            for a in entry["arguments"]
        ] == [(a.python_name, a.wire_name, a.location, a.required, a.json_types) for a in operation.arguments]
        assert (entry["outcome_check"] is None) == (operation.outcome_check is None)

    code, out, _ = cli(capsys, "operations")
    assert code == 0
    assert "side effect" in out and all(word in out for word in ("read", "mutate", "spend"))


@pytest.mark.parametrize("operation", _ordered(), ids=lambda op: op.operation_id)
def test_call_every_operation_with_its_example(
    operation: Operation[Any], wire: list[httpx.Response], capsys: pytest.CaptureFixture[str]
) -> None:
    values = example_values(operation)
    yes = ["--yes"] if operation.side_effect == "spend" else []
    code, out, err = cli(capsys, "call", operation.operation_id, *assignments(values), "--json", *yes)
    assert code == 0, err
    assert len(wire) == 1, "one call, no retry"
    assert_sent(wire[0].request, operation, values)
    assert json.loads(out) == json.loads(wire[0].content)["data"]

    # The same call for people: a rendering, not JSON (read operations only: they can run twice).
    if operation.side_effect == "read":
        code, out, err = cli(capsys, "call", operation.operation_id, *assignments(values))
        assert code == 0, err
        assert out.strip()


def test_a_spend_without_yes_and_without_a_terminal_sends_nothing(
    sandbox: SandboxProcess, wire: list[httpx.Response], capsys: pytest.CaptureFixture[str]
) -> None:
    before = sandbox.stats()
    code, _, err = cli(capsys, "call", FIRST_SPEND.operation_id, *assignments(example_values(FIRST_SPEND)))
    assert code == 2
    assert "--yes" in err and "nothing was sent" in err
    after = sandbox.stats()
    assert wire == []
    assert (after["requests"], after["orders"]) == (before["requests"], before["orders"])


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_spend_at_a_terminal_asks_first(
    sandbox: SandboxProcess,
    wire: list[httpx.Response],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ["call", FIRST_SPEND.operation_id, *assignments(example_values(FIRST_SPEND)), "--json"]
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, _, err = cli(capsys, *args)
    assert code == 2 and "not confirmed" in err
    assert wire == []

    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    code, out, err = cli(capsys, *args)
    assert code == 0, err
    assert "spends money" in err  # the question went to stderr, stdout is only the result
    assert json.loads(out) == json.loads(wire[0].content)["data"]


def test_a_wrong_type_names_the_argument_and_the_type_not_the_value(
    wire: list[httpx.Response], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "call", "query_orders", "page_no=abc", "page_size=3")
    assert code == 2
    assert "page_no" in err and "an integer" in err and "abc" not in err
    assert wire == []


def test_a_value_the_client_refuses_is_reported_in_the_clients_words(
    sandbox: SandboxProcess, wire: list[httpx.Response], capsys: pytest.CaptureFixture[str]
) -> None:
    operation = OPERATIONS["query_sim_cdr"]
    values = example_values(operation)
    start = find_argument(operation, "received_start_time")
    assert start is not None
    values[start] = values[start].replace("-", "/")  # breaks the IsoDate pattern
    with (
        linksfield.Client(**defaults.client_arguments(sandbox.url)) as client,
        pytest.raises(linksfield.RequestValidationError) as refused,
    ):
        client.cdr.query_sim_cdr(**{a.python_name: v for a, v in values.items()})
    assert refused.value.field == "received_start_time"

    code, _, err = cli(capsys, "call", "query_sim_cdr", *assignments(values))
    assert code == 2
    assert str(refused.value) in err
    assert wire == []


def test_unknown_operations_and_arguments_are_usage_errors(
    wire: list[httpx.Response], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "call", "query_order", "page_no=1")
    assert code == 2 and "unknown operation" in err and "query_orders" in err

    code, _, err = cli(capsys, "call", "query_orders", "page_no=1", "page_size=3", "pageNo=2", "colour=red")
    assert code == 2
    assert "colour" in err and "pageNo" in err and "it accepts: page_no, page_size" in err

    code, _, err = cli(capsys, "call", "get_pool_month_usage", "pool_code=UP20250401000123")
    assert code == 2 and "needs query_month" in err
    assert wire == []


def test_a_lost_answer_of_a_spend_names_the_read_that_settles_it(
    sandbox: SandboxProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    check = FIRST_SPEND.outcome_check
    assert check is not None
    httpx.post(sandbox.admin_url + "/config", json={"faults": "drop_after=1,only=spend"}, timeout=10)
    try:
        args = assignments(example_values(FIRST_SPEND))
        code, out, err = cli(capsys, "call", FIRST_SPEND.operation_id, *args, "--yes", "--json")
    finally:
        httpx.post(sandbox.admin_url + "/config", json={"faults": ""}, timeout=10)
    assert code == 1
    assert out == ""
    assert "outcome" in err and check.hint in err and f"{check.tag}.{check.operation_id}(" in err


def test_the_script_reads_body_from_stdin_and_refuses_a_spend_without_a_terminal(
    sandbox: SandboxProcess,
) -> None:
    env = sandbox_env(sandbox.url)
    body = json.dumps({"page_no": 2, "page_size": 3})
    done = subprocess.run(
        [*script(), "call", "query_devices", "--body", "-", "page_size=2", "--json"],
        input=body, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    page = json.loads(done.stdout)["page"]
    assert (page["cur_page_no"], page["page_size"]) == (2, 2)  # NAME=VALUE wins over --body

    before = sandbox.stats()
    refused = subprocess.run(
        [*script(), "call", FIRST_SPEND.operation_id, *assignments(example_values(FIRST_SPEND))],
        stdin=subprocess.DEVNULL, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert refused.returncode == 2 and "--yes" in refused.stderr
    after = sandbox.stats()
    assert (after["requests"], after["orders"]) == (before["requests"], before["orders"])
