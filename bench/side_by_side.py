"""The client's own cost, side by side with bare httpx and two peer clients, on a replay server.

Every contender fetches the same canned page from :mod:`bench.replay` (its own process), one call
each in turn, so a slow moment of this noisy machine hits all of them alike. A run is ``CALLS``
such rounds; its figure per contender is the median call time, and its ratio the contender's
median over bare httpx's. The table gives the median ratio of ``runs`` runs and their range.

* bare httpx + ``json.loads``: the same request bytes (signed once by the toolkit), decoded;
* ``linksfield.Client`` / ``AsyncClient``: signs, checks the arguments, sends, unwraps, parses;
* openapi-python-client's output (``sync``/``asyncio``): builds, sends, parses into attrs models;
* OpenAPI Generator's python client (sync only): urllib3 and pydantic.

The pages: 50 orders of ``query_orders`` and 100 CDR rows of ``query_sim_cdr``, each the spec's
own response example with its list (the ``x-pagination`` ``items``) grown to that length.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

import linksfield
from linksfield._spec import resolve, spec_document
from linksfield._spec_checks import _path_matcher
from linksfield_api.facade import OPERATIONS

from .figures import Figure
from .peers import OAG_PACKAGE, load_peers

ROOT = Path(__file__).resolve().parents[1]
CALLS = 150
SYNC_TARGET = 1.25
ASYNC_TARGET = 1.2

Call = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class Page:
    label: str
    operation_id: str
    items: int
    arguments: dict[str, Any]


PAGES = (
    Page("50-order page", "query_orders", 50, {"page_no": 1, "page_size": 50}),
    Page(
        "100-row CDR page",
        "query_sim_cdr",
        100,
        {
            "sim_id": "89430101523088119435",
            "received_start_time": "2024-05-01",
            "received_end_by": "2024-05-09",
            "page_no": 1,
            "page_size": 100,
        },
    ),
)


def canned_body(spec: dict[str, Any], page: Page) -> tuple[str, bytes]:
    """(path regex, body): the operation's first success example with its item list grown."""
    for path, item in spec["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == page.operation_id:
                content = resolve(spec, operation["responses"]["200"])["content"]["application/json"]
                example = copy.deepcopy(resolve(spec, next(iter(content["examples"].values())))["value"])
                holder = example["data"]
                items = holder[operation["x-pagination"]["items"]]
                holder[operation["x-pagination"]["items"]] = [
                    copy.deepcopy(items[i % len(items)]) for i in range(page.items)
                ]
                return _path_matcher(path)[0].pattern, json.dumps(example, ensure_ascii=False).encode()
    raise KeyError(page.operation_id)


@contextlib.contextmanager
def replay_server(pages: tuple[Page, ...]) -> Iterator[str]:
    spec = spec_document()
    with tempfile.TemporaryDirectory() as folder:
        table = {}
        for page in pages:
            pattern, body = canned_body(spec, page)
            file = Path(folder) / f"{page.operation_id}.json"
            file.write_bytes(body)
            table[pattern] = str(file)
        (Path(folder) / "routes.json").write_text(json.dumps(table), "utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.replay", str(Path(folder) / "routes.json")],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline().split()
            if line[:1] != ["port"]:
                raise RuntimeError("the replay server did not start")
            yield f"http://127.0.0.1:{line[1]}"
        finally:
            process.kill()
            process.wait(timeout=10)


def _toolkit_arguments(url: str) -> dict[str, Any]:
    return {
        "access_key": "bench-access-key",
        "secret_key": "bench-secret-key",
        "base_url": url,
        "rate_limit": 0,
        "max_concurrency": 0,
    }


def _captured_request(client: linksfield.Client, page: Page) -> httpx.Request:
    seen: list[httpx.Request] = []
    http = client._http  # the client's own pool, hooked to capture the bytes the bare contender replays
    http.event_hooks = {"request": [seen.append]}
    _method(client, page)(**page.arguments)
    http.event_hooks = {"request": []}
    return seen[-1]


def _method(client: Any, page: Page) -> Any:
    operation = OPERATIONS[page.operation_id]
    return getattr(getattr(client, operation.tag), operation.operation_id)


def _opc_call(opc: Any, url: str, page: Page, *, asynchronous: bool) -> Any:
    import importlib

    operation = OPERATIONS[page.operation_id]
    module = importlib.import_module(f"{opc.__name__}.api.{operation.tag}.{operation.operation_id}")
    client = opc.Client(base_url=url)
    if page.operation_id == "query_orders":
        body = importlib.import_module(f"{opc.__name__}.models").QueryOrdersRequest(page_no=1, page_size=50)
        kwargs: dict[str, Any] = {"body": body}
    else:
        kwargs = dict(page.arguments)
    function = module.asyncio if asynchronous else module.sync
    return lambda: function(client=client, **kwargs)


def _oag_call(oag: Any, url: str, page: Page) -> Call:
    api_client = oag.ApiClient(oag.Configuration(host=url))
    operation = OPERATIONS[page.operation_id]
    api = getattr(oag, f"{operation.tag.capitalize()}Api")(api_client)
    if page.operation_id == "query_orders":
        request = oag.QueryOrdersRequest(page_no=1, page_size=50)
        return lambda: api.query_orders(request)
    return lambda: getattr(api, page.operation_id)(**page.arguments)


def _order(names: list[str], round_: int) -> list[str]:
    """Each round starts with the next contender: no one always follows the slowest (its garbage, its
    descheduling) or always goes first after the pause between rounds."""
    shift = round_ % len(names)
    return names[shift:] + names[:shift]


def _alternate(contenders: dict[str, Call], calls: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for round_ in range(calls + calls // 10):
        for name in _order(list(contenders), round_):
            call = contenders[name]
            started = time.perf_counter()
            call()
            if round_ >= calls // 10:  # the first tenth warms every path
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) * 1e6 for name, values in times.items()}


async def _alternate_async(contenders: dict[str, AsyncCall], calls: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for round_ in range(calls + calls // 10):
        for name in _order(list(contenders), round_):
            call = contenders[name]
            started = time.perf_counter()
            await call()
            if round_ >= calls // 10:
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) * 1e6 for name, values in times.items()}


def _sync_run(url: str, page: Page, opc: Any, oag: Any) -> dict[str, float]:
    with linksfield.Client(**_toolkit_arguments(url)) as toolkit:
        signed = _captured_request(toolkit, page)
        bare = httpx.Client()
        method = _method(toolkit, page)
        contenders: dict[str, Call] = {
            "bare httpx + json.loads": lambda: json.loads(
                bare.request(
                    signed.method, signed.url, headers=signed.headers, content=signed.content
                ).content
            ),
            "linksfield.Client": lambda: method(**page.arguments),
            "openapi-python-client": _opc_call(opc, url, page, asynchronous=False),
        }
        if oag is not None:
            contenders["OpenAPI Generator python"] = _oag_call(oag, url, page)
        for call in contenders.values():  # every contender must succeed before it is timed
            call()
        try:
            return _alternate(contenders, CALLS)
        finally:
            bare.close()


async def _async_run(url: str, page: Page, opc: Any) -> dict[str, float]:
    with linksfield.Client(**_toolkit_arguments(url)) as signer:
        signed = _captured_request(signer, page)
    async with linksfield.AsyncClient(**_toolkit_arguments(url)) as toolkit, httpx.AsyncClient() as bare:
        method = _method(toolkit, page)

        async def bare_call() -> object:
            response = await bare.request(
                signed.method, signed.url, headers=signed.headers, content=signed.content
            )
            return json.loads(response.content)

        contenders: dict[str, AsyncCall] = {
            "bare httpx + json.loads": bare_call,
            "linksfield.AsyncClient": lambda: method(**page.arguments),
            "openapi-python-client": _opc_call(opc, url, page, asynchronous=True),
        }
        for call in contenders.values():
            await call()
        return await _alternate_async(contenders, CALLS)


def _figures(mode: str, page: Page, runs: list[dict[str, float]], target: float, ours: str) -> list[Figure]:
    figures = []
    bare = "bare httpx + json.loads"
    mine = statistics.median(run[ours] / run[bare] for run in runs)
    peers = {
        name: statistics.median(run[name] / run[bare] for run in runs)
        for name in runs[0]
        if name not in (ours, bare)
    }
    # What the targets table shows beside our ratio: each peer's, and what 1.0x is in time.
    beside = {name: f"{ratio:.2f}x" for name, ratio in peers.items()}
    beside[bare] = f"{statistics.median(run[bare] for run in runs):,.0f} µs/call"
    for name in runs[0]:
        micros = [run[name] for run in runs]
        ratios = [run[name] / run[bare] for run in runs]
        is_ours = name == ours
        figures.append(
            Figure(
                group="side-by-side",
                name=f"{page.label}, {mode}: {name}",
                unit="x bare",
                runs=ratios,
                target=f"≤ {target}x" if is_ours else "",
                met=statistics.median(ratios) <= target if is_ours else None,
                note=f"{statistics.median(micros):,.0f} µs/call (range {min(ratios):.2f} to {max(ratios):.2f}x)",
                extra={"us_per_call": micros, **({"beside": beside} if is_ours else {})},
            )
        )
    figures.append(
        Figure(
            group="side-by-side",
            name=f"{page.label}, {mode}: ahead of every peer",
            unit="",
            runs=[1.0 if all(mine < ratio for ratio in peers.values()) else 0.0],
            target="yes",
            met=all(mine < ratio for ratio in peers.values()),
            note=", ".join(f"{name} {ratio:.2f}x" for name, ratio in peers.items()),
        )
    )
    return figures


def run(repeats: int) -> list[Figure]:
    opc, oag, missing = load_peers()
    if oag is None:
        print(f"  {OAG_PACKAGE}: not measured ({missing})", flush=True)
    figures: list[Figure] = []
    with replay_server(PAGES) as url:
        for page in PAGES:
            sync_runs = [_sync_run(url, page, opc, oag) for _ in range(repeats)]
            figures += _figures("sync", page, sync_runs, SYNC_TARGET, "linksfield.Client")
            async_runs = [asyncio.run(_async_run(url, page, opc)) for _ in range(repeats)]
            figures += _figures("async", page, async_runs, ASYNC_TARGET, "linksfield.AsyncClient")
    return figures
