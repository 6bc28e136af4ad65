"""The typed usage example type-checks under ``mypy --strict``, wrong calls do not, and it runs.

mypy is a lint tool: when it is not installed (the ``tests`` nox session installs only the test
group) the type-checking test is skipped; the runtime test of the example always runs.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from .support import ROOT, Stub, answer, fault, response_example

EXAMPLE = ROOT / "examples" / "typed_usage.py"

PROBE = """\
    import linksfield

    client = linksfield.Client()
    reveal_type(client.packages.query_orders(page_no=1, page_size=10))
    reveal_type(next(client.packages.iter_query_orders(order_status="2")))
    reveal_type(client.cdr.with_raw_response.query_sim_cdr(
        sim_id="1", received_start_time="2024-05-01", received_end_by="2024-05-31", page_no=1, page_size=10
    ).data)
    reveal_type(client.sms.send_sms)


    async def use(client: linksfield.AsyncClient) -> None:
        reveal_type(await client.pools.get_pool_detail(pool_code="P1"))
        async for order in client.packages.iter_query_orders():
            reveal_type(order)
"""

WRONG = """\
    import linksfield

    client = linksfield.Client()
    client.packages.query_orders(page_no="x", page_size=10)
    client.packages.query_orders(page_no=1, page_size=10, no_such_filter=True)
    orders: int = client.packages.query_orders(page_no=1, page_size=10)
    client.cdr.query_sim_cdr(sim_id="1", page_no=1, page_size=10)
    client.packages.open_package(order_id=123)
    linksfield.Client(secret_key=b"bytes")


    async def use(client: linksfield.AsyncClient) -> None:
        data = client.packages.query_orders(page_no=1, page_size=10)
        data.page
"""

EXPECTED_WRONG = {
    4: "arg-type",  # page_no="x"
    5: "call-arg",  # unknown keyword
    6: "assignment",  # QueryOrdersData is not int
    7: "call-arg",  # required received_start_time / received_end_by missing
    8: "arg-type",  # order_id must be a str
    9: "arg-type",  # secret_key must be str or Secret
    14: "attr-defined",  # the async method returns a coroutine: forgot `await`
}


def _mypy_available() -> bool:
    return importlib.util.find_spec("mypy") is not None


@pytest.mark.skipif(not _mypy_available(), reason="mypy is not installed here (it belongs to the lint group)")
def test_the_example_type_checks_and_wrong_calls_do_not(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    # Distinctive module names: mypy's cache (kept between runs) is keyed by module name, and it may
    # report a cached file's errors under the path it had then, so lines are matched by file name.
    probe = tmp_path / "linksfield_typing_probe.py"
    wrong = tmp_path / "linksfield_typing_wrong.py"
    probe.write_text(textwrap.dedent(PROBE), encoding="utf-8")
    wrong.write_text(textwrap.dedent(WRONG), encoding="utf-8")
    pytest_cache = getattr(pytestconfig, "cache", None)  # absent under -p no:cacheprovider
    cache = pytest_cache.mkdir("mypy") if pytest_cache is not None else tmp_path / "mypy-cache"
    environment = {**os.environ, "MYPYPATH": os.pathsep.join(["generated", "overrides"])}
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--no-error-summary"]
    command += ["--show-error-codes", str(EXAMPLE), str(probe), str(wrong)]
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    output = result.stdout + result.stderr
    lines = output.splitlines()

    assert result.returncode == 1, output
    assert not [line for line in lines if "typed_usage.py" in line], output

    revealed = [
        line.split("Revealed type is ")[1] for line in lines if probe.name in line and "Revealed" in line
    ]
    assert not [line for line in lines if probe.name in line and "error:" in line], output
    assert revealed[0] == '"linksfield_api.models.query_orders_data.QueryOrdersData"'
    assert revealed[1] == '"linksfield_api.models.package_order.PackageOrder"'
    assert revealed[2] == '"linksfield_api.models.cdr_page.CdrPage"'
    assert "flag_list: list[linksfield_api.models.sms_target.SmsTarget" in revealed[3]
    assert "message_type: linksfield_api.models.message_type.MessageType | str" in revealed[3]
    assert revealed[4] == '"linksfield_api.models.pool_detail.PoolDetail"'
    assert revealed[5] == '"linksfield_api.models.package_order.PackageOrder"'

    errors: dict[int, set[str]] = {}
    for line in lines:
        match = re.match(r".*linksfield_typing_wrong\.py:(\d+): error: .*\[([a-z-]+)\]$", line)
        if match:
            errors.setdefault(int(match.group(1)), set()).add(match.group(2))
    for number, code in EXPECTED_WRONG.items():
        assert code in errors.get(number, set()), f"line {number}: expected [{code}]\n{output}"
    assert set(errors) == set(EXPECTED_WRONG), output


# -- the example runs ---------------------------------------------------------------------------------------


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("typed_usage_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _one_page_of_orders(request: httpx.Request, operation: Any) -> httpx.Response:
    if operation.operation_id != "query_orders":
        return httpx.Response(200, json=response_example(operation.operation_id))
    envelope = response_example("query_orders")
    envelope["data"]["page"].update(total_pages=1, total_count=1)
    return httpx.Response(200, json=envelope)


def test_the_example_runs_against_the_stub(stub: Stub) -> None:
    stub.default = _one_page_of_orders
    code = _example().run(stub.client(), "89852022018041800192", "DP20190726001274", date(2024, 5, 31))
    assert code == 0
    called = [seen.operation.operation_id for seen in stub.seen]
    assert called == [
        "batch_order_packages",
        "open_package",
        "query_orders",
        "query_sim_cdr",
        "query_sim_cdr",
    ]
    assert stub.rejections == []


def test_the_example_looks_the_order_up_when_the_outcome_is_unknown(stub: Stub) -> None:
    stub.default = _one_page_of_orders
    stub.then(fault(httpx.ReadTimeout))  # the order request times out
    example = _example()
    order_id = example.order_plan(stub.client(), "89852202110293091394", "DP20210322004206")
    assert order_id == "ORDER_1595320587633311744"  # found by querying, not by ordering again
    assert [seen.operation.operation_id for seen in stub.seen] == ["batch_order_packages", "query_orders"]
    assert stub.seen[1].body["order_status"] == "1"


def test_the_example_checks_the_order_when_opening_is_ambiguous(stub: Stub) -> None:
    stub.default = _one_page_of_orders
    stub.then(answer(502, {"message": "bad gateway"}))
    assert _example().open_plan(stub.client(), "ORDER_1595320587633311744") is None  # status 1: not active
    assert [seen.operation.operation_id for seen in stub.seen] == ["open_package", "query_orders"]
