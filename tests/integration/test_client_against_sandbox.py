"""The public client against the sandbox as a real uvicorn process on 127.0.0.1.

One scenario walks every operation of the spec (the list comes from the generated facade, which is
derived from the spec) through ``linksfield.Client`` and again through ``linksfield.AsyncClient``.
Then the order state machine with its refusals, refused signatures, and faults: reads survive 429s
and 5xx by retrying, while spending calls never repeat — proven by the sandbox's own order count.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Generator, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

import linksfield
from linksfield.sandbox import config as defaults
from linksfield.sandbox.launcher import SandboxProcess
from linksfield_api.facade import OPERATIONS
from tests.client.support import arguments_for

TODAY = date.today()
_msg_ids = itertools.count(1)

Step = tuple[str, dict[str, Any]]


def client_kwargs(url: str) -> dict[str, Any]:
    return dict(defaults.client_arguments(url))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    with SandboxProcess() as process:
        yield process


@pytest.fixture(scope="module")
def fixtures(sandbox: SandboxProcess) -> dict[str, Any]:
    payload: dict[str, Any] = httpx.get(sandbox.admin_url + "/fixtures", timeout=10).json()
    return payload


def scenario(fx: dict[str, Any], devices: list[str]) -> Generator[Step, Any, None]:
    """Every operation of the spec: the known ones in a lifecycle, then any the lifecycle does not know.

    An operation a curator just added is called with the spec's own request (its examples, or values
    synthesised from its schemas) and must return its typed data like any other.
    """
    seen: set[str] = set()
    steps = known_steps(fx, devices)
    result: Any = None
    try:
        while True:
            step = steps.send(result)
            seen.add(step[0])
            result = yield step
    except StopIteration:
        pass
    for name in sorted(set(OPERATIONS) - seen):
        yield name, arguments_for(name)


def known_steps(fx: dict[str, Any], devices: list[str]) -> Generator[Step, Any, None]:
    """Every operation once, each step fed what the previous ones returned (sync and async alike)."""
    week_ago, month = (TODAY - timedelta(days=7)).isoformat(), TODAY.strftime("%Y-%m")
    yield "sync_packages", {"page_no": 1, "page_size": 10}
    ordered = yield (
        "batch_order_packages",
        {"device_list": devices[:3], "package_code": fx["package_code"], "is_open": "0"},
    )
    first, second, third = (str(r.order_id) for r in ordered.device_order)
    yield "query_orders", {"order_id": first, "page_no": 1, "page_size": 10}
    yield "open_package", {"order_id": first}
    yield "pause_service", {"order_id": first, "device_id": devices[0]}
    yield "restart_service", {"order_id": first}
    yield "finish_order_early", {"order_id": first, "ahead_finish_cause": "integration test"}
    yield "cancel_package", {"order_id": second}
    yield "order_package", {
        "device_id": devices[3], "global_order": "0", "is_open": "0", "order_period": "1",
        "package_code": fx["package_code"], "package_name": "test plan", "package_type": "2",
        "pay_amount": "0", "pay_rst": "2", "test_flow": "0", "test_flow_flag": "0",
    }  # fmt: skip
    yield "get_traffic_pool_info", {"page_no": 1, "page_size": 5}
    yield "query_device", {"device_id": devices[0]}
    yield "query_devices", {"page_no": 2, "page_size": 5}
    window = {
        "received_start_time": week_ago,
        "received_end_by": TODAY.isoformat(),
        "page_no": 1,
        "page_size": 5,
    }
    yield "query_sim_cdr", {"sim_id": fx["busy_sim"], **window}
    yield "query_sim_cdr_by_apn", {"sim_id": fx["busy_sim"], **window}
    msg_id = f"LK{TODAY:%Y%m%d}{next(_msg_ids):06d}{devices[0][-6:]}"
    yield (
        "send_sms",
        {
            "flag_list": [{"device_id": devices[0], "msg_id": msg_id}],
            "sms_content": "hi",
            "message_type": "1",
        },
    )
    yield "query_mt_sms_status", {"msg_id": msg_id, "page_no": 1, "page_size": 5}
    yield "query_sms_cdr", {"device_id": devices[0], "page_no": 1, "page_size": 5}
    yield "query_latest_cdr", {"imsi": fx["imsi"]}
    yield "get_bind_history", {"device_id": fx["bindable_device"]}
    yield "bind_device_imei", {
        "device_id": fx["bindable_device"], "imei": "860996043052016", "oper_type": "1", "ota_flag": "2",
        "auto_bind_flag": "2",
    }  # fmt: skip
    yield "bind_device_imei", {
        "device_id": fx["bindable_device"], "imei": "860996043052016", "oper_type": "2", "ota_flag": "2",
        "auto_bind_flag": "2",
    }  # fmt: skip
    yield "get_pool_detail", {"pool_code": fx["pool_code"]}
    yield "get_pool_month_usage", {"pool_code": fx["pool_code"], "query_month": month}
    yield "get_pool_day_usage", {"pool_code": fx["pool_code"], "query_day": TODAY.isoformat()}
    yield "get_card_detail", {"iccid": fx["card_iccid"]}
    yield "get_card_month_usage", {"iccid": fx["card_iccid"], "query_month": month}
    yield "get_card_day_usage", {"iccid": fx["card_iccid"], "query_day": TODAY.isoformat()}
    batch = yield "switch_card_network", {"iccids": [fx["card_iccid"]], "switch_on": True}
    yield "get_batch_operation_status", {"batch_code": str(batch.batch_code)}
    assert third  # ordered, left as it is


def _method(client: Any, name: str) -> Any:
    return getattr(getattr(client, OPERATIONS[name].tag), name)


def _check(name: str, data: Any) -> None:
    operation = OPERATIONS[name]
    if operation.data_required:
        assert isinstance(data, operation.data_types), (name, type(data))
    else:
        assert data is None, name


def test_every_operation_through_the_sync_client(sandbox: SandboxProcess, fixtures: dict[str, Any]) -> None:
    called: set[str] = set()
    with linksfield.Client(**client_kwargs(sandbox.url)) as client:
        steps = scenario(fixtures, fixtures["orderless_devices"][0:4])
        result: Any = None
        try:
            while True:
                name, kwargs = steps.send(result)
                result = _method(client, name)(**kwargs)
                _check(name, result)
                called.add(name)
        except StopIteration:
            pass
    assert called == set(OPERATIONS)


def test_every_operation_through_the_async_client(sandbox: SandboxProcess, fixtures: dict[str, Any]) -> None:
    async def run() -> set[str]:
        called: set[str] = set()
        async with linksfield.AsyncClient(**client_kwargs(sandbox.url)) as client:
            steps = scenario(fixtures, fixtures["orderless_devices"][4:8])
            result: Any = None
            try:
                while True:
                    name, kwargs = steps.send(result)
                    result = await _method(client, name)(**kwargs)
                    _check(name, result)
                    called.add(name)
            except StopIteration:
                pass
        return called

    assert asyncio.run(run()) == set(OPERATIONS)


def test_async_iteration_pages_through_cdrs(sandbox: SandboxProcess, fixtures: dict[str, Any]) -> None:
    async def run() -> int:
        async with linksfield.AsyncClient(**client_kwargs(sandbox.url)) as client:
            rows = client.cdr.iter_query_sim_cdr(
                sim_id=fixtures["busy_sim"],
                received_start_time=(TODAY - timedelta(days=60)).isoformat(),
                received_end_by=TODAY.isoformat(),
                page_size=7,
                max_items=40,
            )
            return len([row async for row in rows])

    assert asyncio.run(run()) == 40


@pytest.fixture
def client(sandbox: SandboxProcess) -> Iterator[linksfield.Client]:
    with linksfield.Client(**client_kwargs(sandbox.url)) as made:
        yield made


def _order(client: linksfield.Client, device: str, *, pay_rst: str | None = None) -> str:
    extra = {"pay_rst": pay_rst} if pay_rst else {}
    data = client.packages.batch_order_packages(
        device_list=[device], package_code=_package(client), is_open="0", **extra
    )
    (result,) = data.device_order
    assert result.error == "0000", result.error_msg
    return str(result.order_id)


def _package(client: linksfield.Client) -> str:
    packages = client.packages.sync_packages(page_no=1, page_size=50).package
    return next(str(p.package_code) for p in packages if str(p.status) == "1" and str(p.package_type) == "2")


def _status(client: linksfield.Client, order_id: str) -> str:
    return str(
        client.packages.query_orders(order_id=order_id, page_no=1, page_size=1).package_order[0].order_status
    )


def _refused(call: Any, **kwargs: Any) -> linksfield.APIError:
    with pytest.raises(linksfield.APIError) as caught:
        call(**kwargs)
    assert caught.value.code and caught.value.message
    return caught.value


def test_the_order_state_machine_and_its_refusals(
    client: linksfield.Client, fixtures: dict[str, Any]
) -> None:
    packages, devices = client.packages, client.devices
    order = _order(client, fixtures["devices"][20])
    assert _status(client, order) == "1"
    _refused(packages.finish_order_early, order_id=order, ahead_finish_cause="not active yet")
    _refused(devices.pause_service, order_id=order)
    _refused(devices.restart_service, order_id=order)
    packages.open_package(order_id=order)
    assert _status(client, order) == "2"
    _refused(packages.cancel_package, order_id=order)  # cancel only before activation
    _refused(packages.open_package, order_id=order)
    _refused(devices.restart_service, order_id=order)  # restart only when paused
    devices.pause_service(order_id=order)
    assert _status(client, order) == "5"
    _refused(devices.pause_service, order_id=order)
    _refused(
        packages.finish_order_early, order_id=order, ahead_finish_cause="paused"
    )  # finish only when active
    devices.restart_service(order_id=order)
    assert _status(client, order) == "2"
    packages.finish_order_early(order_id=order, ahead_finish_cause="done")
    assert _status(client, order) == "3"
    for call in (
        packages.open_package,
        packages.cancel_package,
        devices.pause_service,
        devices.restart_service,
    ):
        _refused(call, order_id=order)

    cancelled = _order(client, fixtures["devices"][21])
    packages.cancel_package(order_id=cancelled)
    assert _status(client, cancelled) == "3"

    unpaid = _order(client, fixtures["devices"][22], pay_rst="1")
    assert "unpaid" in _refused(packages.open_package, order_id=unpaid).message.lower()
    _refused(packages.open_package, order_id=fixtures["ota_secondary_order"])


def test_refused_signatures_are_counted_and_raise(sandbox: SandboxProcess) -> None:
    before = sandbox.stats()["rejected_signatures"]
    settings = client_kwargs(sandbox.url) | {
        "secret_key": "not-the-secret",
        "csss_secret": "nope",
        "pool_credential": "x",
    }
    with linksfield.Client(**settings) as wrong:
        with pytest.raises(linksfield.AuthenticationError):
            wrong.packages.sync_packages(page_no=1, page_size=1)
        with pytest.raises(linksfield.AuthenticationError):
            wrong.pools.get_pool_detail(pool_code="UP1")
        with pytest.raises(linksfield.AuthenticationError):
            wrong.packages.order_package(
                device_id="8944500102198304826", global_order="0", is_open="0", order_period="1",
                package_code="DP1", package_name="x", package_type="2", pay_amount="0", pay_rst="2",
                test_flow="0", test_flow_flag="0",
            )  # fmt: skip
    after = sandbox.stats()["rejected_signatures"]
    assert isinstance(before, dict) and isinstance(after, dict)
    assert {family: after[family] - before[family] for family in ("cmp", "csss", "pool")} == {
        "cmp": 1,
        "csss": 1,
        "pool": 1,
    }


def _no_sleep(client: linksfield.Client) -> linksfield.Client:
    client._invoker._sleep = lambda seconds: None
    return client


def test_reads_survive_429_and_5xx_by_retrying() -> None:
    with SandboxProcess("--faults", "rate429=0.25,error5xx=0.25,seed=11,only=read") as faulty:
        kwargs = client_kwargs(faulty.url) | {"max_retries": 8}
        with _no_sleep(linksfield.Client(**kwargs)) as client:
            pages = [client.packages.query_orders(page_no=n, page_size=5) for n in range(1, 31)]
        requests = faulty.stats()["requests"]
    assert all(len(page.package_order) == 5 for page in pages)
    assert isinstance(requests, dict) and requests["cmp"] > 30  # faults were met and retried through


def test_spending_calls_never_repeat_under_dropped_connections() -> None:
    spec = "drop_after=0.3,error5xx_after=0.2,drop_before=0.1,rate429=0.1,seed=5,only=spend"
    with SandboxProcess("--faults", spec) as faulty:
        devices: list[str] = httpx.get(faulty.admin_url + "/fixtures", timeout=10).json()["devices"][:40]
        outcomes = {"ordered": 0, "unknown": 0}
        with _no_sleep(linksfield.Client(**client_kwargs(faulty.url) | {"max_retries": 3})) as client:
            package = _package(client)
            for device in devices:
                try:
                    client.packages.batch_order_packages(
                        device_list=[device], package_code=package, is_open="0"
                    )
                    outcomes["ordered"] += 1
                except linksfield.OutcomeUnknownError as unknown:
                    assert "unknown" in str(unknown) and "query" in str(unknown)
                    outcomes["unknown"] += 1
        stats = faulty.stats()["orders"]
    assert isinstance(stats, dict)
    per_device: dict[str, int] = stats["per_device"]
    assert outcomes["unknown"] > 0 and outcomes["ordered"] > 0
    assert all(per_device.get(device, 0) <= 1 for device in devices), per_device
    # Every confirmed order landed; an unknown outcome landed or not, but never twice.
    landed = sum(per_device.get(device, 0) for device in devices)
    assert outcomes["ordered"] <= landed <= outcomes["ordered"] + outcomes["unknown"]


class _TamperingTransport(httpx.HTTPTransport):
    """Passes requests to the real sandbox and spoils the signature of every answer."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.headers["X-HMAC-SIGNATURE"] = "AAAA" + response.headers.get("X-HMAC-SIGNATURE", "")[4:]
        return response


def test_opt_in_response_verification(sandbox: SandboxProcess) -> None:
    kwargs = client_kwargs(sandbox.url) | {"verify_responses": True}
    with linksfield.Client(**kwargs) as client:  # the sandbox signs its answers as the gateway does
        assert client.packages.sync_packages(page_no=1, page_size=1).package
    tampered = httpx.Client(transport=_TamperingTransport())
    with (
        linksfield.Client(**kwargs, http_client=tampered) as client,
        pytest.raises(linksfield.SignatureMismatchError),
    ):
        client.packages.sync_packages(page_no=1, page_size=1)
    with linksfield.Client(
        **client_kwargs(sandbox.url), http_client=httpx.Client(transport=_TamperingTransport())
    ) as client:
        assert client.packages.sync_packages(page_no=1, page_size=1).package  # off by default


def test_signing_choices_reach_the_wire() -> None:
    """Signed headers and the body digest are the client's settings, checked by the gateway."""
    with SandboxProcess("--require-digest") as strict:
        options = linksfield.CmpOptions(signed_headers=["Content-Type", "Accept-Language"], body_digest=True)
        chosen = client_kwargs(strict.url)
        with linksfield.Client(**chosen, cmp_options=options) as client:
            assert client.packages.sync_packages(page_no=1, page_size=1).package
        with (
            linksfield.Client(**client_kwargs(strict.url)) as client,
            pytest.raises(linksfield.AuthenticationError),
        ):
            client.packages.sync_packages(page_no=1, page_size=1)  # no digest
        # The sandbox's consumer, like an APISIX consumer, is configured for hmac-sha256 only.
        sha512 = linksfield.Client(**chosen, cmp_options=replace(options, algorithm="hmac-sha512"))
        with (
            sha512 as client,
            pytest.raises(linksfield.AuthenticationError, match="hmac-sha512 not supported"),
        ):
            client.packages.sync_packages(page_no=1, page_size=1)
